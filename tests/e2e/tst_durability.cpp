// SPDX-License-Identifier: Apache-2.0
// An acknowledged answer survives a crash. The real passerelle-cli takes a module as a
// scripted learner (simulate-learner) and prints "acknowledged <id>" after each answer is
// committed; this test kills it with SIGKILL at a random moment, at least 200 times in a
// row on the same database, and after each kill opens the database as the app would and
// checks that it opens without a repair, that SQLite finds it intact, and that every
// answer ever acknowledged is in it. At the end, the projections rebuilt from the log by
// `passerelle-cli rebuild-progress` must equal the ones written live.
//
// The delays come from a seeded generator; the seed is printed, and
// PASSERELLE_DURABILITY_SEED=<seed> replays a run. PASSERELLE_DURABILITY_KILLS changes the
// number of kills (200 by default).
//
// What it proves: a write is acknowledged only once committed, and a process killed at any
// point leaves a database that opens and holds every acknowledged write. What it cannot
// prove: survival of a power cut (the kernel still writes out its cache after SIGKILL); that
// rests on synchronous=FULL, which Database sets and tst_progressstore checks.
#include "../unit/sqlitefile.h"

#include "progress/databasehealth.h"
#include "progress/progressbackup.h"
#include "progress/progressstore.h"
#include "progress/projections.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestDurability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    QString m_database;
    static constexpr int AnswersPerRun = 12;

    struct Run
    {
        QStringList acknowledged;
        qint64 firstAcknowledgedUs = -1;
        bool finished = false; // exited by itself before the kill
        int exitCode = 0;
        QString errors;
    };

    QStringList simulateArguments(quint32 seed) const
    {
        return {u"simulate-learner"_s,
                u"--data-dir"_s,
                m_data,
                u"--module"_s,
                qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started"_s,
                u"--plugins-dir"_s,
                qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"),
                u"--answers"_s,
                QString::number(AnswersPerRun),
                u"--seed"_s,
                QString::number(seed)};
    }

    static QString cli() { return qEnvironmentVariable("PASSERELLE_BIN_DIR") + u"/passerelle-cli"_s; }

    static void takeLines(QProcess &process, Run &run, const QElapsedTimer &timer)
    {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(u"acknowledged "_s)) {
                if (run.acknowledged.isEmpty())
                    run.firstAcknowledgedUs = timer.nsecsElapsed() / 1000;
                run.acknowledged << line.mid(13);
            }
        }
    }

    // Runs simulate-learner and, unless it finishes first, kills it after `delayUs`,
    // reading the acknowledgements as they come.
    Run runAndKill(quint32 seed, qint64 delayUs) const
    {
        Run run;
        QProcess process;
        process.start(cli(), simulateArguments(seed));
        if (!process.waitForStarted(10'000)) {
            run.errors = u"cannot start "_s + cli();
            return run;
        }
        QElapsedTimer timer;
        timer.start();
        while (process.state() == QProcess::Running) {
            const qint64 leftUs = delayUs - timer.nsecsElapsed() / 1000;
            if (leftUs <= 0)
                break;
            if (leftUs < 2000) {
                std::this_thread::sleep_for(std::chrono::microseconds(leftUs));
                break;
            }
            if (process.waitForReadyRead(int(leftUs / 1000) - 1))
                takeLines(process, run, timer);
        }
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(10'000);
        } else {
            run.finished = process.exitStatus() == QProcess::NormalExit;
            run.exitCode = process.exitCode();
        }
        // Whatever reached the pipe before the kill was printed after a commit.
        process.waitForReadyRead(0);
        const QByteArray rest = process.readAllStandardOutput();
        for (const QByteArray &line : rest.split('\n')) {
            if (line.startsWith("acknowledged "))
                run.acknowledged << QString::fromUtf8(line.mid(13)).trimmed();
        }
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QStringList projections() const
    {
        SqliteFile::Connection raw(m_database);
        QStringList dumps;
        for (const QString &table : Projections::tables())
            dumps << raw.dump(table);
        return dumps;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(u"data"_s);
        m_database = m_data + u"/progress.sqlite"_s;
    }

    void everyAcknowledgedAnswerSurvivesSigkill()
    {
        const quint32 seed = qEnvironmentVariableIsSet("PASSERELLE_DURABILITY_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("PASSERELLE_DURABILITY_SEED"))
                                 : QRandomGenerator::global()->generate();
        const int kills = qEnvironmentVariableIsSet("PASSERELLE_DURABILITY_KILLS")
                              ? qEnvironmentVariableIntValue("PASSERELLE_DURABILITY_KILLS")
                              : 200;
        qInfo("seed %u (replay with PASSERELLE_DURABILITY_SEED=%u), %d kills", seed, seed, kills);
        QRandomGenerator random(seed);

        // How long a run takes on this machine, and when its first answer comes (start-up:
        // loading Qt, the plugins, checking the database). Most kills are aimed at the
        // answers, one in eight anywhere, start-up included.
        QElapsedTimer timer;
        QList<qint64> runs, firsts;
        for (int i = 0; i < 3; ++i) {
            timer.start();
            const Run whole = runAndKill(random.generate(), 60'000'000);
            runs << timer.nsecsElapsed() / 1000;
            firsts << whole.firstAcknowledgedUs;
            QVERIFY2(whole.finished && whole.exitCode == 0, qPrintable(whole.errors));
            QCOMPARE(whole.acknowledged.size(), AnswersPerRun);
        }
        std::sort(runs.begin(), runs.end());
        std::sort(firsts.begin(), firsts.end());
        const qint64 wholeRunUs = runs[1];
        qint64 firstAnswerUs = std::clamp<qint64>(firsts[1], 0, wholeRunUs - 1);
        // How long the answers take, from the first to the end of the run: kills are aimed
        // inside this window after the first answer.
        const qint64 answeringUs = std::max<qint64>(wholeRunUs - firstAnswerUs, 1000);
        qInfo("a whole run of %d answers takes %.1f ms, the first answer comes after %.1f ms", AnswersPerRun,
              double(wholeRunUs) / 1000.0, double(firstAnswerUs) / 1000.0);

        QSet<QString> acknowledged;
        int before = 0, during = 0, afterAnswers = 0, finished = 0;
        QElapsedTimer total;
        total.start();
        // Runs that end before their kill do not count: the loop goes on until `kills` SIGKILLs.
        for (int i = 0, killed = 0; killed < kills; ++i) {
            const quint32 runSeed = random.generate();
            const bool anywhere = random.bounded(8) == 0;
            const qint64 delayUs = anywhere ? qint64(random.bounded(quint32(firstAnswerUs + answeringUs)))
                                            : firstAnswerUs + qint64(random.bounded(quint32(answeringUs)));
            const QString where = u"run %1 (kill %2 of %3) after %4 us (seed %5)"_s.arg(i + 1)
                                      .arg(killed + 1)
                                      .arg(kills)
                                      .arg(delayUs)
                                      .arg(seed);
            const Run run = runAndKill(runSeed, delayUs);
            QVERIFY2(!run.finished || run.exitCode == 0, qPrintable(where + u": "_s + run.errors));
            for (const QString &id : run.acknowledged)
                acknowledged.insert(id);
            // Start-up slows down when the machine gets busier (other tests, other builds): the
            // aim follows the first answers seen, so that kills keep landing among the answers.
            if (run.firstAcknowledgedUs > 0)
                firstAnswerUs = (3 * firstAnswerUs + run.firstAcknowledgedUs) / 4;
            else if (!run.finished && !anywhere)
                firstAnswerUs = delayUs + delayUs / 4; // killed before the first answer came
            killed += run.finished ? 0 : 1;
            if (run.finished)
                ++finished;
            else if (run.acknowledged.isEmpty())
                ++before;
            else if (run.acknowledged.size() < AnswersPerRun)
                ++during;
            else
                ++afterAnswers;

            // The app's own way in: a fresh open must succeed, and must not need a repair.
            {
                auto store = ProgressStore::open(m_database);
                QVERIFY2(store, qPrintable(where + u": "_s + store.errorMessage()));
                const auto &report = (*store)->recoveryReport();
                QVERIFY2(!report, qPrintable(where + u": "_s + (report ? report->message() : QString())));
            }
            SqliteFile::Connection raw(m_database);
            QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            const QStringList stored = raw.column(u"SELECT id FROM statements"_s);
            const QSet<QString> present(stored.begin(), stored.end());
            const QSet<QString> missing = acknowledged - present;
            QVERIFY2(missing.isEmpty(), qPrintable(where + u": acknowledged but missing: "_s +
                                                   QStringList(missing.begin(), missing.end()).join(u", "_s)));
        }
        qInfo("%d kills in %.1f s: %d before the first answer, %d while answering, %d after the last answer "
              "(during the backup or the exit), %d runs finished first; %lld acknowledged answers, all present",
              kills, double(total.elapsed()) / 1000.0, before, during, afterAnswers, finished,
              qint64(acknowledged.size()));
        QVERIFY2(during > kills / 2, "most kills should land while the learner is answering");
        QVERIFY(acknowledged.size() > kills);

        // A backup, when one was completed, is whole: it is written aside and renamed.
        if (QFileInfo::exists(ProgressBackup::pathFor(m_database))) {
            auto health = DatabaseHealth::check(ProgressBackup::pathFor(m_database));
            QVERIFY(health && health->state == DatabaseHealth::State::Sound);
        }

        // The projections written live, answer by answer and kill after kill, are exactly
        // what the log gives when replayed.
        const QStringList live = projections();
        QProcess rebuild;
        rebuild.start(cli(), {u"rebuild-progress"_s, u"--data-dir"_s, m_data, u"--json"_s});
        QVERIFY(rebuild.waitForFinished(60'000));
        QCOMPARE(rebuild.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(rebuild.readAllStandardOutput()).object();
        SqliteFile::Connection raw(m_database);
        QCOMPARE(report[u"statements"_s].toInteger(), raw.scalar(u"SELECT count(*) FROM statements"_s).toLongLong());
        const QStringList rebuilt = projections();
        for (qsizetype i = 0; i < live.size(); ++i)
            QCOMPARE(rebuilt[i], live[i]);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
