// SPDX-License-Identifier: Apache-2.0
#include "lrsclient.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

const QString EndpointSetting = u"lrs.endpoint"_s;
const QString KeySetting = u"lrs.key"_s;
const QString SecretSetting = u"lrs.secret"_s;
// Per endpoint: pulling from another LRS starts from its beginning.
QString pullPointSetting(const QString &endpoint)
{
    return u"lrs.pulledUntil "_s + endpoint;
}

// A request that got no answer in this time is treated as a network failure (retried).
constexpr int TransferTimeoutMs = 60'000;

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// Worth trying again: no answer at all, the LRS overloaded or restarting.
bool isTransient(QNetworkReply *reply)
{
    const int status = httpStatus(reply);
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

QString describe(QNetworkReply *reply, const QByteArray &body)
{
    const int status = httpStatus(reply);
    if (status == 0)
        return reply->errorString();
    QString message = QJsonDocument::fromJson(body).object().value(u"message"_s).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(300)).simplified();
    return u"HTTP %1 %2%3"_s.arg(status).arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                                             message.isEmpty() ? QString() : u": "_s + message);
}

} // namespace

LrsSettings LrsSettings::load(ProgressStore &store)
{
    return {QUrl(store.setting(EndpointSetting)), store.setting(KeySetting), store.setting(SecretSetting)};
}

Status LrsSettings::save(ProgressStore &store) const
{
    // The secret is stored as typed: the database is the user's own file, and a key that
    // could decrypt it would sit beside it. The CLI and the admin page never show it back.
    for (const auto &[name, value] :
         {std::pair{EndpointSetting, endpointKey()}, std::pair{KeySetting, key}, std::pair{SecretSetting, secret}}) {
        if (value.isEmpty())
            continue;
        if (Status s = store.setSetting(name, value); !s)
            return s;
    }
    return success();
}

QString LrsSettings::endpointKey() const
{
    if (endpoint.isEmpty())
        return {};
    return endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

QString LrsSettings::problem() const
{
    if (endpoint.isEmpty())
        return u"No LRS is set: give its xAPI endpoint with --endpoint (for example https://lrs.example.org/xAPI), "
               "with --key and --secret."_s;
    if (!endpoint.isValid() || (endpoint.scheme() != u"http" && endpoint.scheme() != u"https") ||
        endpoint.host().isEmpty())
        return u"The LRS endpoint \"%1\" is not an http or https URL."_s.arg(endpoint.toString());
    if (key.isEmpty() || secret.isEmpty())
        return u"The LRS key or secret is not set: give them with --key and --secret."_s;
    return {};
}

LrsClient::LrsClient(ProgressStore &store, LrsSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(std::move(settings))
{}

QUrl LrsClient::statementsUrl() const
{
    return QUrl(m_settings.endpointKey() + u"/statements"_s);
}

QNetworkRequest LrsClient::request(const QUrl &url) const
{
    QNetworkRequest r(url);
    r.setRawHeader("X-Experience-API-Version", "1.0.3");
    r.setRawHeader("Authorization", "Basic " + (m_settings.key + u':' + m_settings.secret).toUtf8().toBase64());
    r.setTransferTimeout(TransferTimeoutMs);
    // The key and secret go to the LRS's own origin only, never through a redirect elsewhere.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return r;
}

int LrsClient::retryDelayMs(int attempt) const
{
    qint64 delay = m_retry.initialDelayMs;
    for (int i = 1; i < attempt && delay < m_retry.maxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, m_retry.maxDelayMs));
}

// ---- push

void LrsClient::push()
{
    if (m_busy)
        return;
    m_busy = true;
    m_push = {};
    m_split.clear();
    m_afterSeq = 0;
    if (const QString problem = m_settings.problem(); !problem.isEmpty())
        return finishPush(problem);
    auto pending = m_store.unsentCount(m_settings.endpointKey());
    if (!pending)
        return finishPush(pending.errorMessage());
    m_push.pendingAtStart = *pending;
    emit progress(0, m_push.pendingAtStart);
    sendNextBatch();
}

void LrsClient::sendNextBatch()
{
    if (!m_split.isEmpty()) {
        m_batch = m_split.takeFirst();
    } else {
        auto next = m_store.unsentStatements(m_settings.endpointKey(), m_batchSize, m_afterSeq);
        if (!next)
            return finishPush(next.errorMessage());
        if (next->isEmpty())
            return finishPush();
        m_batch = std::move(next).value();
        m_afterSeq = m_batch.last().seq;
    }
    m_attempt = 0;
    postBatch();
}

void LrsClient::postBatch()
{
    ++m_attempt;
    QByteArray body;
    body.reserve(m_batch.size() * 2048);
    body += '[';
    for (const PendingStatement &s : std::as_const(m_batch)) {
        if (body.size() > 1)
            body += ',';
        body += s.json;
    }
    body += ']';
    QNetworkRequest r = request(statementsUrl());
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.post(r, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPushReply(reply); });
}

void LrsClient::onPushReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = httpStatus(reply);
    if (status == 200) {
        // The LRS answers with the ids it stored (or already held, identical): exactly those
        // are marked sent. An id it left out stays unsent and goes with the next push.
        QSet<QString> ours;
        for (const PendingStatement &s : std::as_const(m_batch))
            ours.insert(s.id);
        QStringList confirmed;
        for (const QJsonValue &id : QJsonDocument::fromJson(body).array()) {
            if (ours.contains(id.toString()))
                confirmed << id.toString();
        }
        if (Status s = m_store.markSent(m_settings.endpointKey(), confirmed); !s)
            return finishPush(s.errorMessage());
        m_push.sent += confirmed.size();
        emit progress(m_push.sent, m_push.pendingAtStart);
        return sendNextBatch();
    }
    if (status == 409 || status == 400) {
        // One statement of the batch makes the LRS refuse it all: a conflict (another
        // statement with the same id is there) or a statement it finds invalid. Find it, set
        // it aside with the reason, and send the others.
        return setAside(m_batch, status, describe(reply, body));
    }
    if (isTransient(reply) && m_attempt < m_retry.maxAttempts) {
        const int delay = retryDelayMs(m_attempt);
        qCInfo(lcProgress).noquote() << "LRS push failed (" << describe(reply, body) << "), retrying in" << delay
                                     << "ms";
        QTimer::singleShot(delay, this, [this] { postBatch(); });
        return;
    }
    QString why = describe(reply, body);
    if (status == 401 || status == 403)
        why += u". The LRS did not accept the key and secret: check them (--key, --secret)."_s;
    else if (isTransient(reply))
        why += u" (after %1 attempt(s))."_s.arg(m_attempt);
    return finishPush(u"The LRS at %1 could not take the statements: %2 Nothing unconfirmed was marked sent; it will "
                      "be sent next time."_s.arg(m_settings.endpointKey(), why.endsWith(u'.') ? why : why + u'.'));
}

void LrsClient::setAside(QList<PendingStatement> batch, int httpStatus, const QString &reason)
{
    // The LRS names the statement it refused (Learning Locker: "<id> is conflicting"): that
    // one is set aside at once. Otherwise the batch is halved until the culprit is alone.
    QList<PendingStatement> culprits;
    for (qsizetype i = batch.size() - 1; i >= 0; --i) {
        if (reason.contains(batch[i].id))
            culprits.append(batch.takeAt(i));
    }
    if (culprits.isEmpty() && batch.size() == 1)
        culprits.append(batch.takeFirst());
    for (const PendingStatement &s : std::as_const(culprits)) {
        if (Status st = m_store.markRefused(m_settings.endpointKey(), s.id, httpStatus, reason); !st)
            return finishPush(st.errorMessage());
        m_push.newlyRefused.append({s.id, httpStatus, reason});
    }
    if (!batch.isEmpty()) {
        if (culprits.isEmpty()) {
            const qsizetype half = batch.size() / 2;
            m_split.prepend(batch.mid(half));
            m_split.prepend(batch.first(half));
        } else {
            m_split.prepend(batch);
        }
    }
    sendNextBatch();
}

void LrsClient::finishPush(const QString &error)
{
    m_push.error = error;
    m_busy = false;
    m_batch.clear();
    m_split.clear();
    emit pushFinished(m_push);
}

// ---- pull

void LrsClient::pull()
{
    if (m_busy)
        return;
    m_busy = true;
    m_pull = {};
    m_maxStored.clear();
    m_maxStoredMs = -1;
    m_pagesSeen.clear();
    if (const QString problem = m_settings.problem(); !problem.isEmpty())
        return finishPull(problem);
    m_pull.since = m_store.setting(pullPointSetting(m_settings.endpointKey()));
    QUrl url = statementsUrl();
    QUrlQuery query;
    // Oldest first: statements are merged in the order the LRS stored them, which is the
    // order each machine recorded them in, so the projections come out as on that machine.
    query.addQueryItem(u"ascending"_s, u"true"_s);
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    if (!m_pull.since.isEmpty())
        query.addQueryItem(u"since"_s, m_pull.since);
    url.setQuery(query);
    m_attempt = 0;
    getPage(url);
}

void LrsClient::getPage(const QUrl &url)
{
    ++m_attempt;
    QNetworkReply *reply = m_network.get(request(url));
    // A page is a few hundred statements: a reply far larger is not an LRS's, and is cut off
    // before it fills the memory.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxPageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { onPullReply(reply, url); });
}

void LrsClient::onPullReply(QNetworkReply *reply, const QUrl &url)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = httpStatus(reply);
    if (status != 200) {
        if (isTransient(reply) && m_attempt < m_retry.maxAttempts) {
            QTimer::singleShot(retryDelayMs(m_attempt), this, [this, url] { getPage(url); });
            return;
        }
        QString why = describe(reply, body);
        if (status == 401 || status == 403)
            why += u". The LRS did not accept the key and secret: check them (--key, --secret)"_s;
        return finishPull(u"Could not pull statements from the LRS at %1: %2."_s.arg(m_settings.endpointKey(), why));
    }
    QJsonParseError parseError;
    const QJsonObject result = QJsonDocument::fromJson(body, &parseError).object();
    if (!result.value(u"statements"_s).isArray())
        return finishPull(u"The LRS at %1 answered with something that is not an xAPI StatementResult (%2)."_s.arg(
            m_settings.endpointKey(),
            parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"no \"statements\" list"_s));
    const QJsonArray statements = result.value(u"statements"_s).toArray();
    ImportOptions options;
    options.heldByEndpoint = m_settings.endpointKey();
    auto summary = m_store.importStatements(statements, options);
    if (!summary)
        return finishPull(summary.errorMessage());
    m_pull.received += statements.size();
    ++m_pull.pages;
    m_pull.imported.added += summary->added;
    m_pull.imported.alreadyPresent += summary->alreadyPresent;
    m_pull.imported.rejected += summary->rejected;
    if (m_pull.imported.problems.size() < options.maxProblemsListed)
        m_pull.imported.problems += summary->problems;
    // The pull point moves only past statements that were merged (or refused for good), so
    // a pull cut short resumes where it stopped. Compared as moments, not as text: an LRS
    // may write "…:01Z" and "…:01.500Z", which sort the wrong way round as text.
    for (const QJsonValue &s : statements) {
        const QString stored = s.toObject().value(u"stored"_s).toString();
        const std::optional<qint64> at = StatementImport::parseTimestamp(stored);
        if (at && (m_maxStoredMs < 0 || *at > m_maxStoredMs)) {
            m_maxStoredMs = *at;
            m_maxStored = stored;
        }
    }
    if (!m_maxStored.isEmpty()) {
        if (Status s = m_store.setSetting(pullPointSetting(m_settings.endpointKey()), m_maxStored); !s)
            return finishPull(s.errorMessage());
        m_pull.since = m_maxStored;
    }
    emit progress(m_pull.received, -1);
    const QString more = result.value(u"more"_s).toString();
    if (more.isEmpty() || statements.isEmpty())
        return finishPull();
    // `more` is a URL relative to the LRS (Learning Locker: "/xAPI/statements?...&cursor=…").
    // It must stay on the LRS's origin (the key and secret go with it) and must not lead back
    // to a page already read (an LRS answering in a circle would keep the pull going forever).
    const QUrl next = m_settings.endpoint.resolved(QUrl(more));
    if (next.scheme() != m_settings.endpoint.scheme() || next.host() != m_settings.endpoint.host() ||
        next.port() != m_settings.endpoint.port())
        return finishPull(u"The LRS at %1 pointed to its next page on another server (%2); the pull stopped there "
                          "so that the key and secret are not sent elsewhere."_s
                              .arg(m_settings.endpointKey(), next.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    if (m_pagesSeen.contains(next))
        return finishPull(u"The LRS at %1 pointed back to a page already read; the pull stopped there."_s.arg(
            m_settings.endpointKey()));
    m_pagesSeen.insert(next);
    m_attempt = 0;
    getPage(next);
}

void LrsClient::finishPull(const QString &error)
{
    m_pull.error = error;
    m_busy = false;
    emit pullFinished(m_pull);
}

} // namespace Passerelle
