// SPDX-License-Identifier: Apache-2.0
#include "progress/projections.h"

#include "progress/certificate.h"
#include "progress/database.h"
#include "progress/sm2.h"
#include "progress/sqlitestatement.h"
#include "progress/utctimestamp.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>
#include <cmath>
#include <vector>

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
    return utcTimestamp(ms);
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

struct CertificateRow
{
    QString code;
    QString learnerId;
    QString moduleId;
    QString registration;
    QString statementId;
    double scoreRaw = 0.0;
    double scoreMax = 0.0;
    qint64 issuedAtMs = 0;
};

// One card's place in its learner's SM-2 schedule. A card is known by its module, its
// flashcards activity and its id there: a glossary term practised in two modules has two
// schedules, as the two decks may show it in different company.
struct FlashcardRow
{
    QString learnerId;
    QString moduleId;
    QString activityId;
    QString cardId;
    Sm2State sm2;
    qint64 reviewedAtMs = 0;
    int lastQuality = 0;
    int reviews = 0;
    int lapses = 0;
};

struct FlashcardReview
{
    QString cardId;
    int quality = 0;
};

// The reviews an answer to a flashcards activity carries (plugins/flashcards/README.md):
// {"response": {"reviews": [{"card": id, "quality": 0..5}, ...], "mode": "review"?}}.
// `practice` is true for a due-card review made from the learner's home page: it moves the
// cards' schedule but is not an attempt at the activity, so it leaves its result alone.
struct FlashcardAnswer
{
    QList<FlashcardReview> reviews;
    bool practice = false;
};

FlashcardAnswer flashcardAnswer(const StatementRow &s)
{
    FlashcardAnswer answer;
    const QJsonObject response = QJsonDocument::fromJson(s.response.toUtf8()).object().value(u"response"_s).toObject();
    answer.practice = response.value(u"mode"_s).toString() == u"review"_s;
    for (const QJsonValue &value : response.value(u"reviews"_s).toArray()) {
        const QJsonObject review = value.toObject();
        const QString card = review.value(u"card"_s).toString();
        const double quality = review.value(u"quality"_s).toDouble(-1);
        // The plugin refused a session with a bad review when it was answered; a statement
        // from elsewhere gets the same care here, card by card.
        if (card.isEmpty() || quality != std::floor(quality) || quality < 0 || quality > 5)
            continue;
        answer.reviews.append({card, static_cast<int>(quality)});
    }
    return answer;
}

bool isFlashcards(const StatementRow &s)
{
    return s.verb == Xapi::Verb::Answered && s.activityType == u"flashcards"_s;
}

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
    QHash<QString, CertificateRow> certificates;
    QHash<QString, FlashcardRow> flashcards;

    static QString cardKey(const StatementRow &s, const QString &cardId)
    {
        return key(s.learnerId, s.moduleId, s.activityId + u'\x1f' + cardId);
    }

    void applyFlashcards(const StatementRow &s, const FlashcardAnswer &answer)
    {
        const QDateTime reviewedAt = QDateTime::fromMSecsSinceEpoch(s.timestampMs, Qt::UTC);
        for (const FlashcardReview &review : answer.reviews) {
            FlashcardRow &card = flashcards[cardKey(s, review.cardId)];
            if (card.cardId.isEmpty()) {
                card.learnerId = s.learnerId;
                card.moduleId = s.moduleId;
                card.activityId = s.activityId;
                card.cardId = review.cardId;
            }
            auto next = sm2Review(card.sm2, review.quality, reviewedAt);
            if (!next)
                continue;
            if (review.quality < 3 && card.sm2.repetitions > 0)
                ++card.lapses;
            card.sm2 = *next;
            card.reviewedAtMs = s.timestampMs;
            card.lastQuality = review.quality;
            ++card.reviews;
        }
    }

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
            if (isFlashcards(s)) {
                const FlashcardAnswer answer = flashcardAnswer(s);
                applyFlashcards(s, answer);
                if (answer.practice)
                    break;
            }
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
            if (s.verb == Xapi::Verb::Passed) {
                // Every pass earns a certificate, once per statement; a later fail does not
                // take it back.
                const QString code = Certificate::codeFor(s.id, s.learnerId, s.moduleId, s.registration,
                                                          m.scoreRaw, m.scoreMax);
                certificates.insert(code, {code, s.learnerId, s.moduleId, s.registration, s.id, m.scoreRaw,
                                           m.scoreMax, s.timestampMs});
            }
            break;
        }
    }
};

// Reading and writing the projection tables.
class ProjectionTables
{
public:
    explicit ProjectionTables(Database &db) : m_db(db) {}

    // The rows a statement changes, read into `state` unless they are there already.
    // Through statements prepared once per connection: an import applies this to every
    // statement it merges, where preparing each look-up cost more than the rest of the import.
    Status load(ProjectionState &state, const StatementRow &s)
    {
        // Statements prepared once per connection: this runs on every answer.
        const QString moduleKey = key(s.learnerId, s.moduleId);
        if (!state.modules.contains(moduleKey)) {
            auto q = m_db.cachedStatement(uR"(SELECT registration, progress, seconds, last_at_ms, completed_at_ms, passed,
                                                     score_raw, score_max, updated_at_ms
                                              FROM module_progress WHERE learner_id = ? AND module_id = ?)"_s);
            if (!q)
                return q.error();
            SqliteStatement &m = **q;
            m.bindText(0, s.learnerId);
            m.bindText(1, s.moduleId);
            auto found = m.next();
            if (!found)
                return found.error();
            if (*found) {
                state.modules.insert(moduleKey, {s.learnerId, s.moduleId, m.text(0), m.real(1), m.real(2), m.integer(3),
                                                 m.isNull(4) ? 0 : m.integer(4), m.isNull(5) ? -1 : int(m.integer(5)),
                                                 m.real(6), m.real(7), m.integer(8)});
            }
            m.reset();
        }
        if (s.verb == Xapi::Verb::Answered) {
            const QString activityKey = key(s.learnerId, s.moduleId, s.activityId);
            if (!state.activities.contains(activityKey)) {
                auto q = m_db.cachedStatement(uR"(SELECT attempts FROM activity_results
                                                  WHERE learner_id = ? AND module_id = ? AND activity_id = ?)"_s);
                if (!q)
                    return q.error();
                SqliteStatement &a = **q;
                a.bindText(0, s.learnerId);
                a.bindText(1, s.moduleId);
                a.bindText(2, s.activityId);
                auto found = a.next();
                if (!found)
                    return found.error();
                if (*found) {
                    ActivityResultRow row;
                    row.attempts = int(a.integer(0));
                    state.activities.insert(activityKey, row);
                }
                a.reset();
            }
        }
        if (isFlashcards(s)) {
            auto q = m_db.cachedStatement(uR"(SELECT repetitions, ease, interval_days, due_at_ms, reviewed_at_ms,
                                                     last_quality, reviews, lapses
                                              FROM flashcard_schedule
                                              WHERE learner_id = ? AND module_id = ? AND activity_id = ? AND card_id = ?)"_s);
            if (!q)
                return q.error();
            for (const FlashcardReview &review : flashcardAnswer(s).reviews) {
                const QString cardKey = ProjectionState::cardKey(s, review.cardId);
                if (state.flashcards.contains(cardKey))
                    continue;
                (*q)->bindText(0, s.learnerId);
                (*q)->bindText(1, s.moduleId);
                (*q)->bindText(2, s.activityId);
                (*q)->bindText(3, review.cardId);
                auto found = (*q)->next();
                if (!found) {
                    (*q)->reset();
                    return found.error();
                }
                if (*found) {
                    FlashcardRow card{s.learnerId, s.moduleId, s.activityId, review.cardId,
                                      Sm2State{int((*q)->integer(0)), (*q)->real(1), int((*q)->integer(2)),
                                               QDateTime::fromMSecsSinceEpoch((*q)->integer(3), Qt::UTC)},
                                      (*q)->integer(4), int((*q)->integer(5)), int((*q)->integer(6)),
                                      int((*q)->integer(7))};
                    state.flashcards.insert(cardKey, card);
                }
                (*q)->reset();
            }
        }
        if (s.verb == Xapi::Verb::Experienced && s.pageIndex >= 0) {
            // Once in `state`, a visit is either the stored one or the first of this batch:
            // either way the first, and the table need not be asked again.
            const QString visitKey = key(s.learnerId, s.moduleId, s.lessonId + u'#' + QString::number(s.pageIndex));
            if (!state.visits.contains(visitKey)) {
                auto q = m_db.cachedStatement(uR"(SELECT first_at_ms FROM page_visits
                                                  WHERE learner_id = ? AND module_id = ? AND lesson_id = ? AND page_index = ?)"_s);
                if (!q)
                    return q.error();
                (*q)->bindText(0, s.learnerId);
                (*q)->bindText(1, s.moduleId);
                (*q)->bindText(2, s.lessonId);
                (*q)->bindInteger(3, s.pageIndex);
                auto found = (*q)->next();
                if (!found)
                    return found.error();
                if (*found)
                    state.visits.insert(visitKey, {s.learnerId, s.moduleId, s.lessonId, s.pageIndex, (*q)->integer(0)});
                (*q)->reset();
            }
        }
        return success();
    }

    Status write(const ProjectionState &state)
    {
        // Through SQLite's own API, each statement prepared once per connection: a rebuild writes
        // a row per learner and module, activity and page seen, hundreds of thousands for a big
        // log; an answer writes a few, where preparing would cost more than writing.
        auto modules = m_db.cachedStatement(uR"(INSERT OR REPLACE INTO module_progress(learner_id, module_id, registration, progress, seconds,
                          last_at_ms, completed_at_ms, passed, score_raw, score_max, updated_at_ms)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
        if (!modules)
            return modules.error();
        for (const ModuleProgressRow &m : state.modules) {
            (*modules)->bindText(0, m.learnerId);
            (*modules)->bindText(1, m.moduleId);
            (*modules)->bindText(2, m.registration);
            (*modules)->bindReal(3, m.progress);
            (*modules)->bindReal(4, m.seconds);
            (*modules)->bindInteger(5, m.lastAtMs);
            if (m.completedAtMs > 0)
                (*modules)->bindInteger(6, m.completedAtMs);
            else
                (*modules)->bindNull(6);
            if (m.passed >= 0) {
                (*modules)->bindInteger(7, m.passed);
                (*modules)->bindReal(8, m.scoreRaw);
                (*modules)->bindReal(9, m.scoreMax);
            } else {
                (*modules)->bindNull(7);
                (*modules)->bindNull(8);
                (*modules)->bindNull(9);
            }
            (*modules)->bindInteger(10, m.updatedAtMs);
            if (Status s = (*modules)->run(); !s)
                return s;
        }
        auto activities = m_db.cachedStatement(uR"(INSERT OR REPLACE INTO activity_results(learner_id, module_id, activity_id, statement_id,
                          response, score_raw, score_max, success, attempts, updated_at)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
        if (!activities)
            return activities.error();
        for (const ActivityResultRow &a : state.activities) {
            if (a.statementId.isEmpty())
                continue; // loaded to count attempts, not changed
            (*activities)->bindText(0, a.learnerId);
            (*activities)->bindText(1, a.moduleId);
            (*activities)->bindText(2, a.activityId);
            (*activities)->bindText(3, a.statementId);
            (*activities)->bindText(4, a.response);
            (*activities)->bindReal(5, a.raw);
            (*activities)->bindReal(6, a.max);
            (*activities)->bindInteger(7, a.success ? 1 : 0);
            (*activities)->bindInteger(8, a.attempts);
            (*activities)->bindText(9, iso(a.updatedAtMs));
            if (Status s = (*activities)->run(); !s)
                return s;
        }
        auto resumes = m_db.cachedStatement(uR"(INSERT OR REPLACE INTO resume_positions(learner_id, module_id, lesson_id, page_index, updated_at)
                      VALUES (?, ?, ?, ?, ?))"_s);
        if (!resumes)
            return resumes.error();
        for (const ResumeRow &r : state.resumes) {
            (*resumes)->bindText(0, r.learnerId);
            (*resumes)->bindText(1, r.moduleId);
            (*resumes)->bindText(2, r.lessonId);
            (*resumes)->bindInteger(3, r.pageIndex);
            (*resumes)->bindText(4, iso(r.updatedAtMs));
            if (Status s = (*resumes)->run(); !s)
                return s;
        }
        auto certificates =
            m_db.cachedStatement(uR"(INSERT OR IGNORE INTO certificates(code, learner_id, module_id, registration,
                          statement_id, score_raw, score_max, issued_at_ms)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s);
        if (!certificates)
            return certificates.error();
        for (const CertificateRow &c : state.certificates) {
            (*certificates)->bindText(0, c.code);
            (*certificates)->bindText(1, c.learnerId);
            (*certificates)->bindText(2, c.moduleId);
            (*certificates)->bindText(3, c.registration);
            (*certificates)->bindText(4, c.statementId);
            (*certificates)->bindReal(5, c.scoreRaw);
            (*certificates)->bindReal(6, c.scoreMax);
            (*certificates)->bindInteger(7, c.issuedAtMs);
            if (Status s = (*certificates)->run(); !s)
                return s;
        }
        auto cards = m_db.cachedStatement(uR"(INSERT OR REPLACE INTO flashcard_schedule(learner_id, module_id, activity_id,
                          card_id, repetitions, ease, interval_days, due_at_ms, reviewed_at_ms, last_quality, reviews, lapses)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
        if (!cards)
            return cards.error();
        for (const FlashcardRow &c : state.flashcards) {
            if (c.reviews == 0)
                continue;
            (*cards)->bindText(0, c.learnerId);
            (*cards)->bindText(1, c.moduleId);
            (*cards)->bindText(2, c.activityId);
            (*cards)->bindText(3, c.cardId);
            (*cards)->bindInteger(4, c.sm2.repetitions);
            (*cards)->bindReal(5, c.sm2.ease);
            (*cards)->bindInteger(6, c.sm2.intervalDays);
            (*cards)->bindInteger(7, c.sm2.due.toMSecsSinceEpoch());
            (*cards)->bindInteger(8, c.reviewedAtMs);
            (*cards)->bindInteger(9, c.lastQuality);
            (*cards)->bindInteger(10, c.reviews);
            (*cards)->bindInteger(11, c.lapses);
            if (Status s = (*cards)->run(); !s)
                return s;
        }
        auto visits = m_db.cachedStatement(uR"(INSERT OR IGNORE INTO page_visits(learner_id, module_id, lesson_id, page_index, first_at_ms)
                      VALUES (?, ?, ?, ?, ?))"_s);
        if (!visits)
            return visits.error();
        for (const PageVisitRow &v : state.visits) {
            (*visits)->bindText(0, v.learnerId);
            (*visits)->bindText(1, v.moduleId);
            (*visits)->bindText(2, v.lessonId);
            (*visits)->bindInteger(3, v.pageIndex);
            (*visits)->bindInteger(4, v.firstAtMs);
            if (Status s = (*visits)->run(); !s)
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
    return {u"module_progress"_s, u"activity_results"_s, u"page_visits"_s, u"resume_positions"_s, u"certificates"_s,
            u"flashcard_schedule"_s};
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
    // The rebuilt rows reference only learners and statements read from the log itself,
    // whose own references were checked when they were written: checking them again, row
    // by row, was a third of a rebuild's time, and kept SQLite from emptying the tables in
    // one step. The pragma only takes effect outside a transaction, hence before BEGIN, and
    // the checks are back on however the rebuild ends.
    struct ForeignKeysOff
    {
        Database &db;
        bool off = db.exec(u"PRAGMA foreign_keys = OFF"_s).ok();
        ~ForeignKeysOff()
        {
            if (off)
                (void)db.exec(u"PRAGMA foreign_keys = ON"_s);
        }
    } foreignKeysOff{m_db};
    Database::Transaction tx(m_db);
    if (!tx.started())
        return Error{tx.error()};
    ProjectionState state;
    qint64 count = 0;
    {
        // Read through SQLite's own API, row by row (see SqliteStatement): at a million
        // statements, Qt SQL's conversions would cost more than the rest of the rebuild.
        auto q = SqliteStatement::prepare(m_db, uR"(SELECT id, learner_id, verb, module_id, registration, lesson_id,
                                                           activity_id, page_index, timestamp_ms, score_raw, score_max,
                                                           success, progress, response, activity_type
                                                    FROM statements ORDER BY seq)"_s);
        if (!q)
            return q.error();
        // The verbs by their IRI in UTF-8, as stored.
        std::vector<std::pair<QByteArray, Xapi::Verb>> verbs;
        for (Xapi::Verb v : {Xapi::Verb::Experienced, Xapi::Verb::Attempted, Xapi::Verb::Answered, Xapi::Verb::Completed,
                             Xapi::Verb::Passed, Xapi::Verb::Failed, Xapi::Verb::Progressed})
            verbs.emplace_back(Xapi::verbIri(v).toUtf8(), v);
        // Consecutive statements mostly share their learner, module, attempt and lesson: the
        // previous string is reused (shared, not copied) when the bytes are the same.
        struct Repeated
        {
            QByteArray bytes;
            QString text;
            const QString &from(QByteArrayView now)
            {
                if (now != QByteArrayView(bytes)) {
                    bytes = now.toByteArray();
                    text = QString::fromUtf8(now);
                }
                return text;
            }
        } learner, module, registration, lesson;
        while (true) {
            auto row = q->next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ++count;
            const QByteArrayView verbIri = q->utf8(2);
            const auto verb = std::find_if(verbs.cbegin(), verbs.cend(),
                                           [&](const auto &known) { return verbIri == QByteArrayView(known.first); });
            if (verb == verbs.cend())
                continue; // a statement of another kind (imported): no projection reads it
            StatementRow s;
            s.id = q->text(0);
            s.learnerId = learner.from(q->utf8(1));
            s.verb = verb->second;
            s.moduleId = module.from(q->utf8(3));
            s.registration = registration.from(q->utf8(4));
            s.lessonId = lesson.from(q->utf8(5));
            s.activityId = q->text(6);
            s.pageIndex = q->isNull(7) ? -1 : int(q->integer(7));
            s.timestampMs = q->integer(8);
            if (!q->isNull(9))
                s.scoreRaw = q->real(9);
            if (!q->isNull(10))
                s.scoreMax = q->real(10);
            if (!q->isNull(11))
                s.success = q->integer(11) != 0;
            if (!q->isNull(12))
                s.progress = q->real(12);
            s.response = q->text(13);
            s.activityType = q->text(14);
            state.apply(s);
        }
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
