// SPDX-License-Identifier: Apache-2.0
// Runs the Qt Quick Tests beside this file. The setup loads the real activity plugins, so
// the tests exercise the views as the app ships them (from the plugins' resources), and
// exposes `activities.evaluate()` so that feedback comes from the plugins' real C++ scoring.
#include "activities/pluginregistry.h"

#include <QCoreApplication>
#include <QJSValue>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQuickTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class ActivityEvaluator : public QObject
{
    Q_OBJECT

public:
    ActivityEvaluator(const Passerelle::PluginRegistry &registry, QQmlEngine *engine)
        : QObject(engine)
        , m_registry(registry)
        , m_engine(engine)
    {}

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

    // Switches the views' language ("en" or "fr") as the app does: each plugin's translations
    // from its own resources. Views created afterwards use it. False if a plugin has no
    // translation for a language other than English.
    Q_INVOKABLE bool setLanguage(const QString &language)
    {
        for (const auto &translator : m_translators)
            QCoreApplication::removeTranslator(translator.get());
        m_translators.clear();
        // English has files too (for plural forms), but only where a plugin needs one.
        bool complete = true;
        for (const Passerelle::PluginInfo &plugin : m_registry.plugins()) {
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(plugin.id + u'_' + language, u":/activities/%1/i18n"_s.arg(plugin.id))) {
                complete = complete && language == u"en"_s;
                continue;
            }
            QCoreApplication::installTranslator(translator.get());
            m_translators.push_back(std::move(translator));
        }
        m_engine->retranslate();
        return complete;
    }
    // Where tests save what they render for people to look at (PASSERELLE_SCREENSHOT_DIR);
    // empty when nobody asked.
    Q_INVOKABLE QString screenshotDir() const { return qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"); }

private:
    const Passerelle::PluginRegistry &m_registry;
    QQmlEngine *m_engine;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
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
        engine->rootContext()->setContextProperty(u"activities"_s, new ActivityEvaluator(m_registry, engine));
    }

private:
    Passerelle::PluginRegistry m_registry;
};

QUICK_TEST_MAIN_WITH_SETUP(passerelle_qml, Setup)

#include "tst_qml.moc"
