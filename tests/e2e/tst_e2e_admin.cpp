// SPDX-License-Identifier: Apache-2.0
// The Admin page in the real shell, by keyboard: Tab to the rail's Admin button, set the
// passphrase on first use, lock, fail once, unlock; the matrix shows the learners.
#include "adminsession.h"
#include "learnersession.h"
#include "modules/module.h"
#include "progress/progressstore.h"
#include "quickdriver.h"
#include "shellapplication.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(PasserellePlugin)

using namespace Qt::StringLiterals;
using namespace Passerelle;
using namespace QuickDriver;

class TestE2eAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void type(QQuickWindow *window, const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    }

private slots:
    void initTestCase()
    {
        ShellApplication::describeApplication();
        // Amira has started the getting-started module.
        auto store = ProgressStore::open(m_dir.filePath(u"data/progress.sqlite"_s));
        QVERIFY(store);
        auto module =
            ModuleLoader::loadFile(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s);
        QVERIFY(module);
        const Learner amira = (*store)->createLearner(u"Amira Haddad"_s).value();
        const QString registration = (*store)->beginAttempt(amira, *module, u"en"_s).value();
        QVERIFY((*store)->recordPageView(amira, *module, u"en"_s, registration, 0, 0));
    }

    void theAdminAreaIsBehindItsPassphrase()
    {
        ShellOptions options;
        options.dataDir = m_dir.filePath(u"data"_s);
        options.moduleDirs = {qEnvironmentVariable("PASSERELLE_MODULES_DIR")};
        options.pluginDir = qEnvironmentVariable("PASSERELLE_PLUGIN_DIR");
        options.language = u"en"_s;
        options.learnerName = u"Amira Haddad"_s;
        ShellApplication app(options);
        QCOMPARE(app.start(), QString());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        AdminSession *admin = app.session()->admin();
        QVERIFY(!admin->unlocked());

        QVERIFY(tabTo(window, u"railAdmin"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(waitFor(window, u"adminPage"_s));
        // First use: choose the passphrase, twice.
        QVERIFY(tabTo(window, u"adminPassphrase"_s));
        type(window, u"the bridge at Rosso"_s);
        QVERIFY(tabTo(window, u"adminPassphraseConfirmation"_s));
        type(window, u"the bridge at Rosso"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(admin->unlocked());
        QVERIFY(admin->passphraseSet());
        QCOMPARE(admin->learners().size(), 1);

        // A cohort, made with the form by keyboard.
        QVERIFY(tabTo(window, u"newCohort"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(tabTo(window, u"cohortName"_s));
        type(window, u"Tunisia deployment"_s);
        QVERIFY(tabTo(window, u"saveCohort"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_COMPARE(admin->cohorts().size(), 1);
        QCOMPARE(admin->cohorts().constFirst().toMap().value(u"name"_s).toString(), u"Tunisia deployment"_s);

        // The matrix tab: Amira, in progress in getting-started.
        QVERIFY(tabTo(window, u"tabMatrix"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(waitFor(window, u"matrixTable"_s));
        QCOMPARE(admin->matrix()->learnerCount(), 1);
        QCOMPARE(admin->matrix()->data(admin->matrix()->index(0, 0)).toString(), u"Amira Haddad"_s);
        QCOMPARE(admin->matrix()->data(admin->matrix()->index(0, 1), CompletionMatrixModel::StatusRole).toInt(),
                 int(CellStatus::InProgress));

        // Leaving the page locks the area.
        QVERIFY(tabTo(window, u"railCatalogue"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(waitFor(window, u"cataloguePage"_s));
        QTRY_VERIFY(!admin->unlocked()); // once the page is gone, after the transition
        QVERIFY(tabTo(window, u"railAdmin"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(waitFor(window, u"adminPage"_s));
        QVERIFY(tabTo(window, u"adminPassphrase"_s));
        type(window, u"the bridge at Rosso"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(admin->unlocked());

        // Lock, then a wrong passphrase is refused and says so.
        QVERIFY(tabTo(window, u"adminLock"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(!admin->unlocked());
        QVERIFY(tabTo(window, u"adminPassphrase"_s));
        type(window, u"the bridge at Dakar"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QQuickItem *error = waitFor(window, u"adminGateError"_s);
        QVERIFY(error);
        QVERIFY2(text(error).contains(u"not the admin passphrase"_s), qPrintable(text(error)));
        QVERIFY(!admin->unlocked());
    }

    // An administrator's machine with no profile chosen: the profile page leads to the admin
    // area, and the admin area back to the profiles, without a learner in between.
    void theAdminAreaOpensWithoutAProfile()
    {
        ShellOptions options;
        options.dataDir = m_dir.filePath(u"admin-only"_s); // no profile at all
        options.moduleDirs = {qEnvironmentVariable("PASSERELLE_MODULES_DIR")};
        options.pluginDir = qEnvironmentVariable("PASSERELLE_PLUGIN_DIR");
        options.language = u"en"_s;
        ShellApplication app(options);
        QCOMPARE(app.start(), QString());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitFor(window, u"profilePage"_s));
        QVERIFY(!app.session()->hasLearner());
        QVERIFY(tabTo(window, u"profileAdmin"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(waitFor(window, u"adminPage"_s));
        QVERIFY(tabTo(window, u"adminPassphrase"_s));
        type(window, u"the bridge at Rosso"_s);
        QVERIFY(tabTo(window, u"adminPassphraseConfirmation"_s));
        type(window, u"the bridge at Rosso"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(app.session()->admin()->unlocked());
        QVERIFY(!app.session()->hasLearner());
        QVERIFY(tabTo(window, u"adminDone"_s));
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(waitFor(window, u"profilePage"_s));
        QTRY_VERIFY(!app.session()->admin()->unlocked());
    }
};

QTEST_MAIN(TestE2eAdmin)
#include "tst_e2e_admin.moc"
