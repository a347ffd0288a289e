// SPDX-License-Identifier: Apache-2.0
#include "modules/module.h"
#include "progress/progressstore.h"
#include "progress/projections.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

// A second, independent connection to inspect the file as any SQLite client would.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawSqlite()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    // A table's rows, sorted, one per line: equal dumps mean equal tables.
    QString dump(const QString &table)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        QStringList rows;
        if (!q.exec(u"SELECT * FROM "_s + table))
            return u"cannot read "_s + table;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
            rows << cells.join(u'|');
        }
        rows.sort();
        return table + u":\n"_s + rows.join(u'\n');
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }

private:
    QString m_name;
};

Answer sampleAnswer(bool right = true)
{
    Answer a;
    a.lessonId = u"first-activity"_s;
    a.activityId = u"where-progress"_s;
    a.activityType = u"quiz"_s;
    a.definition = {{u"interactionType"_s, u"choice"_s}};
    a.response = QJsonObject{{u"selected"_s, QJsonArray{right ? u"a"_s : u"b"_s}}};
    a.result.rawScore = right ? 1 : 0;
    a.result.maxScore = 1;
    a.result.success = right;
    a.result.completion = true;
    a.result.xapiResponse = right ? u"a"_s : u"b"_s;
    a.durationMs = 65'250;
    return a;
}

Answer secondQuiz(double raw)
{
    Answer a;
    a.lessonId = u"first-activity"_s;
    a.activityId = u"what-modules-hold"_s;
    a.activityType = u"quiz"_s;
    a.definition = {{u"interactionType"_s, u"choice"_s}};
    a.response = QJsonObject{{u"selected"_s, QJsonArray{u"a"_s, u"b"_s}}};
    a.result.rawScore = raw;
    a.result.maxScore = 2;
    a.result.success = raw == 2;
    a.result.completion = true;
    a.result.xapiResponse = u"a[,]b"_s;
    return a;
}

// The bundled module, as built.
Module bundledModule()
{
    auto module = ModuleLoader::loadFile(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s);
    if (!module)
        qFatal("%s", qPrintable(module.errorMessage()));
    return module.value();
}

} // namespace

class TestProgressStore : public QObject
{
    Q_OBJECT

private slots:
    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/progress.sqlite"_s);
        {
            auto store = ProgressStore::open(path);
            QVERIFY2(store, qPrintable(store.errorMessage()));
        }
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), ProgressStore::schemaVersion());
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        for (const QString &table : {u"learners"_s, u"statements"_s, u"activity_results"_s, u"resume_positions"_s,
                                     u"settings"_s, u"activity_drafts"_s, u"module_progress"_s, u"page_visits"_s})
            QVERIFY2(raw.scalar(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'"_s.arg(table)).toInt() == 1,
                     qPrintable(table));
    }

    void enforcesForeignKeysAndKeepsDataAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.sqlite"_s);
        QString learnerId;
        {
            auto store = ProgressStore::open(path);
            QVERIFY(store);
            auto learner = (*store)->createLearner(u"Ana"_s);
            QVERIFY2(learner, qPrintable(learner.errorMessage()));
            learnerId = learner->id;
            // An answer for a learner that does not exist is refused, and nothing is written.
            const Learner ghost{QUuid::createUuid().toString(QUuid::WithoutBraces), u"Ghost"_s, {}, {}};
            auto orphan = (*store)->recordAnswer(ghost, bundledModule(), u"en"_s, u"r"_s, sampleAnswer());
            QVERIFY(!orphan);
            QCOMPARE((*store)->statementCount().value(), 0);
        }
        auto again = ProgressStore::open(path);
        QVERIFY(again);
        auto learners = (*again)->learners();
        QVERIFY(learners);
        QCOMPARE(learners->size(), 1);
        QCOMPARE(learners->constFirst().id, learnerId);
    }

    void refusesADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.sqlite"_s);
        {
            auto store = ProgressStore::open(path);
            QVERIFY(store);
        }
        {
            RawSqlite raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = 999"_s));
        }
        auto store = ProgressStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.errorMessage().contains(u"newer version of Passerelle"_s), qPrintable(store.errorMessage()));
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 999); // untouched
    }

    void createsLearnersWithUniqueNames()
    {
        QTemporaryDir dir;
        auto store = ProgressStore::open(dir.filePath(u"p.sqlite"_s));
        QVERIFY(store);
        auto amira = (*store)->createLearner(u"  Amira   Haddad "_s, u"fr"_s);
        QVERIFY(amira);
        QCOMPARE(amira->name, u"Amira Haddad"_s);
        QVERIFY(!QUuid::fromString(amira->id).isNull());
        auto twin = (*store)->createLearner(u"amira haddad"_s);
        QVERIFY(!twin);
        QVERIFY2(twin.errorMessage().contains(u"already exists"_s), qPrintable(twin.errorMessage()));
        QVERIFY(!(*store)->createLearner(u"   "_s));
        QVERIFY(!(*store)->createLearner(QString(81, u'x')));
        QVERIFY((*store)->createLearner(u"Émile"_s));
        auto all = (*store)->learners();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"Amira Haddad"_s);
    }

    void recordsOneStatementPerAnswer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        auto store = ProgressStore::open(path);
        QVERIFY(store);
        auto learner = (*store)->createLearner(u"Ana"_s);
        QVERIFY(learner);
        const Module module = bundledModule();
        auto registration = (*store)->beginAttempt(*learner, module, u"en"_s);
        QVERIFY2(registration, qPrintable(registration.errorMessage()));
        QCOMPARE((*store)->beginAttempt(*learner, module, u"fr"_s).value(), registration.value()); // same attempt

        auto id = (*store)->recordAnswer(*learner, module, u"en"_s, *registration, sampleAnswer());
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(!QUuid::fromString(id.value()).isNull());

        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM statements WHERE verb LIKE '%/answered'"_s).toInt(), 1);
        const QJsonObject statement = QJsonDocument::fromJson(
            raw.scalar(u"SELECT json FROM statements WHERE verb LIKE '%/answered'"_s).toString().toUtf8()).object();
        QCOMPARE(statement.value(u"id"_s).toString(), id.value());
        QCOMPARE(statement.value(u"version"_s).toString(), u"1.0.3"_s);
        QCOMPARE(statement[u"verb"_s][u"id"_s].toString(), u"http://adlnet.gov/expapi/verbs/answered"_s);
        QCOMPARE(statement[u"actor"_s][u"account"_s][u"name"_s].toString(), learner->id);
        QCOMPARE(statement[u"actor"_s][u"name"_s].toString(), u"Ana"_s);
        QCOMPARE(statement[u"object"_s][u"id"_s].toString(),
                 u"https://passerelle.invalid/xapi/modules/getting-started/activities/where-progress"_s);
        QCOMPARE(statement[u"object"_s][u"definition"_s][u"interactionType"_s].toString(), u"choice"_s);
        QCOMPARE(statement[u"result"_s][u"score"_s][u"scaled"_s].toDouble(), 1.0);
        QCOMPARE(statement[u"result"_s][u"success"_s].toBool(), true);
        QCOMPARE(statement[u"result"_s][u"response"_s].toString(), u"a"_s);
        QCOMPARE(statement[u"result"_s][u"duration"_s].toString(), u"PT1M5.25S"_s);
        QCOMPARE(statement[u"context"_s][u"language"_s].toString(), u"en"_s);
        QCOMPARE(statement[u"context"_s][u"registration"_s].toString(), registration.value());
        QCOMPARE(statement[u"context"_s][u"contextActivities"_s][u"parent"_s][0][u"id"_s].toString(),
                 u"https://passerelle.invalid/xapi/modules/getting-started/lessons/first-activity"_s);
        QVERIFY(QDateTime::fromString(statement.value(u"timestamp"_s).toString(), Qt::ISODateWithMs).isValid());

        auto last = (*store)->lastAnswer(learner->id, module.id, u"where-progress"_s);
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->statementId, id.value());
        QCOMPARE((*last)->attempts, 1);
        QCOMPARE((*last)->response.toObject().value(u"selected"_s).toArray().at(0).toString(), u"a"_s);

        QVERIFY((*store)->recordAnswer(*learner, module, u"en"_s, *registration, sampleAnswer(false)));
        last = (*store)->lastAnswer(learner->id, module.id, u"where-progress"_s);
        QCOMPARE((*last)->attempts, 2);
        QCOMPARE((*last)->success, false);
    }

    void followsAModuleToCompletionAndAPass()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        auto store = ProgressStore::open(path);
        QVERIFY(store);
        QDateTime clock = QDateTime::fromString(u"2026-11-28T09:00:00.000Z"_s, Qt::ISODateWithMs);
        (*store)->setClock([&clock] { return clock; });
        const Learner ana = (*store)->createLearner(u"Ana"_s).value();
        const Module module = bundledModule(); // 4 pages, 2 activities (1 + 2 points), pass mark 0.5
        const QString reg = (*store)->beginAttempt(ana, module, u"en"_s).value();

        QVERIFY((*store)->recordPageView(ana, module, u"en"_s, reg, 0, 0));
        clock = clock.addSecs(40);
        QVERIFY((*store)->recordPageView(ana, module, u"en"_s, reg, 0, 1)); // lesson 1 fully seen
        clock = clock.addSecs(3600); // a break: does not count as time spent
        QVERIFY((*store)->recordPageView(ana, module, u"en"_s, reg, 1, 0));
        clock = clock.addSecs(20 * 60); // a long read: counts five minutes
        QVERIFY((*store)->recordAnswer(ana, module, u"en"_s, reg, sampleAnswer(false)));
        auto progress = (*store)->moduleProgress(ana.id, module.id).value();
        QCOMPARE(progress.registration, reg);
        QVERIFY(!progress.completed);
        QCOMPARE(progress.progress, 0.67); // (3 pages + 1 activity) of (4 + 2), as a whole percent
        QCOMPARE(progress.seconds, 40.0 + 300.0);

        clock = clock.addSecs(30);
        QVERIFY((*store)->recordPageView(ana, module, u"en"_s, reg, 1, 1));
        QVERIFY((*store)->recordAnswer(ana, module, u"en"_s, reg, secondQuiz(1))); // 1 of 3 points: fails
        progress = (*store)->moduleProgress(ana.id, module.id).value();
        QVERIFY(progress.completed);
        QCOMPARE(progress.progress, 1.0);
        QCOMPARE(progress.passed, 0);
        QCOMPARE(progress.scoreRaw, 1.0);
        QCOMPARE(progress.scoreMax, 3.0);

        clock = clock.addSecs(10);
        QVERIFY((*store)->recordAnswer(ana, module, u"en"_s, reg, sampleAnswer(true))); // 2 of 3: passes
        progress = (*store)->moduleProgress(ana.id, module.id).value();
        QCOMPARE(progress.passed, 1);
        QCOMPARE(progress.scoreRaw, 2.0);

        RawSqlite raw(path);
        auto count = [&](const QString &verb) {
            return raw.scalar(u"SELECT count(*) FROM statements WHERE verb = 'http://adlnet.gov/expapi/verbs/%1'"_s.arg(verb)).toInt();
        };
        QCOMPARE(count(u"attempted"_s), 1);
        QCOMPARE(count(u"experienced"_s), 4 + 2); // four pages, two lessons
        QCOMPARE(count(u"answered"_s), 3);
        QCOMPARE(count(u"completed"_s), 1);
        QCOMPARE(count(u"failed"_s), 1);
        QCOMPARE(count(u"passed"_s), 1);
        QVERIFY(count(u"progressed"_s) >= 3);
        QCOMPARE(raw.scalar(u"SELECT lesson_id || '/' || page_index FROM resume_positions"_s).toString(),
                 u"first-activity/1"_s);
        // Every statement of the attempt carries its registration.
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM statements WHERE json_extract(json, '$.context.registration') != '%1'"_s.arg(reg)).toInt(), 0);

        // The pass earned a certificate, verifiable by its code however it is typed.
        const QList<Certificate> certificates = (*store)->certificates(ana.id).value();
        QCOMPARE(certificates.size(), 1);
        const Certificate &c = certificates.constFirst();
        QCOMPARE(c.learnerName, u"Ana"_s);
        QCOMPARE(c.moduleTitle, u"Getting started with Passerelle"_s);
        QCOMPARE(c.moduleVersion, module.version);
        QCOMPARE(c.scoreRaw, 2.0);
        QVERIFY(QRegularExpression(u"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"_s).match(c.code).hasMatch());
        QString typed = c.code.toLower().remove(u'-');
        typed.replace(u'0', u'o');
        auto verified = (*store)->verifyCertificate(typed);
        QVERIFY2(verified, qPrintable(verified.errorMessage()));
        QCOMPARE(verified->statementId, c.statementId);
        QVERIFY(!(*store)->verifyCertificate(u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s));
        QVERIFY((*store)->verifyCertificate(u"not a code"_s).errorMessage().contains(u"is not a certificate code"_s));
        // Alter the statement behind it (a higher score): the certificate no longer verifies.
        QVERIFY(raw.exec(u"UPDATE statements SET json = json_set(json, '$.result.score.raw', 3) WHERE id = '%1'"_s.arg(c.statementId)));
        auto tampered = (*store)->verifyCertificate(c.code);
        QVERIFY(!tampered);
        QVERIFY2(tampered.errorMessage().contains(u"not valid"_s), qPrintable(tampered.errorMessage()));
    }

    void rebuildsTheProjectionsFromTheLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        auto store = ProgressStore::open(path);
        QVERIFY(store);
        QDateTime clock = QDateTime::fromString(u"2026-11-28T09:00:00.000Z"_s, Qt::ISODateWithMs);
        (*store)->setClock([&clock] { clock = clock.addMSecs(7'300); return clock; });
        const Module module = bundledModule();
        // A scripted course: two learners, pages back and forth, wrong then right answers.
        for (const QString &name : {u"Ana"_s, u"Ben"_s}) {
            const Learner learner = (*store)->createLearner(name).value();
            const QString reg = (*store)->beginAttempt(learner, module, u"fr"_s).value();
            for (auto [lesson, page] : {std::pair{0, 0}, {0, 1}, {1, 0}, {0, 1}, {1, 0}, {1, 1}})
                QVERIFY((*store)->recordPageView(learner, module, u"fr"_s, reg, lesson, page));
            QVERIFY((*store)->recordAnswer(learner, module, u"fr"_s, reg, sampleAnswer(false)));
            QVERIFY((*store)->recordAnswer(learner, module, u"fr"_s, reg, secondQuiz(name == u"Ana" ? 2 : 0)));
            QVERIFY((*store)->recordAnswer(learner, module, u"fr"_s, reg, sampleAnswer(true)));
        }
        const auto dump = [&] {
            RawSqlite raw(path);
            QStringList tables;
            for (const QString &table : Projections::tables())
                tables << raw.dump(table);
            return tables;
        };
        const QStringList live = dump();
        QVERIFY(live.join(QString()).size() > 200);
        const qint64 statements = (*store)->statementCount().value();
        auto replayed = (*store)->rebuildProjections();
        QVERIFY2(replayed, qPrintable(replayed.errorMessage()));
        QCOMPARE(replayed.value(), statements);
        const QStringList rebuilt = dump();
        for (int i = 0; i < live.size(); ++i)
            QCOMPARE(rebuilt.at(i), live.at(i));
        // And from nothing: emptied tables come back the same.
        {
            RawSqlite raw(path);
            for (const QString &table : Projections::tables())
                QVERIFY(raw.exec(u"DELETE FROM "_s + table));
        }
        QVERIFY((*store)->rebuildProjections());
        QCOMPARE(dump(), live);
    }

    // Flashcards answers schedule each card with SM-2; a review made from the home page moves
    // the schedule but not the activity's result; the schedule is rebuilt from the log.
    void schedulesFlashcardsFromAnswersAndPractice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        auto store = ProgressStore::open(path);
        QVERIFY(store);
        const QDateTime start = QDateTime::fromString(u"2026-11-28T09:00:00.000Z"_s, Qt::ISODateWithMs);
        QDateTime clock = start;
        (*store)->setClock([&clock] { return clock; });
        const Module module = bundledModule();
        const Learner learner = (*store)->createLearner(u"Ana"_s).value();
        const QString reg = (*store)->beginAttempt(learner, module, u"en"_s).value();
        const auto cards = [](const QJsonArray &reviews, bool practice) {
            Answer a;
            a.lessonId = u"first-activity"_s;
            a.activityId = u"terms"_s;
            a.activityType = u"flashcards"_s;
            a.definition = {{u"interactionType"_s, u"other"_s}};
            QJsonObject response{{u"reviews"_s, reviews}};
            if (practice)
                response.insert(u"mode"_s, u"review"_s);
            a.response = response;
            a.result.rawScore = 1;
            a.result.maxScore = reviews.size();
            a.result.success = true;
            a.result.completion = true;
            a.result.xapiResponse = u"x"_s;
            return a;
        };
        const auto review = [](const QString &card, int quality) {
            return QJsonObject{{u"card"_s, card}, {u"quality"_s, quality}};
        };
        QVERIFY((*store)->recordAnswer(learner, module, u"en"_s, reg,
                                       cards({review(u"a"_s, 4), review(u"b"_s, 1)}, false)));
        const auto attemptsBefore = (*store)->lastAnswer(learner.id, module.id, u"terms"_s).value();
        QVERIFY(attemptsBefore.has_value());
        QCOMPARE((*store)->scheduledFlashcardCount(learner.id).value(), 2);
        // Both cards come back after one day ("Again" too: a lapse is a day).
        QCOMPARE((*store)->dueFlashcards(learner.id, start.addSecs(12 * 3600)).value().size(), 0);
        const QList<ScheduledCard> due = (*store)->dueFlashcards(learner.id, start.addDays(1)).value();
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[0].cardId, u"a"_s);
        QCOMPARE(due[0].repetitions, 1);
        QCOMPARE(due[0].ease, 2.5);
        QCOMPARE(due[1].repetitions, 0);
        QCOMPARE(due[1].ease, 1.96); // 2.5 - 0.54 after a quality of 1
        QCOMPARE(due[1].due, start.addDays(1));

        // The review a day later: "a" known at once (6 days next), "b" hard (1 day).
        clock = start.addDays(1);
        QVERIFY((*store)->recordPractice(learner, module, u"en"_s, cards({review(u"a"_s, 5), review(u"b"_s, 3)}, true)));
        QCOMPARE((*store)->dueFlashcards(learner.id, start.addDays(2)).value().size(), 1);
        const QList<ScheduledCard> later = (*store)->dueFlashcards(learner.id, start.addDays(7)).value();
        QCOMPARE(later.size(), 2);
        QCOMPARE(later[1].cardId, u"a"_s);
        QCOMPARE(later[1].repetitions, 2);
        QCOMPARE(later[1].intervalDays, 6);
        QCOMPARE(later[1].ease, 2.6);
        QCOMPARE(later[1].reviews, 2);
        // The practice is in the log, but the activity's result is the answer's.
        const auto attemptsAfter = (*store)->lastAnswer(learner.id, module.id, u"terms"_s).value();
        QCOMPARE(attemptsAfter->statementId, attemptsBefore->statementId);
        QCOMPARE(attemptsAfter->attempts, 1);
        QCOMPARE((*store)->statements(learner.id).value().size(), (*store)->statementCount(learner.id).value());

        // Rebuilt from the log, the schedule is the same.
        RawSqlite raw(path);
        const QString live = raw.dump(u"flashcard_schedule"_s);
        QVERIFY(raw.exec(u"DELETE FROM flashcard_schedule"_s));
        QVERIFY((*store)->rebuildProjections());
        QCOMPARE(raw.dump(u"flashcard_schedule"_s), live);

        // Imported on another machine (a progress file, an LRS pull), the same schedule.
        const QString otherPath = dir.filePath(u"other.sqlite"_s);
        auto other = ProgressStore::open(otherPath);
        QVERIFY(other);
        auto imported = (*other)->importStatements((*store)->statements(learner.id).value());
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(imported->rejected, 0);
        QCOMPARE((*other)->dueFlashcards(learner.id, start.addDays(7)).value().size(), 2);
        QCOMPARE(RawSqlite(otherPath).dump(u"flashcard_schedule"_s), live);
    }

    void keepsTheResumePositionPerLearner()
    {
        QTemporaryDir dir;
        auto store = ProgressStore::open(dir.filePath(u"p.sqlite"_s));
        QVERIFY(store);
        const Module module = bundledModule();
        const Learner ana = (*store)->createLearner(u"Ana"_s).value();
        const Learner ben = (*store)->createLearner(u"Ben"_s).value();
        auto none = (*store)->resumePosition(ana.id, module.id);
        QVERIFY(none && !none->has_value());

        const QString reg = (*store)->beginAttempt(ana, module, u"en"_s).value();
        QVERIFY((*store)->recordPageView(ana, module, u"en"_s, reg, 0, 1));
        QVERIFY((*store)->recordPageView(ana, module, u"en"_s, reg, 1, 0));
        auto position = (*store)->resumePosition(ana.id, module.id);
        QVERIFY(position && position->has_value());
        QCOMPARE((*position)->lessonId, u"first-activity"_s);
        QCOMPARE((*position)->pageIndex, 0);
        // Another learner has their own position, and their own progress.
        auto other = (*store)->resumePosition(ben.id, module.id);
        QVERIFY(other && !other->has_value());
        QVERIFY((*store)->moduleProgress(ben.id, module.id)->registration.isEmpty());
        QVERIFY(!(*store)->recordPageView(ana, module, u"en"_s, reg, 7, 0)); // no such lesson
    }

    void keepsDrafts()
    {
        QTemporaryDir dir;
        auto store = ProgressStore::open(dir.filePath(u"p.sqlite"_s));
        QVERIFY(store);
        auto ana = (*store)->createLearner(u"Ana"_s);
        QVERIFY(ana);
        auto none = (*store)->draft(ana->id, u"m"_s, u"a"_s);
        QVERIFY(none && none->isNull());
        QVERIFY((*store)->saveDraft(ana->id, u"m"_s, u"a"_s, QJsonObject{{u"order"_s, QJsonArray{3, 1, 2}}}));
        QVERIFY((*store)->saveDraft(ana->id, u"m"_s, u"a"_s, QJsonObject{{u"order"_s, QJsonArray{1, 2, 3}}}));
        auto draft = (*store)->draft(ana->id, u"m"_s, u"a"_s);
        QVERIFY(draft);
        QCOMPARE(draft->toObject().value(u"order"_s).toArray(), (QJsonArray{1, 2, 3}));
        // Too large: refused with a reason, the previous draft kept.
        const Status huge = (*store)->saveDraft(ana->id, u"m"_s, u"a"_s, QString(2 * 1024 * 1024, u'x'));
        QVERIFY(!huge);
        QVERIFY2(huge.errorMessage().contains(u"was not saved"_s), qPrintable(huge.errorMessage()));
        QCOMPARE((*store)->draft(ana->id, u"m"_s, u"a"_s)->toObject().value(u"order"_s).toArray(), (QJsonArray{1, 2, 3}));
        // Only for learners that exist.
        QVERIFY(!(*store)->saveDraft(u"no-such-learner"_s, u"m"_s, u"a"_s, 1));
    }

    void keepsSettings()
    {
        QTemporaryDir dir;
        auto store = ProgressStore::open(dir.filePath(u"p.sqlite"_s));
        QVERIFY(store);
        QCOMPARE((*store)->setting(u"k"_s), QString());
        QVERIFY((*store)->setSetting(u"k"_s, u"v1"_s));
        QVERIFY((*store)->setSetting(u"k"_s, u"v2"_s));
        QCOMPARE((*store)->setting(u"k"_s), u"v2"_s);
    }
};

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
