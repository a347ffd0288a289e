// SPDX-License-Identifier: Apache-2.0
#include "progress/sqlitestatement.h"

#include "progress/database.h"

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace Passerelle {

SqliteStatement::SqliteStatement(Database &db, sqlite3_stmt *statement)
    : m_db(&db)
    , m_statement(statement)
    , m_texts(std::size_t(sqlite3_bind_parameter_count(statement)))
{}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_texts(std::move(other.m_texts))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_texts = std::move(other.m_texts);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Expected<SqliteStatement> SqliteStatement::prepare(Database &db, const QString &sql)
{
    sqlite3 *handle = db.sqliteHandle();
    if (!handle)
        return Error{u"The database %1 is not open through Qt's SQLite driver."_s.arg(db.filePath())};
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int rc =
        sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error{db.describe(rc, QString::fromUtf8(sqlite3_errmsg(handle))) + u" (in: "_s + sql.simplified() +
                     u')'};
    }
    return SqliteStatement(db, statement);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index + 1, value);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    // Converted to UTF-8, the database's encoding, in this parameter's own buffer: SQLite
    // neither copies nor converts it, and the buffer's memory is reused from row to row.
    // SQLITE_STATIC is safe: the buffer changes only when this parameter is bound again.
    QByteArray &buffer = m_texts.at(std::size_t(index));
    buffer.resize(m_utf8.requiredSpace(value.size()));
    char *end = m_utf8.appendToBuffer(buffer.data(), value);
    sqlite3_bind_text(m_statement, index + 1, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    // Kept (shared, not copied) until the parameter is bound again, as bindText's buffer.
    m_texts.at(std::size_t(index)) = utf8;
    const QByteArray &kept = m_texts.at(std::size_t(index));
    sqlite3_bind_text(m_statement, index + 1, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

QString SqliteStatement::error() const
{
    sqlite3 *handle = sqlite3_db_handle(m_statement);
    return m_db->describe(sqlite3_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
}

Expected<bool> SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = error();
    sqlite3_reset(m_statement);
    return Error{message};
}

Status SqliteStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    const QString message = rc == SQLITE_DONE || rc == SQLITE_ROW ? QString() : error();
    sqlite3_reset(m_statement);
    if (!message.isEmpty())
        return Error{message};
    return success();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    // text() before bytes(): SQLite's documented order, so the length is of the UTF-8 form.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}

} // namespace Passerelle
