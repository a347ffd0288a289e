// SPDX-License-Identifier: Apache-2.0
// Runs the Qt Quick Tests beside this file. The setup loads the real activity plugins, so
// the tests exercise the views as the app ships them (from the plugins' resources), and
// exposes `activities.evaluate()` so that feedback comes from the plugins' real C++ scoring.
#include "activities/pluginregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJSValue>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtEndian>
#include <QtQuickTest>

#include <cmath>
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
    // A module folder of tiny media made on the spot (nothing downloaded, nothing binary in
    // git): media/tone.wav (0.6 s of a 440 Hz tone, 8 kHz mono), media/briefing.wav (the
    // same for 75 s, for screenshots of a player in use), media/broken.wav (not audio),
    // media/picture.svg, and secret.wav beside media/, which no view may reach.
    // Returns the folder's URL, ending in "/", as the host's baseUrl.
    Q_INVOKABLE QUrl writeSampleMedia()
    {
        if (!m_mediaDir) {
            m_mediaDir = std::make_unique<QTemporaryDir>();
            QDir(m_mediaDir->path()).mkdir(u"media"_s);
            const QByteArray tone = wave(8000, 0.6);
            write(u"media/tone.wav"_s, tone);
            write(u"secret.wav"_s, tone);
            write(u"media/briefing.wav"_s, wave(8000, 75));
            write(u"media/broken.wav"_s, QByteArray("RIFF....WAVEthis is not audio at all").repeated(8));
            write(u"media/picture.svg"_s,
                  "<svg xmlns='http://www.w3.org/2000/svg' width='320' height='180' viewBox='0 0 320 180'>"
                  "<rect width='320' height='180' fill='#dcebf5'/>"
                  "<polygon points='160,40 200,100 120,100' fill='#ffffff' stroke='#3a6d8c' stroke-width='3'/>"
                  "<rect y='100' width='320' height='80' fill='#3a6d8c' fill-opacity='0.35'/>"
                  "<polygon points='120,100 200,100 240,170 80,170' fill='#ffffff' fill-opacity='0.6'/></svg>");
        }
        return QUrl::fromLocalFile(m_mediaDir->path() + u'/');
    }
    // Where tests save what they render for people to look at (PASSERELLE_SCREENSHOT_DIR);
    // empty when nobody asked.
    Q_INVOKABLE QString screenshotDir() const { return qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"); }

private:
    void write(const QString &relative, const QByteArray &bytes) const
    {
        QFile file(QDir(m_mediaDir->path()).filePath(relative));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
    }
    // A PCM WAV file: 16-bit mono samples of a sine wave.
    static QByteArray wave(int rate, double seconds)
    {
        const int samples = static_cast<int>(rate * seconds);
        QByteArray data(samples * 2, Qt::Uninitialized);
        for (int i = 0; i < samples; ++i)
            qToLittleEndian<qint16>(static_cast<qint16>(8000 * std::sin(2 * M_PI * 440 * i / rate)), data.data() + 2 * i);
        const auto u32 = [](quint32 v) {
            QByteArray b(4, Qt::Uninitialized);
            qToLittleEndian(v, b.data());
            return b;
        };
        const auto u16 = [](quint16 v) {
            QByteArray b(2, Qt::Uninitialized);
            qToLittleEndian(v, b.data());
            return b;
        };
        return QByteArray("RIFF") + u32(static_cast<quint32>(36 + data.size())) + QByteArray("WAVEfmt ") + u32(16) +
               u16(1) + u16(1) + u32(static_cast<quint32>(rate)) + u32(static_cast<quint32>(rate * 2)) + u16(2) +
               u16(16) + QByteArray("data") + u32(static_cast<quint32>(data.size())) + data;
    }

    std::unique_ptr<QTemporaryDir> m_mediaDir;
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
