// SPDX-License-Identifier: Apache-2.0
#include "offlinenetworkaccess.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

class OfflineNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QString scheme = request.url().scheme();
        if (scheme == u"file" || scheme == u"qrc" || scheme.isEmpty())
            return QNetworkAccessManager::createRequest(op, request, data);
        // An unsupported scheme makes Qt answer with ProtocolUnknownError, without network.
        QNetworkRequest refused(request);
        refused.setUrl(QUrl(u"blocked:"_s + request.url().toString(QUrl::RemoveUserInfo)));
        return QNetworkAccessManager::createRequest(op, refused, data);
    }
};

} // namespace

QNetworkAccessManager *OfflineNetworkAccessManagerFactory::create(QObject *parent)
{
    return new OfflineNetworkAccessManager(parent);
}

} // namespace Passerelle
