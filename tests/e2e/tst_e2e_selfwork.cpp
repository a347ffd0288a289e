// SPDX-License-Identifier: Apache-2.0
// The self-work activity types (scales, reflection, checklist) in the real shell, end to end:
// the app's shipped QML and C++ offscreen, on a temporary data folder and a module written by
// the test, driven by the keyboard. A profile is placed and shown, a reflection is half
// written and the app quits; the statement and the draft are in SQLite; the app starts again,
// the half-written reflection is back, is saved, and a checklist tick survives another start.
#include "learnersession.h"
#include "quickdriver.h"
#include "shellapplication.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

namespace {

QJsonObject pole(const QString &label)
{
    return {{u"label"_s, label}, {u"description"_s, QString(u"What "_s + label + u" looks like."_s)}};
}

QJsonObject scale(const QString &id, const QString &left, const QString &right)
{
    return {{u"id"_s, id}, {u"left"_s, pole(left)}, {u"right"_s, pole(right)}};
}

QJsonObject activityPage(const QString &title, const QString &type, const QString &id, const QJsonObject &config)
{
    return {{u"title"_s, title},
            {u"blocks"_s, QJsonArray{QJsonObject{
                              {u"kind"_s, u"activity"_s}, {u"id"_s, id}, {u"type"_s, type}, {u"config"_s, config}}}}};
}

// One lesson, three pages: scales, reflection, checklist.
QJsonObject module()
{
    const QJsonObject scales{
        {u"scales"_s, QJsonArray{scale(u"context"_s, u"Low-context"_s, u"High-context"_s),
                                 scale(u"feedback"_s, u"Direct feedback"_s, u"Indirect feedback"_s),
                                 scale(u"leading"_s, u"Egalitarian"_s, u"Hierarchical"_s),
                                 scale(u"trust"_s, u"Task-based trust"_s, u"Relationship-based trust"_s)}},
        {u"comparison"_s,
         QJsonObject{
             {u"label"_s, u"The context you described"_s},
             {u"values"_s, QJsonObject{{u"context"_s, 6}, {u"feedback"_s, 6}, {u"leading"_s, 5}, {u"trust"_s, 6}}}}},
        {u"prompts"_s, QJsonObject{{u"context"_s, u"What will you say out loud that you would leave implied?"_s}}}};
    const QJsonObject reflection{
        {u"prompts"_s, QJsonArray{QJsonObject{{u"id"_s, u"surprise"_s}, {u"text"_s, u"What surprised you?"_s}},
                                  QJsonObject{{u"id"_s, u"next"_s}, {u"text"_s, u"What will you change?"_s}}}}};
    const QJsonObject checklist{
        {u"title"_s, u"Before you fly"_s},
        {u"sections"_s, QJsonArray{QJsonObject{
                            {u"items"_s, QJsonArray{QJsonObject{{u"id"_s, u"passport"_s}, {u"text"_s, u"Passport"_s}},
                                                    QJsonObject{{u"id"_s, u"visa"_s}, {u"text"_s, u"Visa"_s}}}}}}}};
    const QJsonObject lesson{
        {u"id"_s, u"lens"_s},
        {u"title"_s, u"Know your own lens"_s},
        {u"minutes"_s, 10},
        {u"pages"_s, QJsonArray{activityPage(u"Your profile"_s, u"scales"_s, u"my-lens"_s, scales),
                                activityPage(u"Reflect"_s, u"reflection"_s, u"my-notes"_s, reflection),
                                activityPage(u"Prepare"_s, u"checklist"_s, u"before-you-fly"_s, checklist)}}};
    return {{u"format"_s, 1},
            {u"id"_s, u"selfwork"_s},
            {u"version"_s, u"1.0.0"_s},
            {u"languages"_s, QJsonArray{u"en"_s}},
            {u"defaultLanguage"_s, u"en"_s},
            {u"minutes"_s, 10},
            {u"requires"_s, QJsonObject{{u"plugins"_s, QJsonObject{{u"scales"_s, u">=1.0"_s},
                                                                   {u"reflection"_s, u">=1.0"_s},
                                                                   {u"checklist"_s, u">=1.0"_s}}},
                                        {u"modules"_s, QJsonArray()}}},
            {u"completion"_s, QJsonObject{{u"required"_s, u"all"_s}, {u"passMark"_s, 0.5}}},
            {u"content"_s, QJsonObject{{u"en"_s, QJsonObject{{u"title"_s, u"Self-work"_s},
                                                             {u"summary"_s, u"Scales, reflection, checklist."_s},
                                                             {u"lessons"_s, QJsonArray{lesson}}}}}}};
}

} // namespace

class TestE2eSelfwork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QTemporaryDir m_modules;

    ShellOptions options() const
    {
        ShellOptions o;
        o.dataDir = m_data.path();
        o.moduleDirs = {m_modules.path()};
        o.pluginDir = qEnvironmentVariable("PASSERELLE_PLUGIN_DIR");
        o.language = u"en"_s;
        o.learnerName = u"Amira Haddad"_s;
        o.openModule = u"selfwork"_s;
        return o;
    }

    static void press(QQuickWindow *window, const QString &name, Qt::Key key = Qt::Key_Space)
    {
        QQuickItem *item = tabTo(window, name);
        QVERIFY2(item, qPrintable(u"could not reach \"%1\" with Tab"_s.arg(name)));
        QTest::keyClick(window, key);
    }

    static void type(QQuickWindow *window, const char *text)
    {
        for (const char *c = text; *c; ++c)
            QTest::keyClick(window, *c);
    }

    static void quit(ShellApplication &app)
    {
        QSignalSpy quit(app.engine(), &QQmlEngine::quit);
        QTest::keyClick(app.window(), Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.count(), 1);
    }

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
    QString db() const { return m_data.filePath(u"progress.sqlite"_s); }

private slots:
    void initTestCase()
    {
        ShellApplication::describeApplication();
        QVERIFY(m_data.isValid() && m_modules.isValid());
        QVERIFY(QDir(m_modules.path()).mkpath(u"selfwork"_s));
        QFile file(m_modules.filePath(u"selfwork/module.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(module()).toJson());
    }

    void placeAProfileAndStartAReflection()
    {
        ShellApplication app(options());
        QCOMPARE(app.start(), QString());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitFor(window, u"scalesTrack_context"_s));

        press(window, u"scalesTrack_context"_s, Qt::Key_2);
        press(window, u"scalesTrack_feedback"_s, Qt::Key_5);
        press(window, u"scalesTrack_leading"_s, Qt::Key_4);
        press(window, u"scalesTrack_trust"_s, Qt::Key_6);
        press(window, u"scalesSubmit"_s);
        // Scored by the plugin through the host, and drawn in place.
        QVERIFY(waitFor(window, u"scalesChart"_s));
        QCOMPARE(text(find(window, u"scalesGapText_context"_s)),
                 u"Gap of 4 points: “The context you described” sits nearer to “High-context”."_s);
        QCOMPARE(text(find(window, u"scalesPrompt_context"_s)),
                 u"What will you say out loud that you would leave implied?"_s);
        QVERIFY(!find(window, u"scalesGapText_trust"_s));

        press(window, u"nextPage"_s);
        QVERIFY(waitFor(window, u"reflectionAnswer_surprise"_s));
        QVERIFY(tabTo(window, u"reflectionAnswer_surprise"_s));
        type(window, "The silence");
        quit(app); // the draft is written on the way out
    }

    void theProfileAndTheDraftAreInTheDatabase()
    {
        const QJsonObject statement =
            QJsonDocument::fromJson(
                scalar(db(), u"SELECT json FROM statements WHERE activity_id = 'my-lens'"_s).toString().toUtf8())
                .object();
        QCOMPARE(statement[u"object"_s][u"definition"_s][u"interactionType"_s].toString(), u"likert"_s);
        QCOMPARE(statement[u"result"_s][u"response"_s].toString(),
                 u"context[.]2[,]feedback[.]5[,]leading[.]4[,]trust[.]6"_s);
        QVERIFY(statement[u"result"_s][u"completion"_s].toBool());
        QCOMPARE(statement[u"context"_s][u"extensions"_s]
                     .toObject()
                     .value(u"https://passerelle.invalid/xapi/extensions/activity-type"_s)
                     .toString(),
                 u"scales"_s);
        const QJsonObject draft =
            QJsonDocument::fromJson(
                scalar(db(), u"SELECT state FROM activity_drafts WHERE activity_id = 'my-notes'"_s).toString().toUtf8())
                .object();
        QCOMPARE(draft[u"state"_s][u"answers"_s][u"surprise"_s].toString(), u"The silence"_s);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM statements WHERE activity_id = 'my-notes'"_s).toInt(), 0);
    }

    void theReflectionComesBackAndIsSaved()
    {
        {
            ShellApplication app(options());
            QCOMPARE(app.start(), QString());
            QQuickWindow *window = app.window();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QQuickItem *answer = waitFor(window, u"reflectionAnswer_surprise"_s);
            QVERIFY2(answer, "the module reopens on the reflection page");
            QCOMPARE(text(answer), u"The silence"_s);
            QVERIFY(tabTo(window, u"reflectionAnswer_next"_s));
            type(window, "Ask in pairs");
            press(window, u"reflectionSave"_s);
            QCOMPARE(text(find(window, u"reflectionStatus"_s)), u"Saved. Your reflection is recorded as done."_s);

            press(window, u"nextPage"_s);
            QVERIFY(waitFor(window, u"checklistItem_visa"_s));
            press(window, u"checklistItem_visa"_s);
            quit(app);
        }
        const QJsonObject statement =
            QJsonDocument::fromJson(
                scalar(db(), u"SELECT json FROM statements WHERE activity_id = 'my-notes'"_s).toString().toUtf8())
                .object();
        QCOMPARE(statement[u"object"_s][u"definition"_s][u"interactionType"_s].toString(), u"long-fill-in"_s);
        QCOMPARE(statement[u"result"_s][u"response"_s].toString(), u"The silence[,]Ask in pairs"_s);
        QVERIFY(statement[u"result"_s][u"completion"_s].toBool());

        ShellApplication app(options());
        QCOMPARE(app.start(), QString());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *visa = waitFor(window, u"checklistItem_visa"_s);
        QVERIFY(visa);
        QVERIFY2(visa->property("checked").toBool(), "the tick survived the restart");
        QVERIFY(!find(window, u"checklistItem_passport"_s)->property("checked").toBool());
    }
};

QTEST_MAIN(TestE2eSelfwork)
#include "tst_e2e_selfwork.moc"
