// SPDX-License-Identifier: Apache-2.0
#include "packages/packageinstaller.h"

#include "activities/pluginregistry.h"
#include "modules/identifiers.h"
#include "modules/module.h"
#include "packages/packagepath.h"
#include "packages/packagereader.h"
#include "packages/packagesignature.h"
#include "packages/pluginrequirements.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

const QString CurrentFile = u"current.json"_s;
const QString InstallRecordFile = u"install.json"_s;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Status writeJsonAtomically(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error{u"Cannot write %1: %2."_s.arg(native(path), file.errorString())};
    return success();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Removes a folder by first renaming it out of sight, so a removal cut short never leaves
// a half-deleted module that looks installed.
bool removeFolder(const QString &root, const QString &folder)
{
    QTemporaryDir trash(QDir(root).filePath(u".remove-XXXXXX"_s));
    if (!trash.isValid())
        return false;
    const QString target = QDir(trash.path()).filePath(u"gone"_s);
    if (!QDir().rename(folder, target))
        return false;
    return true; // `trash` removes itself and what was moved into it
}

// Temporary folders left by an install or removal that was killed half-way.
void removeLeftovers(const QString &root)
{
    const QDir dir(root);
    for (const QString &name : dir.entryList({u".install-*"_s, u".remove-*"_s}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(dir.filePath(name)).removeRecursively();
}

} // namespace

PackageInstaller::PackageInstaller(const QString &modulesRoot) : m_root(QDir::cleanPath(modulesRoot)) {}

QString PackageInstaller::defaultModulesRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/modules"_s;
}

QString PackageInstaller::defaultTrustedKeysDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/trusted-keys"_s;
}

Expected<InstalledModule> PackageInstaller::current(const QString &moduleId) const
{
    if (!isValidIdentifier(moduleId))
        return Error{identifierRule(moduleId) + u'.'};
    const QString moduleDir = QDir(m_root).filePath(moduleId);
    const QString version = readJson(QDir(moduleDir).filePath(CurrentFile)).value(u"version"_s).toString();
    if (!isValidVersion(version))
        return Error{u"Module \"%1\" is not installed in %2."_s.arg(moduleId, native(m_root))};
    InstalledModule m;
    m.id = moduleId;
    m.version = version;
    m.directory = QDir(moduleDir).filePath(version);
    if (!QFileInfo::exists(QDir(m.directory).filePath(u"module.json"_s)))
        return Error{u"Module \"%1\" %2 is recorded as installed but %3 has no module.json. Install it again."_s.arg(
            moduleId, version, native(m.directory))};
    const QJsonObject record = readJson(QDir(m.directory).filePath(InstallRecordFile));
    m.isSigned = record.value(u"signed"_s).toBool();
    m.trusted = record.value(u"trusted"_s).toBool();
    m.keyId = record.value(u"keyId"_s).toString();
    return m;
}

QList<InstalledModule> PackageInstaller::installed() const
{
    QList<InstalledModule> modules;
    const QDir dir(m_root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        auto m = current(name);
        if (m)
            modules.append(*m);
    }
    return modules;
}

Expected<InstallResult> PackageInstaller::install(const QString &packagePath, const InstallOptions &options) const
{
    if (!QFileInfo(packagePath).isFile())
        return Error{u"%1 is not a file. Give the path of a .ptm package."_s.arg(native(packagePath))};
    if (!QDir().mkpath(m_root))
        return Error{u"Cannot create the modules folder %1."_s.arg(native(m_root))};
    QLockFile lock(QDir(m_root).filePath(u".lock"_s));
    if (!lock.tryLock(10'000))
        return Error{u"Another install or removal is running in %1. Wait for it to finish, then try again."_s.arg(native(m_root))};
    removeLeftovers(m_root);
    const auto stage = [&](InstallStage s) {
        if (options.onStage)
            options.onStage(s);
    };

    // 1. Read and check everything into a temporary folder beside the modules, so that the
    // final rename stays on one disk and is atomic.
    QTemporaryDir staging(QDir(m_root).filePath(u".install-XXXXXX"_s));
    if (!staging.isValid())
        return Error{u"Cannot create a temporary folder in %1: %2."_s.arg(native(m_root), staging.errorString())};
    stage(InstallStage::Reading);
    auto contents = PackageReader(options.limits).read(packagePath, staging.path());
    if (!contents)
        return contents.error();
    const PackageManifest &manifest = contents->manifest;

    // 2. Signature policy.
    stage(InstallStage::CheckingSignature);
    InstalledModule installed;
    installed.id = manifest.id;
    installed.version = manifest.version;
    if (contents->isSigned()) {
        auto signature = PackageSignature::fromJson(contents->signatureJson);
        if (!signature)
            return signature.error();
        installed.isSigned = true;
        installed.keyId = signature->keyId;
        const TrustedKeys trusted = TrustedKeys::loadDirectory(options.trustedKeysDir.isEmpty() ? defaultTrustedKeysDir() : options.trustedKeysDir);
        if (trusted.find(signature->keyId) || options.requireSignature) {
            auto key = signature->verify(contents->manifestJson, trusted);
            if (!key)
                return key.error();
            installed.trusted = true;
        }
    } else if (options.requireSignature) {
        return Error{u"%1 is not signed, and this computer installs only packages signed by a trusted key. Ask its "
                     "author for a signed package."_s.arg(native(packagePath))};
    }

    // 3. The module itself, as the app will load it.
    stage(InstallStage::CheckingModule);
    auto module = ModuleLoader::loadFile(QDir(staging.path()).filePath(QString::fromUtf16(PackagePaths::Module)));
    if (!module)
        return Error{u"The package holds a module that cannot be opened: %1"_s.arg(module.errorMessage())};
    if (module->id != manifest.id || module->version != manifest.version)
        return Error{u"The package's manifest.json names module \"%1\" %2, but its module.json is \"%3\" %4. The package "
                     "was altered or badly made."_s.arg(manifest.id, manifest.version, module->id, module->version)};
    if (module->languages != manifest.languages || module->requiredPlugins != manifest.requiredPlugins
        || module->requiredModules != manifest.requiredModules)
        return Error{u"The package's manifest.json and module.json disagree about the languages or requirements of "
                     "module \"%1\". The package was altered or badly made."_s.arg(manifest.id)};
    if (options.plugins) {
        const Status runnable = checkActivityTypes(*module, *options.plugins);
        if (!runnable)
            return runnable.error();
    }

    // 4. Compare with what is installed.
    InstallResult result;
    const auto previous = current(manifest.id);
    const int comparison = previous ? compareVersions(manifest.version, previous->version) : 1;
    if (previous)
        result.previousVersion = previous->version;
    if (previous && comparison == 0 && !options.force) {
        result.outcome = InstallResult::Outcome::AlreadyInstalled;
        result.module = *previous;
        result.message = u"Module \"%1\" %2 is already installed; nothing to do (use --force to install it again)."_s.arg(manifest.id, manifest.version);
        return result;
    }
    if (previous && comparison < 0 && !options.force)
        return Error{u"Module \"%1\" %2 is installed, which is newer than %3 in this package. Installing an older "
                     "version is refused; use --force to do it anyway."_s.arg(manifest.id, previous->version, manifest.version)};

    // 5. Into place: the staging folder becomes <root>/<id>/<version>.
    stage(InstallStage::MovingIntoPlace);
    const Status recorded = writeJsonAtomically(QDir(staging.path()).filePath(InstallRecordFile),
                                                {{u"signed"_s, installed.isSigned}, {u"trusted"_s, installed.trusted},
                                                 {u"keyId"_s, installed.keyId}});
    if (!recorded)
        return recorded.error();
    const QString moduleDir = QDir(m_root).filePath(manifest.id);
    const bool newModule = !QFileInfo::exists(moduleDir);
    if (!QDir().mkpath(moduleDir))
        return Error{u"Cannot create %1."_s.arg(native(moduleDir))};
    const QString versionDir = QDir(moduleDir).filePath(manifest.version);
    const auto undoNewModule = [&] {
        if (newModule)
            QDir(moduleDir).removeRecursively();
    };
    QString replaced;
    if (QFileInfo::exists(versionDir)) {
        // The same version again (forced, or a leftover): keep the old copy aside until the
        // new one is in place.
        replaced = QDir(m_root).filePath(u".remove-%1-%2"_s.arg(manifest.id, manifest.version));
        QDir(replaced).removeRecursively();
        if (!QDir().rename(versionDir, replaced))
            return Error{u"Cannot move the installed copy %1 aside; is a file in it open?"_s.arg(native(versionDir))};
    }
    if (!QDir().rename(staging.path(), versionDir)) {
        if (!replaced.isEmpty())
            QDir().rename(replaced, versionDir);
        undoNewModule();
        return Error{u"Cannot move the new module into %1."_s.arg(native(versionDir))};
    }
    staging.setAutoRemove(false);
    const Status madeCurrent = writeJsonAtomically(QDir(moduleDir).filePath(CurrentFile), {{u"version"_s, manifest.version}});
    if (!madeCurrent) {
        QDir(versionDir).removeRecursively();
        if (!replaced.isEmpty())
            QDir().rename(replaced, versionDir);
        undoNewModule();
        return madeCurrent.error();
    }
    if (!replaced.isEmpty())
        QDir(replaced).removeRecursively();

    // Keep the version just replaced (a learner may have it open) and drop older ones.
    const QDir versions(moduleDir);
    for (const QString &name : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name != manifest.version && name != result.previousVersion)
            removeFolder(m_root, versions.filePath(name));
    }

    installed.directory = versionDir;
    result.module = installed;
    const QString mark = installed.trusted ? u"signed by trusted key %1"_s.arg(installed.keyId)
                         : installed.isSigned ? u"signed by key %1, which is not trusted here"_s.arg(installed.keyId)
                                              : u"unsigned"_s;
    if (!previous) {
        result.outcome = InstallResult::Outcome::Installed;
        result.message = u"Installed module \"%1\" %2 (%3)."_s.arg(manifest.id, manifest.version, mark);
    } else if (comparison > 0) {
        result.outcome = InstallResult::Outcome::Upgraded;
        result.message = u"Upgraded module \"%1\" from %2 to %3 (%4)."_s.arg(manifest.id, previous->version, manifest.version, mark);
    } else if (comparison < 0) {
        result.outcome = InstallResult::Outcome::Downgraded;
        result.message = u"Downgraded module \"%1\" from %2 to %3 (%4), as forced."_s.arg(manifest.id, previous->version, manifest.version, mark);
    } else {
        result.outcome = InstallResult::Outcome::Reinstalled;
        result.message = u"Reinstalled module \"%1\" %2 (%3), as forced."_s.arg(manifest.id, manifest.version, mark);
    }
    return result;
}

Status PackageInstaller::uninstall(const QString &moduleId) const
{
    if (!isValidIdentifier(moduleId))
        return Error{identifierRule(moduleId) + u'.'};
    const QString moduleDir = QDir(m_root).filePath(moduleId);
    if (!QFileInfo(moduleDir).isDir())
        return Error{u"Module \"%1\" is not installed in %2."_s.arg(moduleId, native(m_root))};
    QLockFile lock(QDir(m_root).filePath(u".lock"_s));
    if (!lock.tryLock(10'000))
        return Error{u"Another install or removal is running in %1. Wait for it to finish, then try again."_s.arg(native(m_root))};
    if (!removeFolder(m_root, moduleDir))
        return Error{u"Cannot remove %1; is a file in it open?"_s.arg(native(moduleDir))};
    return success();
}

} // namespace Passerelle
