// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "modules/module.h"
#include "packages/modulesummary.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Passerelle {

class CatalogueCache;

// A module the app can open: its summary, and where its files are.
struct CatalogueEntry
{
    ModuleSummary summary;
    QString directory; // the folder holding module.json and media/
    bool bundled = false;

    QString moduleJsonPath() const { return directory + u"/module.json"; }
};

// The modules available on this machine: those bundled with the app (`<root>/<id>/`) and
// those installed from packages (`<root>/<id>/<version>/`, the current version named in
// `<root>/<id>/current.json`). Only summaries are read at start-up, from the cache when a
// module.json has not changed; the full module is loaded when it is opened. A module that
// cannot be read is reported by name and left out; the others still show. When the same
// module is present twice, the newer version wins.
class ModuleCatalogue
{
public:
    explicit ModuleCatalogue(CatalogueCache *cache = nullptr);

    // Adds every `<root>/<id>/module.json`. Returns how many modules were added.
    int addRoot(const QString &root, bool bundled);
    // Adds every installed module under `root`. A missing root is not a problem: nothing
    // has been installed yet.
    int addInstalledRoot(const QString &root);
    // Writes the cache: new summaries in, entries of modules that are gone out. Call once,
    // after adding every root.
    void saveCache();
    // Reads every root added so far again (after an install or an uninstall).
    void reload();

    const QList<CatalogueEntry> &entries() const { return m_entries; }
    const CatalogueEntry *find(const QString &moduleId) const;
    QStringList problems() const { return m_problems; }

    // Reads the whole module of an entry, checking it is still the module the summary
    // describes.
    static Expected<std::shared_ptr<const Module>> load(const CatalogueEntry &entry);
    // Every module that loads (or only the one with `onlyId`), for reports that read their
    // texts; one that does not load is left out.
    QList<Module> loadAll(const QString &onlyId = {}) const;

private:
    bool addModuleFolder(const QString &directory, const QString &expectedId, bool bundled);
    void report(const QString &message);

    CatalogueCache *m_cache = nullptr;
    QList<CatalogueEntry> m_entries;
    QStringList m_problems;
    QSet<QString> m_seenFiles;
    QList<QPair<QString, bool>> m_bundledRoots;
    QStringList m_installedRoots;
};

} // namespace Passerelle
