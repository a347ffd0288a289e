// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/module.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Passerelle {

// A module the app can open, and where it came from.
struct CatalogueEntry
{
    std::shared_ptr<const Module> module;
    QString directory; // the folder holding module.json and media/
    bool bundled = false;
};

// The modules available on this machine: one folder per module, each holding a compiled
// module.json. A module that cannot be read is reported by name and left out; the others
// still show.
class ModuleCatalogue
{
public:
    // Adds every `<root>/<id>/module.json`. Returns how many modules were added.
    int addRoot(const QString &root, bool bundled);

    const QList<CatalogueEntry> &entries() const { return m_entries; }
    const CatalogueEntry *find(const QString &moduleId) const;
    QStringList problems() const { return m_problems; }

private:
    void report(const QString &message);

    QList<CatalogueEntry> m_entries;
    QStringList m_problems;
};

} // namespace Passerelle
