// SPDX-License-Identifier: Apache-2.0
// The progress store's two costs that matter: how long a learner waits for an answer to be
// safely on disk, and how fast the projections are rebuilt from the log. Prints figures;
// asserts nothing about time. Run by hand on an idle machine:
//   build/bin/bench_progress [--commits 2000] [--statements 1000000] [--dir <folder>]
//
// 1. Answer -> durable commit: ProgressStore::recordAnswer (the statement, the projections
//    and any progressed/completed/passed statements, in one transaction, synchronous=FULL)
//    against a bare one-row commit on a database opened with the same pragmas, in the same
//    folder, alternating one of each so both see the same disk.
// 2. rebuild-progress on a log of a million realistic statements (bulk-inserted in one
//    transaction: 1,000 learners, 5 modules each), in process and through passerelle-cli.
#include "modules/module.h"
#include "progress/database.h"
#include "progress/progressstore.h"
#include "progress/statementbuilder.h"
#include "progress/xapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString besideBinary(const QString &relative)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../"_s + relative);
}

Answer answer(int n)
{
    const bool first = n % 2 == 0;
    const bool right = n % 3 != 0;
    Answer a;
    a.lessonId = u"first-activity"_s;
    a.activityId = first ? u"where-progress"_s : u"what-modules-hold"_s;
    a.activityType = u"quiz"_s;
    a.definition = {{u"interactionType"_s, u"choice"_s},
                    {u"choices"_s, QJsonArray{QJsonObject{{u"id"_s, u"a"_s}}, QJsonObject{{u"id"_s, u"b"_s}}}}};
    a.response = QJsonObject{{u"selected"_s, QJsonArray{right ? u"a"_s : u"b"_s}}};
    a.result.rawScore = right ? 1 : 0;
    a.result.maxScore = first ? 1 : 2;
    a.result.success = right && first;
    a.result.completion = true;
    a.result.xapiResponse = right ? u"a"_s : u"b"_s;
    a.durationMs = 30'000 + n;
    return a;
}

// CPU time of this thread: the part of a commit that is our code and SQLite's, without the
// wait for the disk.
qint64 cpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

struct Percentiles
{
    double p50 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) { return double(ns[qsizetype(q * double(ns.size() - 1))]) / 1e6; };
    return {at(0.50), at(0.99), double(ns.last()) / 1e6};
}

int benchCommits(const QString &dir, int commits, const Module &module)
{
    auto store = ProgressStore::open(dir + u"/progress.sqlite"_s);
    if (!store) {
        print(store.errorMessage());
        return 1;
    }
    const Learner ana = (*store)->createLearner(u"Ana"_s).value();
    const QString reg = (*store)->beginAttempt(ana, module, u"en"_s).value();
    auto bare = Database::open(dir + u"/bare.sqlite"_s,
                               {{1, {u"CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT"_s}}});
    if (!bare) {
        print(bare.errorMessage());
        return 1;
    }
    auto insert = (*bare)->prepare(u"INSERT INTO t(v) VALUES (?)"_s);
    if (!insert) {
        print(insert.errorMessage());
        return 1;
    }
    const QString payload(200, u'x');
    QList<qint64> answers, bareCommits, answersCpu, bareCpu;
    QElapsedTimer timer;
    for (int i = -50; i < commits; ++i) { // 50 of each to warm up, not counted
        qint64 cpu = cpuNs();
        timer.start();
        if (auto id = (*store)->recordAnswer(ana, module, u"en"_s, reg, answer(i + 50)); !id) {
            print(id.errorMessage());
            return 1;
        }
        const qint64 a = timer.nsecsElapsed(), aCpu = cpuNs() - cpu;
        cpu = cpuNs();
        timer.start();
        if (Status s = (*bare)->runPrepared(*insert, {payload}); !s) {
            print(s.errorMessage());
            return 1;
        }
        const qint64 b = timer.nsecsElapsed(), bCpu = cpuNs() - cpu;
        if (i >= 0) {
            answers << a;
            bareCommits << b;
            answersCpu << aCpu;
            bareCpu << bCpu;
        }
    }
    const Percentiles p = percentiles(answers), q = percentiles(bareCommits);
    print(u"answer -> durable commit, %1 of each, synchronous=FULL, WAL, in %2"_s.arg(commits).arg(dir));
    print(u"  %1  %2  %3  %4"_s.arg(u""_s, -28).arg(u"p50 ms"_s, 8).arg(u"p99 ms"_s, 8).arg(u"max ms"_s, 8));
    const auto row = [](const QString &what, const Percentiles &x) {
        return u"  %1  %2  %3  %4"_s.arg(what, -28).arg(x.p50, 8, 'f', 3).arg(x.p99, 8, 'f', 3).arg(x.max, 8, 'f', 3);
    };
    print(row(u"recordAnswer"_s, p));
    print(row(u"bare one-row commit"_s, q));
    print(u"  CPU time only (without the wait for the disk):"_s);
    print(row(u"recordAnswer"_s, percentiles(answersCpu)));
    print(row(u"bare one-row commit"_s, percentiles(bareCpu)));
    print(u"  recordAnswer p99 - bare p99: %1 ms (target: recordAnswer p99 <= 1 ms)"_s.arg(p.p99 - q.p99, 0, 'f', 3));
    return 0;
}

// A million statements as the app writes them: for each learner and module, an attempt,
// then pages seen and answers given in turn, progress every few events, completion and a
// result near the end. The JSON is the app's own (StatementBuilder), with its id replaced.
int benchRebuild(const QString &dir, qint64 statements, const Module &module)
{
    // A folder of its own, so that passerelle-cli can be pointed at it with --data-dir.
    QDir().mkpath(dir + u"/rebuild"_s);
    const QString path = dir + u"/rebuild/progress.sqlite"_s;
    {
        auto store = ProgressStore::open(path);
        if (!store) {
            print(store.errorMessage());
            return 1;
        }
    }
    // A connection of its own for the bulk insert (the store's Database would refuse a schema
    // it is not given the migrations of), with the store's pragmas.
    const QString connection = u"bench-bulk"_s;
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    raw.setDatabaseName(path);
    if (!raw.open()) {
        print(raw.lastError().text());
        return 1;
    }
    for (const QString &pragma :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s})
        QSqlQuery(raw).exec(pragma);
    const auto run = [](QSqlQuery &q, const QVariantList &values) {
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values[i]);
        if (!q.exec()) {
            print(q.lastError().text());
            return false;
        }
        return true;
    };
    constexpr int Learners = 1000, Modules = 5;
    const qint64 perTrack = std::max<qint64>(1, statements / (Learners * Modules));
    QElapsedTimer timer;
    timer.start();
    {
        raw.transaction();
        QSqlQuery insertLearner(raw), insert(raw);
        if (!insertLearner.prepare(
                u"INSERT INTO learners(id, name, name_key, language, created_at) VALUES (?, ?, ?, 'en', ?)"_s) ||
            !insert.prepare(
                uR"(INSERT INTO statements(id, learner_id, verb, module_id, activity_id, timestamp, json, registration,
                        lesson_id, page_index, timestamp_ms, score_raw, score_max, success, progress, response)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s)) {
            print(raw.lastError().text());
            return 1;
        }
        const QDateTime start = QDateTime::fromString(u"2026-09-01T08:00:00.000Z"_s, Qt::ISODateWithMs);
        const QVariant nullText(QMetaType(QMetaType::QString)), nullInt(QMetaType(QMetaType::Int)),
            nullReal(QMetaType(QMetaType::Double));
        qint64 written = 0;
        for (int l = 0; l < Learners && written < statements; ++l) {
            const Learner learner{QUuid::createUuid().toString(QUuid::WithoutBraces), u"Learner %1"_s.arg(l), u"en"_s,
                                  start};
            if (!run(insertLearner,
                     {learner.id, learner.name, learnerNameKey(learner.name), start.toString(Qt::ISODateWithMs)}))
                return 1;
            for (int m = 0; m < Modules && written < statements; ++m) {
                Module copy = module;
                copy.id = u"module-%1"_s.arg(m);
                const QString registration = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const StatementBuilder builder(learner, copy, u"en"_s, registration, start);
                // One template of each kind; each row gets its own id, time and place.
                const StatementRow templates[] = {builder.attemptedModule(), builder.experiencedPage(0, 0),
                                                  builder.answered(answer(l + m)), builder.progressed(0.5),
                                                  builder.completed()};
                qint64 ms = start.toMSecsSinceEpoch() + qint64(l) * 86'400'000 + qint64(m) * 3'600'000;
                for (qint64 k = 0; k < perTrack && written < statements; ++k, ++written) {
                    const int kind = k == 0 ? 0 : k == perTrack - 1 ? 4 : k % 7 == 0 ? 3 : k % 2 ? 1 : 2;
                    const StatementRow &t = templates[kind];
                    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    ms += 20'000 + (k * 7919) % 90'000;
                    const QString lesson = u"lesson-%1"_s.arg(k % 6);
                    const QString activity = u"activity-%1"_s.arg(k % 24);
                    QString json = QString::fromUtf8(QJsonDocument(t.json).toJson(QJsonDocument::Compact));
                    json.replace(t.id, id);
                    const QVariantList values = {
                        id,
                        learner.id,
                        Xapi::verbIri(t.verb),
                        copy.id,
                        kind == 2 ? QVariant(activity) : nullText,
                        QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs),
                        json,
                        registration,
                        kind == 1 || kind == 2 ? QVariant(lesson) : nullText,
                        kind == 1 ? QVariant(int(k % 5)) : nullInt,
                        ms,
                        kind == 2 ? QVariant(double(k % 2)) : nullReal,
                        kind == 2 ? QVariant(1.0) : nullReal,
                        kind == 2 ? QVariant(int(k % 2)) : nullInt,
                        kind == 3 ? QVariant(double(k) / double(perTrack)) : nullReal,
                        kind == 2 ? QVariant(t.response) : nullText};
                    if (!run(insert, values))
                        return 1;
                }
            }
        }
        if (!raw.commit()) {
            print(raw.lastError().text());
            return 1;
        }
        print(u"generated %1 statements (%2 learners x %3 modules) in %4 s; database %5 MB"_s.arg(written)
                  .arg(Learners)
                  .arg(Modules)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(double(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1e6, 0, 'f', 0));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection); // closed: the store below is the only connection

    auto store = ProgressStore::open(path);
    if (!store) {
        print(store.errorMessage());
        return 1;
    }
    const qint64 cpuStart = cpuNs();
    timer.start();
    auto replayed = (*store)->rebuildProjections();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(cpuNs() - cpuStart) / 1e9;
    if (!replayed) {
        print(replayed.errorMessage());
        return 1;
    }
    print(u"rebuildProjections(): %1 statements in %2 s = %3 statements/s (target >= 200,000/s); CPU time %4 s = "
          "%5 statements per CPU second"_s.arg(*replayed)
              .arg(seconds, 0, 'f', 2)
              .arg(double(*replayed) / seconds, 0, 'f', 0)
              .arg(cpuSeconds, 0, 'f', 2)
              .arg(double(*replayed) / cpuSeconds, 0, 'f', 0));
    store->reset();

    // The same through the command an administrator runs (its figure excludes opening the
    // database, which checks it with PRAGMA quick_check).
    const QString cli = QCoreApplication::applicationDirPath() + u"/passerelle-cli"_s;
    QProcess process;
    timer.start();
    process.start(cli, {u"rebuild-progress"_s, u"--data-dir"_s, dir + u"/rebuild"_s, u"--json"_s});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        print(u"passerelle-cli rebuild-progress failed: "_s + QString::fromUtf8(process.readAllStandardError()));
        return 1;
    }
    const QJsonObject figures = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    print(u"passerelle-cli rebuild-progress: %1 statements in %2 s = %3 statements/s (whole command, open and check "
          "included: %4 s)"_s.arg(figures[u"statements"_s].toInteger())
              .arg(figures[u"milliseconds"_s].toDouble() / 1000.0, 0, 'f', 2)
              .arg(figures[u"statementsPerSecond"_s].toDouble(), 0, 'f', 0)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Progress store benchmarks: answer commit latency, rebuild speed."_s);
    parser.addHelpOption();
    const QCommandLineOption commits(u"commits"_s, u"Answers (and bare commits) to time (default 2000)."_s, u"n"_s,
                                     u"2000"_s);
    const QCommandLineOption statements(
        u"statements"_s, u"Statements in the log to rebuild (default 1000000; 0: no rebuild)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption dir(u"dir"_s, u"Work in <folder> (default: a temporary folder in /var/tmp)."_s,
                                 u"folder"_s);
    parser.addOptions({commits, statements, dir});
    parser.process(app);

    const QString modulePath =
        besideBinary(QStringLiteral(PASSERELLE_MODULES_SUBDIR) + u"/getting-started/module.json"_s);
    auto module = ModuleLoader::loadFile(modulePath);
    if (!module) {
        print(module.errorMessage());
        return 1;
    }
    // /var/tmp rather than /tmp: /tmp may be a RAM disk, where an fsync costs nothing.
    QTemporaryDir temporary(u"/var/tmp/bench_progress-XXXXXX"_s);
    const QString work = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    QDir().mkpath(work);
    // On a shared machine the figures swing with the others' load: say what it was.
    QFile loadavg(u"/proc/loadavg"_s);
    if (loadavg.open(QIODevice::ReadOnly))
        print(u"load average: "_s + QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2) +
              u" (%1 cores)"_s.arg(QThread::idealThreadCount()));
    if (int code = benchCommits(work, parser.value(commits).toInt(), *module); code != 0)
        return code;
    const qint64 log = parser.value(statements).toLongLong();
    return log > 0 ? benchRebuild(work, log, *module) : 0;
}
