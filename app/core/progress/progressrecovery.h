// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "progress/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Passerelle {

// What happened when the progress database was found damaged at start, for the learner.
struct RecoveryReport
{
    QString problem;                // what SQLite found wrong, in its words
    QString keptAs;                 // where the damaged file was moved
    bool fromBackup = false;        // the backup was restored (otherwise: a new database)
    QString backupProblem;          // why the backup could not be used, when there was one
    QDateTime backupMadeAt;         // fromBackup: when the backup was written
    qint64 recoveredStatements = 0; // read from the damaged file and not in the backup
    qint64 recoveredLearners = 0;
    bool finishedInterrupted = false; // an earlier repair, stopped before its end, was completed

    // The report in words: what was found, what was restored, what was recovered, what
    // could not be, and where the damaged file is.
    QString message() const;
};

// Replaces a damaged progress database with the best one that can be made from what is
// left: its backup (when there is a sound one) plus every statement that can still be read
// from the damaged file, or those statements alone. The damaged file is moved aside, never
// deleted, so nothing is lost that a specialist could still get out of it.
//
// The new database is built beside the old one and put in place by renames, in an order
// that leaves the data folder usable at every step: an interrupted repair either has not
// touched the damaged file yet (and starts again) or is finished by finishInterrupted().
class ProgressRecovery
{
public:
    ProgressRecovery(const QString &databasePath, const QList<Migration> &migrations);

    // When a repair stopped between moving the damaged file aside and putting the repaired one
    // in place, completes it. Returns a report when it did.
    Expected<std::optional<RecoveryReport>> finishInterrupted();

    // Repairs the database, which was found damaged because of `problem`.
    Expected<RecoveryReport> recover(const QString &problem);

private:
    QString keptPath() const;
    Status moveAside(const QString &keptAs);

    QString m_path;
    QList<Migration> m_migrations;
};

} // namespace Passerelle
