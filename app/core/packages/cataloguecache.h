// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "packages/modulesummary.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace Passerelle {

class Database;

// Remembers the summary of every module.json the catalogue has read, keyed on its path,
// size and modification time, so that start-up reads a module only when its file changed.
class CatalogueCache
{
public:
    ~CatalogueCache();
    static Expected<std::unique_ptr<CatalogueCache>> open(const QString &filePath);

    // The cached summary if the file still has this size and modification time.
    std::optional<ModuleSummary> find(const QString &moduleJsonPath, qint64 size, qint64 modifiedMs);
    // Remembers a summary; written by save().
    void store(const QString &moduleJsonPath, qint64 size, qint64 modifiedMs, const ModuleSummary &summary);
    // Writes what store() gathered and forgets the files not in `paths` (modules removed
    // since), in one transaction.
    Status save(const QSet<QString> &paths);

    int hits() const { return m_hits; }
    int misses() const { return m_misses; }

private:
    struct Row
    {
        qint64 size = 0;
        qint64 modifiedMs = 0;
        QByteArray summary; // JSON, parsed on use
    };

    explicit CatalogueCache(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    // The whole cache, read in one query at open: a few hundred bytes per module.
    QHash<QString, Row> m_rows;
    QSet<QString> m_dirty;
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace Passerelle
