// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <map>
#include <memory>

struct sqlite3;

namespace Passerelle {

class SqliteStatement;

// One schema step: the statements that take the database from `version - 1` to `version`.
struct Migration
{
    int version;
    QStringList statements;
};

// An open SQLite file with Passerelle's settings: WAL, foreign keys, synchronous=FULL,
// a busy timeout, and the schema brought up to date one migration (one transaction) at a
// time, keyed on PRAGMA user_version. One Database is one connection, used by one thread.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. A file written by a newer schema is refused,
    // never downgraded.
    static Expected<std::unique_ptr<Database>> open(const QString &filePath,
                                                    const QList<Migration> &migrations);

    QString filePath() const { return m_filePath; }
    // The schema version the file had before open() migrated it; the same as the current
    // version when nothing was migrated (0 for a new file).
    int versionBeforeMigration() const { return m_versionBeforeMigration; }
    int schemaVersion();
    QSqlDatabase &connection() { return m_db; }

    // Caps the file at about `bytes` (SQLite's max_page_count, for this connection): a write
    // that would grow it further fails like a full disk, and nothing of it is kept. 0 lifts
    // the cap. For size-limited machines (a kiosk, a small USB stick), and for tests.
    Status setMaxSize(qint64 bytes);
    qint64 maxSize() const { return m_maxSizeBytes; }

    // Prepares, binds positionally and executes one statement.
    Expected<QSqlQuery> exec(const QString &sql, std::initializer_list<QVariant> values = {});
    // The same for a query whose rows are read once, in order: Qt keeps no copy of the rows
    // already read, which is what makes reading a whole table fast and small. (Forward-only
    // must be set before the query runs; QSqlQuery ignores it afterwards.)
    Expected<QSqlQuery> scan(const QString &sql, std::initializer_list<QVariant> values = {});
    // A statement prepared once and run many times with runPrepared(): for loops of writes.
    Expected<QSqlQuery> prepare(const QString &sql);
    Status runPrepared(QSqlQuery &query, const QVariantList &values);

    // SQLite's PRAGMA quick_check: the problems it finds, empty when the file is sound.
    Expected<QStringList> quickCheck();

    // An SQLite error in words: which file, what went wrong, what to do when there is
    // something to do (a full disk).
    QString describe(const QSqlError &error) const;
    QString describe(int sqliteCode, const QString &sqliteText) const;

    // The connection's own SQLite handle, for SqliteStatement; null if the driver is not
    // Qt's SQLite driver.
    sqlite3 *sqliteHandle();
    // A statement prepared on first use and kept for the connection's life, for writes made
    // on every answer: preparing costs more than running them. Leave it reset (run() does).
    Expected<SqliteStatement *> cachedStatement(const QString &sql);
    // Runs a cached statement that takes no values and returns no rows.
    Status runCached(const QString &sql);

    // RAII transaction: rolls back unless commit() succeeded.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool started() const { return m_started; }
        QString error() const { return m_error; }
        Status commit();

    private:
        Database &m_db;
        bool m_started = false;
        bool m_done = false;
        QString m_error;
    };

private:
    Database() = default;
    Status configure();
    Status migrate(const QList<Migration> &migrations);
    Expected<QSqlQuery> run(QSqlQuery query, const QString &sql, std::initializer_list<QVariant> values);

    QString m_connectionName;
    QString m_filePath;
    int m_versionBeforeMigration = 0;
    QSqlDatabase m_db;
    qint64 m_maxSizeBytes = 0;
    std::map<QString, std::unique_ptr<SqliteStatement>> m_statements;
};

} // namespace Passerelle
