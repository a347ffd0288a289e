// SPDX-License-Identifier: Apache-2.0
// Runs the Qt Quick Tests beside this file. The setup loads the real activity plugins, so
// the tests exercise the views as the app ships them (from the plugins' resources), and
// exposes `activities.evaluate()` so that feedback comes from the plugins' real C++ scoring.
#include "activities/pluginregistry.h"

#include <QJSValue>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

class ActivityEvaluator : public QObject
{
    Q_OBJECT

public:
    explicit ActivityEvaluator(const Passerelle::PluginRegistry &registry) : m_registry(registry) {}

    Q_INVOKABLE QVariantMap evaluate(const QString &type, const QVariantMap &config, const QVariant &response) const
    {
        const Passerelle::ActivityType *activity = m_registry.type(type);
        if (!activity)
            return {{u"error"_s, QString(u"no activity type "_s + type)}};
        const QVariant plain = response.metaType() == QMetaType::fromType<QJSValue>()
                                   ? response.value<QJSValue>().toVariant()
                                   : response;
        const Passerelle::ActivityResult r =
            activity->evaluate(QJsonObject::fromVariantMap(config), QJsonValue::fromVariant(plain));
        return {{u"rawScore"_s, r.rawScore}, {u"maxScore"_s, r.maxScore}, {u"success"_s, r.success},
                {u"completion"_s, r.completion}, {u"feedback"_s, r.feedback.toVariantMap()}};
    }
    Q_INVOKABLE QUrl viewUrl(const QString &type) const
    {
        const Passerelle::ActivityType *activity = m_registry.type(type);
        return activity ? activity->viewUrl() : QUrl();
    }

private:
    const Passerelle::PluginRegistry &m_registry;
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        if (!m_registry.problems().isEmpty())
            qFatal("%s", qPrintable(m_registry.problems().join(u'\n')));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->rootContext()->setContextProperty(u"activities"_s, new ActivityEvaluator(m_registry));
    }

private:
    Passerelle::PluginRegistry m_registry;
};

QUICK_TEST_MAIN_WITH_SETUP(passerelle_qml, Setup)

#include "tst_qml.moc"
