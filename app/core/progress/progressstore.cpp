// SPDX-License-Identifier: Apache-2.0
#include "progress/progressstore.h"

#include "modules/module.h"
#include "progress/certificate.h"
#include "progress/database.h"
#include "progress/databasehealth.h"
#include "progress/progressbackup.h"
#include "progress/projections.h"
#include "progress/sqlitestatement.h"
#include "progress/statementbuilder.h"
#include "progress/statementimport.h"
#include "progress/xapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         {
             uR"(CREATE TABLE learners (
                   id TEXT PRIMARY KEY,
                   name TEXT NOT NULL,
                   name_key TEXT NOT NULL UNIQUE,
                   language TEXT NOT NULL DEFAULT '',
                   created_at TEXT NOT NULL
                 ) STRICT)"_s,
             // The log: one row per xAPI statement, the full statement in `json`; the other
             // columns are copies for indexing.
             uR"(CREATE TABLE statements (
                   seq INTEGER PRIMARY KEY,
                   id TEXT NOT NULL UNIQUE,
                   learner_id TEXT NOT NULL REFERENCES learners(id),
                   verb TEXT NOT NULL,
                   module_id TEXT,
                   activity_id TEXT,
                   timestamp TEXT NOT NULL,
                   json TEXT NOT NULL
                 ) STRICT)"_s,
             u"CREATE INDEX statements_by_learner_module ON statements(learner_id, module_id)"_s,
             uR"(CREATE TABLE activity_results (
                   learner_id TEXT NOT NULL REFERENCES learners(id),
                   module_id TEXT NOT NULL,
                   activity_id TEXT NOT NULL,
                   statement_id TEXT NOT NULL REFERENCES statements(id),
                   response TEXT NOT NULL,
                   score_raw REAL NOT NULL,
                   score_max REAL NOT NULL,
                   success INTEGER NOT NULL,
                   attempts INTEGER NOT NULL,
                   updated_at TEXT NOT NULL,
                   PRIMARY KEY (learner_id, module_id, activity_id)
                 ) STRICT)"_s,
             uR"(CREATE TABLE resume_positions (
                   learner_id TEXT NOT NULL REFERENCES learners(id),
                   module_id TEXT NOT NULL,
                   lesson_id TEXT NOT NULL,
                   page_index INTEGER NOT NULL,
                   updated_at TEXT NOT NULL,
                   PRIMARY KEY (learner_id, module_id)
                 ) STRICT)"_s,
             uR"(CREATE TABLE settings (
                   key TEXT PRIMARY KEY,
                   value TEXT NOT NULL
                 ) STRICT)"_s,
         }},
        // Drafts: what a learner has done in an activity but not submitted yet (the order of a
        // sort, a half-written reflection). Like xAPI's State API, they are not statements:
        // they change on every keystroke and are not learning events.
        {2,
         {
             uR"(CREATE TABLE activity_drafts (
                   learner_id TEXT NOT NULL REFERENCES learners(id),
                   module_id TEXT NOT NULL,
                   activity_id TEXT NOT NULL,
                   state TEXT NOT NULL,
                   updated_at TEXT NOT NULL,
                   PRIMARY KEY (learner_id, module_id, activity_id)
                 ) STRICT)"_s,
         }},
        // The log becomes the source of truth: each statement keeps, in columns, what the
        // projections need, and the projections are rebuilt from them (see projections.cpp).
        {3,
         {
             u"ALTER TABLE statements ADD COLUMN registration TEXT"_s,
             u"ALTER TABLE statements ADD COLUMN lesson_id TEXT"_s,
             u"ALTER TABLE statements ADD COLUMN page_index INTEGER"_s,
             u"ALTER TABLE statements ADD COLUMN timestamp_ms INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE statements ADD COLUMN score_raw REAL"_s,
             u"ALTER TABLE statements ADD COLUMN score_max REAL"_s,
             u"ALTER TABLE statements ADD COLUMN success INTEGER"_s,
             u"ALTER TABLE statements ADD COLUMN progress REAL"_s,
             u"ALTER TABLE statements ADD COLUMN response TEXT"_s,
             // Statements written by schemas 1 and 2: answers only.
             uR"(UPDATE statements SET
                   timestamp_ms = CAST((julianday(timestamp) - 2440587.5) * 86400000.0 AS INTEGER),
                   lesson_id = json_extract(json, '$.context.contextActivities.parent[0].id'),
                   score_raw = json_extract(json, '$.result.score.raw'),
                   score_max = json_extract(json, '$.result.score.max'),
                   success = json_extract(json, '$.result.success'))"_s,
             uR"(UPDATE statements SET lesson_id = substr(lesson_id, instr(lesson_id, '/lessons/') + 9)
                 WHERE lesson_id LIKE '%/lessons/%')"_s,
             uR"(UPDATE statements SET response = (SELECT a.response FROM activity_results a
                 WHERE a.statement_id = statements.id))"_s,
             uR"(CREATE TABLE module_progress (
                   learner_id TEXT NOT NULL REFERENCES learners(id),
                   module_id TEXT NOT NULL,
                   registration TEXT NOT NULL,
                   progress REAL NOT NULL,
                   seconds REAL NOT NULL,
                   last_at_ms INTEGER NOT NULL,
                   completed_at_ms INTEGER,
                   passed INTEGER,
                   score_raw REAL,
                   score_max REAL,
                   updated_at_ms INTEGER NOT NULL,
                   PRIMARY KEY (learner_id, module_id)
                 ) STRICT)"_s,
             uR"(CREATE TABLE page_visits (
                   learner_id TEXT NOT NULL REFERENCES learners(id),
                   module_id TEXT NOT NULL,
                   lesson_id TEXT NOT NULL,
                   page_index INTEGER NOT NULL,
                   first_at_ms INTEGER NOT NULL,
                   PRIMARY KEY (learner_id, module_id, lesson_id, page_index)
                 ) STRICT)"_s,
         }},
        {4,
         {
             uR"(CREATE TABLE certificates (
                   code TEXT PRIMARY KEY,
                   learner_id TEXT NOT NULL REFERENCES learners(id),
                   module_id TEXT NOT NULL,
                   registration TEXT NOT NULL,
                   statement_id TEXT NOT NULL REFERENCES statements(id),
                   score_raw REAL NOT NULL,
                   score_max REAL NOT NULL,
                   issued_at_ms INTEGER NOT NULL
                 ) STRICT)"_s,
             u"CREATE INDEX certificates_by_learner ON certificates(learner_id)"_s,
         }},
        // Flashcards: each card's place in the SM-2 schedule, from the reviews the answers to
        // flashcards activities carry. The statements keep their activity's type in a column
        // so that rebuilding finds those answers without reading the JSON.
        {5,
         {
             u"ALTER TABLE statements ADD COLUMN activity_type TEXT"_s,
             uR"(UPDATE statements
                 SET activity_type = json_extract(json, '$.context.extensions."https://passerelle.invalid/xapi/extensions/activity-type"')
                 WHERE activity_id IS NOT NULL)"_s,
             uR"(CREATE TABLE flashcard_schedule (
                   learner_id TEXT NOT NULL REFERENCES learners(id),
                   module_id TEXT NOT NULL,
                   activity_id TEXT NOT NULL,
                   card_id TEXT NOT NULL,
                   repetitions INTEGER NOT NULL,
                   ease REAL NOT NULL,
                   interval_days INTEGER NOT NULL,
                   due_at_ms INTEGER NOT NULL,
                   reviewed_at_ms INTEGER NOT NULL,
                   last_quality INTEGER NOT NULL,
                   reviews INTEGER NOT NULL,
                   lapses INTEGER NOT NULL,
                   PRIMARY KEY (learner_id, module_id, activity_id, card_id)
                 ) STRICT)"_s,
             u"CREATE INDEX flashcards_due ON flashcard_schedule(learner_id, due_at_ms)"_s,
         }},
        // Administration (app/core/admin, app/core/reports): the admin passphrase, and cohorts
        // (a deployment or a training group) with their members and required modules. Not
        // projections: they are the administrator's own data, not derived from the log.
        {6,
         {
             uR"(CREATE TABLE admin_passphrase (
                   id INTEGER PRIMARY KEY CHECK (id = 1),
                   hash TEXT NOT NULL,
                   failed_attempts INTEGER NOT NULL DEFAULT 0,
                   last_failure_ms INTEGER,
                   changed_at_ms INTEGER NOT NULL
                 ) STRICT)"_s,
             uR"(CREATE TABLE cohorts (
                   id TEXT PRIMARY KEY,
                   name TEXT NOT NULL,
                   name_key TEXT NOT NULL UNIQUE,
                   kind TEXT NOT NULL CHECK (kind IN ('deployment', 'training-group')),
                   action TEXT NOT NULL DEFAULT '',
                   country TEXT NOT NULL DEFAULT '',
                   start_date TEXT,
                   end_date TEXT,
                   created_at_ms INTEGER NOT NULL
                 ) STRICT)"_s,
             uR"(CREATE TABLE cohort_members (
                   cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                   learner_id TEXT NOT NULL REFERENCES learners(id),
                   PRIMARY KEY (cohort_id, learner_id)
                 ) STRICT, WITHOUT ROWID)"_s,
             u"CREATE INDEX cohort_members_by_learner ON cohort_members(learner_id)"_s,
             // due_ms: when the module becomes late, the end of the due day (UTC): a module due
             // "2027-01-15" is late from 2027-01-16 00:00 UTC. NULL when there is no due date.
             uR"(CREATE TABLE cohort_modules (
                   cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                   module_id TEXT NOT NULL,
                   due_date TEXT,
                   due_ms INTEGER,
                   PRIMARY KEY (cohort_id, module_id)
                 ) STRICT, WITHOUT ROWID)"_s,
         }},
        // What each LRS holds (app/sync): a statement is marked sent to an endpoint only once
        // that LRS has confirmed its id. Tables beside the log rather than a column in it: the
        // log stays append-only, the state is per endpoint (pointing Passerelle at another LRS
        // sends everything there too), and a push finds what is unsent with one index lookup
        // per statement. Statements an LRS refused (a conflicting statement with the same id,
        // or an invalid one) are kept apart with the reason, so a push reports them once
        // instead of sending them again forever.
        {7,
         {
             uR"(CREATE TABLE lrs_sent (
                   endpoint TEXT NOT NULL,
                   statement_id TEXT NOT NULL REFERENCES statements(id),
                   sent_at_ms INTEGER NOT NULL,
                   PRIMARY KEY (endpoint, statement_id)
                 ) STRICT, WITHOUT ROWID)"_s,
             uR"(CREATE TABLE lrs_refused (
                   endpoint TEXT NOT NULL,
                   statement_id TEXT NOT NULL REFERENCES statements(id),
                   refused_at_ms INTEGER NOT NULL,
                   http_status INTEGER NOT NULL,
                   reason TEXT NOT NULL,
                   PRIMARY KEY (endpoint, statement_id)
                 ) STRICT, WITHOUT ROWID)"_s,
         }},
    };
    return all;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Learner learnerFrom(const QSqlQuery &q)
{
    return Learner{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
}

} // namespace

ProgressStore::ProgressStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
ProgressStore::~ProgressStore() = default;

Expected<std::unique_ptr<ProgressStore>> ProgressStore::open(const QString &filePath,
                                                             const ProgressStoreOptions &options)
{
    std::optional<RecoveryReport> report;
    if (options.checkAndRecover) {
        ProgressRecovery recovery(filePath, migrations());
        auto finished = recovery.finishInterrupted();
        if (!finished)
            return finished.error();
        report = *finished;
        // A file from a newer version is sound for SQLite, so it passes this check and is
        // refused, untouched, by Database::open below.
        auto health = DatabaseHealth::check(filePath);
        if (!health)
            return health.error();
        if (health->state == DatabaseHealth::State::Damaged) {
            auto recovered = recovery.recover(health->problem);
            if (!recovered)
                return recovered.error();
            report = *recovered;
        }
    }
    auto db = Database::open(filePath, migrations());
    if (!db)
        return db.error();
    if (options.maxSizeBytes > 0) {
        if (Status s = (*db)->setMaxSize(options.maxSizeBytes); !s)
            return s.error();
    }
    std::unique_ptr<ProgressStore> store(new ProgressStore(std::move(db).value()));
    store->m_recoveryReport = std::move(report);
    // Schema 5 added the flashcard schedule, a projection of answers already in the log.
    const int before = store->m_db->versionBeforeMigration();
    if (before > 0 && before < 5) {
        if (auto rebuilt = store->rebuildProjections(); !rebuilt)
            return rebuilt.error();
    }
    return store;
}

Status ProgressStore::backup()
{
    return ProgressBackup::write(*m_db);
}

Status ProgressStore::setMaxSize(qint64 bytes)
{
    return m_db->setMaxSize(bytes);
}

int ProgressStore::schemaVersion()
{
    return migrations().last().version;
}

QString ProgressStore::filePath() const
{
    return m_db->filePath();
}

Expected<QList<Learner>> ProgressStore::learners()
{
    auto q = m_db->exec(u"SELECT id, name, language, created_at FROM learners ORDER BY name_key"_s);
    if (!q)
        return q.error();
    QList<Learner> result;
    while (q->next())
        result.append(learnerFrom(*q));
    return result;
}

Expected<Learner> ProgressStore::learner(const QString &learnerId)
{
    auto q = m_db->exec(u"SELECT id, name, language, created_at FROM learners WHERE id = ?"_s, {learnerId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{u"There is no learner with id %1."_s.arg(learnerId)};
    return learnerFrom(*q);
}

Expected<Learner> ProgressStore::createLearner(const QString &name, const QString &language)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error{u"Enter a name for the profile."_s};
    if (clean.size() > 80)
        return Error{u"A profile name can have at most 80 characters."_s};
    auto existing = m_db->exec(u"SELECT name FROM learners WHERE name_key = ?"_s, {learnerNameKey(clean)});
    if (!existing)
        return existing.error();
    if (existing->next())
        return Error{u"A profile named \"%1\" already exists; choose it from the list."_s.arg(existing->value(0).toString())};

    Learner learner{QUuid::createUuid().toString(QUuid::WithoutBraces), clean, language,
                    QDateTime::currentDateTimeUtc()};
    auto q = m_db->exec(u"INSERT INTO learners(id, name, name_key, language, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                        {learner.id, learner.name, learnerNameKey(clean), language.isNull() ? u""_s : language,
                         learner.createdAt.toString(Qt::ISODateWithMs)});
    if (!q)
        return q.error();
    return learner;
}


Status ProgressStore::append(const QList<StatementRow> &rows)
{
    // Prepared once per connection: an answer appends a few statements, and preparing them
    // each time cost more than writing them (tests/bench/bench_progress).
    auto insert = m_db->cachedStatement(
        uR"(INSERT INTO statements(id, learner_id, verb, module_id, activity_id, timestamp, json, registration,
                lesson_id, page_index, timestamp_ms, score_raw, score_max, success, progress, response, activity_type)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    if (!insert)
        return insert.error();
    SqliteStatement &q = **insert;
    const auto textOrNull = [&q](int index, const QString &text) {
        if (text.isEmpty())
            q.bindNull(index);
        else
            q.bindText(index, text);
    };
    const auto realOrNull = [&q](int index, const std::optional<double> &value) {
        if (value)
            q.bindReal(index, *value);
        else
            q.bindNull(index);
    };
    for (const StatementRow &r : rows) {
        q.bindText(0, r.id);
        q.bindText(1, r.learnerId);
        q.bindText(2, Xapi::verbIri(r.verb));
        q.bindText(3, r.moduleId);
        textOrNull(4, r.activityId);
        q.bindText(5, r.json.value(u"timestamp"_s).toString());
        q.bindText(6, QString::fromUtf8(QJsonDocument(r.json).toJson(QJsonDocument::Compact)));
        q.bindText(7, r.registration);
        textOrNull(8, r.lessonId);
        if (r.pageIndex >= 0)
            q.bindInteger(9, r.pageIndex);
        else
            q.bindNull(9);
        q.bindInteger(10, r.timestampMs);
        realOrNull(11, r.scoreRaw);
        realOrNull(12, r.scoreMax);
        if (r.success)
            q.bindInteger(13, *r.success ? 1 : 0);
        else
            q.bindNull(13);
        realOrNull(14, r.progress);
        textOrNull(15, r.response);
        textOrNull(16, r.activityType);
        if (Status s = q.run(); !s)
            return s;
    }
    return Projections(*m_db).applyLive(rows);
}

Expected<ModuleStatus> ProgressStore::statusFromProjections(const QString &learnerId, const Module &module)
{
    // Prepared once per connection: this runs on every answer and page.
    QSet<QPair<QString, int>> seen;
    auto pages = m_db->cachedStatement(u"SELECT lesson_id, page_index FROM page_visits WHERE learner_id = ? AND module_id = ?"_s);
    if (!pages)
        return pages.error();
    (*pages)->bindText(0, learnerId);
    (*pages)->bindText(1, module.id);
    while (true) {
        auto row = (*pages)->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        seen.insert({(*pages)->text(0), int((*pages)->integer(1))});
    }
    (*pages)->reset();
    QHash<QString, ActivityScore> answered;
    auto results = m_db->cachedStatement(
        u"SELECT activity_id, score_raw, score_max FROM activity_results WHERE learner_id = ? AND module_id = ?"_s);
    if (!results)
        return results.error();
    (*results)->bindText(0, learnerId);
    (*results)->bindText(1, module.id);
    while (true) {
        auto row = (*results)->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        answered.insert((*results)->text(0), {(*results)->real(1), (*results)->real(2)});
    }
    (*results)->reset();
    return moduleStatus(module, seen, answered);
}

Status ProgressStore::recordProgressIn(const StatementBuilder &builder, const Learner &learner, const Module &module)
{
    auto status = statusFromProjections(learner.id, module);
    if (!status)
        return status.error();
    auto current = moduleProgress(learner.id, module.id);
    if (!current)
        return current.error();
    QList<StatementRow> rows;
    if (!current->completed) {
        const int before = static_cast<int>(std::lround(current->progress * 100));
        const int now = static_cast<int>(std::lround(status->progress * 100));
        if (now != before && !status->completed)
            rows << builder.progressed(status->progress);
        if (status->completed)
            rows << builder.completed();
    }
    // Once completed, the result follows the latest answers: a retry can turn a fail into a pass.
    if (status->completed && (rows.size() > 0 || current->passed != (status->passed ? 1 : 0)))
        rows << builder.passedOrFailed(*status);
    return rows.isEmpty() ? success() : append(rows);
}

Expected<QString> ProgressStore::beginAttempt(const Learner &learner, const Module &module, const QString &language)
{
    auto current = moduleProgress(learner.id, module.id);
    if (!current)
        return current.error();
    if (!current->registration.isEmpty())
        return current->registration;
    const QString registration = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Database::Transaction tx(*m_db);
    if (!tx.started())
        return Error{tx.error()};
    if (Status s = append({StatementBuilder(learner, module, language, registration, m_clock()).attemptedModule()}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return registration;
}

Status ProgressStore::recordPageView(const Learner &learner, const Module &module, const QString &language,
                                     const QString &registration, int lessonIndex, int pageIndex)
{
    const StatementBuilder builder(learner, module, language, registration, m_clock());
    const Lesson &lesson = module.content.value(module.defaultLanguage).lessons.value(lessonIndex);
    if (lesson.id.isEmpty() || pageIndex < 0 || pageIndex >= lesson.pages.size())
        return Error{u"There is no page %1 in lesson %2 of module %3."_s.arg(pageIndex + 1).arg(lessonIndex + 1).arg(module.id)};
    Database::Transaction tx(*m_db);
    if (!tx.started())
        return Error{tx.error()};
    if (Status s = append({builder.experiencedPage(lessonIndex, pageIndex)}); !s)
        return s;
    // The lesson is experienced when its last unseen page is.
    auto seen = m_db->exec(u"SELECT count(*) FROM page_visits WHERE learner_id = ? AND module_id = ? AND lesson_id = ?"_s,
                           {learner.id, module.id, lesson.id});
    if (!seen)
        return seen.error();
    seen->next();
    auto lessonDone = m_db->exec(u"SELECT count(*) FROM statements WHERE learner_id = ? AND module_id = ? AND verb = ? AND lesson_id = ? AND page_index IS NULL"_s,
                                 {learner.id, module.id, Xapi::verbIri(Xapi::Verb::Experienced), lesson.id});
    if (!lessonDone)
        return lessonDone.error();
    lessonDone->next();
    if (seen->value(0).toInt() == lesson.pages.size() && lessonDone->value(0).toInt() == 0) {
        if (Status s = append({builder.experiencedLesson(lessonIndex)}); !s)
            return s;
    }
    if (Status s = recordProgressIn(builder, learner, module); !s)
        return s;
    return tx.commit();
}

Expected<QString> ProgressStore::recordAnswer(const Learner &learner, const Module &module, const QString &language,
                                              const QString &registration, const Answer &answer)
{
    const StatementBuilder builder(learner, module, language, registration, m_clock());
    const StatementRow row = builder.answered(answer);
    Database::Transaction tx(*m_db);
    if (!tx.started())
        return Error{tx.error()};
    if (Status s = append({row}); !s)
        return s.error();
    if (Status s = recordProgressIn(builder, learner, module); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return row.id;
}

Expected<QString> ProgressStore::recordPractice(const Learner &learner, const Module &module, const QString &language,
                                                const Answer &answer)
{
    auto current = moduleProgress(learner.id, module.id);
    if (!current)
        return current.error();
    // Practice belongs to the module's current attempt; before any, to one of its own.
    const QString registration = current->registration.isEmpty()
                                     ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                     : current->registration;
    const StatementBuilder builder(learner, module, language, registration, m_clock());
    const StatementRow row = builder.answered(answer);
    Database::Transaction tx(*m_db);
    if (!tx.started())
        return Error{tx.error()};
    if (Status s = append({row}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return row.id;
}

Expected<QList<ScheduledCard>> ProgressStore::dueFlashcards(const QString &learnerId, const QDateTime &now)
{
    auto q = m_db->exec(uR"(SELECT module_id, activity_id, card_id, repetitions, ease, interval_days, due_at_ms,
                                   reviewed_at_ms, reviews, lapses
                            FROM flashcard_schedule WHERE learner_id = ? AND due_at_ms <= ?
                            ORDER BY due_at_ms, module_id, activity_id, card_id)"_s,
                        {learnerId, now.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    QList<ScheduledCard> cards;
    while (q->next()) {
        cards.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(),
                      q->value(4).toDouble(), q->value(5).toInt(),
                      QDateTime::fromMSecsSinceEpoch(q->value(6).toLongLong(), Qt::UTC),
                      QDateTime::fromMSecsSinceEpoch(q->value(7).toLongLong(), Qt::UTC), q->value(8).toInt(),
                      q->value(9).toInt()});
    }
    return cards;
}

Expected<int> ProgressStore::dueFlashcardCount(const QString &learnerId, const QDateTime &now)
{
    auto q = m_db->exec(u"SELECT count(*) FROM flashcard_schedule WHERE learner_id = ? AND due_at_ms <= ?"_s,
                        {learnerId, now.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Expected<int> ProgressStore::scheduledFlashcardCount(const QString &learnerId)
{
    auto q = m_db->exec(u"SELECT count(*) FROM flashcard_schedule WHERE learner_id = ?"_s, {learnerId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Expected<QList<StoredReflection>> ProgressStore::reflections(const QString &learnerId)
{
    auto q = m_db->exec(uR"(SELECT a.module_id, a.activity_id, s.lesson_id, a.response, s.timestamp_ms
                            FROM activity_results a JOIN statements s ON s.id = a.statement_id
                            WHERE a.learner_id = ? AND s.activity_type = 'reflection'
                            ORDER BY s.timestamp_ms DESC)"_s,
                        {learnerId});
    if (!q)
        return q.error();
    QList<StoredReflection> reflections;
    while (q->next()) {
        reflections.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object().value(u"response"_s),
                            QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), Qt::UTC)});
    }
    return reflections;
}

Expected<ModuleProgress> ProgressStore::moduleProgress(const QString &learnerId, const QString &moduleId)
{
    auto q = m_db->cachedStatement(uR"(SELECT registration, progress, seconds, completed_at_ms, passed, score_raw, score_max,
                                              last_at_ms
                                       FROM module_progress WHERE learner_id = ? AND module_id = ?)"_s);
    if (!q)
        return q.error();
    SqliteStatement &m = **q;
    m.bindText(0, learnerId);
    m.bindText(1, moduleId);
    auto found = m.next();
    if (!found)
        return found.error();
    ModuleProgress p;
    if (*found) {
        p.registration = m.text(0);
        p.progress = m.real(1);
        p.seconds = m.real(2);
        p.completed = !m.isNull(3);
        if (p.completed)
            p.completedAt = QDateTime::fromMSecsSinceEpoch(m.integer(3), Qt::UTC);
        p.passed = m.isNull(4) ? -1 : int(m.integer(4));
        p.scoreRaw = m.real(5);
        p.scoreMax = m.real(6);
        p.lastActivity = QDateTime::fromMSecsSinceEpoch(m.integer(7), Qt::UTC);
    }
    m.reset();
    return p;
}

Expected<QHash<QString, ModuleProgress>> ProgressStore::allModuleProgress(const QString &learnerId)
{
    auto q = m_db->exec(u"SELECT module_id FROM module_progress WHERE learner_id = ?"_s, {learnerId});
    if (!q)
        return q.error();
    QHash<QString, ModuleProgress> all;
    while (q->next()) {
        auto p = moduleProgress(learnerId, q->value(0).toString());
        if (!p)
            return p.error();
        all.insert(q->value(0).toString(), *p);
    }
    return all;
}

Expected<Certificate> ProgressStore::certificateFromRow(const QSqlQuery &q)
{
    Certificate c;
    c.code = q.value(0).toString();
    c.learnerId = q.value(1).toString();
    c.moduleId = q.value(2).toString();
    c.registration = q.value(3).toString();
    c.statementId = q.value(4).toString();
    c.scoreRaw = q.value(5).toDouble();
    c.scoreMax = q.value(6).toDouble();
    c.issuedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    // The rest comes from the statement itself, and the code must still match it: a
    // certificate whose statement was altered is not valid.
    auto s = m_db->exec(u"SELECT json FROM statements WHERE id = ? AND learner_id = ?"_s, {c.statementId, c.learnerId});
    if (!s)
        return s.error();
    if (!s->next())
        return Error{u"Certificate %1 refers to a statement that is not in this database."_s.arg(c.code)};
    const QJsonObject statement = QJsonDocument::fromJson(s->value(0).toString().toUtf8()).object();
    const QJsonObject score = statement[u"result"_s][u"score"_s].toObject();
    const QString recomputed = Certificate::codeFor(statement.value(u"id"_s).toString(),
                                                    statement[u"actor"_s][u"account"_s][u"name"_s].toString(),
                                                    statement[u"object"_s][u"id"_s].toString().section(u'/', -1),
                                                    statement[u"context"_s][u"registration"_s].toString(),
                                                    score.value(u"raw"_s).toDouble(), score.value(u"max"_s).toDouble());
    if (recomputed != c.code || statement[u"verb"_s][u"id"_s].toString() != Xapi::verbIri(Xapi::Verb::Passed))
        return Error{u"Certificate %1 does not match the statement it was issued for: it is not valid."_s.arg(c.code)};
    c.learnerName = statement[u"actor"_s][u"name"_s].toString();
    c.language = statement[u"context"_s][u"language"_s].toString();
    c.moduleVersion = statement[u"context"_s][u"extensions"_s][Xapi::extensionIri(u"module-version"_s)].toString();
    c.moduleTitle = statement[u"object"_s][u"definition"_s][u"name"_s][c.language].toString();
    return c;
}

Expected<QList<Certificate>> ProgressStore::certificates(const QString &learnerId)
{
    auto q = m_db->exec(uR"(SELECT code, learner_id, module_id, registration, statement_id, score_raw, score_max,
                                   issued_at_ms FROM certificates WHERE learner_id = ? ORDER BY issued_at_ms)"_s,
                        {learnerId});
    if (!q)
        return q.error();
    QList<Certificate> all;
    while (q->next()) {
        auto c = certificateFromRow(*q);
        if (!c)
            return c.error();
        all.append(*c);
    }
    return all;
}

Expected<Certificate> ProgressStore::verifyCertificate(const QString &typedCode)
{
    const QString code = Certificate::normalizeCode(typedCode);
    if (code.isEmpty())
        return Error{u"\"%1\" is not a certificate code: a code has 16 letters and digits, like 7KQ2-M9XD-4T1C-PW8E."_s.arg(typedCode)};
    auto q = m_db->exec(uR"(SELECT code, learner_id, module_id, registration, statement_id, score_raw, score_max,
                                   issued_at_ms FROM certificates WHERE code = ?)"_s,
                        {code});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{u"No certificate with code %1 was issued from this database."_s.arg(code)};
    return certificateFromRow(*q);
}

Expected<qint64> ProgressStore::rebuildProjections()
{
    // The rebuild reads the whole log: mapping the file into memory spares a system call
    // and a copy per page, a fifth of the time on a big log. Only for the rebuild, since a
    // read error in a mapped file ends the program instead of returning an error.
    (void)m_db->exec(u"PRAGMA mmap_size = 2147418112"_s);
    auto replayed = Projections(*m_db).rebuild();
    (void)m_db->exec(u"PRAGMA mmap_size = 0"_s);
    return replayed;
}

Expected<std::optional<StoredAnswer>> ProgressStore::lastAnswer(const QString &learnerId,
                                                               const QString &moduleId,
                                                               const QString &activityId)
{
    auto q = m_db->exec(
        uR"(SELECT statement_id, response, score_raw, score_max, success, attempts, updated_at
            FROM activity_results WHERE learner_id = ? AND module_id = ? AND activity_id = ?)"_s,
        {learnerId, moduleId, activityId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredAnswer>();
    StoredAnswer a;
    a.statementId = q->value(0).toString();
    a.response = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object().value(u"response"_s);
    a.rawScore = q->value(2).toDouble();
    a.maxScore = q->value(3).toDouble();
    a.success = q->value(4).toInt() != 0;
    a.attempts = q->value(5).toInt();
    a.answeredAt = QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs);
    return std::optional<StoredAnswer>(a);
}


Expected<std::optional<ResumePosition>> ProgressStore::resumePosition(const QString &learnerId,
                                                                     const QString &moduleId)
{
    auto q = m_db->exec(u"SELECT lesson_id, page_index, updated_at FROM resume_positions WHERE learner_id = ? AND module_id = ?"_s,
                        {learnerId, moduleId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ResumePosition>();
    return std::optional<ResumePosition>(ResumePosition{
        q->value(0).toString(), q->value(1).toInt(),
        QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs)});
}

Status ProgressStore::saveDraft(const QString &learnerId, const QString &moduleId, const QString &activityId,
                                const QJsonValue &state)
{
    // Drafts are small by nature; a view that sends megabytes is broken, and the store says so.
    constexpr qsizetype MaxDraftBytes = 1024 * 1024;
    const QByteArray json = QJsonDocument(QJsonObject{{u"state"_s, state}}).toJson(QJsonDocument::Compact);
    if (json.size() > MaxDraftBytes)
        return Error{u"The activity's saved state is %1 KiB, more than the %2 KiB allowed; it was not saved."_s
                         .arg(json.size() / 1024)
                         .arg(MaxDraftBytes / 1024)};
    auto q = m_db->exec(
        uR"(INSERT INTO activity_drafts(learner_id, module_id, activity_id, state, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(learner_id, module_id, activity_id) DO UPDATE SET
              state = excluded.state, updated_at = excluded.updated_at)"_s,
        {learnerId, moduleId, activityId, QString::fromUtf8(json), nowIso()});
    if (!q)
        return q.error();
    return success();
}

Expected<QJsonValue> ProgressStore::draft(const QString &learnerId, const QString &moduleId, const QString &activityId)
{
    auto q = m_db->exec(u"SELECT state FROM activity_drafts WHERE learner_id = ? AND module_id = ? AND activity_id = ?"_s,
                        {learnerId, moduleId, activityId});
    if (!q)
        return q.error();
    if (!q->next())
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object().value(u"state"_s);
}



Expected<QList<ProgressStore::StoredDraft>> ProgressStore::drafts(const QString &learnerId)
{
    auto q = m_db->exec(uR"(SELECT module_id, activity_id, state, updated_at FROM activity_drafts
                            WHERE learner_id = ? ORDER BY updated_at DESC)"_s,
                        {learnerId});
    if (!q)
        return q.error();
    QList<StoredDraft> drafts;
    while (q->next()) {
        drafts.append({q->value(0).toString(), q->value(1).toString(),
                       QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object().value(u"state"_s),
                       QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs)});
    }
    return drafts;
}

QString ProgressStore::setting(const QString &key)
{
    auto q = m_db->exec(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    return q && q->next() ? q->value(0).toString() : QString();
}

Status ProgressStore::setSetting(const QString &key, const QString &value)
{
    auto q = m_db->exec(u"INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                        {key, value});
    if (!q)
        return q.error();
    return success();
}

Expected<QJsonArray> ProgressStore::statements(const QString &learnerId)
{
    auto q = m_db->scan(u"SELECT json FROM statements WHERE learner_id = ? ORDER BY seq"_s, {learnerId});
    if (!q)
        return q.error();
    QJsonArray all;
    while (q->next()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(q->value(0).toString().toUtf8(), &error);
        if (!doc.isObject())
            return Error{u"Statement %1 of the log in %2 is not valid JSON (%3)."_s.arg(all.size() + 1).arg(filePath(), error.errorString())};
        all.append(doc.object());
    }
    if (q->lastError().isValid())
        return Error{m_db->describe(q->lastError())};
    return all;
}

Expected<int> ProgressStore::statementCount(const QString &learnerId)
{
    auto q = learnerId.isEmpty()
                 ? m_db->exec(u"SELECT count(*) FROM statements"_s)
                 : m_db->exec(u"SELECT count(*) FROM statements WHERE learner_id = ?"_s, {learnerId});
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt();
}

Expected<ImportSummary> ProgressStore::importStatements(const QJsonArray &statements, const ImportOptions &options)
{
    return StatementImport::run(*m_db, statements, options);
}

namespace {

// Reflections are private to their learner (docs/progress-files.md): they never leave the
// machine through an LRS.
const QString NotAReflection =
    u"coalesce(json_extract(s.json, '$.context.extensions.\"%1\"'), '') <> 'reflection'"_s.arg(
        Xapi::extensionIri(u"activity-type"_s));

// Binds the endpoint twice.
const QString Unsent = u"NOT EXISTS (SELECT 1 FROM lrs_sent t WHERE t.endpoint = ? AND t.statement_id = s.id) "
                       "AND NOT EXISTS (SELECT 1 FROM lrs_refused r WHERE r.endpoint = ? AND r.statement_id = s.id) "
                       "AND "_s +
                       NotAReflection;

} // namespace

Expected<QList<PendingStatement>> ProgressStore::unsentStatements(const QString &endpoint, int limit, qint64 afterSeq)
{
    auto q = m_db->scan(u"SELECT s.seq, s.id, s.json FROM statements s WHERE s.seq > ? AND "_s + Unsent +
                            u" ORDER BY s.seq LIMIT ?"_s,
                        {afterSeq, endpoint, endpoint, limit});
    if (!q)
        return q.error();
    QList<PendingStatement> pending;
    while (q->next())
        pending.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString().toUtf8()});
    if (q->lastError().isValid())
        return Error{m_db->describe(q->lastError())};
    return pending;
}

Expected<qint64> ProgressStore::unsentCount(const QString &endpoint)
{
    auto q = m_db->exec(u"SELECT count(*) FROM statements s WHERE "_s + Unsent, {endpoint, endpoint});
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status ProgressStore::markSent(const QString &endpoint, const QStringList &statementIds)
{
    Database::Transaction tx(*m_db);
    if (!tx.started())
        return Error{tx.error()};
    const qint64 now = m_clock().toMSecsSinceEpoch();
    for (const QString &id : statementIds) {
        // Only ids of this log: an LRS answering with an id we never sent changes nothing.
        auto q = m_db->exec(u"INSERT OR IGNORE INTO lrs_sent(endpoint, statement_id, sent_at_ms) "
                            "SELECT ?, id, ? FROM statements WHERE id = ?"_s,
                            {endpoint, now, id});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Status ProgressStore::markRefused(const QString &endpoint, const QString &statementId, int httpStatus,
                                  const QString &reason)
{
    auto q =
        m_db->exec(u"INSERT OR REPLACE INTO lrs_refused(endpoint, statement_id, refused_at_ms, http_status, reason) "
                   "SELECT ?, id, ?, ?, ? FROM statements WHERE id = ?"_s,
                   {endpoint, m_clock().toMSecsSinceEpoch(), httpStatus, reason, statementId});
    if (!q)
        return q.error();
    return success();
}

Expected<QList<RefusedStatement>> ProgressStore::refusedStatements(const QString &endpoint)
{
    auto q = m_db->exec(u"SELECT statement_id, http_status, reason FROM lrs_refused WHERE endpoint = ? "
                        "ORDER BY refused_at_ms, statement_id"_s,
                        {endpoint});
    if (!q)
        return q.error();
    QList<RefusedStatement> all;
    while (q->next())
        all.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toString()});
    return all;
}

Expected<qint64> ProgressStore::forgetRefusals(const QString &endpoint)
{
    auto q = m_db->exec(u"DELETE FROM lrs_refused WHERE endpoint = ?"_s, {endpoint});
    if (!q)
        return q.error();
    return qint64(q->numRowsAffected());
}

} // namespace Passerelle
