// SPDX-License-Identifier: Apache-2.0
// The progress database when things go wrong: damaged files (pages overwritten in the
// middle, a truncated file, a file of random bytes), with and without a backup, a damaged
// backup, a repair interrupted half-way, a database from a newer version, and a full disk
// (SQLite's max_page_count standing in for it).
#include "sqlitefile.h"

#include "modules/module.h"
#include "progress/progressbackup.h"
#include "progress/progressstore.h"
#include "progress/projections.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;
using SqliteFile::Connection;

namespace {

Module bundledModule()
{
    auto module =
        ModuleLoader::loadFile(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s);
    if (!module)
        qFatal("%s", qPrintable(module.errorMessage()));
    return module.value();
}

Answer answer(int n)
{
    const bool first = n % 2 == 0;
    const bool right = n % 3 != 0;
    Answer a;
    a.lessonId = u"first-activity"_s;
    a.activityId = first ? u"where-progress"_s : u"what-modules-hold"_s;
    a.activityType = u"quiz"_s;
    a.definition = {{u"interactionType"_s, u"choice"_s}};
    a.response = QJsonObject{{u"selected"_s, QJsonArray{right ? u"a"_s : u"b"_s}}};
    a.result.rawScore = right ? 1 : 0;
    a.result.maxScore = first ? 1 : 2;
    a.result.success = right && first;
    a.result.completion = true;
    a.result.xapiResponse = right ? u"a"_s : u"b"_s;
    a.durationMs = 1000 + n;
    return a;
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(SqliteFile::readAll(path), QCryptographicHash::Sha256);
}

QSet<QString> statementIds(const QString &path)
{
    Connection raw(path);
    const QStringList ids = raw.column(u"SELECT id FROM statements"_s);
    return QSet<QString>(ids.begin(), ids.end());
}

// Garbage that is not zeros (a zeroed page can look like a free page to SQLite).
QByteArray garbage(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(1, 256));
    return bytes;
}

// A progress database with two learners' statements, a backup taken part-way, and more
// statements after it: enough of them that the statements table spans many pages.
struct Fixture
{
    QTemporaryDir dir;
    QString path;
    QSet<QString> atBackup; // statement ids in the backup
    QSet<QString> all;      // every statement id
    qint64 lastSeqAtBackup = 0;
    QString anaId;
    int pageSize = 0;

    bool make(int before, int after, bool withBackup = true)
    {
        path = dir.filePath(u"progress.sqlite"_s);
        const Module module = bundledModule();
        auto store = ProgressStore::open(path);
        if (!store)
            return false;
        QDateTime clock = QDateTime::fromString(u"2026-11-28T09:00:00.000Z"_s, Qt::ISODateWithMs);
        (*store)->setClock([&clock] { return clock = clock.addSecs(17); });
        const Learner ana = (*store)->createLearner(u"Ana"_s).value();
        const Learner ben = (*store)->createLearner(u"Ben"_s).value();
        anaId = ana.id;
        const QString regAna = (*store)->beginAttempt(ana, module, u"en"_s).value();
        const QString regBen = (*store)->beginAttempt(ben, module, u"fr"_s).value();
        auto record = [&](int from, int to) {
            for (int n = from; n < to; ++n) {
                const bool isAna = n % 4 != 3;
                if (n % 5 == 0 && !(*store)->recordPageView(isAna ? ana : ben, module, u"en"_s, isAna ? regAna : regBen,
                                                            (n / 5) % 2, n % 2))
                    return false;
                if (!(*store)->recordAnswer(isAna ? ana : ben, module, u"en"_s, isAna ? regAna : regBen, answer(n)))
                    return false;
            }
            return true;
        };
        if (!record(0, before))
            return false;
        if (withBackup && !(*store)->backup())
            return false;
        store->reset();
        {
            Connection raw(path);
            lastSeqAtBackup = raw.scalar(u"SELECT max(seq) FROM statements"_s).toLongLong();
            pageSize = raw.scalar(u"PRAGMA page_size"_s).toInt();
        }
        atBackup = statementIds(path);
        auto again = ProgressStore::open(path);
        if (!again)
            return false;
        store = std::move(again);
        (*store)->setClock([&clock] { return clock = clock.addSecs(17); });
        if (!record(before, before + after))
            return false;
        store->reset(); // closing the last connection folds the WAL into the file
        all = statementIds(path);
        return !QFileInfo::exists(path + u"-wal"_s);
    }

    // The statements table's leaf pages, in key order, with their rowids.
    QList<std::pair<quint32, QList<qint64>>> leaves() const
    {
        QList<std::pair<quint32, QList<qint64>>> result;
        Connection raw(path);
        const auto root =
            quint32(raw.scalar(u"SELECT rootpage FROM sqlite_schema WHERE name = 'statements'"_s).toUInt());
        const QByteArray file = SqliteFile::readAll(path);
        const SqliteFile::TablePage top = SqliteFile::tablePage(file, pageSize, root);
        if (top.type != 0x05)
            return result; // the test needs a two-level tree: an interior root over leaves
        for (quint32 child : top.children) {
            const SqliteFile::TablePage leaf = SqliteFile::tablePage(file, pageSize, child);
            if (leaf.type != 0x0d)
                return {};
            result.append({child, leaf.rowids});
        }
        return result;
    }

    QSet<QString> idsOf(const QList<qint64> &seqs) const
    {
        QStringList list;
        for (qint64 s : seqs)
            list << QString::number(s);
        Connection raw(path);
        const QStringList ids = raw.column(u"SELECT id FROM statements WHERE seq IN (%1)"_s.arg(list.join(u',')));
        return QSet<QString>(ids.begin(), ids.end());
    }

    bool overwritePage(quint32 page, quint32 seed) const
    {
        QByteArray file = SqliteFile::readAll(path);
        file.replace(qsizetype(page - 1) * pageSize, pageSize, garbage(pageSize, seed));
        return SqliteFile::writeAll(path, file);
    }

    QStringList damagedFiles() const
    {
        return QDir(dir.path()).entryList({u"progress.sqlite.damaged-*"_s}, QDir::Files);
    }
};

} // namespace

class TestProgressRecovery : public QObject
{
    Q_OBJECT

private slots:
    void writesACheckedBackup()
    {
        Fixture f;
        QVERIFY(f.make(12, 0));
        const QString backup = ProgressBackup::pathFor(f.path);
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(!QFileInfo::exists(backup + u".tmp"_s));
        QCOMPARE(statementIds(backup), f.atBackup);
        Connection raw(backup);
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), ProgressStore::schemaVersion());
        QVERIFY(qAbs(ProgressBackup::madeAt(f.path).secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void opensASoundFileWithoutAReport()
    {
        Fixture f;
        QVERIFY(f.make(6, 6));
        auto store = ProgressStore::open(f.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QVERIFY(!(*store)->recoveryReport());
        QVERIFY(f.damagedFiles().isEmpty());
    }

    void recoversFromPagesOverwrittenInTheMiddle()
    {
        Fixture f;
        QVERIFY(f.make(20, 300));
        const auto leaves = f.leaves();
        QVERIFY2(leaves.size() > 20, "the statements table should span many pages");
        // A leaf in the middle of what was written after the backup.
        qsizetype pick = -1;
        for (qsizetype i = leaves.size() / 2; i < leaves.size() - 1; ++i) {
            if (leaves[i].second.constFirst() > f.lastSeqAtBackup) {
                pick = i;
                break;
            }
        }
        QVERIFY(pick > 0);
        const QSet<QString> lost = f.idsOf(leaves[pick].second);
        QVERIFY(!lost.isEmpty());
        QVERIFY(f.overwritePage(leaves[pick].first, 7));
        const QByteArray damagedHash = sha256(f.path);

        auto store = ProgressStore::open(f.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const auto &report = (*store)->recoveryReport();
        QVERIFY(report);
        QVERIFY(report->fromBackup);
        QCOMPARE(report->recoveredStatements, qint64(f.all.size() - f.atBackup.size() - lost.size()));
        QCOMPARE(report->recoveredLearners, 0);
        QCOMPARE(statementIds(f.path), f.all - lost);
        // The damaged file is kept as it was found, beside the repaired one.
        QCOMPARE(f.damagedFiles().size(), 1);
        QCOMPARE(QFileInfo(report->keptAs).fileName(), f.damagedFiles().constFirst());
        QCOMPARE(sha256(report->keptAs), damagedHash);
        // Nothing else is left behind: no working copy, no half-built database.
        const QStringList left = QDir(f.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &name : left)
            QVERIFY2(name.startsWith(u"progress.sqlite"_s) && !name.contains(u".recover"_s), qPrintable(name));
        QVERIFY2(report->problem.startsWith(u"Page "_s), qPrintable(report->problem));
        const QString message = report->message();
        QVERIFY2(message.contains(u"restored the backup made on"_s), qPrintable(message));
        QVERIFY2(message.contains(u"added %1 records"_s.arg(report->recoveredStatements)), qPrintable(message));
        QVERIFY2(message.contains(u"could not be recovered"_s), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(report->keptAs)), qPrintable(message));
        // A sound database whose projections are those of its log.
        Connection raw(f.path);
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QStringList live;
        for (const QString &table : Projections::tables())
            live << raw.dump(table);
        QVERIFY((*store)->rebuildProjections());
        for (qsizetype i = 0; i < live.size(); ++i)
            QCOMPARE(raw.dump(Projections::tables()[i]), live[i]);
        QCOMPARE((*store)->learners()->size(), 2);
        // And it is opened again without a report.
        store->reset();
        auto again = ProgressStore::open(f.path);
        QVERIFY(again && !(*again)->recoveryReport());
    }

    void recoversFromATruncatedFile()
    {
        Fixture f;
        QVERIFY(f.make(20, 200));
        const auto leaves = f.leaves();
        QVERIFY(leaves.size() > 10);
        const QByteArray file = SqliteFile::readAll(f.path);
        const qint64 pages = file.size() / f.pageSize;
        const qint64 kept = pages * 2 / 3;
        // What survives: the rows of the leaves that lie wholly in the part that is kept.
        QList<qint64> readable;
        for (const auto &[page, rowids] : leaves) {
            if (page <= kept)
                readable << rowids;
        }
        QVERIFY(!readable.isEmpty());
        const QSet<QString> survivors = f.idsOf(readable);
        QVERIFY(SqliteFile::writeAll(f.path, file.left(kept * f.pageSize)));

        auto store = ProgressStore::open(f.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const auto &report = (*store)->recoveryReport();
        QVERIFY(report && report->fromBackup);
        QCOMPARE(statementIds(f.path), f.atBackup | survivors);
        QCOMPARE(report->recoveredStatements, qint64((survivors - f.atBackup).size()));
        QVERIFY(report->recoveredStatements > 0);
        QVERIFY(report->recoveredStatements < f.all.size() - f.atBackup.size());
        Connection raw(f.path);
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void recoversFromAFileOfRandomBytes()
    {
        Fixture f;
        QVERIFY(f.make(15, 30));
        QVERIFY(SqliteFile::writeAll(f.path, garbage(QFileInfo(f.path).size(), 11)));

        auto store = ProgressStore::open(f.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const auto &report = (*store)->recoveryReport();
        QVERIFY(report && report->fromBackup);
        QCOMPARE(report->recoveredStatements, 0);
        QCOMPARE(statementIds(f.path), f.atBackup);
        QVERIFY2(report->problem.contains(u"not a database"_s), qPrintable(report->problem));
        QVERIFY2(report->message().contains(u"nothing newer could be read"_s), qPrintable(report->message()));
        // The progress of the backup is all there, projections included.
        auto progress = (*store)->moduleProgress(f.anaId, u"getting-started"_s);
        QVERIFY(progress && !progress->registration.isEmpty());
    }

    void withoutABackupKeepsWhatCanBeSalvaged()
    {
        Fixture f;
        QVERIFY(f.make(0, 200, false));
        QVERIFY(!QFileInfo::exists(ProgressBackup::pathFor(f.path)));
        const auto leaves = f.leaves();
        QVERIFY(leaves.size() > 10);
        const auto &victim = leaves[leaves.size() / 3];
        const QSet<QString> lost = f.idsOf(victim.second);
        QVERIFY(f.overwritePage(victim.first, 3));

        auto store = ProgressStore::open(f.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const auto &report = (*store)->recoveryReport();
        QVERIFY(report && !report->fromBackup);
        QCOMPARE(report->recoveredStatements, qint64(f.all.size() - lost.size()));
        QCOMPARE(report->recoveredLearners, 2);
        QCOMPARE(statementIds(f.path), f.all - lost);
        QVERIFY2(report->message().contains(u"There was no backup to restore"_s), qPrintable(report->message()));
        QVERIFY2(report->message().contains(u"started a new progress file with the"_s), qPrintable(report->message()));
        // The profiles keep their ids (their xAPI accounts) and names.
        auto ana = (*store)->learner(f.anaId);
        QVERIFY(ana);
        QCOMPARE(ana->name, u"Ana"_s);
        QVERIFY((*store)->moduleProgress(f.anaId, u"getting-started"_s)->progress > 0);
    }

    void withoutABackupOrAnythingReadableStartsEmpty()
    {
        Fixture f;
        QVERIFY(f.make(0, 10, false));
        QVERIFY(SqliteFile::writeAll(f.path, garbage(QFileInfo(f.path).size(), 5)));
        auto store = ProgressStore::open(f.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const auto &report = (*store)->recoveryReport();
        QVERIFY(report && !report->fromBackup);
        QCOMPARE(report->recoveredStatements, 0);
        QCOMPARE((*store)->statementCount().value(), 0);
        QVERIFY2(report->message().contains(u"new, empty progress file"_s), qPrintable(report->message()));
        // A new database that works.
        QVERIFY((*store)->createLearner(u"Ana"_s));
    }

    void aDamagedBackupIsNotRestored()
    {
        Fixture f;
        QVERIFY(f.make(10, 40));
        const QString backup = ProgressBackup::pathFor(f.path);
        QVERIFY(SqliteFile::writeAll(backup, garbage(QFileInfo(backup).size(), 1)));
        QVERIFY(SqliteFile::writeAll(f.path, garbage(QFileInfo(f.path).size(), 2)));
        auto store = ProgressStore::open(f.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const auto &report = (*store)->recoveryReport();
        QVERIFY(report && !report->fromBackup);
        QVERIFY2(report->backupProblem.contains(u"damaged too"_s), qPrintable(report->backupProblem));
        QVERIFY2(report->message().contains(u"The backup could not be used"_s), qPrintable(report->message()));
        QCOMPARE((*store)->statementCount().value(), 0);
    }

    void backupRefusesToReplaceAGoodBackupWithADamagedDatabase()
    {
        Fixture f;
        QVERIFY(f.make(10, 100));
        const QString backup = ProgressBackup::pathFor(f.path);
        const QByteArray good = sha256(backup);
        const auto leaves = f.leaves();
        QVERIFY(leaves.size() > 4);
        QVERIFY(f.overwritePage(leaves[leaves.size() / 2].first, 9));
        ProgressStoreOptions asItIs;
        asItIs.checkAndRecover = false;
        auto store = ProgressStore::open(f.path, asItIs);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const Status backedUp = (*store)->backup();
        QVERIFY(!backedUp);
        QVERIFY2(backedUp.errorMessage().contains(u"looks damaged"_s), qPrintable(backedUp.errorMessage()));
        QCOMPARE(sha256(backup), good);
        QVERIFY(!QFileInfo::exists(backup + u".tmp"_s));
    }

    void refusesADatabaseFromANewerVersionUntouched()
    {
        Fixture f;
        QVERIFY(f.make(5, 5));
        {
            Connection raw(f.path);
            QVERIFY(raw.exec(u"PRAGMA user_version = 999"_s));
        }
        const QByteArray before = sha256(f.path);
        auto store = ProgressStore::open(f.path);
        QVERIFY(!store);
        QVERIFY2(store.errorMessage().contains(u"newer version of Passerelle"_s), qPrintable(store.errorMessage()));
        QCOMPARE(sha256(f.path), before);
        QVERIFY(f.damagedFiles().isEmpty()); // not mistaken for damage: the backup was not restored
        Connection raw(f.path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 999);
    }

    void finishesAnInterruptedRepair()
    {
        // A repair that stopped after `.recovered` was complete but before it was put in place.
        Fixture f;
        QVERIFY(f.make(5, 10));
        QVERIFY(QFile::copy(f.path, f.path + u".recovered"_s));
        QVERIFY(SqliteFile::writeAll(f.path, garbage(QFileInfo(f.path).size(), 4)));
        QVERIFY(SqliteFile::writeAll(f.path + u".recovering"_s, "half-built"));
        auto store = ProgressStore::open(f.path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const auto &report = (*store)->recoveryReport();
        QVERIFY(report && report->finishedInterrupted);
        QCOMPARE(statementIds(f.path), f.all);
        QCOMPARE(f.damagedFiles().size(), 1);
        QVERIFY(!QFileInfo::exists(f.path + u".recovered"_s));
        QVERIFY(!QFileInfo::exists(f.path + u".recovering"_s));
        QVERIFY2(report->message().contains(u"had been interrupted"_s), qPrintable(report->message()));
    }

    void aFullDiskKeepsThePreviousStateAndSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.sqlite"_s);
        const Module module = bundledModule();
        ProgressStoreOptions options;
        // A few dozen answers beyond the empty schema (which grew by the admin tables of schema 6).
        options.maxSizeBytes = 200 * 1024;
        auto store = ProgressStore::open(path, options);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const Learner ana = (*store)->createLearner(u"Ana"_s).value();
        const QString reg = (*store)->beginAttempt(ana, module, u"en"_s).value();
        QStringList acknowledged;
        QString failure;
        int failed = -1;
        for (int n = 0; n < 5000 && failure.isEmpty(); ++n) {
            auto id = (*store)->recordAnswer(ana, module, u"en"_s, reg, answer(n));
            if (id) {
                acknowledged << *id;
            } else {
                failure = id.errorMessage();
                failed = n;
            }
        }
        QVERIFY2(!failure.isEmpty(), "the size cap was never reached");
        QVERIFY(acknowledged.size() > 10);
        QVERIFY2(failure.contains(u"is full"_s) && failure.contains(u"Nothing was changed"_s), qPrintable(failure));
        QVERIFY2(failure.contains(u"0.2 MB limit"_s), qPrintable(failure));

        // Nothing half-written: the answers are exactly the acknowledged ones, and the
        // projections are those of the log.
        Connection raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        const QStringList answered = raw.column(
            u"SELECT id FROM statements WHERE verb = 'http://adlnet.gov/expapi/verbs/answered' ORDER BY seq"_s);
        QCOMPARE(answered, acknowledged);
        QCOMPARE(raw.scalar(u"SELECT sum(attempts) FROM activity_results"_s).toInt(), acknowledged.size());
        QStringList live;
        for (const QString &table : Projections::tables())
            live << raw.dump(table);

        // Still full: the same answer again fails the same way and changes nothing either.
        QVERIFY(!(*store)->recordAnswer(ana, module, u"en"_s, reg, answer(failed)));
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM statements WHERE verb LIKE '%/answered'"_s).toInt(),
                 acknowledged.size());

        // Room again: the store carries on, and the projections still match a rebuild.
        QVERIFY((*store)->setMaxSize(0));
        auto next = (*store)->recordAnswer(ana, module, u"en"_s, reg, answer(2));
        QVERIFY2(next, qPrintable(next.errorMessage()));
        QCOMPARE(raw.scalar(u"SELECT sum(attempts) FROM activity_results"_s).toInt(), acknowledged.size() + 1);
        QStringList before;
        for (const QString &table : Projections::tables())
            before << raw.dump(table);
        QVERIFY((*store)->rebuildProjections());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(raw.dump(Projections::tables()[i]), before[i]);
        QVERIFY(before != live);
    }
};

QTEST_GUILESS_MAIN(TestProgressRecovery)
#include "tst_progressrecovery.moc"
