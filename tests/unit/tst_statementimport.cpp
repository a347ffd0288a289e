// SPDX-License-Identifier: Apache-2.0
// ProgressStore::importStatements: statements from another machine merge by UUID, with
// their learners and projections, idempotently; conflicts and foreign shapes are refused.
#include "modules/module.h"
#include "progress/progressstore.h"
#include "progress/projections.h"
#include "progress/statementimport.h"
#include "sync/progressfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

// The projection tables and the learners of a database file, sorted, as text.
QString dump(const QString &path, const QStringList &tables)
{
    const QString name = QUuid::createUuid().toString();
    QString text;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
        for (const QString &table : tables) {
            QSqlQuery q(db);
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
            text += table + u":\n"_s + rows.join(u'\n') + u'\n';
        }
    }
    QSqlDatabase::removeDatabase(name);
    return text;
}

Module bundledModule()
{
    auto module =
        ModuleLoader::loadFile(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s);
    if (!module)
        qFatal("%s", qPrintable(module.errorMessage()));
    return module.value();
}

Answer quiz(const QString &activityId, double raw, double max)
{
    Answer a;
    a.lessonId = u"first-activity"_s;
    a.activityId = activityId;
    a.activityType = u"quiz"_s;
    a.definition = {{u"interactionType"_s, u"choice"_s}};
    a.response = QJsonObject{{u"selected"_s, QJsonArray{u"a"_s}}};
    a.result.rawScore = raw;
    a.result.maxScore = max;
    a.result.success = raw == max;
    a.result.completion = true;
    a.result.xapiResponse = u"a"_s;
    a.durationMs = 12'500;
    return a;
}

} // namespace

class TestStatementImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;
    Learner m_ana;

    static QStringList projectionTables() { return Projections::tables() << u"learners"_s; }

    QJsonArray sourceStatements()
    {
        auto store = ProgressStore::open(m_source);
        return (*store)->statements(m_ana.id).value();
    }

private slots:
    void initTestCase()
    {
        // The source machine: Ana takes the module, fails, retries, passes (a certificate).
        m_source = m_dir.filePath(u"source.sqlite"_s);
        auto store = ProgressStore::open(m_source);
        QVERIFY(store);
        QDateTime clock = QDateTime::fromString(u"2026-11-28T09:00:00.000Z"_s, Qt::ISODateWithMs);
        (*store)->setClock([&clock] { return clock; });
        m_ana = (*store)->createLearner(u"Ana Lima"_s).value();
        const Module module = bundledModule();
        const QString reg = (*store)->beginAttempt(m_ana, module, u"en"_s).value();
        for (const auto &[lesson, page] : {std::pair{0, 0}, {0, 1}, {1, 0}, {1, 1}}) {
            clock = clock.addSecs(45);
            QVERIFY((*store)->recordPageView(m_ana, module, u"en"_s, reg, lesson, page));
        }
        clock = clock.addSecs(30);
        QVERIFY((*store)->recordAnswer(m_ana, module, u"en"_s, reg, quiz(u"where-progress"_s, 0, 1)));
        clock = clock.addSecs(30);
        QVERIFY((*store)->recordAnswer(m_ana, module, u"en"_s, reg, quiz(u"what-modules-hold"_s, 0, 2)));
        clock = clock.addSecs(30);
        QVERIFY((*store)->recordAnswer(m_ana, module, u"en"_s, reg, quiz(u"where-progress"_s, 1, 1)));
        clock = clock.addSecs(30);
        QVERIFY((*store)->recordAnswer(m_ana, module, u"en"_s, reg, quiz(u"what-modules-hold"_s, 2, 2)));
        QCOMPARE((*store)->certificates(m_ana.id).value().size(), 1);
    }

    void mergesIntoAnEmptyDatabaseWithTheSameProjections()
    {
        const QString target = m_dir.filePath(u"merge.sqlite"_s);
        const QJsonArray statements = sourceStatements();
        {
            auto store = ProgressStore::open(target);
            QVERIFY(store);
            auto summary = (*store)->importStatements(statements);
            QVERIFY2(summary, qPrintable(summary.errorMessage()));
            QCOMPARE(summary->added, statements.size());
            QCOMPARE(summary->alreadyPresent, 0);
            QCOMPARE(summary->rejected, 0);
            QVERIFY(summary->problems.isEmpty());
            // The certificate verifies on the administrator's machine too.
            const QList<Certificate> certificates = (*store)->certificates(m_ana.id).value();
            QCOMPARE(certificates.size(), 1);
            auto verified = (*store)->verifyCertificate(certificates.first().code);
            QVERIFY2(verified, qPrintable(verified.errorMessage()));
            QCOMPARE(verified->learnerName, u"Ana Lima"_s);
            // The learner is the same person: same UUID, the display name from the actor.
            const Learner ana = (*store)->learner(m_ana.id).value();
            QCOMPARE(ana.name, u"Ana Lima"_s);
            // And the log is the same log, statement for statement.
            QCOMPARE((*store)->statements(m_ana.id).value(), statements);
        }
        // The projections match the source machine's, row for row.
        const QString actual = dump(target, Projections::tables());
        QCOMPARE(actual, dump(m_source, Projections::tables()));
        QVERIFY(actual.contains(u"module_progress:\n"_s + m_ana.id));
        QVERIFY(actual.contains(u"certificates:\n"_s));

        // Rebuilding from the imported log gives the same tables again.
        {
            auto store = ProgressStore::open(target);
            QVERIFY((*store)->rebuildProjections());
        }
        QCOMPARE(dump(target, Projections::tables()), dump(m_source, Projections::tables()));
    }

    void importingTwiceChangesNothing()
    {
        const QString target = m_dir.filePath(u"twice.sqlite"_s);
        const QJsonArray statements = sourceStatements();
        auto store = ProgressStore::open(target);
        QVERIFY((*store)->importStatements(statements));
        const QString before = dump(target, projectionTables() << u"statements"_s);
        auto again = (*store)->importStatements(statements);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->alreadyPresent, statements.size());
        QCOMPARE(again->rejected, 0);
        QCOMPARE(dump(target, projectionTables() << u"statements"_s), before);
    }

    void statementsAsAnLrsReturnsThemAreAlreadyPresent()
    {
        // An LRS adds "stored" and "authority", may write another "version" and another
        // form of the same timestamp: still the same statement.
        const QString target = m_dir.filePath(u"lrs.sqlite"_s);
        const QJsonArray statements = sourceStatements();
        auto store = ProgressStore::open(target);
        QVERIFY((*store)->importStatements(statements));
        QJsonArray fromLrs;
        for (const QJsonValue &v : statements) {
            QJsonObject s = v.toObject();
            s.insert(u"stored"_s, u"2026-11-29T10:00:00.000Z"_s);
            s.insert(u"authority"_s,
                     QJsonObject{{u"objectType"_s, u"Agent"_s}, {u"mbox"_s, u"mailto:lrs@example.org"_s}});
            s.insert(u"version"_s, u"1.0.0"_s);
            // A member set to null says nothing: some LRSs drop them, others may add them.
            if (!s.contains(u"result"_s))
                s.insert(u"result"_s, QJsonValue::Null);
            const qint64 ms = StatementImport::parseTimestamp(s[u"timestamp"_s].toString()).value();
            s.insert(u"timestamp"_s,
                     QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 7200).toString(Qt::ISODateWithMs));
            fromLrs.append(s);
        }
        auto summary = (*store)->importStatements(fromLrs);
        QVERIFY(summary);
        QCOMPARE(summary->alreadyPresent, statements.size());
        QCOMPARE(summary->rejected, 0);
    }

    void aConflictIsRejectedAndTheLogKept()
    {
        const QString target = m_dir.filePath(u"conflict.sqlite"_s);
        const QJsonArray statements = sourceStatements();
        auto store = ProgressStore::open(target);
        QVERIFY((*store)->importStatements(statements));
        const QString before = dump(target, projectionTables() << u"statements"_s);
        // The same id with a better score: someone edited it.
        QJsonObject edited;
        for (const QJsonValue &v : statements) {
            if (v[u"verb"_s][u"id"_s].toString().endsWith(u"/failed"_s))
                edited = v.toObject();
        }
        QVERIFY(!edited.isEmpty());
        edited.insert(u"verb"_s, QJsonObject{{u"id"_s, u"http://adlnet.gov/expapi/verbs/passed"_s}});
        QJsonObject result = edited[u"result"_s].toObject();
        result.insert(u"success"_s, true);
        edited.insert(u"result"_s, result);
        auto summary = (*store)->importStatements({edited});
        QVERIFY(summary);
        QCOMPARE(summary->added, 0);
        QCOMPARE(summary->alreadyPresent, 0);
        QCOMPARE(summary->rejected, 1);
        QVERIFY2(summary->problems.value(0).contains(edited[u"id"_s].toString()) &&
                     summary->problems.value(0).contains(u"different statement with this id"_s),
                 qPrintable(summary->problems.value(0)));
        QCOMPARE(dump(target, projectionTables() << u"statements"_s), before);
    }

    void foreignOrMalformedStatementsAreRejectedWithTheReason_data()
    {
        QTest::addColumn<QJsonValue>("statement");
        QTest::addColumn<QString>("reason");
        const QJsonObject good = sourceStatements().at(1).toObject(); // experienced page
        const auto with = [good](const QString &path, const QJsonValue &value) {
            QJsonObject s = good;
            const QStringList keys = path.split(u'.');
            QJsonObject inner = keys.size() == 1 ? s : s[keys[0]].toObject();
            if (value.isUndefined())
                inner.remove(keys.last());
            else
                inner.insert(keys.last(), value);
            if (keys.size() == 1)
                return inner;
            s.insert(keys[0], inner);
            return s;
        };
        QTest::newRow("not an object") << QJsonValue(42) << u"not a JSON object"_s;
        QTest::newRow("no id") << QJsonValue(with(u"id"_s, QJsonValue::Undefined)) << u"is not a UUID"_s;
        QTest::newRow("other verb") << QJsonValue(with(u"verb.id"_s, u"http://example.org/verbs/liked"_s))
                                    << u"not one Passerelle records"_s;
        QTest::newRow("other activity") << QJsonValue(with(u"object.id"_s, u"https://example.org/course/1"_s))
                                        << u"not a Passerelle activity"_s;
        QTest::newRow("verb and object disagree")
            << QJsonValue(with(u"verb.id"_s, u"http://adlnet.gov/expapi/verbs/answered"_s))
            << u"is not what Passerelle records"_s;
        QTest::newRow("mbox actor") << QJsonValue(with(u"actor"_s, QJsonObject{{u"mbox"_s, u"mailto:a@example.org"_s}}))
                                    << u"not a Passerelle learner"_s;
        QTest::newRow("bad timestamp") << QJsonValue(with(u"timestamp"_s, u"yesterday"_s)) << u"timestamp"_s;
        QTest::newRow("local time") << QJsonValue(with(u"timestamp"_s, u"2026-11-28T09:00:00"_s)) << u"offset"_s;
        QTest::newRow("no registration") << QJsonValue(with(u"context.registration"_s, QJsonValue::Undefined))
                                         << u"registration"_s;
    }

    void foreignOrMalformedStatementsAreRejectedWithTheReason()
    {
        QFETCH(QJsonValue, statement);
        QFETCH(QString, reason);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        auto store = ProgressStore::open(m_dir.filePath(u"malformed-%1.sqlite"_s.arg(tag)));
        QVERIFY(store);
        // A good statement beside it goes in; the bad one is refused with its reason.
        const QJsonObject other = sourceStatements().at(0).toObject();
        auto summary = (*store)->importStatements({other, statement});
        QVERIFY(summary);
        QCOMPARE(summary->added, 1);
        QCOMPARE(summary->rejected, 1);
        QVERIFY2(summary->problems.value(0).startsWith(u"statement 2"_s) && summary->problems.value(0).contains(reason),
                 qPrintable(summary->problems.value(0)));
        // All or nothing: nothing of the batch stays.
        auto strictStore = ProgressStore::open(m_dir.filePath(u"strict-%1.sqlite"_s.arg(tag)));
        ImportOptions options;
        options.allOrNothing = true;
        auto refused = (*strictStore)->importStatements({other, statement}, options);
        QVERIFY(refused);
        QCOMPARE(refused->added, 0);
        QCOMPARE(refused->rejected, 1);
        QCOMPARE((*strictStore)->statementCount().value(), 0);
        QCOMPARE((*strictStore)->learners().value().size(), 0);
    }

    void aTamperedProgressFileIsRefusedWhole()
    {
        const QJsonArray statements = sourceStatements();
        const ProgressFile file = ProgressFile::forLearner(m_ana.id, m_ana.name, statements, true);
        QByteArray json = file.toJson();
        // One score changed by hand after the export.
        QVERIFY(json.contains("\"raw\": 0"));
        json.replace(json.indexOf("\"raw\": 0"), 8, "\"raw\": 1");
        auto read = ProgressFile::fromJson(json, u"ana.json"_s);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(u"digest does not match"_s), qPrintable(read.errorMessage()));
        // The untouched file imports whole, all or nothing.
        auto good = ProgressFile::fromJson(file.toJson(), u"ana.json"_s);
        QVERIFY(good);
        auto store = ProgressStore::open(m_dir.filePath(u"file.sqlite"_s));
        ImportOptions options;
        options.allOrNothing = true;
        auto summary = (*store)->importStatements(good->statements, options);
        QVERIFY(summary);
        QCOMPARE(summary->added, statements.size());
    }

    void aNameTakenOnThisMachineGetsTheUuidsStart()
    {
        auto store = ProgressStore::open(m_dir.filePath(u"names.sqlite"_s));
        const Learner local = (*store)->createLearner(u"ana lima"_s).value();
        // Even that name taken already (a profile named so by hand): a number is added.
        const Learner second = (*store)->createLearner(u"Ana Lima (%1)"_s.arg(m_ana.id.left(8))).value();
        auto summary = (*store)->importStatements(sourceStatements());
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QCOMPARE(summary->rejected, 0);
        const Learner imported = (*store)->learner(m_ana.id).value();
        QCOMPARE(imported.name, u"Ana Lima (%1 2)"_s.arg(m_ana.id.left(8)));
        QCOMPARE((*store)->statementCount(local.id).value(), 0);
        QCOMPARE((*store)->statementCount(second.id).value(), 0);
    }

    void readsTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms Z") << u"2026-11-28T09:00:00.123Z"_s << qint64(1795856400123);
        QTest::newRow("no fraction") << u"2026-11-28T09:00:00Z"_s << qint64(1795856400000);
        QTest::newRow("micro") << u"2026-11-28T09:00:00.123456Z"_s << qint64(1795856400123);
        QTest::newRow("offset") << u"2026-11-28T11:00:00.123+02:00"_s << qint64(1795856400123);
        QTest::newRow("leap day") << u"2024-02-29T00:00:00.000Z"_s << qint64(1709164800000);
        QTest::newRow("no offset") << u"2026-11-28T09:00:00.123"_s << qint64(-1);
        QTest::newRow("30 February") << u"2026-02-30T09:00:00.000Z"_s << qint64(-1);
        QTest::newRow("garbage") << u"2026-11-28Tnope"_s << qint64(-1);
    }

    void readsTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = StatementImport::parseTimestamp(text);
        QCOMPARE(parsed.value_or(-1), ms);
    }
};

QTEST_GUILESS_MAIN(TestStatementImport)
#include "tst_statementimport.moc"
