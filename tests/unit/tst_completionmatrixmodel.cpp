// SPDX-License-Identifier: Apache-2.0
// The Admin page's matrix model and service on generated data: 1,000 learners × 50 modules
// written straight into a real progress database, and the passphrase gate in front of it.
#include "adminsession.h"
#include "completionmatrixmodel.h"
#include "packages/modulecatalogue.h"
#include "progress/database.h"
#include "progress/progressstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestCompletionMatrixModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProgressStore> m_store;
    const QDateTime m_now = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);

private slots:
    void initTestCase()
    {
        auto store = ProgressStore::open(m_dir.filePath(u"progress.sqlite"_s));
        QVERIFY(store);
        m_store = std::move(store).value();
        Database &db = m_store->database();
        Database::Transaction tx(db);
        auto learner =
            db.prepare(u"INSERT INTO learners(id, name, name_key, language, created_at) VALUES (?, ?, ?, 'en', '')"_s);
        auto progress = db.prepare(
            uR"(INSERT INTO module_progress(learner_id, module_id, registration, progress, seconds, last_at_ms,
                completed_at_ms, passed, score_raw, score_max, updated_at_ms) VALUES (?, ?, 'r', ?, 60, 1, ?, ?, ?, ?, 1))"_s);
        QVERIFY(learner && progress);
        // Learner l, module m: nothing when (l + m) % 4 == 0, completed and passed when 1, in
        // progress at 50% when 2, completed and failed when 3.
        for (int l = 0; l < 1000; ++l) {
            const QString id = u"learner-%1"_s.arg(l, 4, 10, QChar(u'0'));
            QVERIFY(db.runPrepared(*learner, {id, u"Learner %1"_s.arg(l, 4, 10, QChar(u'0')),
                                              u"learner %1"_s.arg(l, 4, 10, QChar(u'0'))}));
            for (int m = 0; m < 50; ++m) {
                const int kind = (l + m) % 4;
                if (kind == 0)
                    continue;
                const bool done = kind != 2;
                const QVariant nullInt(QMetaType(QMetaType::LongLong));
                QVERIFY(db.runPrepared(
                    *progress, {id, u"module-%1"_s.arg(m, 2, 10, QChar(u'0')), done ? 1.0 : 0.5,
                                done ? QVariant(qint64(1000)) : nullInt, done ? QVariant(kind == 1 ? 1 : 0) : nullInt,
                                done ? QVariant(kind == 1 ? 9.0 : 3.0) : QVariant(QMetaType(QMetaType::Double)),
                                done ? QVariant(10.0) : QVariant(QMetaType(QMetaType::Double))}));
            }
        }
        QVERIFY(tx.commit());
    }

    void pivotsAThousandLearnersByFiftyModules()
    {
        CompletionMatrixModel model;
        model.setNow([this] { return m_now; });
        model.setSource(&m_store->database(), {{u"module-00"_s, u"Working across cultures"_s}});
        QElapsedTimer timer;
        timer.start();
        model.refresh();
        qInfo("refresh of 1000 x 50: %lld ms", timer.elapsed());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), 51);
        QCOMPARE(model.learnerCount(), 1000);
        // Module titles in the header, sorted by title: the titled one is first.
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Working across cultures"_s);
        QCOMPARE(model.moduleIdAt(1), u"module-00"_s);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Learner 0000"_s);
        // Learner 0, module 00: nothing; module 01: passed 90%; module 02: 50%; module 03: failed.
        QCOMPARE(model.data(model.index(0, 1), CompletionMatrixModel::StatusRole).toInt(), int(CellStatus::NotStarted));
        QCOMPARE(model.data(model.index(0, 2), CompletionMatrixModel::StatusRole).toInt(), int(CellStatus::Passed));
        QCOMPARE(model.data(model.index(0, 2)).toString(), u"✓ 90%"_s);
        QCOMPARE(model.data(model.index(0, 3)).toString(), u"50%"_s);
        QCOMPARE(model.data(model.index(0, 4), CompletionMatrixModel::StatusRole).toInt(), int(CellStatus::Failed));
        QCOMPARE(model.data(model.index(0, 4), CompletionMatrixModel::ScoreRole).toDouble(), 30.0);
        QCOMPARE(model.learnerIdAt(999), u"learner-0999"_s);

        // Sorting by a module column: the highest status first, then back.
        timer.restart();
        model.sortBy(2);
        qInfo("sort of 1000 rows: %lld ms", timer.elapsed());
        QVERIFY(model.sortDescending());
        QCOMPARE(model.data(model.index(0, 2), CompletionMatrixModel::StatusRole).toInt(), int(CellStatus::Passed));
        QCOMPARE(model.data(model.index(999, 2), CompletionMatrixModel::StatusRole).toInt(),
                 int(CellStatus::NotStarted));
        model.sortBy(2);
        QVERIFY(!model.sortDescending());
        QCOMPARE(model.data(model.index(0, 2), CompletionMatrixModel::StatusRole).toInt(), int(CellStatus::NotStarted));
        model.sortBy(0);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Learner 0000"_s);

        // Filters go to the query.
        model.setNameText(u"learner 099"_s);
        QCOMPARE(model.rowCount(), 10);
        model.setNameText(QString());
        model.setStatus(int(CellStatus::Failed));
        QCOMPARE(model.rowCount(), 1000); // every learner has failed some module
        QCOMPARE(model.data(model.index(0, 2), CompletionMatrixModel::StatusRole).toInt(),
                 -1); // left out by the filter
        model.setModuleId(u"module-03"_s);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.rowCount(), 250);
    }

    void theServiceRefusesEverythingUntilUnlocked()
    {
        ModuleCatalogue catalogue;
        AdminSession admin(*m_store, catalogue, u"en"_s);
        admin.setClock([this] { return m_now; });
        QVERIFY(!admin.unlocked());
        QVERIFY(!admin.passphraseSet());
        QVERIFY(admin.saveCohort({{u"name"_s, u"Sneaky"_s}}).contains(u"locked"_s));
        QVERIFY(admin.exportMatrixCsv(QUrl::fromLocalFile(m_dir.filePath(u"m.csv"_s))).contains(u"locked"_s));
        QVERIFY(admin.itemAnalysis(QString(), QString()).isEmpty());
        QCOMPARE(admin.matrix()->rowCount(), 0);
        QVERIFY(admin.setPassphrase(u"one passphrase"_s, u"another one"_s).contains(u"not the same"_s));
        QVERIFY(admin.setPassphrase(u"one passphrase"_s, u"one passphrase"_s).isEmpty());
        QVERIFY(admin.unlocked());
        QCOMPARE(admin.matrix()->rowCount(), 1000);
        QCOMPARE(admin.learners().size(), 1000);
        QVERIFY(
            admin
                .saveCohort(
                    {{u"name"_s, u"Senegal deployment"_s}, {u"kind"_s, u"deployment"_s}, {u"start"_s, u"2027-02-30"_s}})
                .contains(u"not a date"_s));
        QCOMPARE(admin.saveCohort({{u"name"_s, u"Senegal deployment"_s}, {u"kind"_s, u"deployment"_s}}), QString());
        const QString cohortId = admin.cohorts().constFirst().toMap().value(u"id"_s).toString();
        QCOMPARE(admin.addMember(cohortId, u"learner-0001"_s), QString());
        QCOMPARE(admin.requireModule(cohortId, u"module-00"_s, u"2027-02-01"_s), QString());
        QCOMPARE(admin.cohortDetails(cohortId).value(u"ready"_s).toInt(), 1); // learner 1 passed module 00
        QCOMPARE(admin.completionOverTime(cohortId).size(), 1);
        QCOMPARE(admin.completionByModule(cohortId).size(), 1);
        QVERIFY(admin.exportMatrixCsv(QUrl::fromLocalFile(m_dir.filePath(u"m.csv"_s))).isEmpty());
        QVERIFY(!admin.importProgressFiles({}).isEmpty()); // no file chosen
        admin.lock();
        QVERIFY(!admin.unlocked());
        QCOMPARE(admin.matrix()->rowCount(), 0);
        QVERIFY(!admin.unlock(u"wrong passphrase"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompletionMatrixModel)
#include "tst_completionmatrixmodel.moc"
