// SPDX-License-Identifier: Apache-2.0
#include "progress/projections.h"

#include "progress/database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

QString key(const QString &a, const QString &b)
{
    return a + u'\x1f' + b;
}

QString key(const QString &a, const QString &b, const QString &c)
{
    return a + u'\x1f' + b + u'\x1f' + c;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QVariant nullable(bool present, const QVariant &value)
{
    return present ? value : QVariant(QMetaType(QMetaType::Double));
}

struct ModuleProgressRow
{
    QString learnerId;
    QString moduleId;
    QString registration;
    double progress = 0.0;
    double seconds = 0.0;
    qint64 lastAtMs = 0;
    qint64 completedAtMs = 0; // 0: not completed
    int passed = -1;          // -1 unknown, 0 failed, 1 passed
    double scoreRaw = 0.0;
    double scoreMax = 0.0;
    qint64 updatedAtMs = 0;
};

struct ActivityResultRow
{
    QString learnerId;
    QString moduleId;
    QString activityId;
    QString statementId;
    QString response;
    double raw = 0.0;
    double max = 0.0;
    bool success = false;
    int attempts = 0;
    qint64 updatedAtMs = 0;
};

struct ResumeRow
{
    QString learnerId;
    QString moduleId;
    QString lessonId;
    int pageIndex = 0;
    qint64 updatedAtMs = 0;
};

struct PageVisitRow
{
    QString learnerId;
    QString moduleId;
    QString lessonId;
    int pageIndex = 0;
    qint64 firstAtMs = 0;
};

// The projections as plain data. apply() is the definition of every projection.
struct ProjectionState
{
    QHash<QString, ModuleProgressRow> modules;
    QHash<QString, ActivityResultRow> activities;
    QHash<QString, ResumeRow> resumes;
    QHash<QString, PageVisitRow> visits;

    void apply(const StatementRow &s)
    {
        if (s.moduleId.isEmpty())
            return;
        ModuleProgressRow &m = modules[key(s.learnerId, s.moduleId)];
        m.learnerId = s.learnerId;
        m.moduleId = s.moduleId;
        const qint64 gap = s.timestampMs - m.lastAtMs;
        if (m.lastAtMs > 0 && gap > 0 && gap <= SessionBreakMs)
            m.seconds += double(std::min(gap, IdleCapMs)) / 1000.0;
        m.lastAtMs = std::max(m.lastAtMs, s.timestampMs);
        m.updatedAtMs = s.timestampMs;

        switch (s.verb) {
        case Xapi::Verb::Attempted:
            // A new attempt starts from nothing; time spent stays with the learner.
            if (m.registration != s.registration) {
                m.registration = s.registration;
                m.progress = 0.0;
                m.completedAtMs = 0;
                m.passed = -1;
                m.scoreRaw = m.scoreMax = 0.0;
            }
            break;
        case Xapi::Verb::Experienced:
            if (s.pageIndex >= 0) {
                resumes[key(s.learnerId, s.moduleId)] = {s.learnerId, s.moduleId, s.lessonId, s.pageIndex, s.timestampMs};
                const QString visitKey = key(s.learnerId, s.moduleId, s.lessonId + u'#' + QString::number(s.pageIndex));
                if (!visits.contains(visitKey))
                    visits.insert(visitKey, {s.learnerId, s.moduleId, s.lessonId, s.pageIndex, s.timestampMs});
            }
            break;
        case Xapi::Verb::Answered: {
            ActivityResultRow &a = activities[key(s.learnerId, s.moduleId, s.activityId)];
            a.learnerId = s.learnerId;
            a.moduleId = s.moduleId;
            a.activityId = s.activityId;
            a.statementId = s.id;
            a.response = s.response;
            a.raw = s.scoreRaw.value_or(0.0);
            a.max = s.scoreMax.value_or(0.0);
            a.success = s.success.value_or(false);
            a.attempts += 1;
            a.updatedAtMs = s.timestampMs;
            break;
        }
        case Xapi::Verb::Progressed:
            m.progress = s.progress.value_or(m.progress);
            break;
        case Xapi::Verb::Completed:
            m.progress = 1.0;
            if (m.completedAtMs == 0)
                m.completedAtMs = s.timestampMs;
            break;
        case Xapi::Verb::Passed:
        case Xapi::Verb::Failed:
            m.passed = s.verb == Xapi::Verb::Passed ? 1 : 0;
            m.scoreRaw = s.scoreRaw.value_or(0.0);
            m.scoreMax = s.scoreMax.value_or(0.0);
            break;
        }
    }
};

// Reading and writing the projection tables.
class ProjectionTables
{
public:
    explicit ProjectionTables(Database &db) : m_db(db) {}

    Status load(ProjectionState &state, const StatementRow &s)
    {
        const QString moduleKey = key(s.learnerId, s.moduleId);
        if (!state.modules.contains(moduleKey)) {
            auto q = m_db.exec(uR"(SELECT registration, progress, seconds, last_at_ms, completed_at_ms, passed,
                                          score_raw, score_max, updated_at_ms
                                   FROM module_progress WHERE learner_id = ? AND module_id = ?)"_s,
                               {s.learnerId, s.moduleId});
            if (!q)
                return q.error();
            if (q->next()) {
                state.modules.insert(moduleKey, {s.learnerId, s.moduleId, q->value(0).toString(), q->value(1).toDouble(),
                                                 q->value(2).toDouble(), q->value(3).toLongLong(),
                                                 q->value(4).isNull() ? 0 : q->value(4).toLongLong(),
                                                 q->value(5).isNull() ? -1 : q->value(5).toInt(),
                                                 q->value(6).toDouble(), q->value(7).toDouble(), q->value(8).toLongLong()});
            }
        }
        if (s.verb == Xapi::Verb::Answered) {
            const QString activityKey = key(s.learnerId, s.moduleId, s.activityId);
            if (!state.activities.contains(activityKey)) {
                auto q = m_db.exec(uR"(SELECT attempts FROM activity_results
                                       WHERE learner_id = ? AND module_id = ? AND activity_id = ?)"_s,
                                   {s.learnerId, s.moduleId, s.activityId});
                if (!q)
                    return q.error();
                if (q->next()) {
                    ActivityResultRow row;
                    row.attempts = q->value(0).toInt();
                    state.activities.insert(activityKey, row);
                }
            }
        }
        if (s.verb == Xapi::Verb::Experienced && s.pageIndex >= 0) {
            const QString visitKey = key(s.learnerId, s.moduleId, s.lessonId + u'#' + QString::number(s.pageIndex));
            auto q = m_db.exec(uR"(SELECT first_at_ms FROM page_visits
                                   WHERE learner_id = ? AND module_id = ? AND lesson_id = ? AND page_index = ?)"_s,
                               {s.learnerId, s.moduleId, s.lessonId, s.pageIndex});
            if (!q)
                return q.error();
            if (q->next())
                state.visits.insert(visitKey, {s.learnerId, s.moduleId, s.lessonId, s.pageIndex, q->value(0).toLongLong()});
        }
        return success();
    }

    Status write(const ProjectionState &state)
    {
        // Prepared once per table: a rebuild writes one row per learner and module, activity and
        // page, which is many rows.
        auto modules = m_db.prepare(
            uR"(INSERT OR REPLACE INTO module_progress(learner_id, module_id, registration, progress, seconds,
                    last_at_ms, completed_at_ms, passed, score_raw, score_max, updated_at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
        if (!modules)
            return modules.error();
        for (const ModuleProgressRow &m : state.modules) {
            if (Status s = m_db.runPrepared(
                    *modules,
                    {m.learnerId, m.moduleId, m.registration, m.progress, m.seconds, m.lastAtMs,
                     m.completedAtMs > 0 ? QVariant(m.completedAtMs) : QVariant(QMetaType(QMetaType::LongLong)),
                     m.passed >= 0 ? QVariant(m.passed) : QVariant(QMetaType(QMetaType::Int)),
                     nullable(m.passed >= 0, m.scoreRaw), nullable(m.passed >= 0, m.scoreMax), m.updatedAtMs});
                !s)
                return s;
        }
        auto activities = m_db.prepare(
            uR"(INSERT OR REPLACE INTO activity_results(learner_id, module_id, activity_id, statement_id, response,
                    score_raw, score_max, success, attempts, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
        if (!activities)
            return activities.error();
        for (const ActivityResultRow &a : state.activities) {
            if (a.statementId.isEmpty())
                continue; // loaded to count attempts, not changed
            if (Status s = m_db.runPrepared(*activities, {a.learnerId, a.moduleId, a.activityId, a.statementId,
                                                          a.response, a.raw, a.max, a.success ? 1 : 0, a.attempts,
                                                          iso(a.updatedAtMs)});
                !s)
                return s;
        }
        auto resumes = m_db.prepare(
            uR"(INSERT OR REPLACE INTO resume_positions(learner_id, module_id, lesson_id, page_index, updated_at)
                VALUES (?, ?, ?, ?, ?))"_s);
        if (!resumes)
            return resumes.error();
        for (const ResumeRow &r : state.resumes) {
            if (Status s = m_db.runPrepared(*resumes, {r.learnerId, r.moduleId, r.lessonId, r.pageIndex, iso(r.updatedAtMs)}); !s)
                return s;
        }
        auto visits = m_db.prepare(
            uR"(INSERT OR IGNORE INTO page_visits(learner_id, module_id, lesson_id, page_index, first_at_ms)
                VALUES (?, ?, ?, ?, ?))"_s);
        if (!visits)
            return visits.error();
        for (const PageVisitRow &v : state.visits) {
            if (Status s = m_db.runPrepared(*visits, {v.learnerId, v.moduleId, v.lessonId, v.pageIndex, v.firstAtMs}); !s)
                return s;
        }
        return success();
    }

private:
    Database &m_db;
};

} // namespace

Projections::Projections(Database &db) : m_db(db) {}

QStringList Projections::tables()
{
    return {u"module_progress"_s, u"activity_results"_s, u"page_visits"_s, u"resume_positions"_s};
}

Status Projections::applyLive(const QList<StatementRow> &rows)
{
    ProjectionState state;
    ProjectionTables tables(m_db);
    for (const StatementRow &row : rows) {
        if (Status s = tables.load(state, row); !s)
            return s;
        state.apply(row);
    }
    return tables.write(state);
}

Expected<qint64> Projections::rebuild()
{
    Database::Transaction tx(m_db);
    if (!tx.started())
        return Error{tx.error()};
    ProjectionState state;
    qint64 count = 0;
    {
        // Forward-only: Qt keeps no copy of the rows already read (a million statements would
        // otherwise all be held in memory).
        auto q = m_db.scan(uR"(SELECT id, learner_id, verb, module_id, registration, lesson_id, activity_id, page_index,
                                      timestamp_ms, score_raw, score_max, success, progress, response
                               FROM statements ORDER BY seq)"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto verb = Xapi::verbFromIri(q->value(2).toString());
            ++count;
            if (!verb)
                continue; // a statement of another kind (imported): no projection reads it
            StatementRow row;
            row.id = q->value(0).toString();
            row.learnerId = q->value(1).toString();
            row.verb = *verb;
            row.moduleId = q->value(3).toString();
            row.registration = q->value(4).toString();
            row.lessonId = q->value(5).toString();
            row.activityId = q->value(6).toString();
            row.pageIndex = q->value(7).isNull() ? -1 : q->value(7).toInt();
            row.timestampMs = q->value(8).toLongLong();
            if (!q->value(9).isNull())
                row.scoreRaw = q->value(9).toDouble();
            if (!q->value(10).isNull())
                row.scoreMax = q->value(10).toDouble();
            if (!q->value(11).isNull())
                row.success = q->value(11).toInt() != 0;
            if (!q->value(12).isNull())
                row.progress = q->value(12).toDouble();
            row.response = q->value(13).toString();
            state.apply(row);
        }
        // A read that stops on an error must not pass for the end of the log.
        if (q->lastError().isValid())
            return Error{m_db.describe(q->lastError())};
    }
    for (const QString &table : tables()) {
        if (auto q = m_db.exec(u"DELETE FROM "_s + table); !q)
            return q.error();
    }
    if (Status s = ProjectionTables(m_db).write(state); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return count;
}

} // namespace Passerelle
