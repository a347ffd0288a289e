// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringEncoder>

#include <vector>

struct sqlite3_stmt;

namespace Passerelle {

class Database;

// A prepared statement run through SQLite's own API on a Database's connection (inside its
// transactions), for loops over every row such as rebuilding the projections. Qt SQL
// turns each value into a QVariant and each text into UTF-16 and back, and parses a
// placeholder name per bound value: for a million rows that costs more than SQLite's own
// work. Everywhere else, Database::exec() is simpler and fast enough.
class SqliteStatement
{
public:
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    static Expected<SqliteStatement> prepare(Database &db, const QString &sql);

    // Parameters are numbered from 0, in the order of the ?s. A value is copied when bound.
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    void bindText(int index, const QString &value);
    // Text already in UTF-8 (compact JSON from QJsonDocument), bound without converting it.
    void bindUtf8(int index, const QByteArray &utf8);

    // The next row: true when there is one, false at the end; an error says why it stopped.
    Expected<bool> next();
    // Runs a statement that returns no rows, then makes it ready to be bound and run again.
    Status run();
    // Makes the statement ready to run again (bindings are kept until replaced).
    void reset();

    // The current row's columns, numbered from 0.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArrayView utf8(int column) const;
    QString text(int column) const;

private:
    SqliteStatement(Database &db, sqlite3_stmt *statement);
    QString error() const;

    Database *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // Bound texts in UTF-8, one buffer per parameter, reused from row to row.
    std::vector<QByteArray> m_texts;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace Passerelle
