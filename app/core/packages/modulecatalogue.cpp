// SPDX-License-Identifier: Apache-2.0
#include "packages/modulecatalogue.h"

#include "logging.h"
#include "modules/identifiers.h"
#include "packages/cataloguecache.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

ModuleCatalogue::ModuleCatalogue(CatalogueCache *cache) : m_cache(cache) {}

int ModuleCatalogue::addRoot(const QString &root, bool bundled)
{
    if (!m_bundledRoots.contains({root, bundled}))
        m_bundledRoots.append({root, bundled});
    const QDir dir(root);
    if (!dir.exists()) {
        report(u"The module folder %1 does not exist."_s.arg(QDir::toNativeSeparators(root)));
        return 0;
    }
    int added = 0;
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders)
        added += addModuleFolder(dir.filePath(folder), folder, bundled) ? 1 : 0;
    return added;
}

int ModuleCatalogue::addInstalledRoot(const QString &root)
{
    if (!m_installedRoots.contains(root))
        m_installedRoots.append(root);
    const QDir dir(root);
    if (!dir.exists())
        return 0;
    int added = 0;
    // Folders starting with "." are installs in progress or leftovers, never modules.
    const QStringList ids = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        const QDir moduleDir(dir.filePath(id));
        QString version;
        QFile current(moduleDir.filePath(u"current.json"_s));
        if (current.open(QIODevice::ReadOnly))
            version = QJsonDocument::fromJson(current.read(64 * 1024)).object().value(u"version"_s).toString();
        if (!isValidVersion(version) || !moduleDir.exists(version)) {
            // No usable record of the current version: take the newest installed one.
            QStringList versions;
            for (const QString &candidate : moduleDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                if (isValidVersion(candidate))
                    versions << candidate;
            }
            std::sort(versions.begin(), versions.end(),
                      [](const QString &a, const QString &b) { return compareVersions(a, b) < 0; });
            if (versions.isEmpty()) {
                report(u"Module \"%1\" was left out: %2 holds no installed version."_s.arg(
                    id, QDir::toNativeSeparators(moduleDir.path())));
                continue;
            }
            version = versions.last();
        }
        added += addModuleFolder(moduleDir.filePath(version), id, false) ? 1 : 0;
    }
    return added;
}

bool ModuleCatalogue::addModuleFolder(const QString &directory, const QString &expectedId, bool bundled)
{
    const QString moduleJson = directory + u"/module.json"_s;
    const QFileInfo info(moduleJson);
    m_seenFiles.insert(moduleJson);
    std::optional<ModuleSummary> summary;
    if (m_cache && info.isFile())
        summary = m_cache->find(moduleJson, info.size(), info.lastModified().toMSecsSinceEpoch());
    if (!summary) {
        Expected<Module> loaded = ModuleLoader::loadFile(moduleJson);
        if (!loaded) {
            report(u"Module \"%1\" was left out: %2"_s.arg(expectedId, loaded.errorMessage()));
            return false;
        }
        summary = ModuleSummary::of(*loaded);
        if (bundled) {
            summary->origin = u"bundled"_s;
        } else {
            // The installer records how the package was signed beside its files.
            QFile record(directory + u"/install.json"_s);
            const QJsonObject install = record.open(QIODevice::ReadOnly)
                                            ? QJsonDocument::fromJson(record.read(64 * 1024)).object()
                                            : QJsonObject();
            summary->origin = install.value(u"trusted"_s).toBool() ? u"trusted"_s
                              : install.value(u"signed"_s).toBool() ? u"signed"_s
                                                                      : u"unsigned"_s;
        }
        if (m_cache)
            m_cache->store(moduleJson, info.size(), info.lastModified().toMSecsSinceEpoch(), *summary);
    }
    if (summary->id != expectedId) {
        report(u"Module \"%1\" was left out: its module.json has id \"%2\", which does not match its folder name."_s
                   .arg(expectedId, summary->id));
        return false;
    }
    const auto existing = std::find_if(m_entries.begin(), m_entries.end(),
                                       [&](const CatalogueEntry &e) { return e.summary.id == summary->id; });
    CatalogueEntry entry{*summary, directory, bundled};
    if (existing != m_entries.end()) {
        if (compareVersions(summary->version, existing->summary.version) <= 0) {
            report(u"Module \"%1\" %2 in %3 was left out: version %4 is already in the catalogue."_s.arg(
                summary->id, summary->version, QDir::toNativeSeparators(directory), existing->summary.version));
            return false;
        }
        qCInfo(lcModules).noquote() << "module" << summary->id << summary->version << "replaces"
                                    << existing->summary.version;
        *existing = entry;
        return true;
    }
    m_entries.append(entry);
    return true;
}

void ModuleCatalogue::reload()
{
    m_entries.clear();
    m_problems.clear();
    m_seenFiles.clear();
    const auto bundledRoots = m_bundledRoots;
    const auto installedRoots = m_installedRoots;
    for (const auto &[root, bundled] : bundledRoots)
        addRoot(root, bundled);
    for (const QString &root : installedRoots)
        addInstalledRoot(root);
    saveCache();
}

void ModuleCatalogue::saveCache()
{
    // A cache that cannot be written only costs time at the next start: log, do not fail.
    if (m_cache) {
        if (Status s = m_cache->save(m_seenFiles); !s)
            qCWarning(lcModules).noquote() << "catalogue cache:" << s.errorMessage();
    }
}

Expected<std::shared_ptr<const Module>> ModuleCatalogue::load(const CatalogueEntry &entry)
{
    Expected<Module> loaded = ModuleLoader::loadFile(entry.moduleJsonPath());
    if (!loaded)
        return loaded.error();
    if (loaded->id != entry.summary.id || loaded->version != entry.summary.version)
        return Error{u"%1 changed since the catalogue was read (it now holds %2 %3); restart Passerelle."_s.arg(
            entry.moduleJsonPath(), loaded->id, loaded->version)};
    return std::make_shared<const Module>(std::move(loaded).value());
}

QList<Module> ModuleCatalogue::loadAll(const QString &onlyId) const
{
    QList<Module> modules;
    for (const CatalogueEntry &entry : entries()) {
        if (!onlyId.isEmpty() && entry.summary.id != onlyId)
            continue;
        if (auto m = load(entry))
            modules.append(**m);
    }
    return modules;
}

void ModuleCatalogue::report(const QString &message)
{
    qCWarning(lcModules).noquote() << message;
    m_problems.append(message);
}

const CatalogueEntry *ModuleCatalogue::find(const QString &moduleId) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const CatalogueEntry &e) { return e.summary.id == moduleId; });
    return it == m_entries.cend() ? nullptr : &*it;
}

} // namespace Passerelle
