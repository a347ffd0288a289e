// SPDX-License-Identifier: Apache-2.0
#include "progress/statementimport.h"

#include "progress/database.h"
#include "progress/learner.h"
#include "progress/projections.h"
#include "progress/sqlitestatement.h"
#include "progress/xapi.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Passerelle::StatementImport {

namespace {

// The cmi5 progress extension StatementBuilder writes on "progressed" (an integer percent).
const QString ProgressExtension = u"https://w3id.org/xapi/cmi5/result/extensions/progress"_s;
// Projections are applied in slices: the whole batch of a million statements as rows in
// memory would cost gigabytes, and applying in input order slice by slice gives the same
// tables as applying them all at once.
constexpr qsizetype ProjectionSlice = 8192;

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

// Digits at [at, at + count) of `s` as a number, or -1.
int number(QStringView s, qsizetype at, qsizetype count)
{
    if (at + count > s.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Howard Hinnant's days_from_civil: days from 1970-01-01 to a proleptic Gregorian date.
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<qint64> parseTimestamp(const QString &text)
{
    // The form Passerelle writes, "YYYY-MM-DDTHH:MM:SS.mmmZ", read by hand: a million
    // statements through QDateTime::fromString would take seconds.
    const QStringView s(text);
    const int year = number(s, 0, 4), month = number(s, 5, 2), day = number(s, 8, 2);
    const int hour = number(s, 11, 2), minute = number(s, 14, 2), second = number(s, 17, 2);
    if (s.size() >= 20 && year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24 &&
        minute >= 0 && minute < 60 && second >= 0 && second < 60 && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' &&
        s[13] == u':' && s[16] == u':') {
        qsizetype at = 19;
        int ms = 0;
        if (at < s.size() && s[at] == u'.') {
            // Fractions beyond milliseconds are cut, as the log keeps milliseconds.
            int scale = 100;
            qsizetype digits = 0;
            for (++at; at < s.size() && s[at] >= u'0' && s[at] <= u'9'; ++at, ++digits) {
                ms += (s[at].unicode() - u'0') * scale;
                scale /= 10;
            }
            if (digits == 0)
                return std::nullopt;
        }
        if (at + 1 == s.size() && s[at] == u'Z') {
            const QDate date(year, month, day);
            if (!date.isValid())
                return std::nullopt;
            return ((daysFromCivil(year, unsigned(month), unsigned(day)) * 24 + hour) * 60 + minute) * 60'000 +
                   qint64(second) * 1000 + ms;
        }
    }
    // Offsets (+02:00) and other ISO 8601 forms: rare, so the slow general way.
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt; // xAPI timestamps must say their offset
    return parsed.toMSecsSinceEpoch();
}

namespace {

// Members whose value is null, removed at every depth: some LRSs drop them when they store a
// statement (Learning Locker does), and an absent member says the same as a null one.
QJsonValue withoutNulls(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!it.value().isNull())
                object.insert(it.key(), withoutNulls(it.value()));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutNulls(item));
        return array;
    }
    return value;
}

} // namespace

QJsonObject comparable(const QJsonObject &statement)
{
    QJsonObject s = withoutNulls(statement).toObject();
    s.remove("stored"_L1);
    s.remove("authority"_L1);
    s.remove("version"_L1);
    if (const auto ms = parseTimestamp(s.value("timestamp"_L1).toString()))
        s.insert("timestamp"_L1, double(*ms));
    return s;
}

Expected<ParsedStatement> parse(const QJsonObject &statement)
{
    ParsedStatement parsed;
    StatementRow &r = parsed.row;
    r.id = statement.value("id"_L1).toString();
    if (!isUuid(r.id))
        return Error{u"its \"id\" is not a UUID"_s};

    const QJsonObject actor = statement.value("actor"_L1).toObject();
    const QString objectType = actor.value("objectType"_L1).toString(u"Agent"_s);
    r.learnerId = actor.value("account"_L1).toObject().value("name"_L1).toString();
    if (objectType != u"Agent" || !isUuid(r.learnerId))
        return Error{u"its actor is not a Passerelle learner (an Agent whose account name is a UUID)"_s};
    parsed.learnerName = actor.value("name"_L1).toString().simplified();
    if (parsed.learnerName.isEmpty())
        parsed.learnerName = r.learnerId;

    const QString verbIri = statement.value("verb"_L1).toObject().value("id"_L1).toString();
    const auto verb = Xapi::verbFromIri(verbIri);
    if (!verb)
        return Error{u"its verb \"%1\" is not one Passerelle records"_s.arg(verbIri)};
    r.verb = *verb;

    const QJsonObject object = statement.value("object"_L1).toObject();
    const QString objectIri = object.value("id"_L1).toString();
    static const QString base = Xapi::moduleIri(QString());
    if (object.value("objectType"_L1).toString(u"Activity"_s) != u"Activity" || !objectIri.startsWith(base))
        return Error{u"its object \"%1\" is not a Passerelle activity (%2…)"_s.arg(objectIri, base)};
    const QStringList path = objectIri.mid(base.size()).split(u'/');
    r.moduleId = path.value(0);
    if (r.moduleId.isEmpty())
        return Error{u"its object \"%1\" names no module"_s.arg(objectIri)};
    enum class Shape { Module, Lesson, Page, Activity, Other } shape = Shape::Other;
    if (path.size() == 1)
        shape = Shape::Module;
    else if (path.size() == 3 && path[1] == u"lessons" && !path[2].isEmpty())
        shape = Shape::Lesson;
    else if (path.size() == 5 && path[1] == u"lessons" && !path[2].isEmpty() && path[3] == u"pages")
        shape = Shape::Page;
    else if (path.size() == 3 && path[1] == u"activities" && !path[2].isEmpty())
        shape = Shape::Activity;
    const Shape expected = r.verb == Xapi::Verb::Answered      ? Shape::Activity
                           : r.verb == Xapi::Verb::Experienced ? (shape == Shape::Page ? Shape::Page : Shape::Lesson)
                                                               : Shape::Module;
    if (shape != expected)
        return Error{
            u"its object \"%1\" is not what Passerelle records with the verb \"%2\""_s.arg(objectIri, verbIri)};

    const QJsonObject context = statement.value("context"_L1).toObject();
    r.registration = context.value("registration"_L1).toString();
    if (!isUuid(r.registration))
        return Error{u"its context.registration (the module attempt) is not a UUID"_s};
    const QString timestamp = statement.value("timestamp"_L1).toString();
    const auto ms = parseTimestamp(timestamp);
    if (!ms)
        return Error{u"its timestamp \"%1\" is not an ISO 8601 date and time with an offset"_s.arg(timestamp)};
    r.timestampMs = *ms;

    const QJsonObject result = statement.value("result"_L1).toObject();
    const QJsonObject score = result.value("score"_L1).toObject();
    switch (r.verb) {
    case Xapi::Verb::Experienced:
        r.lessonId = path[2];
        if (shape == Shape::Page) {
            bool ok = false;
            const int page = path[4].toInt(&ok);
            if (!ok || page < 1)
                return Error{u"its object \"%1\" names no page number"_s.arg(objectIri)};
            r.pageIndex = page - 1;
        }
        break;
    case Xapi::Verb::Answered: {
        r.activityId = path[2];
        const QString parent = context.value("contextActivities"_L1)
                                   .toObject()
                                   .value("parent"_L1)
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value("id"_L1)
                                   .toString();
        const QString lessonPrefix = Xapi::lessonIri(r.moduleId, QString());
        r.lessonId = parent.startsWith(lessonPrefix) ? parent.mid(lessonPrefix.size()) : QString();
        if (r.lessonId.isEmpty() || r.lessonId.contains(u'/'))
            return Error{u"its context has no parent lesson of module \"%1\""_s.arg(r.moduleId)};
        if (!result.value("success"_L1).isBool())
            return Error{u"its result has no \"success\""_s};
        // As StatementBuilder: an unscored activity (a reflection) has no score in the JSON
        // and 0 of 0 in the columns.
        r.scoreRaw = score.value("raw"_L1).toDouble(0.0);
        r.scoreMax = score.value("max"_L1).toDouble(0.0);
        r.success = result.value("success"_L1).toBool();
        static const QString viewResponseIri = Xapi::extensionIri(u"view-response"_s);
        const QJsonValue viewResponse = result.value("extensions"_L1).toObject().value(viewResponseIri);
        r.response = compact(QJsonObject{{u"response"_s, viewResponse.isUndefined() ? QJsonValue() : viewResponse}});
        static const QString activityTypeIri = Xapi::extensionIri(u"activity-type"_s);
        r.activityType = context.value("extensions"_L1).toObject().value(activityTypeIri).toString();
        break;
    }
    case Xapi::Verb::Progressed: {
        const QJsonValue percent = result.value("extensions"_L1).toObject().value(ProgressExtension);
        if (!percent.isDouble() || percent.toDouble() < 0 || percent.toDouble() > 100)
            return Error{u"its result has no progress percentage (%1)"_s.arg(ProgressExtension)};
        r.progress = std::round(percent.toDouble()) / 100.0;
        break;
    }
    case Xapi::Verb::Completed: r.progress = 1.0; break;
    case Xapi::Verb::Passed:
    case Xapi::Verb::Failed:
        if (result.value("success"_L1).isBool() &&
            result.value("success"_L1).toBool() != (r.verb == Xapi::Verb::Passed))
            return Error{u"its result.success contradicts its verb \"%1\""_s.arg(verbIri)};
        r.scoreRaw = score.value("raw"_L1).toDouble(0.0);
        r.scoreMax = score.value("max"_L1).toDouble(0.0);
        r.success = r.verb == Xapi::Verb::Passed;
        break;
    case Xapi::Verb::Attempted: break;
    }

    // Kept as Passerelle wrote it: what an LRS added when storing it is the LRS's own record.
    r.json = statement;
    if (r.json.contains("stored"_L1) || r.json.contains("authority"_L1)) {
        r.json.remove("stored"_L1);
        r.json.remove("authority"_L1);
    }
    return parsed;
}

namespace {

// One import: the prepared statements and what is known of the learners, for one transaction.
class Importer
{
public:
    Importer(Database &db, const ImportOptions &options)
        : m_db(db)
        , m_options(options)
    {}

    Expected<ImportSummary> run(const QJsonArray &statements)
    {
        // A big import touches the id index all over: with SQLite's default 2 MiB page cache
        // it spills pages to the WAL and reads them back. 64 MiB while it runs, then back.
        struct BiggerCache
        {
            BiggerCache(Database &db, bool big)
                : m_db(db)
                , m_set(big && db.exec(u"PRAGMA cache_size = -65536"_s).ok())
            {}
            ~BiggerCache()
            {
                if (m_set)
                    (void)m_db.exec(u"PRAGMA cache_size = -2000"_s); // SQLite's default
            }
            Database &m_db;
            bool m_set;
        } cache(m_db, statements.size() > 10'000);
        Database::Transaction tx(m_db);
        if (!tx.started())
            return Error{tx.error()};
        if (Status s = prepare(); !s)
            return s.error();
        QList<StatementRow> slice;
        slice.reserve(ProjectionSlice);
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const QJsonValue value = statements.at(i);
            if (!value.isObject()) {
                reject(i, QString(), u"it is not a JSON object"_s);
                continue;
            }
            auto parsed = parse(value.toObject());
            if (!parsed) {
                reject(i, value.toObject().value("id"_L1).toString(), parsed.errorMessage());
                continue;
            }
            auto added = add(i, *parsed);
            if (!added)
                return added.error();
            if (!*added)
                continue;
            parsed->row.json = {}; // the projections read only the columns
            slice.append(std::move(parsed->row));
            if (slice.size() == ProjectionSlice) {
                if (Status s = Projections(m_db).applyLive(slice); !s)
                    return s.error();
                slice.clear();
            }
        }
        if (m_options.allOrNothing && m_summary.rejected > 0) {
            // The transaction rolls back: nothing of the batch stays.
            m_summary.added = 0;
            return m_summary;
        }
        if (Status s = Projections(m_db).applyLive(slice); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return m_summary;
    }

private:
    Status prepare()
    {
        const auto statement = [this](SqliteStatement *&into, const QString &sql) -> Status {
            auto s = m_db.cachedStatement(sql);
            if (!s)
                return s.error();
            into = *s;
            return success();
        };
        Status s = statement(m_find, u"SELECT json FROM statements WHERE id = ?"_s);
        if (s)
            s = statement(m_insert, uR"(INSERT INTO statements(id, learner_id, verb, module_id, activity_id, timestamp,
                    json, registration, lesson_id, page_index, timestamp_ms, score_raw, score_max, success, progress,
                    response, activity_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
        if (s)
            s = statement(m_findLearner, u"SELECT 1 FROM learners WHERE id = ?"_s);
        if (s && !m_options.heldByEndpoint.isEmpty())
            s = statement(m_held,
                          u"INSERT OR IGNORE INTO lrs_sent(endpoint, statement_id, sent_at_ms) VALUES (?, ?, ?)"_s);
        return s;
    }

    void reject(qsizetype index, const QString &id, const QString &why)
    {
        ++m_summary.rejected;
        if (m_summary.problems.size() < m_options.maxProblemsListed)
            m_summary.problems << (id.isEmpty() ? u"statement %1: %2"_s.arg(index + 1).arg(why)
                                                : u"statement %1 (%2): %3"_s.arg(index + 1).arg(id, why));
        else if (m_summary.problems.size() == m_options.maxProblemsListed)
            m_summary.problems << u"(further problems are counted, not listed)"_s;
    }

    // Adds the statement unless it is there already. True when added.
    Expected<bool> add(qsizetype index, const ParsedStatement &parsed)
    {
        const StatementRow &r = parsed.row;
        m_find->bindText(0, r.id);
        auto found = m_find->next();
        if (!found)
            return found.error();
        if (*found) {
            const QJsonObject existing = QJsonDocument::fromJson(m_find->utf8(0).toByteArray()).object();
            m_find->reset();
            if (comparable(existing) != comparable(r.json)) {
                reject(index, r.id,
                       u"a different statement with this id is already in the log (a conflict: one of the two was "
                       "changed after it was recorded); the one in the log was kept"_s);
                return false;
            }
            ++m_summary.alreadyPresent;
            if (Status s = hold(r.id); !s)
                return s.error();
            return false;
        }
        m_find->reset();
        if (Status s = ensureLearner(r.learnerId, parsed.learnerName, r.timestampMs); !s)
            return s.error();
        SqliteStatement &q = *m_insert;
        q.bindText(0, r.id);
        q.bindText(1, r.learnerId);
        q.bindText(2, Xapi::verbIri(r.verb));
        q.bindText(3, r.moduleId);
        bindOptional(q, 4, r.activityId);
        q.bindText(5, r.json.value("timestamp"_L1).toString());
        q.bindUtf8(6, QJsonDocument(r.json).toJson(QJsonDocument::Compact));
        q.bindText(7, r.registration);
        bindOptional(q, 8, r.lessonId);
        if (r.pageIndex >= 0)
            q.bindInteger(9, r.pageIndex);
        else
            q.bindNull(9);
        q.bindInteger(10, r.timestampMs);
        bindOptional(q, 11, r.scoreRaw);
        bindOptional(q, 12, r.scoreMax);
        if (r.success)
            q.bindInteger(13, *r.success ? 1 : 0);
        else
            q.bindNull(13);
        bindOptional(q, 14, r.progress);
        bindOptional(q, 15, r.response);
        bindOptional(q, 16, r.activityType);
        if (Status s = q.run(); !s)
            return s.error();
        ++m_summary.added;
        if (Status s = hold(r.id); !s)
            return s.error();
        return true;
    }

    static void bindOptional(SqliteStatement &q, int index, const QString &text)
    {
        if (text.isEmpty())
            q.bindNull(index);
        else
            q.bindText(index, text);
    }
    static void bindOptional(SqliteStatement &q, int index, std::optional<double> value)
    {
        if (value)
            q.bindReal(index, *value);
        else
            q.bindNull(index);
    }

    Status hold(const QString &statementId)
    {
        if (!m_held)
            return success();
        m_held->bindText(0, m_options.heldByEndpoint);
        m_held->bindText(1, statementId);
        m_held->bindInteger(2, QDateTime::currentMSecsSinceEpoch());
        return m_held->run();
    }

    // The learner of an imported statement: the profile with their UUID, made on first sight.
    Status ensureLearner(const QString &id, const QString &name, qint64 firstSeenMs)
    {
        if (m_knownLearners.contains(id))
            return success();
        m_findLearner->bindText(0, id);
        auto found = m_findLearner->next();
        m_findLearner->reset();
        if (!found)
            return found.error();
        if (!*found) {
            // Names are unique on a machine; two people called the same on two laptops
            // are told apart by the start of their UUID.
            // and, should that be taken too, by a number.
            QString shown = name.left(80);
            for (int n = 0;; ++n) {
                auto taken = m_db.exec(u"SELECT 1 FROM learners WHERE name_key = ?"_s, {learnerNameKey(shown)});
                if (!taken)
                    return taken.error();
                if (!taken->next())
                    break;
                shown = n == 0 ? u"%1 (%2)"_s.arg(name.left(69), id.left(8))
                               : u"%1 (%2 %3)"_s.arg(name.left(60), id.left(8)).arg(n + 1);
            }
            auto q =
                m_db.exec(u"INSERT INTO learners(id, name, name_key, language, created_at) VALUES (?, ?, ?, '', ?)"_s,
                          {id, shown, learnerNameKey(shown),
                           QDateTime::fromMSecsSinceEpoch(firstSeenMs, Qt::UTC).toString(Qt::ISODateWithMs)});
            if (!q)
                return q.error();
        }
        m_knownLearners.insert(id);
        return success();
    }

    Database &m_db;
    const ImportOptions &m_options;
    ImportSummary m_summary;
    SqliteStatement *m_find = nullptr;
    SqliteStatement *m_insert = nullptr;
    SqliteStatement *m_findLearner = nullptr;
    SqliteStatement *m_held = nullptr;
    QSet<QString> m_knownLearners;
};

} // namespace

Expected<ImportSummary> run(Database &db, const QJsonArray &statements, const ImportOptions &options)
{
    return Importer(db, options).run(statements);
}

} // namespace Passerelle::StatementImport
