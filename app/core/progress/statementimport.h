// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "progress/statementrow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Passerelle {

class Database;

// How ProgressStore::importStatements treats a batch.
struct ImportOptions
{
    // Keep nothing of the batch when any statement in it is rejected: a progress file is
    // imported whole or not at all, so a report never shows half of a learner's file.
    bool allOrNothing = false;
    // The LRS the statements were pulled from (its statements endpoint). They are recorded
    // as held by it, so that a push never sends them back. Empty: not from an LRS.
    QString heldByEndpoint;
    // How many problems the summary lists word for word; the others are only counted.
    int maxProblemsListed = 50;
};

// What an import did, statement by statement.
struct ImportSummary
{
    qsizetype added = 0;
    qsizetype alreadyPresent = 0; // same UUID, same statement: nothing to do
    qsizetype rejected = 0;       // not in Passerelle's shape, or a conflict (same UUID, other content)
    QStringList problems;         // why, for each rejected statement (up to maxProblemsListed)
};

// Reads xAPI statements back into the log's rows: the inverse of StatementBuilder. Only
// statements in the shape Passerelle writes are understood (docs/xapi.md); anything else is
// refused with the reason, since the projections could not say what it means.
namespace StatementImport {

// The learner the statement is about, as its actor names them.
struct ParsedStatement
{
    StatementRow row;    // row.json: the statement as it will be stored
    QString learnerName; // actor.name; the account name when there is none
};

Expected<ParsedStatement> parse(const QJsonObject &statement);

// The statement without what an LRS adds or may rewrite when it stores it (stored,
// authority, version, members set to null) and with its timestamp in milliseconds: two
// statements are the same
// statement when these are equal (xAPI 1.0.3, "Statement Comparision Requirements").
QJsonObject comparable(const QJsonObject &statement);

// "2026-11-28T21:05:12.345Z" and the other ISO 8601 forms xAPI allows, in UTC milliseconds.
std::optional<qint64> parseTimestamp(const QString &text);

// Imports into `db` in one transaction (see ProgressStore::importStatements).
Expected<ImportSummary> run(Database &db, const QJsonArray &statements, const ImportOptions &options);

} // namespace StatementImport

} // namespace Passerelle
