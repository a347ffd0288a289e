// SPDX-License-Identifier: Apache-2.0
// The progress commands of the real passerelle-cli (learners, rebuild-progress,
// export-progress, simulate-learner: output, --json, exit codes), and the real passerelle
// app's side of the backup: written on a clean exit, restored when the database is found
// damaged at start, and the repair reported in the catalogue's banner.
#include "../unit/sqlitefile.h"

#include "learnersession.h"
#include "shellapplication.h"

#include "modules/module.h"
#include "progress/progressbackup.h"
#include "progress/progressstore.h"
#include "sync/progressfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(PasserellePlugin)

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestE2eProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString bin(const QString &name) { return qEnvironmentVariable("PASSERELLE_BIN_DIR") + u'/' + name; }
    static QString module() { return qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started"_s; }

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static Run cli(const QStringList &arguments) { return run(bin(u"passerelle-cli"_s), arguments); }

    static QStringList acknowledged(const QString &out)
    {
        QStringList ids;
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(u"acknowledged "_s))
                ids << line.mid(13);
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        ShellApplication::describeApplication();
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(u"data"_s);
    }

    void simulateLearnerAcknowledgesEachAnswer()
    {
        const Run r = cli({u"simulate-learner"_s, u"--data-dir"_s, m_data, u"--module"_s, module(), u"--learner"_s,
                           u"Amira Haddad"_s, u"--answers"_s, u"7"_s, u"--seed"_s, u"42"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList ids = acknowledged(r.out);
        QCOMPARE(ids.size(), 7);
        SqliteFile::Connection raw(m_data + u"/progress.sqlite"_s);
        for (const QString &id : ids)
            QCOMPARE(raw.scalar(u"SELECT verb FROM statements WHERE id = '%1'"_s.arg(id)).toString(),
                     u"http://adlnet.gov/expapi/verbs/answered"_s);
        // It took the module as a learner does: pages seen, the module completed.
        QVERIFY(raw.scalar(u"SELECT count(*) FROM page_visits"_s).toInt() >= 4);
        QVERIFY(!raw.scalar(u"SELECT completed_at_ms FROM module_progress"_s).isNull());
        // And wrote the backup on its clean exit, as the app does.
        QVERIFY(QFileInfo::exists(ProgressBackup::pathFor(m_data + u"/progress.sqlite"_s)));
        // The same seed gives the same answers.
        const Run again = cli({u"simulate-learner"_s, u"--data-dir"_s, m_dir.filePath(u"other"_s), u"--module"_s,
                               module(), u"--answers"_s, u"7"_s, u"--seed"_s, u"42"_s});
        QCOMPARE(again.exitCode, 0);
        SqliteFile::Connection other(m_dir.filePath(u"other/progress.sqlite"_s));
        const QString responses = u"SELECT group_concat(response, ';') FROM (SELECT response FROM statements "
                                  "WHERE response IS NOT NULL ORDER BY seq)"_s;
        QCOMPARE(other.scalar(responses).toString(), raw.scalar(responses).toString());
    }

    void learnersListsProfiles()
    {
        {
            // A second profile, with a private reflection.
            auto store = ProgressStore::open(m_data + u"/progress.sqlite"_s);
            QVERIFY(store);
            auto loaded = ModuleLoader::loadFile(module() + u"/module.json"_s);
            QVERIFY(loaded);
            const Learner ben = (*store)->createLearner(u"Ben"_s).value();
            const QString reg = (*store)->beginAttempt(ben, *loaded, u"en"_s).value();
            Answer reflection;
            reflection.lessonId = u"first-activity"_s;
            reflection.activityId = u"notes"_s;
            reflection.activityType = u"reflection"_s;
            reflection.definition = {{u"interactionType"_s, u"long-fill-in"_s}};
            reflection.response = QJsonObject{{u"text"_s, u"private thoughts"_s}};
            reflection.result.completion = true;
            reflection.result.xapiResponse = u"private thoughts"_s;
            QVERIFY((*store)->recordAnswer(ben, *loaded, u"en"_s, reg, reflection));
        }
        const Run r = cli({u"learners"_s, u"--data-dir"_s, m_data, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray learners = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"learners"_s).toArray();
        QCOMPARE(learners.size(), 2);
        QCOMPARE(learners[0][u"name"_s].toString(), u"Amira Haddad"_s);
        QVERIFY(learners[0][u"statements"_s].toInt() > 7);
        QCOMPARE(learners[1][u"name"_s].toString(), u"Ben"_s);
        QCOMPARE(learners[1][u"statements"_s].toInt(), 2); // attempted, answered
        const Run text = cli({u"learners"_s, u"--data-dir"_s, m_data});
        QVERIFY2(text.out.contains(u"Ben  (2 statement(s))"_s), qPrintable(text.out));
    }

    void exportProgressWritesAFileTheReaderAccepts()
    {
        const QString file = m_dir.filePath(u"amira.json"_s);
        const Run r = cli({u"export-progress"_s, u"--data-dir"_s, m_data, u"--learner"_s, u"amira haddad"_s, u"-o"_s,
                           file, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        auto read = ProgressFile::read(file);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(read->learnerName, u"Amira Haddad"_s);
        QCOMPARE(read->exportedByVersion, QStringLiteral(PASSERELLE_VERSION));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary[u"statements"_s].toInt(), read->statements.size());
        QCOMPARE(summary[u"digest"_s].toString(), ProgressFile::digest(read->statements));
        SqliteFile::Connection raw(m_data + u"/progress.sqlite"_s);
        QCOMPARE(read->statements.size(),
                 raw.scalar(u"SELECT count(*) FROM statements WHERE learner_id = '%1'"_s.arg(read->learnerId)).toInt());

        // Reflections stay private unless asked for, and the output says so.
        const QString ben = m_dir.filePath(u"ben.json"_s);
        const Run without =
            cli({u"export-progress"_s, u"--data-dir"_s, m_data, u"--learner"_s, u"Ben"_s, u"-o"_s, ben});
        QCOMPARE(without.exitCode, 0);
        QVERIFY2(without.out.contains(u"Left out 1 private reflection(s)"_s), qPrintable(without.out));
        QCOMPARE(ProgressFile::read(ben)->statements.size(), 1);
        QVERIFY(!SqliteFile::readAll(ben).contains("private thoughts"));
        const Run with = cli({u"export-progress"_s, u"--data-dir"_s, m_data, u"--learner"_s, u"Ben"_s, u"-o"_s, ben,
                              u"--with-reflections"_s});
        QCOMPARE(with.exitCode, 0);
        QCOMPARE(ProgressFile::read(ben)->statements.size(), 2);
        QVERIFY(SqliteFile::readAll(ben).contains("private thoughts"));
    }

    void rebuildProgressReportsItsSpeed()
    {
        const Run r = cli({u"rebuild-progress"_s, u"--data-dir"_s, m_data, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        SqliteFile::Connection raw(m_data + u"/progress.sqlite"_s);
        QCOMPARE(json[u"statements"_s].toInt(), raw.scalar(u"SELECT count(*) FROM statements"_s).toInt());
        QVERIFY(json[u"statementsPerSecond"_s].toDouble() > 0);
        const Run text = cli({u"rebuild-progress"_s, u"--data-dir"_s, m_data});
        QVERIFY2(text.out.startsWith(u"Rebuilt the progress tables from "_s), qPrintable(text.out));
    }

    void exitCodes()
    {
        for (const QString &command :
             {u"learners"_s, u"rebuild-progress"_s, u"export-progress"_s, u"simulate-learner"_s}) {
            const Run help = cli({command, u"--help"_s});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(u"--data-dir"_s), qPrintable(command));
        }
        // Usage.
        QCOMPARE(cli({u"export-progress"_s, u"--data-dir"_s, m_data, u"-o"_s, m_dir.filePath(u"x.json"_s)}).exitCode,
                 2);
        QCOMPARE(cli({u"simulate-learner"_s, u"--data-dir"_s, m_data}).exitCode, 2);
        QCOMPARE(
            cli({u"simulate-learner"_s, u"--data-dir"_s, m_data, u"--module"_s, module(), u"--answers"_s, u"many"_s})
                .exitCode,
            2);
        // A problem found: no such learner.
        const Run nobody = cli({u"export-progress"_s, u"--data-dir"_s, m_data, u"--learner"_s, u"Nobody"_s, u"-o"_s,
                                m_dir.filePath(u"x.json"_s)});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains(u"There is no learner \"Nobody\""_s), qPrintable(nobody.err));
        // Files: no database there (and none created), an output that cannot be written, no module.
        const QString empty = m_dir.filePath(u"empty"_s);
        const Run none = cli({u"learners"_s, u"--data-dir"_s, empty});
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.contains(u"There is no progress database"_s), qPrintable(none.err));
        QVERIFY(!QFileInfo::exists(empty + u"/progress.sqlite"_s));
        QCOMPARE(cli({u"export-progress"_s, u"--data-dir"_s, m_data, u"--learner"_s, u"Ben"_s, u"-o"_s,
                      m_dir.filePath(u"no/such/folder/x.json"_s)})
                     .exitCode,
                 3);
        QCOMPARE(
            cli({u"simulate-learner"_s, u"--data-dir"_s, m_data, u"--module"_s, m_dir.filePath(u"nothing"_s)}).exitCode,
            3);
    }

    void appWritesABackupOnCleanExitAndRepairsFromIt()
    {
        const QString data = m_dir.filePath(u"app"_s);
        const QString db = data + u"/progress.sqlite"_s;
        QCOMPARE(cli({u"simulate-learner"_s, u"--data-dir"_s, data, u"--module"_s, module(), u"--answers"_s, u"3"_s})
                     .exitCode,
                 0);
        QVERIFY(QFile::remove(ProgressBackup::pathFor(db)));
        const QStringList appArguments = {u"--data-dir"_s,
                                          data,
                                          u"--modules-dir"_s,
                                          qEnvironmentVariable("PASSERELLE_MODULES_DIR"),
                                          u"--plugins-dir"_s,
                                          qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"),
                                          u"--quit-after-first-frame"_s};
        const Run first = run(bin(u"passerelle"_s), appArguments);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(QFileInfo::exists(ProgressBackup::pathFor(db)), qPrintable(first.err));
        int before = 0;
        {
            SqliteFile::Connection raw(db);
            before = raw.scalar(u"SELECT count(*) FROM statements"_s).toInt();
        }

        // Damaged while the app was closed: the next start restores the backup and says so.
        QVERIFY(SqliteFile::writeAll(db, QByteArray(8192, 'x')));
        const Run second = run(bin(u"passerelle"_s), appArguments);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(u"Your progress file was damaged"_s), qPrintable(second.err));
        SqliteFile::Connection raw(db);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM statements"_s).toInt(), before);
        QCOMPARE(QDir(data).entryList({u"progress.sqlite.damaged-*"_s}).size(), 1);
    }

    void theRepairIsShownToTheLearner()
    {
        const QString data = m_dir.filePath(u"shell"_s);
        const QString db = data + u"/progress.sqlite"_s;
        QCOMPARE(cli({u"simulate-learner"_s, u"--data-dir"_s, data, u"--module"_s, module(), u"--answers"_s, u"2"_s})
                     .exitCode,
                 0);
        QVERIFY(SqliteFile::writeAll(db, QByteArray(8192, 'y')));
        ShellOptions options;
        options.dataDir = data;
        options.moduleDirs = {qEnvironmentVariable("PASSERELLE_MODULES_DIR")};
        options.pluginDir = qEnvironmentVariable("PASSERELLE_PLUGIN_DIR");
        options.language = u"en"_s;
        ShellApplication app(options);
        QCOMPARE(app.start(), QString());
        const QStringList problems = app.session()->problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].startsWith(u"Your progress file was damaged"_s), qPrintable(problems[0]));
        QVERIFY2(problems[0].contains(u"restored the backup made on"_s), qPrintable(problems[0]));
    }
};

QTEST_MAIN(TestE2eProgress)
#include "tst_e2e_progress.moc"
