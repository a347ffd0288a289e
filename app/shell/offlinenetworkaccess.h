// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QQmlNetworkAccessManagerFactory>

namespace Passerelle {

// Modules are data only and the app works offline: QML and Markdown may load files from the
// module's folder and the app's resources, never from the network. Every other request
// fails at once instead of leaking the learner's activity or hanging without a connection.
class OfflineNetworkAccessManagerFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};

} // namespace Passerelle
