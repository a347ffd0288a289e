// SPDX-License-Identifier: Apache-2.0
#include "reports/learnerreport.h"

#include "progress/database.h"
#include "sync/progressfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Passerelle {

Expected<LearnerReport> LearnerReport::query(Database &db, const QString &learnerId, qint64 nowMs)
{
    LearnerReport report;
    auto who = db.exec(u"SELECT id, name, language, created_at FROM learners WHERE id = ?"_s, {learnerId});
    if (!who)
        return who.error();
    if (!who->next())
        return Error{u"There is no learner with id %1; \"passerelle-cli learners\" lists them."_s.arg(learnerId)};
    report.learner = Learner{who->value(0).toString(), who->value(1).toString(), who->value(2).toString(),
                             QDateTime::fromString(who->value(3).toString(), Qt::ISODateWithMs)};

    // The learner's row of the matrix; filtering by name would also match namesakes' rows.
    MatrixFilter filter;
    filter.nameText = report.learner.name;
    filter.sort = MatrixFilter::Sort::ByModule;
    auto cells = CompletionMatrix::query(db, filter, nowMs);
    if (!cells)
        return cells.error();
    for (const MatrixCell &cell : *cells) {
        if (cell.learnerId == learnerId && (cell.status != CellStatus::NotStarted || cell.dueMs > 0))
            report.modules.append(cell);
    }

    auto results = db.exec(uR"(SELECT module_id, activity_id, score_raw, score_max, success, attempts
                               FROM activity_results WHERE learner_id = ? ORDER BY module_id, updated_at)"_s,
                           {learnerId});
    if (!results)
        return results.error();
    while (results->next())
        report.activities.append({results->value(0).toString(), results->value(1).toString(),
                                  results->value(2).toDouble(), results->value(3).toDouble(),
                                  results->value(4).toInt() != 0, results->value(5).toInt()});

    auto q = db.scan(uR"(SELECT timestamp_ms, verb, module_id, lesson_id, activity_id, page_index, score_raw,
                                score_max, success, progress
                         FROM statements WHERE learner_id = ? ORDER BY timestamp_ms, seq)"_s,
                     {learnerId});
    if (!q)
        return q.error();
    while (q->next()) {
        TimelineEntry e;
        e.timestampMs = q->value(0).toLongLong();
        e.verb = q->value(1).toString().section(u'/', -1);
        e.moduleId = q->value(2).toString();
        e.lessonId = q->value(3).toString();
        e.activityId = q->value(4).toString();
        e.pageIndex = q->value(5).isNull() ? -1 : q->value(5).toInt();
        e.hasScore = !q->value(7).isNull() && q->value(7).toDouble() > 0;
        e.scoreRaw = q->value(6).toDouble();
        e.scoreMax = q->value(7).toDouble();
        e.success = q->value(8).isNull() ? -1 : q->value(8).toInt();
        e.progress = q->value(9).isNull() ? -1.0 : q->value(9).toDouble();
        report.timeline.append(e);
    }
    if (q->lastError().isValid())
        return Error{db.describe(q->lastError())};
    return report;
}

Expected<QJsonArray> exportStatements(Database &db, const QString &cohortId, const QString &learnerId,
                                      qsizetype *reflectionsLeftOut)
{
    const QString cohort = cohortId.isNull() ? u""_s : cohortId, learner = learnerId.isNull() ? u""_s : learnerId;
    auto q = db.scan(uR"(SELECT json FROM statements
                         WHERE (? = '' OR learner_id IN (SELECT learner_id FROM cohort_members WHERE cohort_id = ?))
                           AND (? = '' OR learner_id = ?)
                         ORDER BY seq)"_s,
                     {cohort, cohort, learner, learner});
    if (!q)
        return q.error();
    QJsonArray all;
    qsizetype leftOut = 0;
    while (q->next()) {
        const QJsonObject statement = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        if (ProgressFile::isReflection(statement))
            ++leftOut;
        else
            all.append(statement);
    }
    if (q->lastError().isValid())
        return Error{db.describe(q->lastError())};
    if (reflectionsLeftOut)
        *reflectionsLeftOut = leftOut;
    return all;
}

} // namespace Passerelle
