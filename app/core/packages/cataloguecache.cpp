// SPDX-License-Identifier: Apache-2.0
#include "packages/cataloguecache.h"

#include "progress/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Passerelle {

static const QList<Migration> &cacheMigrations()
{
    static const QList<Migration> all = {
        {1,
         {uR"(CREATE TABLE module_files (
                path TEXT PRIMARY KEY,
                size INTEGER NOT NULL,
                modified_ms INTEGER NOT NULL,
                summary TEXT NOT NULL
              ) STRICT)"_s}},
    };
    return all;
}

CatalogueCache::CatalogueCache(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
CatalogueCache::~CatalogueCache() = default;

Expected<std::unique_ptr<CatalogueCache>> CatalogueCache::open(const QString &filePath)
{
    auto db = Database::open(filePath, cacheMigrations());
    if (!db)
        return db.error();
    std::unique_ptr<CatalogueCache> cache(new CatalogueCache(std::move(db).value()));
    auto q = cache->m_db->exec(u"SELECT path, size, modified_ms, summary FROM module_files"_s);
    if (!q)
        return q.error();
    while (q->next())
        cache->m_rows.insert(q->value(0).toString(),
                             Row{q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toString().toUtf8()});
    return cache;
}

std::optional<ModuleSummary> CatalogueCache::find(const QString &moduleJsonPath, qint64 size, qint64 modifiedMs)
{
    const auto it = m_rows.constFind(moduleJsonPath);
    if (it != m_rows.cend() && it->size == size && it->modifiedMs == modifiedMs) {
        auto summary = ModuleSummary::fromJson(QJsonDocument::fromJson(it->summary).object());
        if (summary) {
            ++m_hits;
            return summary.value();
        }
    }
    ++m_misses;
    return std::nullopt;
}

void CatalogueCache::store(const QString &moduleJsonPath, qint64 size, qint64 modifiedMs, const ModuleSummary &summary)
{
    m_rows.insert(moduleJsonPath, Row{size, modifiedMs, QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact)});
    m_dirty.insert(moduleJsonPath);
}

Status CatalogueCache::save(const QSet<QString> &paths)
{
    QStringList stale;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!paths.contains(it.key()))
            stale << it.key();
    }
    if (stale.isEmpty() && m_dirty.isEmpty())
        return success();
    Database::Transaction tx(*m_db);
    if (!tx.started())
        return Error{tx.error()};
    for (const QString &path : std::as_const(stale)) {
        if (auto q = m_db->exec(u"DELETE FROM module_files WHERE path = ?"_s, {path}); !q)
            return q.error();
        m_rows.remove(path);
        m_dirty.remove(path);
    }
    for (const QString &path : std::as_const(m_dirty)) {
        const Row &row = m_rows[path];
        auto q = m_db->exec(u"INSERT OR REPLACE INTO module_files(path, size, modified_ms, summary) VALUES (?, ?, ?, ?)"_s,
                            {path, row.size, row.modifiedMs, QString::fromUtf8(row.summary)});
        if (!q)
            return q.error();
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_dirty.clear();
    return success();
}

} // namespace Passerelle
