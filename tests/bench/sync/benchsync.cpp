// SPDX-License-Identifier: Apache-2.0
// The data exchange's two costs: merging statements from elsewhere into the log
// (ProgressStore::importStatements, as import-progress and a pull do), and pushing the log
// to an LRS, for several batch sizes. Prints figures; asserts nothing about time.
//   build/bin/bench_sync [--statements 1000000] [--push 5000] [--batches 1,10,50,100,250,500,1000]
//
// 1. Import: a million statements as the app writes them (1,000 learners x 5 modules:
//    attempts, pages, answers, progress, completion; StatementBuilder's JSON) are built in
//    memory, then merged into an empty database in one call (one transaction), then merged
//    again (all already present).
// 2. Push: Learning Locker's statement service (tests/npm, memory mode) on a loopback port,
//    restarted empty for each batch size; LrsClient pushes the same log to it.
#include "lrsclient.h"
#include "modules/module.h"
#include "progress/progressstore.h"
#include "progress/statementbuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

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

qint64 cpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

Answer answer(int n)
{
    const bool right = n % 3 != 0;
    Answer a;
    a.lessonId = u"first-activity"_s;
    a.activityId = u"where-progress"_s;
    a.activityType = u"quiz"_s;
    a.definition = {{u"interactionType"_s, u"choice"_s},
                    {u"choices"_s, QJsonArray{QJsonObject{{u"id"_s, u"a"_s}}, QJsonObject{{u"id"_s, u"b"_s}}}},
                    {u"correctResponsesPattern"_s, QJsonArray{u"a"_s}}};
    a.response = QJsonObject{{u"selected"_s, QJsonArray{right ? u"a"_s : u"b"_s}}};
    a.result.rawScore = right ? 1 : 0;
    a.result.maxScore = 1;
    a.result.success = right;
    a.result.completion = true;
    a.result.xapiResponse = right ? u"a"_s : u"b"_s;
    a.durationMs = 30'000 + n;
    return a;
}

// `count` statements as the app writes them, in the order a machine records them: for each
// learner and module an attempt, then pages seen and answers in turn, progress now and
// then, completion and a pass at the end.
QJsonArray statementsLikeTheApp(qint64 count, const Module &module)
{
    constexpr int Learners = 1000, Modules = 5;
    const qint64 perTrack = std::max<qint64>(6, count / (Learners * Modules));
    const QDateTime start = QDateTime::fromString(u"2026-09-01T08:00:00.000Z"_s, Qt::ISODateWithMs);
    QJsonArray all;
    for (int l = 0; all.size() < count; ++l) {
        const Learner learner{QUuid::createUuid().toString(QUuid::WithoutBraces), u"Learner %1"_s.arg(l), u"en"_s,
                              start};
        for (int m = 0; m < Modules && all.size() < count; ++m) {
            Module copy = module;
            copy.id = u"module-%1"_s.arg(m);
            const QString registration = QUuid::createUuid().toString(QUuid::WithoutBraces);
            qint64 ms = start.toMSecsSinceEpoch() + qint64(l) * 86'400'000 + qint64(m) * 3'600'000;
            for (qint64 k = 0; k < perTrack && all.size() < count; ++k) {
                ms += 20'000 + (k * 7919) % 90'000;
                const StatementBuilder builder(learner, copy, u"en"_s, registration,
                                               QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
                const auto &lessons = copy.contentFor(u"en"_s).lessons;
                const int lesson = int(k % lessons.size());
                const int page = int(k / lessons.size() % lessons.at(lesson).pages.size());
                ModuleStatus status;
                status.passed = true;
                status.scoreRaw = 3;
                status.scoreMax = 3;
                const StatementRow row = k == 0              ? builder.attemptedModule()
                                         : k == perTrack - 2 ? builder.completed()
                                         : k == perTrack - 1 ? builder.passedOrFailed(status)
                                         : k % 7 == 0        ? builder.progressed(double(k) / double(perTrack))
                                         : k % 2             ? builder.experiencedPage(lesson, page)
                                                             : builder.answered(answer(int(k)));
                all.append(row.json);
            }
        }
    }
    return all;
}

int benchImport(const QString &dir, qint64 count, const Module &module)
{
    QElapsedTimer timer;
    timer.start();
    const QJsonArray statements = statementsLikeTheApp(count, module);
    print(u"built %1 statements in memory in %2 s"_s.arg(statements.size()).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    const QString path = dir + u"/import.sqlite"_s;
    auto store = ProgressStore::open(path);
    if (!store) {
        print(store.errorMessage());
        return 1;
    }
    for (const QString &round : {u"into an empty log"_s, u"again (all already present)"_s}) {
        const qint64 cpu = cpuNs();
        timer.start();
        auto summary = (*store)->importStatements(statements);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpuSeconds = double(cpuNs() - cpu) / 1e9;
        if (!summary) {
            print(summary.errorMessage());
            return 1;
        }
        print(u"importStatements %1: %2 added, %3 already present, %4 rejected in %5 s = %6 statements/s (target >= "
              "100,000/s); CPU %7 s"_s.arg(round)
                  .arg(summary->added)
                  .arg(summary->alreadyPresent)
                  .arg(summary->rejected)
                  .arg(seconds, 0, 'f', 2)
                  .arg(double(statements.size()) / seconds, 0, 'f', 0)
                  .arg(cpuSeconds, 0, 'f', 2));
        for (const QString &problem : std::as_const(summary->problems).mid(0, 3))
            print(u"  "_s + problem);
    }
    print(
        u"database %1 MB"_s.arg(double(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1e6, 0, 'f', 0));
    return 0;
}

// Learning Locker's service on a free loopback port, empty.
class Lrs
{
public:
    explicit Lrs(const QString &serviceDir)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AUTH_REPO"_s, u"test"_s);
        env.insert(u"EVENTS_REPO"_s, u"test"_s);
        env.insert(u"MODELS_REPO"_s, u"memory"_s);
        env.insert(u"STORAGE_REPO"_s, u"memory"_s);
        env.insert(u"EXPRESS_PORT"_s, QString::number(m_port));
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(serviceDir);
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(u"node"_s, {u"dist/server.js"_s});
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30'000 && m_process.state() != QProcess::NotRunning) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200)) {
                m_up = true;
                return;
            }
            QThread::msleep(100);
        }
    }
    ~Lrs()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
    }
    bool up() const { return m_up; }
    QString endpoint() const { return u"http://127.0.0.1:%1/xAPI"_s.arg(m_port); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    bool m_up = false;
};

int benchPush(const QString &dir, qint64 count, const QList<int> &batchSizes, const Module &module)
{
    const QString service = QStringLiteral(PASSERELLE_SOURCE_DIR) + u"/tests/npm/node_modules/xapi-statements"_s;
    if (!QFileInfo::exists(service + u"/dist/server.js"_s)) {
        print(u"Learning Locker's statement service is not installed in tests/npm: run scripts/deps."_s);
        return 1;
    }
    auto store = ProgressStore::open(dir + u"/push.sqlite"_s);
    if (!store || !(*store)->importStatements(statementsLikeTheApp(count, module))) {
        print(u"cannot make the log to push"_s);
        return 1;
    }
    for (const int batch : batchSizes) {
        Lrs lrs(service);
        if (!lrs.up()) {
            print(u"the LRS did not start (is Node.js installed? scripts/deps)"_s);
            return 1;
        }
        LrsClient client(**store, {QUrl(lrs.endpoint()), u"bench"_s, u"bench"_s});
        client.setBatchSize(batch);
        PushReport report;
        QEventLoop loop;
        QObject::connect(&client, &LrsClient::pushFinished, &loop, [&](const PushReport &r) {
            report = r;
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        client.push();
        if (client.isBusy())
            loop.exec();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!report.ok()) {
            print(report.error);
            return 1;
        }
        print(u"push, batches of %1: %2 statements in %3 s = %4 statements/s"_s.arg(batch, 4)
                  .arg(report.sent)
                  .arg(seconds, 0, 'f', 2)
                  .arg(double(report.sent) / seconds, 0, 'f', 0));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Data exchange benchmarks: statement import, push to an LRS."_s);
    parser.addHelpOption();
    const QCommandLineOption statements(u"statements"_s, u"Statements to import (default 1000000; 0: none)."_s, u"n"_s,
                                        u"1000000"_s);
    const QCommandLineOption push(u"push"_s, u"Statements to push per batch size (default 5000; 0: no push)."_s, u"n"_s,
                                  u"5000"_s);
    const QCommandLineOption batches(u"batches"_s, u"Batch sizes to push with (default 1,10,50,100,250,500,1000)."_s,
                                     u"list"_s, u"1,10,50,100,250,500,1000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Work in <folder> (default: a temporary folder in /var/tmp)."_s,
                                       u"folder"_s);
    parser.addOptions({statements, push, batches, dirOption});
    parser.process(app);

    QTemporaryDir temporary(u"/var/tmp/passerelle-bench-sync-XXXXXX"_s);
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    double load[3] = {};
    if (getloadavg(load, 3) == 3)
        print(u"load average %1 %2 %3 on %4 CPU(s)"_s.arg(load[0]).arg(load[1]).arg(load[2]).arg(
            QThread::idealThreadCount()));

    const QString modulePath = QCoreApplication::applicationDirPath() + u"/../"_s +
                               QStringLiteral(PASSERELLE_MODULES_SUBDIR) + u"/getting-started/module.json"_s;
    auto module = ModuleLoader::loadFile(QDir::cleanPath(modulePath));
    if (!module) {
        print(module.errorMessage());
        return 1;
    }
    if (const qint64 n = parser.value(statements).toLongLong(); n > 0) {
        if (int code = benchImport(dir, n, *module); code != 0)
            return code;
    }
    QList<int> sizes;
    for (const QString &size : parser.value(batches).split(u',', Qt::SkipEmptyParts))
        sizes << qMax(1, size.toInt());
    if (const qint64 n = parser.value(push).toLongLong(); n > 0)
        return benchPush(dir, n, sizes, *module);
    return 0;
}
