// SPDX-License-Identifier: Apache-2.0
// The administrator's commands of the real passerelle-cli on a temporary data folder:
// scripted learners take the getting-started module, a cohort requires it, and the reports
// come out as CSV (read back by LibreOffice), PDF and xAPI JSON.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestE2eReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    Run cli(QStringList arguments, const QByteArray &input = {}) const
    {
        arguments << u"--data-dir"_s << m_dir.filePath(u"data"_s);
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(qEnvironmentVariable("PASSERELLE_BIN_DIR") + u"/passerelle-cli"_s, arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120'000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QList<QStringList> readTabSeparated(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> rows;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            // LibreOffice quotes every text cell, doubling its quotes.
            QStringList cells = QString::fromUtf8(line).remove(u'\r').split(u'\t');
            for (QString &cell : cells) {
                if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
                    cell = cell.mid(1, cell.size() - 2).replace(u"\"\""_s, u"\""_s);
            }
            rows.append(cells);
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString module = qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started"_s;
        // Ana and Ben answer both activities (right, except one time in four); Chloé only opens it.
        for (const auto &[name, answers, seed] :
             {std::tuple{u"Ana"_s, u"2"_s, u"1"_s}, std::tuple{u"Ben"_s, u"2"_s, u"3"_s},
              std::tuple{u"=2+2 Chloé, \"Coco\""_s, u"0"_s, u"1"_s}}) {
            const Run run =
                cli({u"simulate-learner"_s, u"--module"_s, module, u"--learner"_s, name, u"--answers"_s, answers,
                     u"--seed"_s, seed, u"--plugins-dir"_s, qEnvironmentVariable("PASSERELLE_PLUGIN_DIR")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }

    void cohortsAndReadiness()
    {
        const Run created = cli({u"cohort"_s, u"create"_s, u"Tunisia deployment"_s, u"--kind"_s, u"deployment"_s,
                                 u"--country"_s, u"Tunisia"_s, u"--start"_s, u"2027-02-01"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(created.json()[u"kind"_s].toString(), u"deployment"_s);
        QCOMPARE(cli({u"cohort"_s, u"create"_s, u"tunisia DEPLOYMENT"_s}).exitCode, 1); // the name is taken
        QCOMPARE(cli({u"cohort"_s, u"create"_s, u"Bad"_s, u"--start"_s, u"1 Feb"_s}).exitCode, 2);
        QCOMPARE(
            cli({u"cohort"_s, u"add-member"_s, u"Tunisia deployment"_s, u"ana"_s, u"Ben"_s, u"=2+2 Chloé, \"Coco\""_s})
                .exitCode,
            0);
        QCOMPARE(cli({u"cohort"_s, u"add-member"_s, u"Tunisia deployment"_s, u"Nobody"_s}).exitCode, 1);
        QCOMPARE(
            cli({u"cohort"_s, u"require"_s, u"Tunisia deployment"_s, u"getting-started"_s, u"--due"_s, u"2027-01-15"_s})
                .exitCode,
            0);
        QCOMPARE(cli({u"cohort"_s, u"require"_s, u"Tunisia deployment"_s, u"cultural-agility"_s, u"--due"_s,
                      u"2027-03-01"_s})
                     .exitCode,
                 0);
        const Run list = cli({u"cohort"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.json()[u"cohorts"_s][0][u"members"_s].toArray().size(), 3);
        QCOMPARE(list.json()[u"cohorts"_s][0][u"requires"_s].toArray().size(), 2);

        const Run before =
            cli({u"cohort"_s, u"readiness"_s, u"Tunisia deployment"_s, u"--at"_s, u"2027-01-15"_s, u"--json"_s});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(before.json()[u"late"_s].toInt(), 0);
        QCOMPARE(before.json()[u"ready"_s].toInt(), 0); // nobody has done cultural-agility
        const Run after =
            cli({u"cohort"_s, u"readiness"_s, u"Tunisia deployment"_s, u"--at"_s, u"2027-01-16"_s, u"--json"_s});
        QVERIFY(after.json()[u"late"_s].toInt() >= 1); // Chloé at least
        for (const QJsonValue &m : after.json()[u"members"_s].toArray()) {
            QCOMPARE(m[u"ready"_s].toBool(), false);
            if (m[u"name"_s].toString().contains(u"Chlo"_s))
                QCOMPARE(m[u"late"_s].toArray(), QJsonArray{u"getting-started"_s});
        }
        const Run text = cli({u"cohort"_s, u"readiness"_s, u"Tunisia deployment"_s, u"--at"_s, u"2027-01-16"_s});
        QVERIFY2(text.out.contains("LATE"), text.out.constData());
    }

    void matrixAsCsvReadsBackInLibreOffice()
    {
        const Run matrix = cli({u"report"_s, u"matrix"_s, u"--at"_s, u"2027-01-16"_s, u"-o"_s, path(u"matrix.csv"_s)});
        QVERIFY2(matrix.exitCode == 0, qPrintable(matrix.err));
        QFile csv(path(u"matrix.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFlearner_id,learner,"));
        QCOMPARE(bytes.count("\r\n"), 1 + 3 * 2); // header + 3 learners × 2 modules, CRLF each
        // A name that looks like a formula is written as text (an apostrophe first), in quotes for its comma.
        QVERIFY(bytes.contains(",\"'=2+2 Chlo\xC3\xA9, \"\"Coco\"\"\",getting-started,"));

        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            QFAIL("LibreOffice (soffice) is not installed: run scripts/deps, which installs libreoffice-calc-nogui.");
        // LibreOffice reads the CSV as RFC 4180 with UTF-8, and writes it back tab-separated.
        QProcess office;
        office.setWorkingDirectory(m_dir.path());
        office.start(soffice,
                     {u"-env:UserInstallation=file://"_s + path(u"office-profile"_s), u"--headless"_s,
                      u"--infilter=CSV:44,34,76,1"_s, u"--convert-to"_s, u"tsv:Text - txt - csv (StarCalc):9,34,76,1"_s,
                      u"--outdir"_s, path(u"office"_s), path(u"matrix.csv"_s)});
        QVERIFY(office.waitForFinished(180'000));
        QVERIFY2(office.exitCode() == 0, office.readAllStandardError().constData());
        const QList<QStringList> rows = readTabSeparated(path(u"office/matrix.tsv"_s));
        QCOMPARE(rows.size(), 1 + 6);
        QCOMPARE(rows.at(0).value(0), u"learner_id"_s); // the byte order mark is not part of the first cell
        QCOMPARE(rows.at(0).size(), 13);
        bool sawChloe = false;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 13); // no field split by a comma or a quote
            if (row.at(1).contains(u"Chlo"_s)) {
                sawChloe = true;
                // One cell, as text: the formula is not run, the accents and quotes arrive intact.
                QCOMPARE(row.at(1), u"'=2+2 Chloé, \"Coco\""_s);
                if (row.at(2) == u"getting-started")
                    QCOMPARE(row.at(4), u"overdue"_s);
                else
                    QCOMPARE(row.at(4), u"not-started"_s);
            }
            QVERIFY(QList<QString>({u"0"_s, u"100"_s}).contains(row.at(5)) || row.at(5).toInt() > 0);
        }
        QVERIFY(sawChloe);
    }

    void itemsLearnerCohortAndStatements()
    {
        const Run items = cli({u"report"_s, u"items"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(items.exitCode == 0, qPrintable(items.err));
        const QList<QByteArray> lines = items.out.split('\n');
        QCOMPARE(lines.size(), 1 + 2 + 1); // header, the two quizzes, the end
        QVERIFY(items.out.contains("getting-started,where-progress,quiz,Where does Passerelle keep your progress?,"));
        const Run itemsJson = cli({u"report"_s, u"items"_s, u"--format"_s, u"json"_s});
        for (const QJsonValue &i : itemsJson.json()[u"items"_s].toArray()) {
            QCOMPARE(i[u"learners"_s].toInt(), 2);
            QVERIFY(i[u"firstTriesCorrect"_s].toInt() <= i[u"firstTries"_s].toInt());
        }

        const Run learner = cli({u"report"_s, u"learner"_s, u"Ana"_s, u"--format"_s, u"json"_s});
        QVERIFY2(learner.exitCode == 0, qPrintable(learner.err));
        QCOMPARE(learner.json()[u"timeline"_s][0][u"verb"_s].toString(), u"attempted"_s);
        QCOMPARE(learner.json()[u"activities"_s].toArray().size(), 2);

        const Run pdf = cli({u"report"_s, u"cohort"_s, u"Tunisia deployment"_s, u"-o"_s, path(u"cohort.pdf"_s)});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QFile file(path(u"cohort.pdf"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const Run text = cli({u"report"_s, u"cohort"_s, u"Tunisia deployment"_s, u"--at"_s, u"2027-01-16"_s});
        QVERIFY2(text.out.contains("Tunisia deployment") && text.out.contains("getting-started"), text.out.constData());

        const Run all = cli({u"report"_s, u"statements"_s, u"-o"_s, path(u"all.json"_s)});
        QCOMPARE(all.exitCode, 0);
        const Run ana = cli({u"report"_s, u"statements"_s, u"--learner"_s, u"Ana"_s});
        const QJsonArray anaStatements = ana.json().array();
        QVERIFY(!anaStatements.isEmpty());
        for (const QJsonValue &s : anaStatements)
            QCOMPARE(s[u"actor"_s][u"name"_s].toString(), u"Ana"_s);
        QFile allFile(path(u"all.json"_s));
        QVERIFY(allFile.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(allFile.readAll()).array().size() > anaStatements.size());
        QCOMPARE(cli({u"report"_s, u"matrix"_s, u"--format"_s, u"pdf"_s}).exitCode, 2);
        QCOMPARE(cli({u"report"_s, u"matrix"_s, u"--cohort"_s, u"No such cohort"_s}).exitCode, 1);
    }

    void adminPassphraseHeadless()
    {
        QCOMPARE(cli({u"admin"_s, u"set-passphrase"_s}, "short\n").exitCode, 1);
        const Run set = cli({u"admin"_s, u"set-passphrase"_s}, "the bridge at Rosso\n");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const Run wrong = cli({u"admin"_s, u"set-passphrase"_s}, "not it at all\nanother passphrase\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(u"not the admin passphrase"_s), qPrintable(wrong.err));
    }
};

QTEST_GUILESS_MAIN(TestE2eReports)
#include "tst_e2e_reports.moc"
