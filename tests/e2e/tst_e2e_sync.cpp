// SPDX-License-Identifier: Apache-2.0
// The LRS round trip against a real LRS: Learning Locker's statement service (npm
// xapi-statements, installed by scripts/deps in tests/npm) in memory mode on a loopback
// port, driven through `passerelle-cli sync` and `import-progress` on temporary data folders.
#include "../unit/sqlitefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestE2eSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;  // the learner's machine
    QString m_service; // tests/npm/node_modules/xapi-statements
    QProcess m_lrs;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString bin(const QString &name) { return qEnvironmentVariable("PASSERELLE_BIN_DIR") + u'/' + name; }
    static QString module() { return qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started"_s; }

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(bin(u"passerelle-cli"_s), arguments);
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString endpoint() const { return u"http://127.0.0.1:%1/xAPI"_s.arg(m_port); }

    Run sync(const QString &dataDir, const QStringList &more)
    {
        // The test service accepts any Basic credentials (its AUTH_REPO=test), so these are
        // only checked for being sent. Short retries: the down case must fail fast.
        return cli(QStringList{u"sync"_s, u"--data-dir"_s, dataDir, u"--endpoint"_s, endpoint(), u"--key"_s,
                               u"passerelle"_s, u"--secret"_s, u"s3cret"_s, u"--retries"_s, u"3"_s,
                               u"--retry-delay-ms"_s, u"50"_s} +
                   more);
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool startLrs()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AUTH_REPO"_s, u"test"_s);
        env.insert(u"EVENTS_REPO"_s, u"test"_s);
        env.insert(u"MODELS_REPO"_s, u"memory"_s);
        env.insert(u"STORAGE_REPO"_s, u"memory"_s);
        env.insert(u"EXPRESS_PORT"_s, QString::number(m_port));
        m_lrs.setProcessEnvironment(env);
        m_lrs.setWorkingDirectory(m_service);
        m_lrs.setProcessChannelMode(QProcess::MergedChannels);
        m_lrs.start(u"node"_s, {u"dist/server.js"_s});
        if (!m_lrs.waitForStarted(10'000))
            return false;
        // Up when it answers an xAPI request.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30'000 && m_lrs.state() == QProcess::Running) {
            if (get(u"/xAPI/about"_s).first == 200)
                return true;
            QTest::qWait(100);
        }
        qWarning().noquote() << "the LRS did not start:" << m_lrs.readAll();
        return false;
    }

    void stopLrs()
    {
        if (m_lrs.state() == QProcess::NotRunning)
            return;
        m_lrs.terminate();
        if (!m_lrs.waitForFinished(5000)) {
            m_lrs.kill();
            m_lrs.waitForFinished();
        }
    }

    std::pair<int, QByteArray> request(const QString &method, const QString &pathAndQuery, const QByteArray &body = {})
    {
        QNetworkRequest r(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery)));
        r.setRawHeader("X-Experience-API-Version", "1.0.3");
        r.setRawHeader("Authorization", "Basic " + QByteArray("test:test").toBase64());
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        r.setTransferTimeout(10'000);
        QNetworkReply *reply = m_network.sendCustomRequest(r, method.toLatin1(), body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }
    std::pair<int, QByteArray> get(const QString &pathAndQuery) { return request(u"GET"_s, pathAndQuery); }

    // Every statement the LRS holds, following `more`.
    QJsonArray lrsStatements()
    {
        QJsonArray all;
        QString next = u"/xAPI/statements?limit=100"_s;
        while (!next.isEmpty()) {
            const auto [status, body] = get(next);
            if (status != 200)
                return {};
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            for (const QJsonValue &s : page[u"statements"_s].toArray())
                all.append(s);
            next = page[u"more"_s].toString();
        }
        return all;
    }

    static QString db(const QString &dataDir) { return dataDir + u"/progress.sqlite"_s; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"node"_s).isEmpty(),
                 "Node.js is not installed, and this test runs a real LRS on it: run scripts/deps (it installs "
                 "nodejs and npm, then the npm packages of tests/npm).");
        m_service = qEnvironmentVariable("PASSERELLE_SOURCE_DIR") + u"/tests/npm/node_modules/xapi-statements"_s;
        QVERIFY2(QFile::exists(m_service + u"/dist/server.js"_s),
                 "Learning Locker's statement service (npm xapi-statements) is not installed in tests/npm: run "
                 "scripts/deps.");
        m_port = freePort();
        QVERIFY(m_port != 0);

        // The learner's machine: two learners take the module as scripted learners.
        m_source = m_dir.filePath(u"source"_s);
        for (const auto &[name, seed] : {std::pair{u"Amira Haddad"_s, u"7"_s}, {u"Kofi Mensah"_s, u"8"_s}}) {
            const Run r = cli({u"simulate-learner"_s, u"--data-dir"_s, m_source, u"--module"_s, module(),
                               u"--learner"_s, name, u"--answers"_s, u"6"_s, u"--seed"_s, seed});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        SqliteFile::Connection raw(db(m_source));
        QVERIFY(raw.scalar(u"SELECT count(*) FROM certificates"_s).toInt() >= 1);
    }

    void cleanupTestCase() { stopLrs(); }

    void aPushWhileTheLrsIsDownFailsCleanly()
    {
        const Run r = sync(m_source, {u"--push"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"could not take the statements"_s) && r.err.contains(u"after 3 attempt(s)"_s) &&
                     r.err.contains(u"Nothing unconfirmed was marked sent"_s),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains(u"s3cret"_s) && !r.err.contains(u"s3cret"_s));
        SqliteFile::Connection raw(db(m_source));
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM lrs_sent"_s).toInt(), 0);
        // The settings were kept, the secret too, to push later without typing them again.
        QCOMPARE(raw.scalar(u"SELECT value FROM settings WHERE key = 'lrs.endpoint'"_s).toString(), endpoint());
    }

    void aPushSendsEveryStatementOnce()
    {
        QVERIFY(startLrs());
        SqliteFile::Connection raw(db(m_source));
        const QStringList ids = raw.column(u"SELECT id FROM statements ORDER BY seq"_s);
        QVERIFY(ids.size() > 20);
        // A small batch size, so that several batches are needed.
        const Run r = sync(m_source, {u"--push"_s, u"--batch-size"_s, u"7"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Pushed %1 of %1 statement(s)"_s.arg(ids.size())), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"s3cret"_s));
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM lrs_sent"_s).toInt(), ids.size());
        // Each one is in the LRS, fetched back by its id, unchanged.
        for (const QString &id : ids) {
            const auto [status, body] = get(u"/xAPI/statements?statementId="_s + id);
            QCOMPARE(status, 200);
            const QJsonObject held = QJsonDocument::fromJson(body).object();
            QCOMPARE(held[u"id"_s].toString(), id);
            const QJsonObject ours =
                QJsonDocument::fromJson(
                    raw.scalar(u"SELECT json FROM statements WHERE id = '%1'"_s.arg(id)).toString().toUtf8())
                    .object();
            QCOMPARE(held[u"verb"_s], ours[u"verb"_s]);
            QCOMPARE(held[u"object"_s][u"id"_s], ours[u"object"_s][u"id"_s]);
        }
        QCOMPARE(lrsStatements().size(), ids.size());

        // Again: nothing is left to send, nothing is sent, the LRS holds no duplicate.
        const Run again = sync(m_source, {u"--push"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"Pushed 0 of 0 statement(s)"_s), qPrintable(again.out));
        QCOMPARE(lrsStatements().size(), ids.size());
    }

    void aPullIntoAnEmptyDataDirGivesTheSameProjections()
    {
        const QString admin = m_dir.filePath(u"admin"_s);
        // Small pages, so that `more` is followed.
        const Run r = sync(admin, {u"--pull"_s, u"--page-size"_s, u"9"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        SqliteFile::Connection source(db(m_source));
        const int count = source.scalar(u"SELECT count(*) FROM statements"_s).toInt();
        QVERIFY2(r.out.contains(
                     u"Pulled %1 statement(s) in %2 page(s): %1 new, 0 already present, 0 rejected"_s.arg(count).arg(
                         (count + 8) / 9)),
                 qPrintable(r.out));
        SqliteFile::Connection target(db(admin));
        // The data behind the completion matrix and the certificates, row for row.
        for (const QString &table : {u"module_progress"_s, u"certificates"_s, u"activity_results"_s, u"page_visits"_s})
            QCOMPARE(target.dump(table), source.dump(table));
        QCOMPARE(target.column(u"SELECT id || ' ' || name FROM learners ORDER BY id"_s),
                 source.column(u"SELECT id || ' ' || name FROM learners ORDER BY id"_s));
        // What came from the LRS is never pushed back to it.
        QCOMPARE(target.scalar(u"SELECT count(*) FROM lrs_sent"_s).toInt(), count);

        // Pulling again starts from the last pull point: nothing new.
        const Run again = sync(admin, {u"--pull"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"Pulled 0 statement(s)"_s), qPrintable(again.out));
        // On the learner's machine, its own statements come back as already present.
        const Run home = sync(m_source, {u"--pull"_s});
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));
        QVERIFY2(home.out.contains(u"%1 statement(s) in 1 page(s): 0 new, %1 already present"_s.arg(count)),
                 qPrintable(home.out));
    }

    void aConflictIsReportedOnceAndTheRestSent()
    {
        // New statements on the learner's machine; one of them is already in the LRS with
        // other content (another system wrote that id).
        const Run more = cli({u"simulate-learner"_s, u"--data-dir"_s, m_source, u"--module"_s, module(), u"--learner"_s,
                              u"Lina Saleh"_s, u"--answers"_s, u"3"_s});
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        SqliteFile::Connection raw(db(m_source));
        const QStringList unsent =
            raw.column(u"SELECT id FROM statements WHERE id NOT IN (SELECT statement_id FROM lrs_sent) ORDER BY seq"_s);
        QVERIFY(unsent.size() > 3);
        const QString victim = unsent.at(2);
        QJsonObject other =
            QJsonDocument::fromJson(
                raw.scalar(u"SELECT json FROM statements WHERE id = '%1'"_s.arg(victim)).toString().toUtf8())
                .object();
        other.insert(u"timestamp"_s, u"2020-01-01T00:00:00.000Z"_s);
        QCOMPARE(request(u"POST"_s, u"/xAPI/statements"_s, QJsonDocument(QJsonArray{other}).toJson()).first, 200);

        const Run r = sync(m_source, {u"--push"_s, u"--batch-size"_s, u"50"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"Pushed %1 of %2 statement(s)"_s.arg(unsent.size() - 1).arg(unsent.size())),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"refused by the LRS: statement %1: HTTP 409"_s.arg(victim)), qPrintable(r.out));
        QVERIFY(r.err.contains(u"--retry-refused"_s));
        // Not sent again, not reported again.
        const Run again = sync(m_source, {u"--push"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"Pushed 0 of 0"_s), qPrintable(again.out));
        QCOMPARE(raw.scalar(u"SELECT http_status FROM lrs_refused WHERE statement_id = '%1'"_s.arg(victim)).toInt(),
                 409);
    }

    void progressFilesImportOnceAndTamperedOnesNotAtAll()
    {
        const QString file = m_dir.filePath(u"amira.json"_s);
        QCOMPARE(
            cli({u"export-progress"_s, u"--data-dir"_s, m_source, u"--learner"_s, u"Amira Haddad"_s, u"-o"_s, file})
                .exitCode,
            0);
        const QString office = m_dir.filePath(u"office"_s);
        // A tampered copy: one score raised by hand. Refused whole, nothing imported.
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        original.close();
        const qsizetype at = bytes.indexOf("\"raw\": ") + 7;
        QVERIFY(at > 7);
        bytes[at] = bytes[at] == '0' ? '1' : '0';
        const QString tampered = m_dir.filePath(u"tampered.json"_s);
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Run refused = cli({u"import-progress"_s, u"--data-dir"_s, office, tampered});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"digest does not match"_s) && refused.err.contains(u"Nothing was imported"_s),
                 qPrintable(refused.err));
        {
            SqliteFile::Connection raw(db(office));
            QCOMPARE(raw.scalar(u"SELECT count(*) FROM statements"_s).toInt(), 0);
            QCOMPARE(raw.scalar(u"SELECT count(*) FROM learners"_s).toInt(), 0);
        }

        const Run first = cli({u"import-progress"_s, u"--data-dir"_s, office, file});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"(Amira Haddad): "_s) &&
                     first.out.contains(u" new, 0 already present, 0 rejected"_s),
                 qPrintable(first.out));
        const Run second = cli({u"import-progress"_s, u"--data-dir"_s, office, file, u"--json"_s});
        QCOMPARE(second.exitCode, 0);
        const QJsonObject total = QJsonDocument::fromJson(second.out.toUtf8()).object()[u"total"_s].toObject();
        QCOMPARE(total[u"added"_s].toInt(), 0);
        QVERIFY(total[u"alreadyPresent"_s].toInt() > 10);
        QCOMPARE(total[u"rejected"_s].toInt(), 0);

        const Run missing = cli({u"import-progress"_s, u"--data-dir"_s, office, m_dir.filePath(u"nothing.json"_s)});
        QCOMPARE(missing.exitCode, 3);
        QCOMPARE(cli({u"import-progress"_s, u"--data-dir"_s, office}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestE2eSync)
#include "tst_e2e_sync.moc"
