// SPDX-License-Identifier: Apache-2.0
#include "progress/progressstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
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
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }

private:
    QString m_name;
};

Answer sampleAnswer(const QString &learnerId)
{
    Answer a;
    a.learnerId = learnerId;
    a.moduleId = u"getting-started"_s;
    a.moduleVersion = u"1.0.0"_s;
    a.moduleTitle = u"Getting started"_s;
    a.language = u"en"_s;
    a.lessonId = u"first-activity"_s;
    a.activityId = u"where-progress"_s;
    a.activityType = u"quiz"_s;
    a.definition = {{u"interactionType"_s, u"choice"_s}};
    a.response = QJsonObject{{u"selected"_s, QJsonArray{u"a"_s}}};
    a.result.rawScore = 1;
    a.result.maxScore = 1;
    a.result.success = true;
    a.result.completion = true;
    a.result.xapiResponse = u"a"_s;
    a.durationMs = 65'250;
    return a;
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
        for (const QString &table : {u"learners"_s, u"statements"_s, u"activity_results"_s, u"resume_positions"_s, u"settings"_s})
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
            auto orphan = (*store)->recordAnswer(sampleAnswer(QUuid::createUuid().toString(QUuid::WithoutBraces)));
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

        const Answer answer = sampleAnswer(learner->id);
        auto id = (*store)->recordAnswer(answer);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(!QUuid::fromString(id.value()).isNull());

        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM statements"_s).toInt(), 1);
        const QJsonObject statement =
            QJsonDocument::fromJson(raw.scalar(u"SELECT json FROM statements"_s).toString().toUtf8()).object();
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
        QCOMPARE(statement[u"context"_s][u"contextActivities"_s][u"parent"_s][0][u"id"_s].toString(),
                 u"https://passerelle.invalid/xapi/modules/getting-started/lessons/first-activity"_s);
        QVERIFY(QDateTime::fromString(statement.value(u"timestamp"_s).toString(), Qt::ISODateWithMs).isValid());

        auto last = (*store)->lastAnswer(learner->id, answer.moduleId, answer.activityId);
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->statementId, id.value());
        QCOMPARE((*last)->attempts, 1);
        QCOMPARE((*last)->response.toObject().value(u"selected"_s).toArray().at(0).toString(), u"a"_s);

        Answer second = answer;
        second.result.rawScore = 0;
        second.result.success = false;
        QVERIFY((*store)->recordAnswer(second));
        last = (*store)->lastAnswer(learner->id, answer.moduleId, answer.activityId);
        QCOMPARE((*last)->attempts, 2);
        QCOMPARE((*last)->success, false);
        QCOMPARE((*store)->statementCount(learner->id).value(), 2);
        QCOMPARE((*store)->answeredActivities(learner->id).value().value(u"getting-started"_s),
                 QSet<QString>{u"where-progress"_s});
    }

    void keepsTheResumePosition()
    {
        QTemporaryDir dir;
        auto store = ProgressStore::open(dir.filePath(u"p.sqlite"_s));
        QVERIFY(store);
        auto ana = (*store)->createLearner(u"Ana"_s);
        auto ben = (*store)->createLearner(u"Ben"_s);
        QVERIFY(ana && ben);
        auto none = (*store)->resumePosition(ana->id, u"getting-started"_s);
        QVERIFY(none && !none->has_value());

        QVERIFY((*store)->saveResumePosition(ana->id, u"getting-started"_s, u"how-it-works"_s, 1));
        QVERIFY((*store)->saveResumePosition(ana->id, u"getting-started"_s, u"first-activity"_s, 0));
        auto position = (*store)->resumePosition(ana->id, u"getting-started"_s);
        QVERIFY(position && position->has_value());
        QCOMPARE((*position)->lessonId, u"first-activity"_s);
        QCOMPARE((*position)->pageIndex, 0);
        // Another learner has their own position.
        auto other = (*store)->resumePosition(ben->id, u"getting-started"_s);
        QVERIFY(other && !other->has_value());
        QCOMPARE((*store)->modulesWithPosition(ana->id).value(), QSet<QString>{u"getting-started"_s});
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
