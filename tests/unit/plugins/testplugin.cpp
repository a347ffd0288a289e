// SPDX-License-Identifier: Apache-2.0
// Activity types that the registry must refuse. One source, built once per folder beside it:
// each folder's plugin.json (found by moc through the include path) and compile definitions
// make one kind of bad plugin.
#include "activitytype.h"

#include <QObject>

#ifndef TEST_PLUGIN_IID
#define TEST_PLUGIN_IID PASSERELLE_ACTIVITY_IID
#endif

class TestActivity : public QObject, public Passerelle::ActivityType
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TEST_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(Passerelle::ActivityType)

public:
#ifdef TEST_PLUGIN_COMPILED_API_OFFSET
    int apiVersion() const override { return Passerelle::ActivityApiVersion + TEST_PLUGIN_COMPILED_API_OFFSET; }
#endif
    QList<Passerelle::ConfigIssue> validate(const QJsonObject &) const override { return {}; }
    Passerelle::ActivityResult evaluate(const QJsonObject &, const QJsonValue &) const override { return {}; }
    QJsonObject xapiDefinition(const QJsonObject &, const QString &) const override { return {}; }
    QUrl viewUrl() const override { return {}; }
};

#include "testplugin.moc"
