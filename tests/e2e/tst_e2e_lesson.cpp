// SPDX-License-Identifier: Apache-2.0
// A learner's first session, end to end: the app's shipped QML and C++ (the same library the
// passerelle binary runs), offscreen, on a temporary data folder, driven by the keyboard.
// Creates a profile, opens the bundled module, turns pages, answers a quiz, quits; checks the
// answer and the resume position in the SQLite file; starts again and checks that the module
// reopens on that page with the answer shown. Finally the real binary is started on the same
// folder and reports that it resumed there.
#include "learnersession.h"
#include "quickdriver.h"
#include "shellapplication.h"

#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(PasserellePlugin)

using namespace Qt::StringLiterals;
using namespace Passerelle;
using namespace QuickDriver;

class TestE2eLesson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    ShellOptions options() const
    {
        ShellOptions o;
        o.dataDir = m_data.path();
        o.moduleDirs = {qEnvironmentVariable("PASSERELLE_MODULES_DIR")};
        o.pluginDir = qEnvironmentVariable("PASSERELLE_PLUGIN_DIR");
        o.language = u"en"_s;
        return o;
    }

    static void waitForStackIdle(QQuickWindow *window)
    {
        QQuickItem *stack = find(window, u"pageStack"_s);
        QVERIFY(stack);
        QVERIFY(QTest::qWaitFor([&] { return !stack->property("busy").toBool(); }, 5000));
    }

    static void press(QQuickWindow *window, const QString &name, Qt::Key key = Qt::Key_Space)
    {
        QQuickItem *item = tabTo(window, name);
        QVERIFY2(item, qPrintable(u"could not reach \"%1\" with Tab"_s.arg(name)));
        QTest::keyClick(window, key);
    }

    // A query on the SQLite file through a connection of its own, as any client would see it.
    static QVariant scalar(const QString &dbPath, const QString &sql)
    {
        QVariant value;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(dbPath);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        return value;
    }

private slots:
    void initTestCase()
    {
        ShellApplication::describeApplication();
        QVERIFY(m_data.isValid());
    }

    void firstSession()
    {
        ShellApplication app(options());
        QCOMPARE(app.start(), QString());
        QQuickWindow *window = app.window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // No profile yet: the profile page asks for a name.
        QVERIFY(waitFor(window, u"profilePage"_s));
        QVERIFY(tabTo(window, u"profileNameField"_s));
        for (const char c : QByteArray("Amira Haddad"))
            QTest::keyClick(window, c);
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(waitFor(window, u"cataloguePage"_s));
        waitForStackIdle(window);
        QCOMPARE(app.session()->learnerName(), u"Amira Haddad"_s);

        QCOMPARE(text(find(window, u"openModule_getting-started"_s)), u"Start"_s);
        press(window, u"openModule_getting-started"_s);
        QVERIFY(waitFor(window, u"modulePage"_s));
        waitForStackIdle(window);
        QCOMPARE(text(find(window, u"pagePosition"_s)), u"Page 1 of 2"_s);
        QCOMPARE(text(find(window, u"pageTitle"_s)), u"Welcome"_s);

        press(window, u"nextPage"_s);
        QCOMPARE(text(find(window, u"pageTitle"_s)), u"Moving around"_s);
        QTest::keyClick(window, Qt::Key_Space); // focus stays on Next
        QCOMPARE(text(find(window, u"lessonTitle"_s)), u"Lesson 2 · Your first activity"_s);
        QCOMPARE(text(find(window, u"pagePosition"_s)), u"Page 1 of 2"_s);

        // Answer the quiz: choose "On this computer" and check it.
        QVERIFY(waitFor(window, u"quizOption_a"_s));
        press(window, u"quizOption_a"_s);
        QVERIFY(find(window, u"quizOption_a"_s)->property("checked").toBool());
        press(window, u"quizSubmit"_s);
        QQuickItem *verdict = waitFor(window, u"quizVerdict"_s);
        QVERIFY(verdict);
        QCOMPARE(text(verdict), u"Correct. Well done."_s);
        QVERIFY(text(find(window, u"quizFeedback_a"_s)).startsWith(u"✓ Right. Your answers are saved"_s));

        // Next page: tick one option of the second quiz but do not check it, and quit.
        press(window, u"nextPage"_s);
        QCOMPARE(text(find(window, u"pageTitle"_s)), u"Check yourself"_s);
        QVERIFY(waitFor(window, u"quizOption_b"_s));
        press(window, u"quizOption_b"_s);

        // Quit with the keyboard, as a learner would: the draft is saved on the way out.
        QSignalSpy quit(app.engine(), &QQmlEngine::quit);
        QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.count(), 1);
    }

    void answerAndPositionAreInTheDatabase()
    {
        const QString db = m_data.filePath(u"progress.sqlite"_s);
        const QString answered = u"verb = 'http://adlnet.gov/expapi/verbs/answered'"_s;
        QCOMPARE(scalar(db, u"SELECT count(*) FROM statements WHERE "_s + answered).toInt(), 1);
        const QJsonObject statement =
            QJsonDocument::fromJson(scalar(db, u"SELECT json FROM statements WHERE "_s + answered).toString().toUtf8()).object();
        QCOMPARE(statement[u"actor"_s][u"name"_s].toString(), u"Amira Haddad"_s);
        QCOMPARE(statement[u"verb"_s][u"id"_s].toString(), u"http://adlnet.gov/expapi/verbs/answered"_s);
        QVERIFY(statement[u"object"_s][u"id"_s].toString().endsWith(u"/modules/getting-started/activities/where-progress"_s));
        QCOMPARE(statement[u"result"_s][u"response"_s].toString(), u"a"_s);
        QCOMPARE(statement[u"result"_s][u"success"_s].toBool(), true);
        QCOMPARE(scalar(db, u"SELECT lesson_id || '/' || page_index FROM resume_positions"_s).toString(),
                 u"first-activity/1"_s);
        // The half-done second quiz: a draft, not a statement.
        QCOMPARE(scalar(db, u"SELECT state FROM activity_drafts WHERE activity_id = 'what-modules-hold'"_s).toString(),
                 u"{\"state\":{\"selected\":[\"b\"]}}"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM statements WHERE activity_id = 'what-modules-hold'"_s).toInt(), 0);
        // Four pages seen (each an "experienced" statement): both lessons experienced.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM page_visits"_s).toInt(), 4);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM statements WHERE verb LIKE '%/experienced' AND page_index IS NULL"_s).toInt(), 2);
        QVERIFY(scalar(db, u"SELECT progress FROM module_progress"_s).toDouble() > 0.7);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void secondSessionResumes()
    {
        ShellApplication app(options());
        QCOMPARE(app.start(), QString());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // The last learner comes back straight to the catalogue, with "Continue".
        QVERIFY(waitFor(window, u"cataloguePage"_s));
        QCOMPARE(app.session()->learnerName(), u"Amira Haddad"_s);
        QCOMPARE(text(find(window, u"openModule_getting-started"_s)), u"Continue"_s);
        press(window, u"openModule_getting-started"_s);
        QVERIFY(waitFor(window, u"modulePage"_s));
        waitForStackIdle(window);
        QCOMPARE(text(find(window, u"lessonTitle"_s)), u"Lesson 2 · Your first activity"_s);
        QCOMPARE(text(find(window, u"pagePosition"_s)), u"Page 2 of 2"_s);
        // The half-done quiz is as the learner left it: "b" ticked, nothing checked yet.
        QQuickItem *ticked = waitFor(window, u"quizOption_b"_s);
        QVERIFY(ticked && ticked->property("checked").toBool());
        QVERIFY(!find(window, u"quizOption_a"_s)->property("checked").toBool());
        QVERIFY(!find(window, u"quizVerdict"_s));

        // The answer given on the previous page is shown again, with its feedback.
        press(window, u"previousPage"_s);
        QCOMPARE(text(find(window, u"pageTitle"_s)), u"Answer and read the feedback"_s);
        QQuickItem *option = waitFor(window, u"quizOption_a"_s);
        QVERIFY(option && option->property("checked").toBool());
        QCOMPARE(text(find(window, u"quizVerdict"_s)), u"Correct. Well done."_s);
    }

    void theRealBinaryResumesThere()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"passerelle.modules.info=true"_s);
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("PASSERELLE_BIN_DIR") + u"/passerelle"_s,
                  {u"--data-dir"_s, m_data.path(), u"--open"_s, u"getting-started"_s, u"--quit-after-first-frame"_s});
        QVERIFY(app.waitForFinished(60'000));
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(err.contains(u"opened module getting-started for "_s) &&
                     err.contains(u"at lesson first-activity page 1 (resumed)"_s),
                 qPrintable(err));
        QVERIFY(QString::fromUtf8(app.readAllStandardOutput()).contains(u"first frame"_s));
    }

    void textScaleEnlargesShellAndActivityText()
    {
        // --text-scale 1.5: the shell's text and the activity views' text (which follows
        // the window's font) are all half as large again.
        ShellOptions o = options();
        o.openModule = u"getting-started"_s;
        o.openLesson = 1;
        o.openPage = 0;
        o.textScale = 1.5;
        ShellApplication app(o);
        QCOMPARE(app.start(), QString());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitFor(window, u"modulePage"_s));
        waitForStackIdle(window);
        const auto pixelSize = [](QQuickItem *item) { return item->property("font").value<QFont>().pixelSize(); };
        QCOMPARE(pixelSize(find(window, u"pageTitle"_s)), 33);   // Theme.fontTitle: 22 × 1.5
        QCOMPARE(pixelSize(find(window, u"lessonTitle"_s)), 23); // Theme.fontBody: 15 × 1.5, rounded
        QQuickItem *option = waitFor(window, u"quizOption_a"_s);
        QVERIFY(option);
        QCOMPARE(pixelSize(option), 23);
    }
};

QTEST_MAIN(TestE2eLesson)
#include "tst_e2e_lesson.moc"
