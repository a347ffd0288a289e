// SPDX-License-Identifier: Apache-2.0
#include "reports/completionmatrix.h"

#include "progress/database.h"
#include "progress/learner.h"
#include "progress/sqlitestatement.h"
#include "progress/xapi.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

const char16_t *const StatusNames[] = {u"not-started", u"in-progress", u"failed", u"completed", u"passed", u"overdue"};

QString orderBy(const MatrixFilter &filter)
{
    const QString dir = filter.descending ? u" DESC"_s : QString();
    switch (filter.sort) {
    case MatrixFilter::Sort::ByLearner:
        // name_key alone (it is unique): SQLite then reads the learners in the order of its
        // index and sorts nothing, a third of the query's time on 50,000 cells. Within a
        // learner the modules come in picked_modules' order, which its UNION sorts.
        return u"name_key%1"_s.arg(dir);
    case MatrixFilter::Sort::ByModule: return u"module_id%1, name_key, learner_id"_s.arg(dir);
    case MatrixFilter::Sort::ByStatus: return u"status%1, name_key, learner_id, module_id"_s.arg(dir);
    case MatrixFilter::Sort::ByProgress: return u"coalesce(progress, 0)%1, name_key, learner_id, module_id"_s.arg(dir);
    case MatrixFilter::Sort::ByScore:
        return u"CASE WHEN score_max > 0 THEN score_raw / score_max END%1 NULLS LAST, name_key, learner_id, module_id"_s
            .arg(dir);
    case MatrixFilter::Sort::ByDue: return u"due_ms%1 NULLS LAST, name_key, learner_id, module_id"_s.arg(dir);
    case MatrixFilter::Sort::ByLastActivity:
        return u"last_at_ms%1 NULLS LAST, name_key, learner_id, module_id"_s.arg(dir);
    }
    return u"name_key, learner_id, module_id"_s;
}

QString sqlQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

QString cellStatusName(CellStatus status)
{
    return QString::fromUtf16(StatusNames[int(status)]);
}

bool cellStatusFromName(const QString &name, CellStatus *status)
{
    for (int i = 0; i < 6; ++i) {
        if (name == QStringView(StatusNames[i])) {
            *status = CellStatus(i);
            return true;
        }
    }
    return false;
}

QString CompletionMatrix::sql(const MatrixFilter &filter)
{
    // The status codes are CellStatus. "Done" is completed and not failed; overdue wins over
    // not started, in progress and failed once the earliest due date among the learner's
    // cohorts (or the chosen cohort) has passed.
    return uR"(WITH
picked_learners AS (
  SELECT id, name, name_key FROM learners
  WHERE (?1 = '' OR id IN (SELECT learner_id FROM cohort_members WHERE cohort_id = ?1))
    AND (?4 = '' OR instr(name_key, ?4) > 0)
),
picked_modules AS (
  SELECT module_id FROM cohort_modules WHERE ?1 <> '' AND cohort_id = ?1 AND (?2 = '' OR module_id = ?2)
  UNION
  SELECT module_id FROM module_progress WHERE ?1 = '' AND (?2 = '' OR module_id = ?2)
  UNION
  SELECT module_id FROM cohort_modules WHERE ?1 = '' AND (?2 = '' OR module_id = ?2)
),
due AS (
  SELECT m.learner_id, r.module_id, min(r.due_ms) AS due_ms
  FROM cohort_members m JOIN cohort_modules r ON r.cohort_id = m.cohort_id
  WHERE r.due_ms IS NOT NULL AND (?1 = '' OR m.cohort_id = ?1)
  GROUP BY m.learner_id, r.module_id
),
cells AS (
  SELECT l.id AS learner_id, l.name AS learner_name, l.name_key, pm.module_id,
         p.progress, p.score_raw, p.score_max, p.seconds, p.last_at_ms, p.completed_at_ms, d.due_ms,
         CASE
           WHEN p.completed_at_ms IS NOT NULL AND p.passed = 1 THEN 4
           WHEN p.completed_at_ms IS NOT NULL AND p.passed IS NULL THEN 3
           WHEN d.due_ms IS NOT NULL AND d.due_ms <= ?3 THEN 5
           WHEN p.completed_at_ms IS NOT NULL THEN 2
           WHEN p.learner_id IS NOT NULL THEN 1
           ELSE 0
         END AS status
  FROM picked_learners l
  CROSS JOIN picked_modules pm
  LEFT JOIN module_progress p ON p.learner_id = l.id AND p.module_id = pm.module_id
  LEFT JOIN due d ON d.learner_id = l.id AND d.module_id = pm.module_id
)
SELECT learner_id, learner_name, module_id, status, progress, score_raw, score_max, seconds, last_at_ms,
       completed_at_ms, due_ms
FROM cells
WHERE ?5 < 0 OR status = ?5
ORDER BY )"_s +
           orderBy(filter);
}

QString CompletionMatrix::sqlWithLiterals(const MatrixFilter &filter, qint64 nowMs)
{
    QString text = sql(filter);
    // Highest number first, so ?1 does not match the start of a ?1x.
    text.replace(u"?5"_s, QString::number(filter.status));
    text.replace(u"?4"_s, sqlQuoted(learnerNameKey(filter.nameText)));
    text.replace(u"?3"_s, QString::number(nowMs));
    text.replace(u"?2"_s, sqlQuoted(filter.moduleId));
    text.replace(u"?1"_s, sqlQuoted(filter.cohortId));
    return text;
}

Expected<QList<MatrixCell>> CompletionMatrix::query(Database &db, const MatrixFilter &filter, qint64 nowMs)
{
    // SQLite's own API: the matrix is tens of thousands of rows for a large organisation, and
    // QSqlQuery's per-value QVariant would cost more than the query.
    auto statement = SqliteStatement::prepare(db, sql(filter));
    if (!statement)
        return statement.error();
    SqliteStatement &s = *statement;
    s.bindText(0, filter.cohortId.isNull() ? u""_s : filter.cohortId);
    s.bindText(1, filter.moduleId.isNull() ? u""_s : filter.moduleId);
    s.bindInteger(2, nowMs);
    s.bindText(3, learnerNameKey(filter.nameText));
    s.bindInteger(4, filter.status);
    QList<MatrixCell> cells;
    QString lastLearner, lastName, lastModule;
    QByteArray lastLearnerUtf8, lastModuleUtf8;
    while (true) {
        auto row = s.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        MatrixCell c;
        // Consecutive rows often share the learner (or the module): share the strings too.
        if (lastLearner.isNull() || s.utf8(0) != QByteArrayView(lastLearnerUtf8)) {
            lastLearnerUtf8 = s.utf8(0).toByteArray();
            lastLearner = s.text(0);
            lastName = s.text(1);
        }
        c.learnerId = lastLearner;
        c.learnerName = lastName;
        if (lastModule.isNull() || s.utf8(2) != QByteArrayView(lastModuleUtf8)) {
            lastModuleUtf8 = s.utf8(2).toByteArray();
            lastModule = s.text(2);
        }
        c.moduleId = lastModule;
        c.status = CellStatus(s.integer(3));
        c.progress = s.isNull(4) ? 0.0 : s.real(4);
        c.hasScore = !s.isNull(6) && s.real(6) > 0;
        c.scoreRaw = s.isNull(5) ? 0.0 : s.real(5);
        c.scoreMax = s.isNull(6) ? 0.0 : s.real(6);
        c.seconds = s.isNull(7) ? 0.0 : s.real(7);
        c.lastActivityMs = s.isNull(8) ? 0 : s.integer(8);
        c.completedAtMs = s.isNull(9) ? 0 : s.integer(9);
        c.dueMs = s.isNull(10) ? 0 : s.integer(10);
        if (c.status == CellStatus::Completed || c.status == CellStatus::Passed)
            c.progress = 1.0;
        cells.append(std::move(c));
    }
    return cells;
}

Expected<QHash<QString, QString>> CompletionMatrix::moduleTitles(Database &db, const QString &language)
{
    // SQLite takes the bare column from the row holding max(seq): each module's latest title.
    auto q = db.exec(uR"(SELECT max(seq), module_id, json_extract(json, '$.object.definition.name')
                         FROM statements WHERE verb = ? AND module_id IS NOT NULL GROUP BY module_id)"_s,
                     {Xapi::verbIri(Xapi::Verb::Attempted)});
    if (!q)
        return q.error();
    QHash<QString, QString> titles;
    while (q->next()) {
        const QJsonObject names = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        QString title = names.value(language).toString();
        if (title.isEmpty())
            title = names.value(u"en"_s).toString();
        if (title.isEmpty() && !names.isEmpty())
            title = names.begin().value().toString();
        if (!title.isEmpty())
            titles.insert(q->value(1).toString(), title);
    }
    return titles;
}

} // namespace Passerelle
