// SPDX-License-Identifier: Apache-2.0
#include "reports/completionmatrix.h"

#include "progress/database.h"
#include "progress/learner.h"
#include "progress/sqlitestatement.h"
#include "progress/xapi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

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

Expected<QList<MatrixCell>> CompletionMatrix::referenceQuery(Database &db, const MatrixFilter &filter, qint64 nowMs)
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

namespace {

// One learner or module of the matrix, as read.
struct Picked
{
    QString id;
    QString name; // learners only
};

// Reads a query's rows into `rows` with `take` (which gets the statement at each row).
template<typename Take>
Status readRows(Database &db, const QString &sql, const std::function<void(SqliteStatement &)> &bind, Take take)
{
    auto statement = SqliteStatement::prepare(db, sql);
    if (!statement)
        return statement.error();
    bind(*statement);
    while (true) {
        auto row = statement->next();
        if (!row)
            return row.error();
        if (!*row)
            return success();
        take(*statement);
    }
}

} // namespace

// The matrix assembled from four reads, each in one pass over its table: the learners (in
// name order), the modules, and the rows of module_progress and of the cohorts' due dates,
// placed in a grid by their positions. It gives exactly what sql() defines (a test compares
// the two on every sort and filter), without a look-up per cell: on 1,000 learners × 50
// modules those 50,000 index look-ups were most of the query's time.
Expected<QList<MatrixCell>> CompletionMatrix::query(Database &db, const MatrixFilter &filter, qint64 nowMs)
{
    const QString cohort = filter.cohortId.isNull() ? u""_s : filter.cohortId;
    const QString module = filter.moduleId.isNull() ? u""_s : filter.moduleId;
    const QString nameKey = learnerNameKey(filter.nameText);

    QList<Picked> learners;
    QHash<QByteArray, int> learnerAt;
    Status read = readRows(
        db,
        uR"(SELECT id, name FROM learners
            WHERE (?1 = '' OR id IN (SELECT learner_id FROM cohort_members WHERE cohort_id = ?1))
              AND (?2 = '' OR instr(name_key, ?2) > 0)
            ORDER BY name_key)"_s,
        [&](SqliteStatement &s) {
            s.bindText(0, cohort);
            s.bindText(1, nameKey);
        },
        [&](SqliteStatement &s) {
            learnerAt.insert(s.utf8(0).toByteArray(), int(learners.size()));
            learners.append({s.text(0), s.text(1)});
        });
    if (!read)
        return read.error();

    // module_progress, read once: its rows, and (without a cohort) the modules they name.
    struct ProgressRow
    {
        int learner = -1;
        int module = -1; // in moduleIds (the order they were met)
        double progress = 0.0, scoreRaw = 0.0, scoreMax = 0.0, seconds = 0.0;
        bool hasScoreMax = false;
        qint64 lastAtMs = 0, completedAtMs = 0;
        int passed = -1;
    };
    QList<ProgressRow> progressRows;
    // The modules met, in the order met; the index of each. A handful of modules for tens of
    // thousands of rows: the last one is tried first.
    QList<QByteArray> moduleIds;
    QHash<QByteArray, int> moduleMet;
    int lastModule = -1;
    const auto moduleOf = [&](QByteArrayView bytes) {
        if (lastModule >= 0 && bytes == QByteArrayView(moduleIds[lastModule]))
            return lastModule;
        const auto found = moduleMet.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (found != moduleMet.cend())
            return lastModule = *found;
        moduleIds.append(bytes.toByteArray());
        moduleMet.insert(moduleIds.constLast(), int(moduleIds.size() - 1));
        return lastModule = int(moduleIds.size() - 1);
    };
    // Rows of one learner mostly follow one another: the last one found is tried first.
    QByteArray lastLearnerBytes;
    int lastLearner = -1;
    const auto learnerOf = [&](QByteArrayView bytes) {
        if (lastLearner >= 0 && bytes == QByteArrayView(lastLearnerBytes))
            return lastLearner;
        const auto found = learnerAt.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        const int learner = found == learnerAt.cend() ? -1 : *found;
        if (learner >= 0) {
            lastLearnerBytes = bytes.toByteArray();
            lastLearner = learner;
        }
        return learner;
    };
    Status read2 = readRows(
        db,
        // A cohort's members through its index; every learner by one scan of the table.
        cohort.isEmpty()
            ? uR"(SELECT learner_id, module_id, progress, score_raw, score_max, seconds, last_at_ms, completed_at_ms,
                         passed
                  FROM module_progress WHERE ?1 = '' OR module_id = ?1)"_s
            : uR"(SELECT p.learner_id, p.module_id, p.progress, p.score_raw, p.score_max, p.seconds, p.last_at_ms,
                         p.completed_at_ms, p.passed
                  FROM cohort_members c JOIN module_progress p ON p.learner_id = c.learner_id
                  WHERE c.cohort_id = ?2 AND (?1 = '' OR p.module_id = ?1))"_s,
        [&](SqliteStatement &s) {
            s.bindText(0, module);
            if (!cohort.isEmpty())
                s.bindText(1, cohort);
        },
        [&](SqliteStatement &s) {
            const int moduleIndex = moduleOf(s.utf8(1));
            const int learner = learnerOf(s.utf8(0));
            if (learner < 0)
                return; // a learner the filter leaves out; the module still counts
            ProgressRow r;
            r.learner = learner;
            r.module = moduleIndex;
            r.progress = s.real(2);
            r.scoreRaw = s.isNull(3) ? 0.0 : s.real(3);
            r.hasScoreMax = !s.isNull(4);
            r.scoreMax = r.hasScoreMax ? s.real(4) : 0.0;
            r.seconds = s.real(5);
            r.lastAtMs = s.integer(6);
            r.completedAtMs = s.isNull(7) ? 0 : s.integer(7);
            r.passed = s.isNull(8) ? -1 : int(s.integer(8));
            progressRows.append(std::move(r));
        });
    if (!read2)
        return read2.error();

    // The modules: a cohort's required ones; else every module someone opened or a cohort
    // requires. In id order, as the UNION of sql() gives them.
    QSet<QByteArray> required;
    read = readRows(
        db,
        cohort.isEmpty() ? uR"(SELECT DISTINCT module_id FROM cohort_modules WHERE ?2 = '' OR module_id = ?2)"_s
                         : uR"(SELECT module_id FROM cohort_modules WHERE cohort_id = ?1 AND (?2 = '' OR module_id = ?2))"_s,
        [&](SqliteStatement &s) {
            if (!cohort.isEmpty())
                s.bindText(0, cohort);
            s.bindText(1, module);
        },
        [&](SqliteStatement &s) {
            const int i = moduleOf(s.utf8(0));
            if (!cohort.isEmpty())
                required.insert(moduleIds[i]);
        });
    if (!read)
        return read.error();
    // With a cohort, only its required modules are columns (the rows of others are left).
    QList<int> columns; // indexes in moduleIds, in id order
    for (int i = 0; i < moduleIds.size(); ++i) {
        if (cohort.isEmpty() || required.contains(moduleIds[i]))
            columns.append(i);
    }
    // Byte order: SQLite's BINARY collation, as the UNION of sql() sorts them.
    std::sort(columns.begin(), columns.end(), [&](int a, int b) { return moduleIds[a] < moduleIds[b]; });
    QList<Picked> modules;
    QHash<QByteArray, int> moduleAt;
    QList<int> columnOfMet(moduleIds.size(), -1);
    for (int i : std::as_const(columns)) {
        columnOfMet[i] = int(modules.size());
        moduleAt.insert(moduleIds[i], int(modules.size()));
        modules.append({QString::fromUtf8(moduleIds[i]), {}});
    }

    // The grid, learner by learner in name order, modules in order within each.
    const qsizetype width = modules.size();
    QList<MatrixCell> grid(learners.size() * width);
    QList<bool> hasProgress(grid.size(), false);
    QList<int> passed(grid.size(), -1);
    for (const ProgressRow &r : std::as_const(progressRows)) {
        const int column = columnOfMet[r.module];
        if (column < 0)
            continue; // with a cohort: a module it does not require
        const qsizetype at = r.learner * width + column;
        MatrixCell &c = grid[at];
        hasProgress[at] = true;
        c.progress = r.progress;
        c.hasScore = r.hasScoreMax && r.scoreMax > 0;
        c.scoreRaw = r.scoreRaw;
        c.scoreMax = r.scoreMax;
        c.seconds = r.seconds;
        c.lastActivityMs = r.lastAtMs;
        c.completedAtMs = r.completedAtMs;
        passed[at] = r.passed;
    }
    // Due dates: the earliest among the learner's cohorts (or the chosen one).
    QList<bool> hasDue(grid.size(), false);
    read = readRows(
        db,
        uR"(SELECT m.learner_id, r.module_id, r.due_ms
            FROM cohort_members m JOIN cohort_modules r ON r.cohort_id = m.cohort_id
            WHERE r.due_ms IS NOT NULL AND (?1 = '' OR m.cohort_id = ?1))"_s,
        [&](SqliteStatement &s) { s.bindText(0, cohort); },
        [&](SqliteStatement &s) {
            const int learner = learnerOf(s.utf8(0));
            const QByteArrayView moduleBytes = s.utf8(1);
            const auto m = moduleAt.constFind(QByteArray::fromRawData(moduleBytes.data(), moduleBytes.size()));
            if (learner < 0 || m == moduleAt.cend())
                return;
            const qsizetype at = learner * width + *m;
            const qint64 due = s.integer(2);
            if (!hasDue[at] || due < grid[at].dueMs)
                grid[at].dueMs = due;
            hasDue[at] = true;
        });
    if (!read)
        return read.error();

    // Statuses as sql() defines them, then the status filter.
    QList<MatrixCell> cells;
    cells.reserve(grid.size());
    // By learner, descending: the learners from the last name to the first.
    const bool learnersDown = filter.sort == MatrixFilter::Sort::ByLearner && filter.descending;
    for (qsizetype i = 0; i < learners.size(); ++i) {
        const qsizetype l = learnersDown ? learners.size() - 1 - i : i;
        for (qsizetype m = 0; m < width; ++m) {
            const qsizetype at = l * width + m;
            MatrixCell c = std::move(grid[at]);
            c.learnerId = learners[l].id;
            c.learnerName = learners[l].name;
            c.moduleId = modules[m].id;
            const bool completed = hasProgress[at] && c.completedAtMs != 0;
            if (completed && passed[at] == 1)
                c.status = CellStatus::Passed;
            else if (completed && passed[at] == -1)
                c.status = CellStatus::Completed;
            else if (hasDue[at] && c.dueMs <= nowMs)
                c.status = CellStatus::Overdue;
            else if (completed)
                c.status = CellStatus::Failed;
            else if (hasProgress[at])
                c.status = CellStatus::InProgress;
            else
                c.status = CellStatus::NotStarted;
            if (!hasDue[at])
                c.dueMs = 0;
            if (filter.status >= 0 && int(c.status) != filter.status)
                continue;
            cells.append(std::move(c));
        }
    }
    // The order of sql()'s ORDER BY: the chosen key (descending if asked, empty values last),
    // then the learner's name and the module. Cells are in name order already, so a stable
    // sort on the key alone keeps the rest.
    using Sort = MatrixFilter::Sort;
    const bool down = filter.descending;
    // Each cell's key, once (empty: NULL in SQL); the positions are sorted, then the cells
    // are moved into that order: cheaper than sorting the cells themselves.
    const auto byKey = [&](auto key, bool emptyLast) {
        using Key = decltype(key(cells.constFirst()));
        std::vector<Key> keys;
        keys.reserve(size_t(cells.size()));
        for (const MatrixCell &c : std::as_const(cells))
            keys.push_back(key(c));
        std::vector<qsizetype> order(size_t(cells.size()));
        for (qsizetype i = 0; i < cells.size(); ++i)
            order[size_t(i)] = i;
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const Key &ka = keys[size_t(a)];
            const Key &kb = keys[size_t(b)];
            if (emptyLast && ka.has_value() != kb.has_value())
                return ka.has_value();
            if (!ka || !kb || *ka == *kb)
                return false;
            return down ? *kb < *ka : *ka < *kb;
        });
        QList<MatrixCell> sorted;
        sorted.reserve(cells.size());
        for (qsizetype i : order)
            sorted.append(std::move(cells[i]));
        cells = std::move(sorted);
    };
    if (cells.isEmpty())
        return cells;
    switch (filter.sort) {
    case Sort::ByLearner:
        break; // in order already
    case Sort::ByModule:
        // Module columns are in id order: their position is the key.
        byKey([&](const MatrixCell &c) { return std::optional<int>(moduleAt.value(c.moduleId.toUtf8())); }, false);
        break;
    case Sort::ByStatus:
        byKey([](const MatrixCell &c) { return std::optional<int>(int(c.status)); }, false);
        break;
    case Sort::ByProgress:
        byKey([](const MatrixCell &c) { return std::optional<double>(c.progress); }, false);
        break;
    case Sort::ByScore:
        byKey([](const MatrixCell &c) {
            return c.scoreMax > 0 ? std::optional<double>(c.scoreRaw / c.scoreMax) : std::nullopt;
        }, true);
        break;
    case Sort::ByDue:
        byKey([](const MatrixCell &c) { return c.dueMs != 0 ? std::optional<qint64>(c.dueMs) : std::nullopt; }, true);
        break;
    case Sort::ByLastActivity:
        byKey([](const MatrixCell &c) {
            return c.lastActivityMs != 0 ? std::optional<qint64>(c.lastActivityMs) : std::nullopt;
        }, true);
        break;
    }
    for (MatrixCell &c : cells) {
        if (c.status == CellStatus::Completed || c.status == CellStatus::Passed)
            c.progress = 1.0;
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
