// SPDX-License-Identifier: Apache-2.0
// Installing: all or nothing. Hostile archives built at run time are refused with their
// reason, write nothing outside the temporary folder, leave no temporary folder, and the
// version installed before still opens. Upgrades, downgrades, reinstalls and removal.
#include "hostilepackage.h"
#include "packagetestsupport.h"

#include "activities/pluginregistry.h"
#include "modules/module.h"
#include "packages/modulecatalogue.h"
#include "packages/packageinstaller.h"
#include "packages/packagewriter.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Passerelle;
using namespace PackageTestSupport;

using Builder = std::function<bool(const QString &path)>;
Q_DECLARE_METATYPE(Builder)

namespace {

// Every file and folder under `dir`, with each file's size and time: what a failed install
// must not change. (A folder's own time changes when a temporary folder comes and goes.)
QStringList snapshot(const QString &dir)
{
    QStringList lines;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        lines << u"%1 %2 %3"_s.arg(QDir(dir).relativeFilePath(info.filePath())).arg(info.isDir() ? -1 : info.size())
                     .arg(info.isDir() ? 0 : info.lastModified().toMSecsSinceEpoch());
    }
    lines.sort();
    return lines;
}

const QByteArray GoodModuleJson = moduleJson(u"demo"_s, u"2.0.0"_s);

// A package for "demo" 2.0.0 whose zip holds `entries` then a manifest listing `listed`.
bool writePackage(const QString &path, const QList<std::pair<QString, QByteArray>> &listed,
                  const std::function<void(HostilePackage::Zip &)> &entries, const QByteArray &passphrase = {},
                  bool utf8Names = true)
{
    HostilePackage::Zip zip(path, passphrase, utf8Names);
    entries(zip);
    zip.add("manifest.json", HostilePackage::manifest(listed).toJson());
    return zip.close();
}

// A package that is good but for one added entry.
Builder withExtraEntry(const std::function<void(HostilePackage::Zip &)> &extra,
                       const QList<std::pair<QString, QByteArray>> &alsoListed = {})
{
    return [=](const QString &path) {
        QList<std::pair<QString, QByteArray>> listed{{u"module.json"_s, GoodModuleJson}};
        listed += alsoListed;
        return writePackage(path, listed, [&](HostilePackage::Zip &zip) {
            extra(zip);
            zip.add("module.json", GoodModuleJson);
        });
    };
}

} // namespace

class TestPackageInstaller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PluginRegistry m_plugins;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString pack(const QString &id, const QString &version, const QString &name)
    {
        const QString source = path(u"src-"_s + name);
        if (!makeCompiledModule(source, id, version))
            return {};
        auto package = PackageWriter::packCompiledModule(source, path(name));
        return package ? *package : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_plugins.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR")) >= 1);
    }

    void installsAndTheCatalogueOpensIt()
    {
        const QString root = path(u"fresh/modules"_s);
        const QString package = pack(u"demo"_s, u"1.0.0"_s, u"demo-1.0.0.ptm"_s);
        QVERIFY(!package.isEmpty());
        InstallOptions options;
        options.plugins = &m_plugins;
        options.trustedKeysDir = path(u"no-keys"_s);
        auto result = PackageInstaller(root).install(package, options);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QCOMPARE(result->outcome, InstallResult::Outcome::Installed);
        QCOMPARE(result->module.directory, root + u"/demo/1.0.0"_s);
        QVERIFY2(result->message.contains(u"unsigned"_s), qPrintable(result->message));
        QVERIFY(!result->module.isSigned);
        QCOMPARE(readFile(root + u"/demo/1.0.0/media/photo.png"_s), noise(40'000, 1));
        QVERIFY(QFile::exists(root + u"/demo/1.0.0/media/maps/région.svg"_s));
        QVERIFY(QFile::exists(root + u"/demo/1.0.0/manifest.json"_s));
        QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"demo"_s});

        const QList<InstalledModule> installed = PackageInstaller(root).installed();
        QCOMPARE(installed.size(), 1);
        QCOMPARE(installed[0].version, u"1.0.0"_s);
        ModuleCatalogue catalogue;
        QCOMPARE(catalogue.addInstalledRoot(root), 1);
        QCOMPARE(catalogue.find(u"demo"_s)->directory, root + u"/demo/1.0.0"_s);

        // The same version again: nothing to do.
        auto again = PackageInstaller(root).install(package, options);
        QVERIFY(again);
        QCOMPARE(again->outcome, InstallResult::Outcome::AlreadyInstalled);
        QVERIFY(again->message.contains(u"already installed"_s));
    }

    void refusesModulesThisComputerCannotRun()
    {
        const QString source = path(u"src-video"_s);
        QVERIFY(makeCompiledModule(source, u"needs-video"_s, u"1.0.0"_s));
        QJsonObject o = QJsonDocument::fromJson(readFile(source + u"/module.json"_s)).object();
        QJsonObject requires_ = o.value(u"requires"_s).toObject();
        requires_.insert(u"plugins"_s, QJsonObject{{u"quiz"_s, u">=1.0"_s}, {u"video"_s, u">=2.0"_s}});
        o.insert(u"requires"_s, requires_);
        QVERIFY(writeFile(source + u"/module.json"_s, QJsonDocument(o).toJson()));
        auto package = PackageWriter::packCompiledModule(source, path(u"needs-video.ptm"_s));
        QVERIFY(package);
        InstallOptions options;
        options.plugins = &m_plugins;
        const QString root = path(u"video/modules"_s);
        auto result = PackageInstaller(root).install(*package, options);
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(u"needs the activity type \"video\", which is not installed"_s), qPrintable(result.errorMessage()));
        QVERIFY(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void hostileArchiveIsRefused_data()
    {
        QTest::addColumn<Builder>("build");
        QTest::addColumn<QString>("reason");
        const QByteArray text = "hello";
        QTest::newRow("zip-slip") << withExtraEntry([](auto &z) { z.add("../evil.txt", "x"); })
                                  << u"entry \"../evil.txt\" cannot be installed because it contains \"..\""_s;
        QTest::newRow("zip-slip inside media") << withExtraEntry([](auto &z) { z.add("media/../../evil.txt", "x"); })
                                               << u"contains \"..\", which could write outside"_s;
        QTest::newRow("absolute path") << withExtraEntry([](auto &z) { z.add("/tmp/evil.txt", "x"); })
                                       << u"\"/tmp/evil.txt\" cannot be installed because it is an absolute path"_s;
        QTest::newRow("symlink") << withExtraEntry([](auto &z) { z.addSymlink("media/photo.png", "/etc/passwd"); })
                                 << u"\"media/photo.png\" is a symbolic link"_s;
        // Zip has no hard-link entries: libarchive writes the link as an empty plain file.
        // An attacker who expects it to alias media/a.txt lists it with a.txt's content;
        // the reader sees an empty file where the manifest promises five bytes.
        QTest::newRow("hardlink") << withExtraEntry([](auto &z) { z.add("media/a.txt", "hello"); z.addHardlink("media/b.txt", "media/a.txt"); },
                                                    {{u"media/a.txt"_s, text}, {u"media/b.txt"_s, text}})
                                  << u"entry \"media/b.txt\" is 0 bytes in the zip directory but 5 bytes in manifest.json"_s;
        QTest::newRow("bomb") << withExtraEntry([](auto &z) { z.addZeros("media/zeros.bin", 1'000'000'000); },
                                                {{u"media/zeros.bin"_s, QByteArray(1, '\0')}})
                              << u"\"media/zeros.bin\" would expand from"_s;
        QTest::newRow("100000 entries") << Builder([](const QString &p) {
            HostilePackage::Zip zip(p);
            for (int i = 0; i < 100'000; ++i)
                zip.add("media/f" + QByteArray::number(i), {});
            zip.add("manifest.json", "{}");
            return zip.close();
        }) << u"holds 100001 files, more than the 10000"_s;
        QTest::newRow("duplicate name") << withExtraEntry([](auto &z) { z.add("media/a.txt", "hello"); z.add("media/a.txt", "hello"); },
                                                          {{u"media/a.txt"_s, text}})
                                        << u"entry \"media/a.txt\" appears twice"_s;
        QTest::newRow("duplicate after case folding") << withExtraEntry([](auto &z) { z.add("media/A.txt", "hello"); z.add("media/a.txt", "hello"); },
                                                                        {{u"media/A.txt"_s, text}, {u"media/a.txt"_s, text}})
                                                      << u"\"media/a.txt\" differs only by letter case"_s;
        QTest::newRow("duplicate after unicode normalisation") << withExtraEntry([](auto &z) { z.add("media/caf\xc3\xa9.txt", "hello"); z.add("media/cafe\xcc\x81.txt", "hello"); })
                                                               << u"differs only by letter case or accents"_s;
        QTest::newRow("wrong hash") << Builder([](const QString &p) {
            return writePackage(p, {{u"module.json"_s, GoodModuleJson}, {u"media/a.txt"_s, "hello"}}, [](auto &z) {
                z.add("media/a.txt", "HELLO");
                z.add("module.json", GoodModuleJson);
            });
        }) << u"entry \"media/a.txt\" does not match its SHA-256 in manifest.json"_s;
        QTest::newRow("unlisted file") << withExtraEntry([](auto &z) { z.add("media/extra.txt", "surprise"); })
                                       << u"entry \"media/extra.txt\" is not listed in manifest.json"_s;
        QTest::newRow("listed but missing") << withExtraEntry([](auto &) {}, {{u"media/gone.png"_s, text}})
                                            << u"\"media/gone.png\" is listed in manifest.json but missing"_s;
        QTest::newRow("non-UTF-8 name") << Builder([](const QString &p) {
            return writePackage(p, {{u"module.json"_s, GoodModuleJson}}, [](auto &z) {
                z.add("media/bad\xff.txt", "x");
                z.add("module.json", GoodModuleJson);
            }, {}, false);
        })
                                        << u"has a name that is not valid UTF-8 (bytes: 6d 65 64 69 61 2f 62 61 64 ff"_s;
        QTest::newRow("backslash") << withExtraEntry([](auto &z) { z.add("media\\..\\evil.txt", "x"); })
                                   << u"it contains a backslash"_s;
        QTest::newRow("encrypted entry") << Builder([](const QString &p) {
            return writePackage(p, {{u"module.json"_s, GoodModuleJson}}, [](auto &z) { z.add("module.json", GoodModuleJson); }, "secret");
        }) << u"entry \"module.json\" is encrypted"_s;
        QTest::newRow("folder entry") << withExtraEntry([](auto &z) { z.addDirectory("media/sub/"); })
                                      << u"\"media/sub/\" is a folder entry"_s;
        QTest::newRow("file and folder of one name") << withExtraEntry([](auto &z) { z.add("media/a", "x"); z.add("media/a/b", "y"); },
                                                                       {{u"media/a"_s, "x"}, {u"media/a/b"_s, "y"}})
                                                     << u"\"media/a\" is both a file and the folder of \"media/a/b\""_s;
        QTest::newRow("unknown top-level entry") << withExtraEntry([](auto &z) { z.add("scripts/install.sh", "rm -rf ~"); })
                                                 << u"\"scripts/install.sh\" is an unknown top-level entry"_s;
        QTest::newRow("windows device name") << withExtraEntry([](auto &z) { z.add("media/con.txt", "x"); })
                                             << u"\"con.txt\" is a device name on Windows"_s;
        QTest::newRow("manifest not last") << Builder([](const QString &p) {
            HostilePackage::Zip zip(p);
            zip.add("manifest.json", HostilePackage::manifest({{u"module.json"_s, GoodModuleJson}}).toJson());
            zip.add("module.json", GoodModuleJson);
            return zip.close();
        }) << u"manifest.json is not the last entry"_s;
        QTest::newRow("entries out of order") << Builder([](const QString &p) {
            return writePackage(p, {{u"module.json"_s, GoodModuleJson}, {u"media/a.txt"_s, "x"}}, [](auto &z) {
                z.add("module.json", GoodModuleJson);
                z.add("media/a.txt", "x");
            });
        }) << u"entry \"media/a.txt\" is out of order"_s;
        QTest::newRow("deflated but listed as stored") << Builder([](const QString &p) {
            return writePackage(p, {{u"module.json"_s, GoodModuleJson}}, [](auto &z) { z.add("module.json", GoodModuleJson, false); });
        }) << u"entry \"module.json\" is compressed otherwise than manifest.json says"_s;
        QTest::newRow("not a zip") << Builder([](const QString &p) { return writeFile(p, QByteArray(4096, 'A')); })
                                   << u"its last bytes are not the end of a zip archive"_s;
        QTest::newRow("invalid module.json") << Builder([](const QString &p) {
            const QByteArray broken = "{\"format\": 1, \"id\": \"demo\"}";
            return writePackage(p, {{u"module.json"_s, broken}}, [&](auto &z) { z.add("module.json", broken); });
        }) << u"holds a module that cannot be opened"_s;
        QTest::newRow("module.json of another module") << Builder([](const QString &p) {
            const QByteArray other = moduleJson(u"other"_s, u"2.0.0"_s);
            return writePackage(p, {{u"module.json"_s, other}}, [&](auto &z) { z.add("module.json", other); });
        }) << u"manifest.json names module \"demo\" 2.0.0, but its module.json is \"other\" 2.0.0"_s;
    }

    void hostileArchiveIsRefused()
    {
        QFETCH(Builder, build);
        QFETCH(QString, reason);

        // A good version is installed first; the hostile one claims to upgrade it.
        QTemporaryDir sandbox;
        const QString root = sandbox.filePath(u"modules"_s);
        const QString good = pack(u"demo"_s, u"1.0.0"_s, u"good-demo.ptm"_s);
        InstallOptions options;
        options.trustedKeysDir = sandbox.filePath(u"keys"_s);
        QVERIFY(PackageInstaller(root).install(good, options));

        const QString hostile = m_dir.filePath(u"hostile.ptm"_s);
        QFile::remove(hostile);
        QElapsedTimer built;
        built.start();
        QVERIFY(build(hostile));
        QVERIFY2(QFileInfo(hostile).size() <= 32 << 20, "the hostile package should be small");
        const QStringList before = snapshot(sandbox.path());

        QElapsedTimer timer;
        timer.start();
        auto result = PackageInstaller(root).install(hostile, options);
        const qint64 ms = timer.elapsed();
        QVERIFY2(!result, "the hostile package was installed");
        QVERIFY2(result.errorMessage().contains(reason), qPrintable(u"expected \"%1\" in: %2"_s.arg(reason, result.errorMessage())));
        // Refused early, not after decompressing a gigabyte (generous for a loaded machine).
        QVERIFY2(ms < 5000, qPrintable(u"took %1 ms"_s.arg(ms)));

        // Nothing written outside the temporary folder, and that folder is gone.
        QCOMPARE(snapshot(sandbox.path()), before);
        QVERIFY(QDir(root).entryList({u".install-*"_s}, QDir::AllEntries | QDir::Hidden).isEmpty());
        // The version installed before still opens.
        auto current = PackageInstaller(root).current(u"demo"_s);
        QVERIFY2(current, qPrintable(current.errorMessage()));
        QCOMPARE(current->version, u"1.0.0"_s);
        auto module = ModuleLoader::loadFile(current->directory + u"/module.json"_s);
        QVERIFY2(module, qPrintable(module.errorMessage()));
        QCOMPARE(module->version, u"1.0.0"_s);
        qInfo("built in %lld ms, refused in %lld ms", built.elapsed() - ms, ms);
    }

    void limitsAreConfigurable()
    {
        const QString package = pack(u"demo"_s, u"1.0.0"_s, u"limits.ptm"_s);
        InstallOptions options;
        options.limits.maxEntries = 3;
        auto entries = PackageInstaller(path(u"limits/a"_s)).install(package, options);
        QVERIFY(!entries);
        QVERIFY2(entries.errorMessage().contains(u"holds 5 files, more than the 3"_s), qPrintable(entries.errorMessage()));
        options = {};
        options.limits.maxTotalBytes = 45'000;
        auto total = PackageInstaller(path(u"limits/b"_s)).install(package, options);
        QVERIFY(!total);
        QVERIFY2(total.errorMessage().contains(u"add up to more than"_s), qPrintable(total.errorMessage()));
        options = {};
        options.limits.ratioCheckFromBytes = 1000;
        options.limits.maxCompressionRatio = 5;
        auto ratio = PackageInstaller(path(u"limits/c"_s)).install(package, options);
        QVERIFY(!ratio);
        QVERIFY2(ratio.errorMessage().contains(u"\"media/notes.txt\" would expand"_s), qPrintable(ratio.errorMessage()));
    }

    void upgradeKeepsTheOldVersionUntilTheNewOneIsComplete()
    {
        const QString root = path(u"upgrade/modules"_s);
        const PackageInstaller installer(root);
        QVERIFY(installer.install(pack(u"demo"_s, u"1.0.0"_s, u"up-1.0.0.ptm"_s)));

        // A 1.1.0 cut short in transit: refused, 1.0.0 stays current and whole.
        const QString v11 = pack(u"demo"_s, u"1.1.0"_s, u"up-1.1.0.ptm"_s);
        const QByteArray bytes = readFile(v11);
        const QString cut = path(u"up-1.1.0-cut.ptm"_s);
        QVERIFY(writeFile(cut, bytes.left(bytes.size() * 2 / 3)));
        auto failed = installer.install(cut);
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(u"cut short"_s), qPrintable(failed.errorMessage()));
        QCOMPARE(installer.current(u"demo"_s)->version, u"1.0.0"_s);
        QVERIFY(!QFileInfo::exists(root + u"/demo/1.1.0"_s));

        auto upgraded = installer.install(v11);
        QVERIFY2(upgraded, qPrintable(upgraded.errorMessage()));
        QCOMPARE(upgraded->outcome, InstallResult::Outcome::Upgraded);
        QCOMPARE(upgraded->previousVersion, u"1.0.0"_s);
        QCOMPARE(installer.current(u"demo"_s)->version, u"1.1.0"_s);
        // The old version stays beside the new one (a learner may have it open).
        QVERIFY(ModuleLoader::loadFile(root + u"/demo/1.0.0/module.json"_s));
        QVERIFY(ModuleLoader::loadFile(root + u"/demo/1.1.0/module.json"_s));

        // A third version drops the oldest, keeps the one it replaces.
        QVERIFY(installer.install(pack(u"demo"_s, u"1.2.0"_s, u"up-1.2.0.ptm"_s)));
        QCOMPARE(QDir(root + u"/demo"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot), (QStringList{u"1.1.0"_s, u"1.2.0"_s}));

        // Downgrade: refused without force, done with it.
        const QString old = pack(u"demo"_s, u"1.0.0"_s, u"down-1.0.0.ptm"_s);
        auto refused = installer.install(old);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"1.2.0 is installed, which is newer than 1.0.0"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(installer.current(u"demo"_s)->version, u"1.2.0"_s);
        InstallOptions force;
        force.force = true;
        auto forced = installer.install(old, force);
        QVERIFY2(forced, qPrintable(forced.errorMessage()));
        QCOMPARE(forced->outcome, InstallResult::Outcome::Downgraded);
        QCOMPARE(installer.current(u"demo"_s)->version, u"1.0.0"_s);

        // Forced reinstall of the current version replaces its files.
        QVERIFY(QFile::remove(root + u"/demo/1.0.0/media/notes.txt"_s));
        auto reinstalled = installer.install(old, force);
        QVERIFY(reinstalled);
        QCOMPARE(reinstalled->outcome, InstallResult::Outcome::Reinstalled);
        QVERIFY(QFile::exists(root + u"/demo/1.0.0/media/notes.txt"_s));

        // Uninstall removes the module, and only it.
        QVERIFY(installer.install(pack(u"other"_s, u"1.0.0"_s, u"other.ptm"_s)));
        QVERIFY(installer.uninstall(u"demo"_s));
        QVERIFY(!QFileInfo::exists(root + u"/demo"_s));
        QCOMPARE(installer.installed().size(), 1);
        QCOMPARE(installer.installed()[0].id, u"other"_s);
        auto again = installer.uninstall(u"demo"_s);
        QVERIFY(!again);
        QVERIFY(again.errorMessage().contains(u"is not installed"_s));
        QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"other"_s});
    }
};

QTEST_GUILESS_MAIN(TestPackageInstaller)
#include "tst_packageinstaller.moc"
