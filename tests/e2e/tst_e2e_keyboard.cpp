// SPDX-License-Identifier: Apache-2.0
// The app without a mouse: on every page, Tab walks through the controls in a stable cycle,
// each focused control has an accessible name and shows its focus; Settings are changed
// from the keyboard, and the language switches at once, without a restart.
#include "displaypreferences.h"
#include "learnersession.h"
#include "modulesession.h"
#include "quickdriver.h"
#include "shellapplication.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(PasserellePlugin)

using namespace Qt::StringLiterals;
using namespace Passerelle;
using namespace QuickDriver;

class TestE2eKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ShellOptions options(const QString &learner = u"Keyboard"_s) const
    {
        ShellOptions o;
        o.dataDir = m_dir.filePath(u"data"_s);
        o.moduleDirs = {qEnvironmentVariable("PASSERELLE_MODULES_DIR")};
        o.pluginDir = qEnvironmentVariable("PASSERELLE_PLUGIN_DIR");
        o.learnerName = learner;
        return o;
    }

    static QString accessibleName(QQuickItem *item)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        return iface ? iface->text(QAccessible::Name).trimmed() : QString();
    }

    static QString describe(QQuickItem *item)
    {
        return item ? QString::fromLatin1(item->metaObject()->className()) + u" \""_s + item->objectName() + u"\" "_s
                          + accessibleName(item)
                    : u"nothing"_s;
    }

    // Presses Tab until focus comes back to where it started; returns the items in order.
    // Fails if a focused item has no accessible name or no visible focus, or if Tab never
    // comes back (focus trapped or lost).
    static QList<QQuickItem *> tabCycle(QQuickWindow *window, int maxPresses = 80)
    {
        QList<QQuickItem *> seen;
        for (int i = 0; i < maxPresses; ++i) {
            QTest::keyClick(window, Qt::Key_Tab);
            QQuickItem *focused = window->activeFocusItem();
            if (!focused || focused == window->contentItem()) {
                qWarning("Tab left no item with focus after %s", qPrintable(describe(seen.value(seen.size() - 1))));
                return {};
            }
            if (!seen.isEmpty() && focused == seen.first())
                return seen;
            if (seen.contains(focused)) {
                qWarning("Tab came back to %s, not to the first item", qPrintable(describe(focused)));
                return {};
            }
            if (accessibleName(focused).isEmpty()) {
                qWarning("%s has the focus but no accessible name", qPrintable(describe(focused)));
                return {};
            }
            // Controls draw their focus ring when visualFocus is true (keyboard focus).
            const QVariant visualFocus = focused->property("visualFocus");
            if (visualFocus.isValid() && !visualFocus.toBool()) {
                qWarning("%s has the focus but does not show it", qPrintable(describe(focused)));
                return {};
            }
            seen << focused;
        }
        qWarning("Tab never came back to the first item in %d presses", maxPresses);
        return {};
    }

    // The item's objectName, or its nearest named ancestor's (a list's delegate: the list).
    static QStringList names(const QList<QQuickItem *> &items)
    {
        QStringList out;
        for (QQuickItem *item : items) {
            QQuickItem *named = item;
            while (named && named->objectName().isEmpty())
                named = named->parentItem();
            out << (named ? named->objectName() : QString());
        }
        return out;
    }

    static bool settle(QQuickWindow *window, const QString &page)
    {
        if (!waitFor(window, page))
            return false;
        QTest::qWait(400); // the page transition
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ShellApplication::describeApplication();
        QAccessible::setActive(true);
    }

    void everyPageCyclesWithNamedFocus()
    {
        ShellApplication app(options());
        QVERIFY2(app.start().isEmpty(), "the app did not start");
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QMetaObject::invokeMethod(window, "requestActivate");

        // Catalogue.
        QVERIFY(settle(window, u"cataloguePage"_s));
        QList<QQuickItem *> cycle = tabCycle(window);
        QVERIFY(!cycle.isEmpty());
        QStringList order = names(cycle);
        for (const QString &expected : {u"railCatalogue"_s, u"railMyLearning"_s, u"railPreview"_s,
                                        u"openModule_getting-started"_s, u"settingsButton"_s, u"languageButton"_s,
                                        u"learnerButton"_s, u"searchField"_s})
            QVERIFY2(order.contains(expected), qPrintable(expected + u" not reached; order: "_s + order.join(u", ")));
        // The top bar before the rail, the rail before the page: the order a reader expects.
        QVERIFY2(order.indexOf(u"learnerButton"_s) < order.indexOf(u"railCatalogue"_s), qPrintable(order.join(u", ")));
        QVERIFY2(order.indexOf(u"railPreview"_s) < order.indexOf(u"openModule_getting-started"_s),
                 qPrintable(order.join(u", ")));

        // A module page: the table of contents and the page buttons.
        QQuickItem *open = tabTo(window, u"openModule_getting-started"_s);
        QVERIFY(open);
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(settle(window, u"modulePage"_s));
        order = names(tabCycle(window));
        QVERIFY2(!order.isEmpty(), "module page");
        for (const QString &expected : {u"backToCatalogue"_s, u"tableOfContents"_s, u"nextPage"_s})
            QVERIFY2(order.contains(expected), qPrintable(expected + u" not reached; order: "_s + order.join(u", ")));

        // My learning.
        QVERIFY(tabTo(window, u"backToCatalogue"_s));
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(settle(window, u"cataloguePage"_s));
        QVERIFY(tabTo(window, u"railMyLearning"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(settle(window, u"myLearningPage"_s));
        QVERIFY2(!tabCycle(window).isEmpty(), "my learning page");

        // Settings.
        QVERIFY(tabTo(window, u"settingsButton"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(settle(window, u"settingsPage"_s));
        order = names(tabCycle(window));
        for (const QString &expected : {u"choice_light"_s, u"choice_dark"_s, u"choice_high-contrast"_s, u"choice_en"_s,
                                        u"choice_fr"_s, u"settingsDone"_s})
            QVERIFY2(order.contains(expected), qPrintable(expected + u" not reached; order: "_s + order.join(u", ")));

        // The profile page, after changing profile.
        QVERIFY(tabTo(window, u"learnerButton"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(settle(window, u"profilePage"_s));
        order = names(tabCycle(window));
        QVERIFY2(order.contains(u"profile_0"_s) && order.contains(u"profileNameField"_s), qPrintable(order.join(u", ")));
    }

    // A learner three days into the activity gallery: the learning path and the due cards on
    // the catalogue, and the review of every due card by keyboard alone.
    void dueCardsAreReviewedByKeyboard()
    {
        const QString data = m_dir.filePath(u"review"_s);
        QProcess cli;
        cli.start(qEnvironmentVariable("PASSERELLE_BIN_DIR") + u"/passerelle-cli"_s,
                  {u"simulate-learner"_s, u"--data-dir"_s, data, u"--module"_s,
                   qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/activity-gallery"_s, u"--learner"_s,
                   u"Reviewer"_s, u"--answers"_s, u"40"_s, u"--days-ago"_s, u"3"_s, u"--plugins-dir"_s,
                   qEnvironmentVariable("PASSERELLE_PLUGIN_DIR")});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 0);

        ShellOptions o = options(u"Reviewer"_s);
        o.dataDir = data;
        ShellApplication app(o);
        QVERIFY2(app.start().isEmpty(), "the app did not start");
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QMetaObject::invokeMethod(window, "requestActivate");
        QVERIFY(settle(window, u"cataloguePage"_s));
        const int due = app.session()->dueCardCount();
        QVERIFY2(due > 0, "the gallery's flashcards are due three days later");
        const QStringList order = names(tabCycle(window));
        for (const QString &expected : {u"reviewDueCards"_s, u"pathStep_cultural-agility"_s, u"pathStep_facilitation"_s})
            QVERIFY2(order.contains(expected), qPrintable(expected + u" not reached; order: "_s + order.join(u", ")));

        QVERIFY(tabTo(window, u"reviewDueCards"_s));
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(settle(window, u"reviewPage"_s));
        for (int card = 0; card < due; ++card) {
            QVERIFY2(tabTo(window, u"flashcardsShowAnswer"_s), qPrintable(u"card %1"_s.arg(card + 1)));
            QTest::keyClick(window, Qt::Key_Space);
            QVERIFY2(tabTo(window, u"flashcardsRate_4"_s), qPrintable(u"card %1"_s.arg(card + 1)));
            QTest::keyClick(window, Qt::Key_Space);
        }
        // Every due card rated: recorded as practice, nothing due any more.
        QTRY_COMPARE(app.session()->dueCardCount(), 0);
        QVERIFY(app.session()->scheduledCardCount() >= due);
        QVERIFY(tabTo(window, u"reviewDone"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(settle(window, u"myLearningPage"_s));
        QVERIFY(find(window, u"flashcardsDue"_s));
    }

    void searchByKeyboardOpensTheModuleAtThePage()
    {
        ShellApplication app(options());
        QVERIFY(app.start().isEmpty());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QMetaObject::invokeMethod(window, "requestActivate");
        QVERIFY(settle(window, u"cataloguePage"_s));
        // Ctrl+F goes to the search field.
        QTest::keySequence(window, QKeySequence::Find);
        QTRY_COMPARE(window->activeFocusItem() ? window->activeFocusItem()->objectName() : QString(), u"searchField"_s);
        for (const char c : QByteArrayLiteral("Stolurow"))
            QTest::keyClick(window, c);
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(settle(window, u"searchPage"_s));
        const QString summary = text(find(window, u"searchSummary"_s));
        QVERIFY2(summary.contains(u"result for “Stolurow”"_s), qPrintable(summary));
        const QStringList order = names(tabCycle(window));
        QVERIFY2(order.contains(u"searchResult_0"_s), qPrintable(order.join(u", ")));
        QVERIFY(tabTo(window, u"searchResult_0"_s));
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(settle(window, u"modulePage"_s));
        QVERIFY(app.session()->currentModule());
        const QVariantMap hit = app.session()->search(u"Stolurow"_s).value(0).toMap();
        QCOMPARE(app.session()->currentModule()->moduleId(), hit.value(u"moduleId"_s).toString());
        QVERIFY(hit.value(u"lessonIndex"_s).toInt() > 0 || hit.value(u"pageIndex"_s).toInt() > 0); // not the start
        QCOMPARE(app.session()->currentModule()->lessonIndex(), hit.value(u"lessonIndex"_s).toInt());
        QCOMPARE(app.session()->currentModule()->pageIndex(), hit.value(u"pageIndex"_s).toInt());
    }

    // Every page of the activity gallery (one of each activity type): Tab cycles through
    // the activity's controls, each named and showing its focus.
    void everyActivityPageCyclesWithNamedFocus()
    {
        ShellOptions o = options();
        o.openModule = u"activity-gallery"_s;
        ShellApplication app(o);
        QVERIFY(app.start().isEmpty());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QMetaObject::invokeMethod(window, "requestActivate");
        ModuleSession *module = app.session()->currentModule();
        QVERIFY(module);
        int pages = 0;
        for (int lesson = 0; module->hasPage(lesson, 0); ++lesson) {
            for (int page = 0; module->hasPage(lesson, page); ++page) {
                module->goTo(lesson, page);
                QVERIFY(settle(window, u"modulePage"_s));
                const QStringList order = names(tabCycle(window, 150));
                QVERIFY2(!order.isEmpty(), qPrintable(u"lesson %1, page %2"_s.arg(lesson + 1).arg(page + 1)));
                QVERIFY2(order.contains(u"nextPage"_s) || !module->hasNext(), qPrintable(order.join(u", ")));
                ++pages;
            }
        }
        QVERIFY(pages >= 10);
    }

    // The language button while reading: the module reopens in French at the same page,
    // and the interface around it is French too, without a restart.
    void languageSwitchWhileReadingKeepsThePage()
    {
        ShellOptions o = options(u"Reader"_s);
        o.dataDir = m_dir.filePath(u"data-reader"_s); // the switch is saved: keep it out of the other tests
        o.language = u"en"_s;
        o.openModule = u"cultural-agility"_s;
        o.openLesson = 1;
        o.openPage = 1;
        ShellApplication app(o);
        QVERIFY(app.start().isEmpty());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QMetaObject::invokeMethod(window, "requestActivate");
        QVERIFY(settle(window, u"modulePage"_s));
        const QString englishTitle = text(find(window, u"pageTitle"_s));
        QVERIFY(tabTo(window, u"languageButton"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_COMPARE(app.session()->language(), u"fr"_s);
        QVERIFY(settle(window, u"modulePage"_s));
        QVERIFY(app.session()->currentModule());
        QCOMPARE(app.session()->currentModule()->language(), u"fr"_s);
        QCOMPARE(app.session()->currentModule()->lessonIndex(), 1);
        QCOMPARE(app.session()->currentModule()->pageIndex(), 1);
        QTRY_VERIFY(text(find(window, u"pageTitle"_s)) != englishTitle);
        QTRY_COMPARE(text(find(window, u"pagePosition"_s)).left(5), u"Page "_s);
        QTRY_VERIFY(text(find(window, u"pagePosition"_s)).contains(u" sur "_s));
        QCOMPARE(text(find(window, u"settingsButton"_s)), u"Paramètres"_s);
    }

    void settingsByKeyboardApplyAtOnceAndPersist()
    {
        {
            ShellApplication app(options());
            QVERIFY(app.start().isEmpty());
            QQuickWindow *window = app.window();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QMetaObject::invokeMethod(window, "requestActivate");
            QVERIFY(settle(window, u"cataloguePage"_s));
            QCOMPARE(app.preferences()->language(), u"en"_s);
            QQuickItem *settings = tabTo(window, u"settingsButton"_s);
            QVERIFY(settings);
            QCOMPARE(text(settings), u"Settings"_s);
            QTest::keyClick(window, Qt::Key_Space);
            QVERIFY(settle(window, u"settingsPage"_s));

            QVERIFY(tabTo(window, u"choice_dark"_s));
            QTest::keyClick(window, Qt::Key_Space);
            QCOMPARE(app.preferences()->theme(), u"dark"_s);
            QVERIFY(tabTo(window, u"choice_2"_s));
            QTest::keyClick(window, Qt::Key_Return);
            QCOMPARE(app.preferences()->textScale(), 2.0);

            // French at once: the top bar's own text is retranslated, no restart.
            QVERIFY(tabTo(window, u"choice_fr"_s));
            QTest::keyClick(window, Qt::Key_Space);
            QCOMPARE(app.preferences()->language(), u"fr"_s);
            QCOMPARE(app.session()->language(), u"fr"_s);
            QTRY_COMPARE(text(find(window, u"settingsButton"_s)), u"Paramètres"_s);
            QVERIFY(find(window, u"settingsPage"_s));
        }
        // The next start remembers all three.
        ShellApplication again(options());
        QVERIFY(again.start().isEmpty());
        QCOMPARE(again.preferences()->theme(), u"dark"_s);
        QCOMPARE(again.preferences()->language(), u"fr"_s);
        QCOMPARE(again.preferences()->textScale(), 2.0);
        QTRY_COMPARE(text(waitFor(again.window(), u"settingsButton"_s)), u"Paramètres"_s);
        // The command line wins for one run, and is not saved.
        ShellOptions o = options();
        o.theme = u"high-contrast"_s;
        o.language = u"en"_s;
        ShellApplication once(o);
        QVERIFY(once.start().isEmpty());
        QCOMPARE(once.preferences()->theme(), u"high-contrast"_s);
        QCOMPARE(once.preferences()->language(), u"en"_s);
    }
};

QTEST_MAIN(TestE2eKeyboard)
#include "tst_e2e_keyboard.moc"
