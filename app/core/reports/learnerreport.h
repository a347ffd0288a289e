// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "progress/learner.h"
#include "reports/completionmatrix.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Passerelle {

class Database;

// One event of a learner's timeline: a statement, reduced to what an administrator reads.
struct TimelineEntry
{
    qint64 timestampMs = 0;
    QString verb; // the verb's last segment: answered, passed, …
    QString moduleId;
    QString lessonId;
    QString activityId;
    int pageIndex = -1;
    bool hasScore = false;
    double scoreRaw = 0.0;
    double scoreMax = 0.0;
    int success = -1; // -1 not said, 0 wrong, 1 right
    double progress = -1.0;
};

// An activity's latest result for the learner.
struct ActivityScoreRow
{
    QString moduleId;
    QString activityId;
    double scoreRaw = 0.0;
    double scoreMax = 0.0;
    bool success = false;
    int attempts = 0;
};

// Everything an administrator sees when drilling into one learner: the row of the matrix
// (time and score per module), the latest result of each activity, and the timeline.
struct LearnerReport
{
    Learner learner;
    QList<MatrixCell> modules;
    QList<ActivityScoreRow> activities;
    QList<TimelineEntry> timeline; // oldest first

    static Expected<LearnerReport> query(Database &db, const QString &learnerId, qint64 nowMs);
};

// xAPI statements as stored, for export: a learner's, a cohort's members', or everyone's.
// Reflections are left out: they are private to their learner (docs/xapi.md), who shares
// them only through their own progress file.
Expected<QJsonArray> exportStatements(Database &db, const QString &cohortId, const QString &learnerId,
                                      qsizetype *reflectionsLeftOut = nullptr);

} // namespace Passerelle
