// SPDX-License-Identifier: Apache-2.0
// The completion matrix query on a large organisation: 1,000 learners × 50 modules (50,000
// cells), 20 cohorts of 50 learners requiring 5 modules each with due dates, rows generated
// straight into a real SQLite file. Times CompletionMatrix::query (the SQL, through SQLite's
// own API, into MatrixCell values) against the sqlite3 shell running the same SQL on the same
// file (.timer, output to /dev/null). Prints figures; asserts nothing about time.
//   build/bin/bench_reports [--learners 1000] [--modules 50] [--runs 15] [--dir <folder>]
#include "admin/cohortstore.h"
#include "progress/database.h"
#include "progress/progressstore.h"
#include "reports/completionmatrix.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

bool generate(Database &db, int learners, int modules)
{
    QRandomGenerator random(42);
    Database::Transaction tx(db);
    auto learner = db.prepare(
        u"INSERT INTO learners(id, name, name_key, language, created_at) VALUES (?, ?, ?, 'en', '2027-01-01T00:00:00.000Z')"_s);
    auto progress = db.prepare(
        uR"(INSERT INTO module_progress(learner_id, module_id, registration, progress, seconds, last_at_ms, completed_at_ms,
                                        passed, score_raw, score_max, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    auto cohort =
        db.prepare(u"INSERT INTO cohorts(id, name, name_key, kind, created_at_ms) VALUES (?, ?, ?, 'deployment', 0)"_s);
    auto member = db.prepare(u"INSERT INTO cohort_members(cohort_id, learner_id) VALUES (?, ?)"_s);
    auto required =
        db.prepare(u"INSERT INTO cohort_modules(cohort_id, module_id, due_date, due_ms) VALUES (?, ?, ?, ?)"_s);
    if (!learner || !progress || !cohort || !member || !required)
        return false;
    const qint64 base = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QStringList ids;
    for (int l = 0; l < learners; ++l) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString name = u"Learner %1"_s.arg(l, 4, 10, QChar(u'0'));
        ids << id;
        if (!db.runPrepared(*learner, {id, name, name.toCaseFolded()}))
            return false;
        for (int m = 0; m < modules; ++m) {
            const int dice = random.bounded(10);
            if (dice < 3)
                continue; // not started
            const bool completed = dice >= 6;
            const bool passed = dice >= 7;
            const qint64 last = base + random.bounded(90) * 86'400'000LL;
            if (!db.runPrepared(
                    *progress,
                    {id, u"module-%1"_s.arg(m, 2, 10, QChar(u'0')), QUuid::createUuid().toString(QUuid::WithoutBraces),
                     completed ? 1.0 : random.bounded(100) / 100.0, double(random.bounded(7200)), last,
                     completed ? QVariant(last) : QVariant(QMetaType(QMetaType::LongLong)),
                     completed ? QVariant(passed ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)),
                     completed ? QVariant(double(random.bounded(11))) : QVariant(QMetaType(QMetaType::Double)),
                     completed ? QVariant(10.0) : QVariant(QMetaType(QMetaType::Double)), last}))
                return false;
        }
    }
    const int cohorts = std::max(1, learners / 50);
    for (int c = 0; c < cohorts; ++c) {
        const QString id = u"cohort-%1"_s.arg(c);
        if (!db.runPrepared(*cohort, {id, u"Cohort %1"_s.arg(c), u"cohort %1"_s.arg(c)}))
            return false;
        for (int l = c * 50; l < std::min(learners, (c + 1) * 50); ++l) {
            if (!db.runPrepared(*member, {id, ids.at(l)}))
                return false;
        }
        for (int k = 0; k < 5; ++k) {
            const QDate due = QDate(2027, 2, 1).addDays(7 * k + c);
            if (!db.runPrepared(*required, {id, u"module-%1"_s.arg((c * 5 + k) % modules, 2, 10, QChar(u'0')),
                                            due.toString(Qt::ISODate), CohortStore::lateFromMs(due)}))
                return false;
        }
    }
    return bool(tx.commit());
}

// The sqlite3 shell's own time for the SQL (.timer), the median of `runs`.
double shellMs(const QString &file, const QString &sql, int runs)
{
    QString script = u".output /dev/null\n.timer on\n"_s;
    for (int i = 0; i < runs; ++i)
        script += sql + u";\n"_s;
    QProcess shell;
    shell.start(u"sqlite3"_s, {file});
    if (!shell.waitForStarted())
        return -1;
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600'000);
    const QString output = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    QList<double> times;
    const QRegularExpression real(u"Run Time: real ([0-9.]+)"_s);
    for (auto it = real.globalMatch(output); it.hasNext();)
        times << it.next().captured(1).toDouble() * 1000.0;
    if (times.isEmpty())
        print(u"sqlite3 said: "_s + output.left(500));
    return median(times);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption learnersOption(u"learners"_s, u"Learners (default 1000)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption modulesOption(u"modules"_s, u"Modules (default 50)."_s, u"n"_s, u"50"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each query (default 15)."_s, u"n"_s, u"15"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the database (default: a temporary one)."_s, u"dir"_s);
    parser.addOptions({learnersOption, modulesOption, runsOption, dirOption});
    parser.process(app);
    const int learners = parser.value(learnersOption).toInt();
    const int modules = parser.value(modulesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString file = QDir(dir).filePath(u"bench-reports.sqlite"_s);
    QFile::remove(file);

    auto store = ProgressStore::open(file);
    if (!store) {
        print(store.errorMessage());
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!generate((*store)->database(), learners, modules)) {
        print(u"Could not generate the data."_s);
        return 1;
    }
    print(
        u"Generated %1 learners × %2 modules in %3 ms: %4"_s.arg(learners).arg(modules).arg(timer.elapsed()).arg(file));
    const qint64 now = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

    struct Case
    {
        QString name;
        MatrixFilter filter;
    };
    MatrixFilter whole;
    MatrixFilter cohort;
    cohort.cohortId = u"cohort-3"_s;
    MatrixFilter overdue;
    overdue.status = int(CellStatus::Overdue);
    overdue.sort = MatrixFilter::Sort::ByDue;
    MatrixFilter byStatus;
    byStatus.sort = MatrixFilter::Sort::ByStatus;
    byStatus.descending = true;
    for (const Case &c : {Case{u"whole matrix, by learner"_s, whole}, Case{u"whole matrix, by status"_s, byStatus},
                          Case{u"overdue cells, by due date"_s, overdue}, Case{u"one cohort (50 × 5)"_s, cohort}}) {
        QList<double> ours, defined;
        qsizetype rows = 0;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            auto cells = CompletionMatrix::query((*store)->database(), c.filter, now);
            ours << double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            auto reference = CompletionMatrix::referenceQuery((*store)->database(), c.filter, now);
            defined << double(timer.nsecsElapsed()) / 1e6;
            if (!cells || !reference) {
                print(cells ? reference.errorMessage() : cells.errorMessage());
                return 1;
            }
            rows = cells->size();
        }
        // The shell runs the matrix's definition, the one SQL query (sql()); query() assembles
        // the same cells from one read of each table.
        const double theirs = shellMs(file, CompletionMatrix::sqlWithLiterals(c.filter, now), runs);
        const double mine = median(ours);
        print(u"%1: %2 rows; CompletionMatrix::query %3 ms (the one SQL query through our code: %4 ms), sqlite3 "
              "shell on that SQL %5 ms (%6×); target < 50 ms and ≤ 1.2×"_s
                  .arg(c.name)
                  .arg(rows)
                  .arg(mine, 0, 'f', 1)
                  .arg(median(defined), 0, 'f', 1)
                  .arg(theirs, 0, 'f', 1)
                  .arg(theirs > 0 ? mine / theirs : 0.0, 0, 'f', 2));
    }
    return 0;
}
