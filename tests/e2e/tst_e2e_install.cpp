// SPDX-License-Identifier: Apache-2.0
// Installing a module from the app: a package made with the real passerelle-cli is
// installed through the same call the file dialog and drag and drop make; the catalogue
// shows it with its signature mark; a damaged package is refused in words and changes
// nothing; a restart still shows the installed module.
#include "learnersession.h"
#include "quickdriver.h"
#include "shellapplication.h"

#include <QFile>
#include <algorithm>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(PasserellePlugin)

using namespace Qt::StringLiterals;
using namespace Passerelle;
using namespace QuickDriver;

class TestE2eInstall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ShellOptions options() const
    {
        ShellOptions o;
        o.dataDir = m_dir.filePath(u"data"_s);
        o.moduleDirs = {qEnvironmentVariable("PASSERELLE_MODULES_DIR")};
        o.pluginDir = qEnvironmentVariable("PASSERELLE_PLUGIN_DIR");
        o.language = u"en"_s;
        o.learnerName = u"Trainer"_s;
        return o;
    }

    static bool install(ShellApplication &app, const QString &package)
    {
        QSignalSpy done(app.session(), &LearnerSession::installStateChanged);
        app.session()->installPackage(QUrl::fromLocalFile(package));
        return QTest::qWaitFor([&] { return !app.session()->installing(); }, 30'000);
    }

private slots:
    void initTestCase()
    {
        ShellApplication::describeApplication();
        // A second module: the bundled one under another id, packed by the real CLI.
        QFile bundled(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s);
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QByteArray json = bundled.readAll().replace("\"getting-started\"", "\"field-notes\"")
                              .replace("Getting started with Passerelle", "Field notes");
        QDir().mkpath(m_dir.filePath(u"field-notes"_s));
        QFile out(m_dir.filePath(u"field-notes/module.json"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        QProcess pack;
        pack.start(qEnvironmentVariable("PASSERELLE_BIN_DIR") + u"/passerelle-cli"_s,
                   {u"pack"_s, m_dir.filePath(u"field-notes"_s), u"-o"_s, m_dir.filePath(u"field-notes.ptm"_s)});
        QVERIFY(pack.waitForFinished(60'000));
        QVERIFY2(pack.exitCode() == 0, pack.readAllStandardError().constData());
        // A damaged copy: one byte flipped in the middle.
        QFile good(m_dir.filePath(u"field-notes.ptm"_s));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray bytes = good.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        QFile bad(m_dir.filePath(u"damaged.ptm"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(bytes);
    }

    void installsFromTheApp()
    {
        ShellApplication app(options());
        QCOMPARE(app.start(), QString());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitFor(window, u"cataloguePage"_s));
        QVERIFY(!find(window, u"moduleCard_field-notes"_s));

        // A damaged package: refused with the reason, nothing installed.
        QVERIFY(install(app, m_dir.filePath(u"damaged.ptm"_s)));
        QVERIFY(app.session()->installFailed());
        QVERIFY2(app.session()->installMessage().startsWith(u"The module was not installed: "_s),
                 qPrintable(app.session()->installMessage()));
        QCOMPARE(text(waitFor(window, u"installMessage"_s)), app.session()->installMessage());
        QVERIFY(!QDir(m_dir.filePath(u"data/modules/field-notes"_s)).exists());
        QVERIFY(!find(window, u"moduleCard_field-notes"_s));

        // The good one: installed, in the catalogue, marked unsigned; the progress shown went
        // through every stage, in order, with words for each.
        QList<double> progress;
        QStringList messages;
        const auto seen = connect(app.session(), &LearnerSession::installStateChanged, this, [&] {
            progress << app.session()->installProgress();
            messages << app.session()->installMessage();
        });
        QVERIFY(install(app, m_dir.filePath(u"field-notes.ptm"_s)));
        disconnect(seen);
        QVERIFY2(progress.size() >= 5, qPrintable(messages.join(u'\n')));
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.last(), 1.0);
        QVERIFY2(messages.contains(u"Installing field-notes.ptm: putting it in place…"_s), qPrintable(messages.join(u'\n')));
        QVERIFY2(!app.session()->installFailed(), qPrintable(app.session()->installMessage()));
        QVERIFY2(app.session()->installMessage().contains(u"unsigned"_s), qPrintable(app.session()->installMessage()));
        // In words, with the module's title from the catalogue rather than its id.
        QVERIFY2(app.session()->installMessage().startsWith(u"Installed “"_s) &&
                     !app.session()->installMessage().contains(u"“field-notes”"_s),
                 qPrintable(app.session()->installMessage()));
        QVERIFY(waitFor(window, u"moduleCard_field-notes"_s));
        QCOMPARE(text(find(window, u"origin_field-notes"_s)), u"Unsigned"_s);
        QVERIFY(!find(window, u"origin_getting-started"_s)); // bundled: no mark
    }

    void theInstalledModuleIsThereAfterARestart()
    {
        ShellApplication app(options());
        QCOMPARE(app.start(), QString());
        QQuickWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitFor(window, u"moduleCard_field-notes"_s));
        QVERIFY(app.session()->openModule(u"field-notes"_s));
    }
};

QTEST_MAIN(TestE2eInstall)
#include "tst_e2e_install.moc"
