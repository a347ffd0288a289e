// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "progress/progressstore.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace Passerelle {

// Where the organisation's LRS is and how to sign in to it (HTTP Basic: the LRS's client
// key and secret). Kept in the progress database's settings table, beside the log it sends.
struct LrsSettings
{
    QUrl endpoint; // the xAPI endpoint, e.g. https://lrs.example.org/xAPI (statements are under it)
    QString key;
    QString secret;

    static LrsSettings load(ProgressStore &store);
    // Saves what is set (an empty field keeps the stored value).
    Status save(ProgressStore &store) const;
    // The endpoint as the log's sync tables name it: no trailing slash, no user info.
    QString endpointKey() const;
    // Empty when the settings are usable; otherwise what to set.
    QString problem() const;
};

// How hard to try before giving up on a request that failed for a reason that may pass (no
// network, the LRS restarting, HTTP 5xx or 429): attempts spaced by a delay that doubles
// each time, up to maxDelayMs.
struct RetryPolicy
{
    int maxAttempts = 5;
    int initialDelayMs = 1000;
    int maxDelayMs = 30'000;
};

struct PushReport
{
    qint64 pendingAtStart = 0;            // statements waiting to be sent when the push began
    qint64 sent = 0;                      // confirmed by the LRS (their ids came back)
    QList<RefusedStatement> newlyRefused; // refused by the LRS during this push (409, 400)
    QString error;                        // empty when the push ran to the end
    bool ok() const { return error.isEmpty(); }
};

struct PullReport
{
    qint64 received = 0; // statements the LRS returned
    int pages = 0;
    ImportSummary imported;
    QString since; // the pull point the next pull starts from
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Sends the log to an xAPI 1.0.3 LRS and brings statements back from it, asynchronously
// (the admin page shows progress; the CLI waits on an event loop). A push sends the unsent
// statements in batches (POST <endpoint>/statements) and marks sent only the ids the LRS
// confirms; a statement the LRS refuses (409: it holds another statement with that id) is
// set aside and reported, never sent again in a loop. A pull follows `more` from the last
// pull point and merges through ProgressStore::importStatements.
class LrsClient : public QObject
{
    Q_OBJECT
public:
    // Chosen from tests/bench/sync (Learning Locker's service on loopback, 5,000 statements,
    // busy 2-core machine): batches of 1 send 126 statements/s, 10: 521/s, 50: 630/s,
    // 100: 1,059/s, 250: 957/s, 500: 1,202/s, 1000: 1,009/s. Past 100 the gain is within the
    // noise while each request grows (more to send again after a failure on a poor link,
    // and requests of a megabyte or more that some LRSs and proxies refuse), so 100.
    static constexpr int DefaultBatchSize = 100;
    static constexpr int DefaultPageSize = 500;
    // The largest reply to a pull accepted (a page of DefaultPageSize statements is about
    // 1 MiB).
    static constexpr qint64 MaxPageBytes = qint64(64) * 1024 * 1024;

    LrsClient(ProgressStore &store, LrsSettings settings, QObject *parent = nullptr);

    void setBatchSize(int statements) { m_batchSize = qMax(1, statements); }
    void setPageSize(int statements) { m_pageSize = qMax(1, statements); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    bool isBusy() const { return m_busy; }

    // Each ends with pushFinished / pullFinished, emitted before the call returns when there
    // is nothing to do (check isBusy()); one operation at a time.
    void push();
    void pull();

signals:
    // done of total statements (total is -1 on a pull: the LRS does not say how many).
    void progress(qint64 done, qint64 total);
    void pushFinished(const Passerelle::PushReport &report);
    void pullFinished(const Passerelle::PullReport &report);

private:
    QNetworkRequest request(const QUrl &url) const;
    QUrl statementsUrl() const;
    int retryDelayMs(int attempt) const;

    void sendNextBatch();
    void postBatch();
    void onPushReply(QNetworkReply *reply);
    void setAside(QList<PendingStatement> batch, int httpStatus, const QString &reason);
    void finishPush(const QString &error = QString());

    void getPage(const QUrl &url);
    void onPullReply(QNetworkReply *reply, const QUrl &url);
    void finishPull(const QString &error = QString());

    ProgressStore &m_store;
    LrsSettings m_settings;
    QNetworkAccessManager m_network;
    RetryPolicy m_retry;
    int m_batchSize = DefaultBatchSize;
    int m_pageSize = DefaultPageSize;
    bool m_busy = false;
    int m_attempt = 0;

    // Push state: the batch in flight, smaller batches left after splitting one the LRS
    // refused, and the last log position taken (so a statement the LRS neither confirmed nor
    // refused is not taken again in the same push).
    QList<PendingStatement> m_batch;
    QList<QList<PendingStatement>> m_split;
    qint64 m_afterSeq = 0;
    PushReport m_push;

    PullReport m_pull;
    QString m_maxStored;
    qint64 m_maxStoredMs = -1;
    QSet<QUrl> m_pagesSeen; // the `more` pages read in this pull
};

} // namespace Passerelle
