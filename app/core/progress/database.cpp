// SPDX-License-Identifier: Apache-2.0
#include "progress/database.h"

#include "logging.h"
#include "progress/sqlitestatement.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

Database::~Database()
{
    // SQLite cannot close a connection that still has prepared statements.
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<Database>> Database::open(const QString &filePath,
                                                   const QList<Migration> &migrations)
{
    std::unique_ptr<Database> db(new Database);
    db->m_filePath = filePath;
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{u"Cannot create the folder %1 for the database."_s.arg(QDir::toNativeSeparators(info.absolutePath()))};

    db->m_connectionName = u"passerelle-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    if (!db->m_db.isValid())
        return Error{u"Qt's SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite."_s};
    db->m_db.setDatabaseName(filePath);
    if (!db->m_db.open())
        return Error{u"Cannot open the database %1: %2."_s.arg(QDir::toNativeSeparators(filePath), db->m_db.lastError().text())};

    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->migrate(migrations); !s)
        return s.error();
    return db;
}

Status Database::configure()
{
    // busy_timeout first, so the other pragmas wait for a concurrent writer instead of failing.
    for (const QString &pragma : {u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA synchronous = FULL"_s}) {
        if (auto q = exec(pragma); !q)
            return q.error();
    }
    auto mode = exec(u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return mode.error();
    if (!mode->next() || mode->value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error{u"The database %1 could not be switched to write-ahead logging (it reports "
                     "journal mode \"%2\"); is the folder on a network drive?"_s
                         .arg(QDir::toNativeSeparators(m_filePath), mode->value(0).toString())};
    auto fk = exec(u"PRAGMA foreign_keys"_s);
    if (!fk || !fk->next() || fk->value(0).toInt() != 1)
        return Error{u"The SQLite library in use does not enforce foreign keys."_s};
    return success();
}

int Database::schemaVersion()
{
    auto q = exec(u"PRAGMA user_version"_s);
    return q && q->next() ? q->value(0).toInt() : -1;
}

Status Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    if (current < 0)
        return Error{u"Cannot read the schema version of %1."_s.arg(QDir::toNativeSeparators(m_filePath))};
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > latest)
        return Error{u"The database %1 was written by a newer version of Passerelle (schema %2; this "
                     "version knows up to %3). It was left untouched: update Passerelle to open it."_s
                         .arg(QDir::toNativeSeparators(m_filePath))
                         .arg(current)
                         .arg(latest)};
    m_versionBeforeMigration = current;
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        Transaction tx(*this);
        if (!tx.started())
            return Error{tx.error()};
        for (const QString &sql : migration.statements) {
            if (auto q = exec(sql); !q)
                return Error{u"Schema migration to version %1 failed: %2"_s.arg(migration.version).arg(q.errorMessage())};
        }
        // PRAGMA cannot take bound parameters; the version is our own integer.
        if (auto q = exec(u"PRAGMA user_version = %1"_s.arg(migration.version)); !q)
            return q.error();
        if (Status s = tx.commit(); !s)
            return s;
        qCInfo(lcProgress).noquote() << "migrated" << m_filePath << "to schema" << migration.version;
    }
    return success();
}

Expected<QSqlQuery> Database::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    return run(QSqlQuery(m_db), sql, values);
}

Expected<QSqlQuery> Database::scan(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    return run(std::move(query), sql, values);
}

Expected<QSqlQuery> Database::run(QSqlQuery query, const QString &sql, std::initializer_list<QVariant> values)
{
    if (!query.prepare(sql))
        return Error{describe(query.lastError()) + u" (in: "_s + sql.simplified() + u')'};
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return Error{describe(query.lastError())};
    return query;
}

Expected<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{describe(query.lastError()) + u" (in: "_s + sql.simplified() + u')'};
    return query;
}

Status Database::runPrepared(QSqlQuery &query, const QVariantList &values)
{
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, v);
    if (!query.exec())
        return Error{describe(query.lastError())};
    return success();
}

Status Database::setMaxSize(qint64 bytes)
{
    auto pageSize = exec(u"PRAGMA page_size"_s);
    if (!pageSize || !pageSize->next())
        return Error{u"Cannot read the page size of %1."_s.arg(QDir::toNativeSeparators(m_filePath))};
    const qint64 page = std::max<qint64>(512, pageSize->value(0).toLongLong());
    // SQLite clamps the count to its own maximum, and never below the pages already in use.
    const qint64 pages = bytes > 0 ? (bytes + page - 1) / page : 4294967294LL;
    // PRAGMA cannot take bound parameters; the count is our own integer.
    if (auto q = exec(u"PRAGMA max_page_count = %1"_s.arg(pages)); !q)
        return q.error();
    m_maxSizeBytes = std::max<qint64>(0, bytes);
    return success();
}

Expected<QStringList> Database::quickCheck()
{
    auto q = scan(u"PRAGMA quick_check"_s);
    if (!q)
        return q.error();
    QStringList problems;
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (q->lastError().isValid())
        problems << describe(q->lastError());
    return problems;
}

QString Database::describe(const QSqlError &error) const
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return describe(numeric ? code : -1, error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

QString Database::describe(int sqliteCode, const QString &sqliteText) const
{
    // SQLITE_FULL is 13: say it in words, since it is the one the learner can fix. The
    // transaction that hit it is rolled back whole, so "nothing was changed" is true.
    if ((sqliteCode & 0xff) == 13) {
        if (m_maxSizeBytes > 0)
            return u"Your progress could not be saved: the progress database %1 is full (it has reached the "
                   "%2 MB limit set for this computer, or the disk holding it is full). Nothing was changed, and "
                   "everything saved before is safe. Free some space, or ask your administrator to raise the "
                   "limit, then try again."_s
                .arg(QDir::toNativeSeparators(m_filePath))
                .arg(double(m_maxSizeBytes) / (1024.0 * 1024.0), 0, 'f', 1);
        return u"Your progress could not be saved: the disk holding %1 is full. Nothing was changed, and "
               "everything saved before is safe. Free some space, then try again."_s
            .arg(QDir::toNativeSeparators(m_filePath));
    }
    return u"Database error in %1: %2."_s.arg(QDir::toNativeSeparators(m_filePath), sqliteText);
}

Expected<SqliteStatement *> Database::cachedStatement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto statement = SqliteStatement::prepare(*this, sql);
        if (!statement)
            return statement.error();
        it = m_statements.emplace(sql, std::make_unique<SqliteStatement>(std::move(statement).value())).first;
    }
    return it->second.get();
}

sqlite3 *Database::sqliteHandle()
{
    // Qt's documented way to reach the driver's handle: a QVariant holding "sqlite3*".
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Database::Transaction::Transaction(Database &db) : m_db(db)
{
    // BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half-way
    // on a lock upgrade. Prepared once: every answer is a transaction.
    const Status begun = m_db.runCached(u"BEGIN IMMEDIATE"_s);
    m_started = begun.ok();
    if (!m_started)
        m_error = begun.errorMessage();
}

Database::Transaction::~Transaction()
{
    if (m_started && !m_done)
        (void)m_db.runCached(u"ROLLBACK"_s);
}

Status Database::Transaction::commit()
{
    if (!m_started)
        return Error{m_error};
    if (Status committed = m_db.runCached(u"COMMIT"_s); !committed) {
        (void)m_db.runCached(u"ROLLBACK"_s);
        m_done = true;
        return committed;
    }
    m_done = true;
    return success();
}

Status Database::runCached(const QString &sql)
{
    auto statement = cachedStatement(sql);
    if (!statement)
        return statement.error();
    return (*statement)->run();
}

} // namespace Passerelle
