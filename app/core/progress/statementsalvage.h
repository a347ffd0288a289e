// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Passerelle {

class Database;

// Reads what can still be read of a damaged progress database, row by row, stepping over
// the pages SQLite reports as malformed, and merges the learners and statements it found
// into a sound database by UUID. Only the log and the profiles are salvaged: projections
// are rebuilt from the log, and drafts are work in progress, not learning events.
class StatementSalvage
{
public:
    struct Row
    {
        qint64 rowid = 0;
        QVariantList values;
    };

    // Reads `path`, which should be a copy: SQLite may write to a file it opens.
    static StatementSalvage read(const QString &path);

    // Adds the learners and statements `db` does not have (by id), statements in their
    // original order, then returns how many statements were added. The caller rebuilds the
    // projections.
    struct Merged
    {
        qint64 statements = 0;
        qint64 learners = 0;
    };
    Expected<Merged> mergeInto(Database &db) const;

    qint64 statementCount() const { return m_statements.size(); }
    qint64 learnerCount() const { return m_learners.size(); }
    // Rows that were found but could not be used (a broken id, unreadable JSON).
    qint64 rejectedRows() const { return m_rejected; }
    // Places where SQLite reported damage while reading.
    qint64 damagedRanges() const { return m_damagedRanges; }
    // Why nothing at all could be read (the file is not a database, its schema is lost).
    QString unreadable() const { return m_unreadable; }

    // The statements table's columns, in the order of Row::values.
    static const QStringList &statementColumns();

private:
    QList<Row> m_learners;
    QList<Row> m_statements;
    qint64 m_rejected = 0;
    qint64 m_damagedRanges = 0;
    QString m_unreadable;
};

} // namespace Passerelle
