// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Passerelle {

class Database;

// Where one learner stands in one module, as the completion matrix shows it.
enum class CellStatus {
    NotStarted = 0,
    InProgress = 1,
    Failed = 2,    // completed, below the pass mark
    Completed = 3, // completed, not scored
    Passed = 4,
    Overdue = 5, // not done (not completed, or failed) and its due date has passed
};

QString cellStatusName(CellStatus status); // "not-started", "in-progress", …
bool cellStatusFromName(const QString &name, CellStatus *status);

struct MatrixCell
{
    QString learnerId;
    QString learnerName;
    QString moduleId;
    CellStatus status = CellStatus::NotStarted;
    double progress = 0.0; // 0..1
    bool hasScore = false;
    double scoreRaw = 0.0;
    double scoreMax = 0.0;
    double seconds = 0.0;
    qint64 lastActivityMs = 0; // 0: never
    qint64 completedAtMs = 0;  // 0: not completed
    qint64 dueMs = 0;          // 0: no due date (else the moment it becomes late)

    double scorePercent() const { return hasScore && scoreMax > 0 ? 100.0 * scoreRaw / scoreMax : 0.0; }
};

struct MatrixFilter
{
    enum class Sort { ByLearner, ByModule, ByStatus, ByProgress, ByScore, ByDue, ByLastActivity };

    QString cohortId; // empty: every learner and module; else the cohort's members and required modules
    QString moduleId; // empty: every module
    int status = -1;  // a CellStatus, or -1 for any
    QString nameText; // part of the learner's name, any case
    Sort sort = Sort::ByLearner;
    bool descending = false;
};

// The completion matrix (learners × modules), defined by one SQL query over module_progress,
// the learners and the cohorts' due dates (sql()), and assembled faster from one read of each
// table (query()). Every cell is a row, including modules a learner has
// not started, so a spreadsheet or a table can pivot it. Without a cohort the modules are
// every module someone has opened or a cohort requires; with one, the modules it requires.
class CompletionMatrix
{
public:
    static Expected<QList<MatrixCell>> query(Database &db, const MatrixFilter &filter, qint64 nowMs);
    // The same cells straight from sql(), one SQL query: the definition query() must equal,
    // kept for the tests and the benchmark.
    static Expected<QList<MatrixCell>> referenceQuery(Database &db, const MatrixFilter &filter, qint64 nowMs);
    // The SQL itself, with its parameters (?1 cohort, ?2 module, ?3 now, ?4 name key, ?5
    // status) as literals: what the benchmark hands to the sqlite3 shell.
    static QString sql(const MatrixFilter &filter);
    static QString sqlWithLiterals(const MatrixFilter &filter, qint64 nowMs);

    // Module titles in `language` (else English, else any) from the statements, which carry
    // them: an administrator's machine may not have every module installed.
    static Expected<QHash<QString, QString>> moduleTitles(Database &db, const QString &language);
};

} // namespace Passerelle
