// SPDX-License-Identifier: Apache-2.0
// LrsClient against a scripted HTTP server on loopback: the cases a real LRS rarely shows on
// demand (503 then success, an LRS that never comes back, 401, a 409 that does not name the
// statement, ids left out of an answer) and the pull's paging. The round trip with a real
// LRS is tests/e2e/tst_e2e_sync.cpp.
#include "lrsclient.h"
#include "modules/module.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

struct Request
{
    QByteArray method;
    QByteArray target;                     // path and query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct Response
{
    int status = 200;
    QByteArray body;
};

// A one-request-per-connection HTTP/1.1 server whose answers come from a function.
class ScriptedServer : public QObject
{
public:
    std::function<Response(const Request &)> answer;
    QList<Request> requests;

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString endpoint() const { return u"http://127.0.0.1:%1/xAPI"_s.arg(m_server.serverPort()); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        r.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        requests.append(r);
        const Response response = answer(r);
        socket->write("HTTP/1.1 " + QByteArray::number(response.status) +
                      " Scripted\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: " +
                      QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray idsOf(const QByteArray &body)
{
    QJsonArray ids;
    for (const QJsonValue &s : QJsonDocument::fromJson(body).array())
        ids.append(s[u"id"_s]);
    return QJsonDocument(ids).toJson(QJsonDocument::Compact);
}

} // namespace

class TestLrsClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    // A store with one learner's attempt: a dozen statements or so.
    std::unique_ptr<ProgressStore> storeWithStatements()
    {
        auto store = ProgressStore::open(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_stores)));
        if (!store)
            qFatal("%s", qPrintable(store.errorMessage()));
        auto module =
            ModuleLoader::loadFile(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s);
        if (!module)
            qFatal("%s", qPrintable(module.errorMessage()));
        const Learner ana = (*store)->createLearner(u"Ana"_s).value();
        const QString reg = (*store)->beginAttempt(ana, *module, u"en"_s).value();
        for (const auto &[lesson, page] : {std::pair{0, 0}, {0, 1}, {1, 0}, {1, 1}})
            (void)(*store)->recordPageView(ana, *module, u"en"_s, reg, lesson, page);
        return std::move(store).value();
    }

    static PushReport push(LrsClient &client)
    {
        PushReport report;
        QEventLoop loop;
        connect(&client, &LrsClient::pushFinished, &loop, [&](const PushReport &r) {
            report = r;
            loop.quit();
        });
        client.push();
        if (client.isBusy())
            loop.exec();
        return report;
    }

    static PullReport pull(LrsClient &client)
    {
        PullReport report;
        QEventLoop loop;
        connect(&client, &LrsClient::pullFinished, &loop, [&](const PullReport &r) {
            report = r;
            loop.quit();
        });
        client.pull();
        if (client.isBusy())
            loop.exec();
        return report;
    }

    static LrsClient *client(ProgressStore &store, const ScriptedServer &server, QObject *parent)
    {
        auto *c = new LrsClient(store, {QUrl(server.endpoint()), u"key"_s, u"secret"_s}, parent);
        c->setRetryPolicy({3, 10, 40});
        return c;
    }

private slots:
    void retriesWhatMayPassThenSends()
    {
        auto store = storeWithStatements();
        ScriptedServer server;
        int calls = 0;
        server.answer = [&](const Request &r) -> Response {
            return ++calls <= 2 ? Response{503, R"({"message":"restarting"})"} : Response{200, idsOf(r.body)};
        };
        LrsClient *c = client(*store, server, this);
        QSignalSpy progress(c, &LrsClient::progress);
        const qint64 pending = store->unsentCount(server.endpoint()).value();
        QVERIFY(pending > 5);
        const PushReport report = push(*c);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.sent, pending);
        QCOMPARE(server.requests.size(), 3);
        const Request &r = server.requests.last();
        QCOMPARE(r.method, "POST");
        QCOMPARE(r.target, "/xAPI/statements");
        QCOMPARE(r.headers.value("x-experience-api-version"), "1.0.3");
        QCOMPARE(r.headers.value("content-type"), "application/json");
        QCOMPARE(r.headers.value("authorization"), "Basic " + QByteArray("key:secret").toBase64());
        QCOMPARE(store->unsentCount(server.endpoint()).value(), 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), pending);
        QCOMPARE(progress.last().at(1).toLongLong(), pending);
    }

    void givesUpAfterTheLastAttemptAndMarksNothing()
    {
        auto store = storeWithStatements();
        ScriptedServer server;
        server.answer = [](const Request &) { return Response{503, R"({"message":"down for maintenance"})"}; };
        LrsClient *c = client(*store, server, this);
        const qint64 pending = store->unsentCount(server.endpoint()).value();
        const PushReport report = push(*c);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(u"HTTP 503"_s) && report.error.contains(u"down for maintenance"_s) &&
                     report.error.contains(u"after 3 attempt(s)"_s),
                 qPrintable(report.error));
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(store->unsentCount(server.endpoint()).value(), pending);
    }

    void stopsAtOnceOnAWrongSecret()
    {
        auto store = storeWithStatements();
        ScriptedServer server;
        server.answer = [](const Request &) { return Response{401, R"({"message":"Unauthorised"})"}; };
        const PushReport report = push(*client(*store, server, this));
        QVERIFY(report.error.contains(u"key and secret"_s));
        QCOMPARE(server.requests.size(), 1);
    }

    void marksSentOnlyTheIdsTheLrsConfirms()
    {
        auto store = storeWithStatements();
        ScriptedServer server;
        // Confirms only the first statement of each batch.
        server.answer = [](const Request &r) {
            const QJsonArray sent = QJsonDocument::fromJson(r.body).array();
            return Response{200, QJsonDocument(QJsonArray{sent.first()[u"id"_s]}).toJson()};
        };
        LrsClient *c = client(*store, server, this);
        c->setBatchSize(4);
        const qint64 pending = store->unsentCount(server.endpoint()).value();
        const PushReport report = push(*c);
        QVERIFY(report.ok());
        const qint64 batches = (pending + 3) / 4;
        QCOMPARE(report.sent, batches);
        QCOMPARE(server.requests.size(), batches); // each statement offered once per push
        QCOMPARE(store->unsentCount(server.endpoint()).value(), pending - batches);
    }

    void findsTheStatementARefusedBatchHidesAndSendsTheRest()
    {
        auto store = storeWithStatements();
        const QList<PendingStatement> all = store->unsentStatements(u"x"_s, 1000).value();
        const QString victim = all.at(all.size() / 2).id;
        ScriptedServer server;
        // A 409 that does not say which statement: the batch must be halved down to it.
        server.answer = [&](const Request &r) {
            return r.body.contains(victim.toLatin1()) ? Response{409, R"({"message":"Conflict"})"}
                                                      : Response{200, idsOf(r.body)};
        };
        LrsClient *c = client(*store, server, this);
        c->setBatchSize(1000);
        const PushReport report = push(*c);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.sent, all.size() - 1);
        QCOMPARE(report.newlyRefused.size(), 1);
        QCOMPARE(report.newlyRefused.first().id, victim);
        QCOMPARE(report.newlyRefused.first().httpStatus, 409);
        QVERIFY(server.requests.size() <= 2 * 5 + 1); // halving, not one request per statement
        // Set aside: the next push does not offer it again.
        server.requests.clear();
        QCOMPARE(push(*c).sent, 0);
        QCOMPARE(server.requests.size(), 0);
        QCOMPARE(store->refusedStatements(server.endpoint()).value().size(), 1);
        QCOMPARE(store->forgetRefusals(server.endpoint()).value(), 1);
        QCOMPARE(store->unsentCount(server.endpoint()).value(), 1);
    }

    void pullsPageByPageFromTheLastPullPoint()
    {
        auto source = storeWithStatements();
        const QJsonArray statements = source->statements(source->learners().value().first().id).value();
        QVERIFY(statements.size() > 4);
        auto target = ProgressStore::open(m_dir.filePath(u"target.sqlite"_s)).value();
        ScriptedServer server;
        server.answer = [&](const Request &r) {
            const QUrlQuery query(QUrl(QString::fromLatin1(r.target)));
            const int page = query.queryItemValue(u"page"_s).toInt();
            QJsonArray slice;
            for (qsizetype i = page * 3; i < qMin(statements.size(), qsizetype(page * 3 + 3)); ++i) {
                QJsonObject s = statements.at(i).toObject();
                s.insert(u"stored"_s, u"2026-11-29T10:00:%1.000Z"_s.arg(i, 2, 10, QChar(u'0')));
                slice.append(s);
            }
            const bool last = (page + 1) * 3 >= statements.size();
            return Response{
                200, QJsonDocument(QJsonObject{{u"statements"_s, slice},
                                               {u"more"_s, last ? u""_s : u"/xAPI/statements?page=%1"_s.arg(page + 1)}})
                         .toJson()};
        };
        LrsClient *c = client(*target, server, this);
        const PullReport report = pull(*c);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.received, statements.size());
        QCOMPARE(report.imported.added, statements.size());
        QCOMPARE(report.pages, int((statements.size() + 2) / 3));
        QCOMPARE(server.requests.first().target.left(34), "/xAPI/statements?ascending=true&li");
        QCOMPARE(server.requests.at(1).target, "/xAPI/statements?page=1");
        const QString last = u"2026-11-29T10:00:%1.000Z"_s.arg(statements.size() - 1, 2, 10, QChar(u'0'));
        QCOMPARE(report.since, last);
        // Pulled statements are never pushed back.
        QCOMPARE(target->unsentCount(server.endpoint()).value(), 0);
        // The next pull starts after the last statement stored.
        server.requests.clear();
        (void)pull(*c);
        QCOMPARE(QUrlQuery(QUrl(QString::fromLatin1(server.requests.first().target))).queryItemValue(u"since"_s), last);
    }

    // The pull point is the latest moment stored, not the greatest text: "12:00+02:00" is
    // before "10:30Z".
    void thePullPointIsTheLatestMomentStored()
    {
        auto source = storeWithStatements();
        const QJsonArray statements = source->statements(source->learners().value().first().id).value();
        auto target = ProgressStore::open(m_dir.filePath(u"moments.sqlite"_s)).value();
        ScriptedServer server;
        server.answer = [&](const Request &) {
            QJsonObject early = statements.at(0).toObject();
            early.insert(u"stored"_s, u"2026-11-29T12:00:00+02:00"_s);
            QJsonObject late = statements.at(1).toObject();
            late.insert(u"stored"_s, u"2026-11-29T10:30:00Z"_s);
            return Response{200, QJsonDocument(QJsonObject{{u"statements"_s, QJsonArray{late, early}}}).toJson()};
        };
        LrsClient *c = client(*target, server, this);
        const PullReport report = pull(*c);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.since, u"2026-11-29T10:30:00Z"_s);
    }

    // A hostile or broken LRS: a next page on another server (the key and secret would go
    // there), or a next page that leads back in a circle. The pull stops with the reason.
    void stopsWhereTheNextPageLeavesTheLrsOrGoesInACircle_data()
    {
        QTest::addColumn<QString>("more");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another server") << u"http://198.51.100.7/xAPI/statements?page=1"_s << u"another server"_s;
        QTest::newRow("another port") << u"http://127.0.0.1:1/xAPI/statements?page=1"_s << u"another server"_s;
        QTest::newRow("a circle") << u"/xAPI/statements?page=1"_s << u"already read"_s;
    }
    void stopsWhereTheNextPageLeavesTheLrsOrGoesInACircle()
    {
        QFETCH(QString, more);
        QFETCH(QString, reason);
        auto source = storeWithStatements();
        const QJsonArray statements = source->statements(source->learners().value().first().id).value();
        auto target = ProgressStore::open(m_dir.filePath(u"hostile-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()))))
                          .value();
        ScriptedServer server;
        server.answer = [&](const Request &) {
            return Response{200, QJsonDocument(QJsonObject{{u"statements"_s, QJsonArray{statements.first()}},
                                                           {u"more"_s, more}})
                                     .toJson()};
        };
        LrsClient *c = client(*target, server, this);
        const PullReport report = pull(*c);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(reason), qPrintable(report.error));
        QVERIFY(server.requests.size() <= 2); // never a request elsewhere, never a third lap
        QCOMPARE(report.imported.added, 1);   // what was read before is kept
    }
};

QTEST_GUILESS_MAIN(TestLrsClient)
#include "tst_lrsclient.moc"
