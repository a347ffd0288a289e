// SPDX-License-Identifier: Apache-2.0
#include "progress/statementsalvage.h"

#include "logging.h"
#include "progress/database.h"
#include "progress/learner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

const QStringList &learnerColumns()
{
    static const QStringList columns = {u"id"_s, u"name"_s, u"language"_s, u"created_at"_s};
    return columns;
}

// Reads one table in rowid order. When SQLite reports damage, the rows beyond the damaged
// page are usually still reachable through the b-tree's other pages: it probes further and
// further along the rowids (1, 2, 4... past the last good row) until a read succeeds, looks
// up one by one the rowids the last jump stepped over, and carries on from there.
class TolerantTableReader
{
public:
    TolerantTableReader(const QSqlDatabase &db, const QString &table, const QString &selectList)
        : m_db(db)
        , m_sql(u"SELECT rowid, %1 FROM %2 WHERE rowid > ? ORDER BY rowid"_s.arg(selectList, table))
        , m_lookupSql(u"SELECT rowid, %1 FROM %2 WHERE rowid = ?"_s.arg(selectList, table))
    {}

    QMap<qint64, QVariantList> read()
    {
        // Rowids SQLite assigns start at 1, and probing must start near them.
        qint64 after = 0;
        while (m_queries < MaxQueries) {
            const Pass pass = scan(after, -1);
            if (!pass.failed)
                break; // the end of the table
            ++m_damagedRanges;
            if (pass.any)
                after = pass.last;
            bool resumed = false;
            for (qint64 step = 1; step <= MaxStep && after <= std::numeric_limits<qint64>::max() - step; step *= 2) {
                const Pass probe = scan(after + step, 1);
                if (probe.failed && !probe.any)
                    continue;
                // The probes before this one failed, so the rowids this jump stepped over
                // were not read: try them one at a time.
                for (qint64 rowid = after + step / 2 + 1, n = 0; rowid <= after + step && n < MaxLookups; ++rowid, ++n)
                    lookup(rowid);
                after += step;
                resumed = true;
                break;
            }
            if (!resumed)
                break; // nothing readable beyond the damage
        }
        return m_rows;
    }

    qint64 damagedRanges() const { return m_damagedRanges; }

private:
    static constexpr qint64 MaxStep = qint64(1) << 40;
    static constexpr qint64 MaxLookups = 4096;
    static constexpr qint64 MaxQueries = 1'000'000;

    struct Pass
    {
        bool any = false;
        qint64 last = 0;
        bool failed = false;
    };

    void take(const QSqlQuery &q, int columns)
    {
        QVariantList values;
        values.reserve(columns);
        for (int i = 1; i <= columns; ++i)
            values << q.value(i);
        m_rows.insert(q.value(0).toLongLong(), values);
    }

    Pass scan(qint64 after, int limit)
    {
        ++m_queries;
        Pass pass;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const QString sql = limit > 0 ? m_sql + u" LIMIT %1"_s.arg(limit) : m_sql;
        if (!q.prepare(sql)) {
            pass.failed = true;
            return pass;
        }
        q.addBindValue(after);
        if (!q.exec()) {
            pass.failed = true;
            return pass;
        }
        const int columns = q.record().count() - 1;
        while (q.next()) {
            take(q, columns);
            pass.any = true;
            pass.last = q.value(0).toLongLong();
        }
        pass.failed = q.lastError().isValid();
        return pass;
    }

    void lookup(qint64 rowid)
    {
        ++m_queries;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(m_lookupSql))
            return;
        q.addBindValue(rowid);
        if (q.exec() && q.next())
            take(q, q.record().count() - 1);
    }

    QSqlDatabase m_db;
    QString m_sql;
    QString m_lookupSql;
    QMap<qint64, QVariantList> m_rows;
    qint64 m_damagedRanges = 0;
    qint64 m_queries = 0;
};

// The columns of `table` in the damaged file: an older schema lacks some of ours.
QStringList columnsOf(const QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList columns;
    if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(table))) {
        *error = q.lastError().databaseText();
        return {};
    }
    while (q.next())
        columns << q.value(1).toString();
    if (q.lastError().isValid())
        *error = q.lastError().databaseText();
    return columns;
}

QString selectList(const QStringList &wanted, const QStringList &present)
{
    QStringList list;
    for (const QString &column : wanted) {
        if (present.contains(column))
            list << column;
        else
            list << (column == u"timestamp_ms" ? u"0"_s : u"NULL"_s);
    }
    return list.join(u", "_s);
}

bool isUuid(const QVariant &value)
{
    return !QUuid::fromString(value.toString()).isNull();
}

} // namespace

const QStringList &StatementSalvage::statementColumns()
{
    static const QStringList columns = {u"id"_s,          u"learner_id"_s, u"verb"_s,         u"module_id"_s,
                                        u"activity_id"_s, u"timestamp"_s,  u"json"_s,         u"registration"_s,
                                        u"lesson_id"_s,   u"page_index"_s, u"timestamp_ms"_s, u"score_raw"_s,
                                        u"score_max"_s,   u"success"_s,    u"progress"_s,     u"response"_s,
                                        u"activity_type"_s};
    return columns;
}

StatementSalvage StatementSalvage::read(const QString &path)
{
    StatementSalvage salvage;
    const QString name = u"passerelle-salvage-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            salvage.m_unreadable = db.lastError().text();
        } else {
            // SQLite refuses a file shorter than its header says (a truncated file) unless the
            // schema is writable; with it, it reads what is there. Nothing is written.
            QSqlQuery(db).exec(u"PRAGMA writable_schema = ON"_s);
            QString error;
            const QStringList statementTable = columnsOf(db, u"statements"_s, &error);
            const QStringList learnerTable = columnsOf(db, u"learners"_s, &error);
            if (statementTable.isEmpty()) {
                salvage.m_unreadable = error.isEmpty() ? u"it has no statements table"_s : error;
            } else {
                TolerantTableReader statements(db, u"statements"_s, selectList(statementColumns(), statementTable));
                const QMap<qint64, QVariantList> statementRows = statements.read();
                salvage.m_damagedRanges += statements.damagedRanges();
                for (auto it = statementRows.cbegin(); it != statementRows.cend(); ++it) {
                    const QVariantList &v = it.value();
                    const QJsonObject json = QJsonDocument::fromJson(v.at(6).toString().toUtf8()).object();
                    const bool usable = isUuid(v.at(0)) && !v.at(1).toString().isEmpty() &&
                                        !v.at(2).toString().isEmpty() && !v.at(5).toString().isEmpty() &&
                                        json.value(u"id"_s).toString() == v.at(0).toString();
                    if (usable)
                        salvage.m_statements.append({it.key(), v});
                    else
                        ++salvage.m_rejected;
                }
            }
            if (!learnerTable.isEmpty()) {
                TolerantTableReader learners(db, u"learners"_s, selectList(learnerColumns(), learnerTable));
                const QMap<qint64, QVariantList> learnerRows = learners.read();
                salvage.m_damagedRanges += learners.damagedRanges();
                for (auto it = learnerRows.cbegin(); it != learnerRows.cend(); ++it) {
                    if (!it.value().at(0).toString().isEmpty() && !it.value().at(1).toString().simplified().isEmpty())
                        salvage.m_learners.append({it.key(), it.value()});
                    else
                        ++salvage.m_rejected;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    qCInfo(lcProgress).noquote() << "salvaged" << salvage.m_statements.size() << "statements and"
                                 << salvage.m_learners.size() << "learners from" << path << "("
                                 << salvage.m_damagedRanges << "damaged places," << salvage.m_rejected
                                 << "rows rejected)";
    return salvage;
}

Expected<StatementSalvage::Merged> StatementSalvage::mergeInto(Database &db) const
{
    Merged merged;
    Database::Transaction tx(db);
    if (!tx.started())
        return Error{tx.error()};

    QSet<QString> statementIds, learnerIds, nameKeys;
    {
        auto q = db.scan(u"SELECT id FROM statements"_s);
        if (!q)
            return q.error();
        while (q->next())
            statementIds.insert(q->value(0).toString());
        auto l = db.scan(u"SELECT id, name_key FROM learners"_s);
        if (!l)
            return l.error();
        while (l->next()) {
            learnerIds.insert(l->value(0).toString());
            nameKeys.insert(l->value(1).toString());
        }
    }

    auto insertLearner =
        db.prepare(u"INSERT INTO learners(id, name, name_key, language, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    if (!insertLearner)
        return insertLearner.error();
    // A recovered profile keeps its id (the xAPI account); its name only changes if another
    // profile has taken it meanwhile.
    auto addLearner = [&](const QString &id, const QString &name, const QString &language,
                          const QString &createdAt) -> Status {
        const QString clean = name.simplified().isEmpty() ? u"Recovered learner"_s : name.simplified().left(70);
        QString candidate = clean;
        for (int n = 2; nameKeys.contains(learnerNameKey(candidate)); ++n)
            candidate = u"%1 (%2)"_s.arg(clean).arg(n);
        if (Status s = db.runPrepared(*insertLearner, {id, candidate, learnerNameKey(candidate), language, createdAt});
            !s)
            return s;
        learnerIds.insert(id);
        nameKeys.insert(learnerNameKey(candidate));
        ++merged.learners;
        return success();
    };

    for (const Row &row : m_learners) {
        const QString id = row.values.at(0).toString();
        if (learnerIds.contains(id))
            continue;
        const QString createdAt = row.values.at(3).toString().isEmpty()
                                      ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                                      : row.values.at(3).toString();
        if (Status s = addLearner(id, row.values.at(1).toString(), row.values.at(2).toString(), createdAt); !s)
            return s.error();
    }

    QStringList placeholders;
    for (qsizetype i = 0; i < statementColumns().size(); ++i)
        placeholders << u"?"_s;
    auto insertStatement = db.prepare(
        u"INSERT INTO statements(%1) VALUES (%2)"_s.arg(statementColumns().join(u", "_s), placeholders.join(u", "_s)));
    if (!insertStatement)
        return insertStatement.error();
    for (const Row &row : m_statements) {
        const QString id = row.values.at(0).toString();
        if (statementIds.contains(id))
            continue;
        const QString learnerId = row.values.at(1).toString();
        if (!learnerIds.contains(learnerId)) {
            // The profile's row was lost but its statements were not: the statement names its
            // actor, so the profile can be made again.
            const QJsonObject actor =
                QJsonDocument::fromJson(row.values.at(6).toString().toUtf8()).object().value(u"actor"_s).toObject();
            if (Status s =
                    addLearner(learnerId, actor.value(u"name"_s).toString(), QString(), row.values.at(5).toString());
                !s)
                return s.error();
        }
        if (Status s = db.runPrepared(*insertStatement, row.values); !s)
            return s.error();
        statementIds.insert(id);
        ++merged.statements;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return merged;
}

} // namespace Passerelle
