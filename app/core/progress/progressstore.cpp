// SPDX-License-Identifier: Apache-2.0
#include "progress/progressstore.h"

#include "progress/database.h"
#include "progress/xapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

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
    };
    return all;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

Learner learnerFrom(const QSqlQuery &q)
{
    return Learner{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
}

QJsonObject buildAnswerStatement(const QString &statementId, const Learner &learner,
                                 const Answer &a, const QString &timestamp)
{
    QJsonObject definition = a.definition;
    definition.insert(u"type"_s, u"http://adlnet.gov/expapi/activities/cmi.interaction"_s);

    QJsonObject score{{u"raw"_s, a.result.rawScore}, {u"min"_s, 0}, {u"max"_s, a.result.maxScore}};
    if (a.result.maxScore > 0)
        score.insert(u"scaled"_s, a.result.rawScore / a.result.maxScore);
    QJsonObject result{{u"score"_s, score},
                       {u"success"_s, a.result.success},
                       {u"completion"_s, a.result.completion},
                       {u"response"_s, a.result.xapiResponse}};
    if (a.durationMs >= 0)
        result.insert(u"duration"_s, Xapi::isoDuration(a.durationMs));

    const QJsonObject moduleActivity{
        {u"objectType"_s, u"Activity"_s},
        {u"id"_s, Xapi::moduleIri(a.moduleId)},
        {u"definition"_s,
         QJsonObject{{u"type"_s, u"http://adlnet.gov/expapi/activities/course"_s},
                     {u"name"_s, QJsonObject{{a.language, a.moduleTitle}}}}}};
    const QJsonObject lessonActivity{{u"objectType"_s, u"Activity"_s},
                                     {u"id"_s, Xapi::lessonIri(a.moduleId, a.lessonId)},
                                     {u"definition"_s, QJsonObject{{u"type"_s, u"http://adlnet.gov/expapi/activities/lesson"_s}}}};
    const QJsonObject context{
        {u"contextActivities"_s,
         QJsonObject{{u"parent"_s, QJsonArray{lessonActivity}}, {u"grouping"_s, QJsonArray{moduleActivity}}}},
        {u"language"_s, a.language},
        {u"platform"_s, u"Passerelle"_s},
        {u"extensions"_s,
         QJsonObject{{Xapi::extensionIri(u"module-version"_s), a.moduleVersion},
                     {Xapi::extensionIri(u"activity-type"_s), a.activityType}}}};

    return {{u"id"_s, statementId},
            {u"version"_s, QString::fromUtf16(Xapi::Version)},
            {u"actor"_s, Xapi::accountActor(learner.id, learner.name)},
            {u"verb"_s, Xapi::verbObject(Xapi::Verb::Answered)},
            {u"object"_s,
             QJsonObject{{u"objectType"_s, u"Activity"_s},
                         {u"id"_s, Xapi::activityIri(a.moduleId, a.activityId)},
                         {u"definition"_s, definition}}},
            {u"result"_s, result},
            {u"context"_s, context},
            {u"timestamp"_s, timestamp}};
}

} // namespace

ProgressStore::ProgressStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
ProgressStore::~ProgressStore() = default;

Expected<std::unique_ptr<ProgressStore>> ProgressStore::open(const QString &filePath)
{
    auto db = Database::open(filePath, migrations());
    if (!db)
        return db.error();
    return std::unique_ptr<ProgressStore>(new ProgressStore(std::move(db).value()));
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
    auto existing = m_db->exec(u"SELECT name FROM learners WHERE name_key = ?"_s, {nameKey(clean)});
    if (!existing)
        return existing.error();
    if (existing->next())
        return Error{u"A profile named \"%1\" already exists; choose it from the list."_s.arg(existing->value(0).toString())};

    Learner learner{QUuid::createUuid().toString(QUuid::WithoutBraces), clean, language,
                    QDateTime::currentDateTimeUtc()};
    auto q = m_db->exec(u"INSERT INTO learners(id, name, name_key, language, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                        {learner.id, learner.name, nameKey(clean), language.isNull() ? u""_s : language,
                         learner.createdAt.toString(Qt::ISODateWithMs)});
    if (!q)
        return q.error();
    return learner;
}

Expected<QString> ProgressStore::recordAnswer(const Answer &answer)
{
    auto who = learner(answer.learnerId);
    if (!who)
        return who.error();
    const QString statementId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = nowIso();
    const QJsonObject statement = buildAnswerStatement(statementId, *who, answer, timestamp);
    const QByteArray responseJson = QJsonDocument(QJsonObject{{u"response"_s, answer.response}}).toJson(QJsonDocument::Compact);

    Database::Transaction tx(*m_db);
    if (!tx.started())
        return Error{tx.error()};
    auto insert = m_db->exec(
        u"INSERT INTO statements(id, learner_id, verb, module_id, activity_id, timestamp, json) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {statementId, answer.learnerId, Xapi::verbIri(Xapi::Verb::Answered), answer.moduleId, answer.activityId,
         timestamp, QString::fromUtf8(QJsonDocument(statement).toJson(QJsonDocument::Compact))});
    if (!insert)
        return insert.error();
    auto project = m_db->exec(
        uR"(INSERT INTO activity_results(learner_id, module_id, activity_id, statement_id, response,
                                         score_raw, score_max, success, attempts, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
            ON CONFLICT(learner_id, module_id, activity_id) DO UPDATE SET
              statement_id = excluded.statement_id, response = excluded.response,
              score_raw = excluded.score_raw, score_max = excluded.score_max,
              success = excluded.success, attempts = attempts + 1, updated_at = excluded.updated_at)"_s,
        {answer.learnerId, answer.moduleId, answer.activityId, statementId, QString::fromUtf8(responseJson),
         answer.result.rawScore, answer.result.maxScore, answer.result.success ? 1 : 0, timestamp});
    if (!project)
        return project.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return statementId;
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

Status ProgressStore::saveResumePosition(const QString &learnerId, const QString &moduleId,
                                         const QString &lessonId, int pageIndex)
{
    auto q = m_db->exec(
        uR"(INSERT INTO resume_positions(learner_id, module_id, lesson_id, page_index, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(learner_id, module_id) DO UPDATE SET
              lesson_id = excluded.lesson_id, page_index = excluded.page_index,
              updated_at = excluded.updated_at)"_s,
        {learnerId, moduleId, lessonId, pageIndex, nowIso()});
    if (!q)
        return q.error();
    return success();
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

Expected<QHash<QString, QSet<QString>>> ProgressStore::answeredActivities(const QString &learnerId)
{
    auto q = m_db->exec(u"SELECT module_id, activity_id FROM activity_results WHERE learner_id = ?"_s, {learnerId});
    if (!q)
        return q.error();
    QHash<QString, QSet<QString>> result;
    while (q->next())
        result[q->value(0).toString()].insert(q->value(1).toString());
    return result;
}

Expected<QSet<QString>> ProgressStore::modulesWithPosition(const QString &learnerId)
{
    auto q = m_db->exec(u"SELECT module_id FROM resume_positions WHERE learner_id = ?"_s, {learnerId});
    if (!q)
        return q.error();
    QSet<QString> result;
    while (q->next())
        result.insert(q->value(0).toString());
    return result;
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

} // namespace Passerelle
