// SPDX-License-Identifier: Apache-2.0
#pragma once

// Test helpers to look at and damage SQLite files: a connection of its own (as any SQLite
// client would see the file), and a reader of the b-tree pages of the file format
// (https://www.sqlite.org/fileformat2.html), to know exactly which rows a damaged page held.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

namespace SqliteFile {

using namespace Qt::StringLiterals;

class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QStringList column(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        QStringList values;
        if (q.exec(sql)) {
            while (q.next())
                values << q.value(0).toString();
        }
        return values;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }
    // A table's rows, sorted, one per line: equal dumps mean equal tables.
    QString dump(const QString &table)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        QStringList rows;
        if (!q.exec(u"SELECT * FROM "_s + table))
            return u"cannot read "_s + table;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
            rows << cells.join(u'|');
        }
        rows.sort();
        return table + u":\n"_s + rows.join(u'\n');
    }

private:
    QString m_name;
};

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// SQLite's variable-length integer: 1 to 9 bytes, 7 bits each, big-endian; the ninth byte
// gives 8 bits.
inline quint64 varint(const uchar *p, int *length)
{
    quint64 value = 0;
    for (int i = 0; i < 8; ++i) {
        value = (value << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *length = i + 1;
            return value;
        }
    }
    *length = 9;
    return (value << 8) | p[8];
}

// One page of a table b-tree: an interior page's children, in key order (the right-most
// child last), or a leaf page's rowids.
struct TablePage
{
    int type = 0; // 0x05 interior, 0x0d leaf, anything else: not a table b-tree page
    QList<quint32> children;
    QList<qint64> rowids;
};

inline TablePage tablePage(const QByteArray &file, int pageSize, quint32 pageNumber)
{
    TablePage page;
    const qsizetype start = qsizetype(pageNumber - 1) * pageSize;
    if (start + pageSize > file.size())
        return page;
    const auto *base = reinterpret_cast<const uchar *>(file.constData()) + start;
    const uchar *header = base + (pageNumber == 1 ? 100 : 0);
    page.type = header[0];
    const int cells = qFromBigEndian<quint16>(header + 3);
    const int headerSize = page.type == 0x05 ? 12 : 8;
    for (int i = 0; i < cells; ++i) {
        const uchar *cell = base + qFromBigEndian<quint16>(header + headerSize + 2 * i);
        int length = 0;
        if (page.type == 0x05) {
            page.children << qFromBigEndian<quint32>(cell);
        } else if (page.type == 0x0d) {
            varint(cell, &length); // payload size
            page.rowids << qint64(varint(cell + length, &length));
        }
    }
    if (page.type == 0x05)
        page.children << qFromBigEndian<quint32>(header + 8);
    return page;
}

} // namespace SqliteFile
