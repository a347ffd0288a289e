// SPDX-License-Identifier: Apache-2.0
// The media plugin's validation and completion, through the built plugin as the app loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject image()
{
    return {{u"kind"_s, u"image"_s},
            {u"src"_s, u"media/iceberg.svg"_s},
            {u"alt"_s, u"An iceberg: a small visible tip above the water, a much larger mass below"_s},
            {u"caption"_s, u"What we see of a culture, and what we do not."_s}};
}

QJsonObject audio()
{
    return {{u"kind"_s, u"audio"_s},
            {u"src"_s, u"media/briefing.ogg"_s},
            {u"transcript"_s, u"**Expert:** Good morning. Before we start, here are the terms we will use."_s}};
}

QJsonObject video()
{
    QJsonObject c = audio();
    c.insert(u"kind"_s, u"video"_s);
    c.insert(u"src"_s, u"media/clips/briefing.webm"_s);
    c.insert(u"poster"_s, u"media/clips/briefing.png"_s);
    return c;
}

QJsonObject with(QJsonObject config, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        config.remove(key);
    else
        config.insert(key, value);
    return config;
}

} // namespace

class TestMediaActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_media = nullptr;

    QList<ConfigIssue> issuesAt(const QJsonObject &config, const QString &path) const
    {
        QList<ConfigIssue> found;
        for (const ConfigIssue &issue : m_media->validate(config)) {
            if (issue.path == path)
                found << issue;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_media = m_registry.type(u"media"_s);
        QVERIFY2(m_media, qPrintable(m_registry.problems().join(u'\n')));
    }

    void declaresItselfInItsMetadata()
    {
        const PluginInfo *info = m_registry.info(u"media"_s);
        QVERIFY(info);
        QCOMPARE(info->version, u"1.0.0"_s);
        QCOMPARE(info->xapiInteractionType, u"other"_s);
        QCOMPARE(info->displayName(u"fr"_s), u"Image, son ou vidéo"_s);
        QVERIFY2(m_media->viewUrl() == QUrl(u"qrc:/activities/media/View.qml"_s),
                 "no Qt Multimedia backend found: install the packages in scripts/deps");
    }

    // Without a multimedia backend Qt 6.4 ends the process when a player is created: the
    // plugin hands out the view that never creates one.
    void handsOutTheTranscriptViewWithoutABackend()
    {
        const QByteArray saved = qgetenv("QT_MEDIA_BACKEND");
        qputenv("QT_MEDIA_BACKEND", "no-such-backend");
        const QUrl url = m_media->viewUrl();
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
        const QUrl gstreamer = m_media->viewUrl();
        if (saved.isNull())
            qunsetenv("QT_MEDIA_BACKEND");
        else
            qputenv("QT_MEDIA_BACKEND", saved);
        QCOMPARE(url, QUrl(u"qrc:/activities/media/TranscriptView.qml"_s));
        QCOMPARE(gstreamer, QUrl(u"qrc:/activities/media/View.qml"_s));
    }

    void acceptsGoodConfigsOfEveryKind()
    {
        for (const QJsonObject &c : {image(), audio(), video(), with(image(), u"caption"_s, QJsonValue::Undefined),
                                     with(video(), u"poster"_s, QJsonValue::Undefined)}) {
            const QList<ConfigIssue> issues = m_media->validate(c);
            QVERIFY2(issues.isEmpty(), QByteArray(QJsonDocument(c).toJson() + issues.value(0).path.toUtf8() + ": " +
                                                  issues.value(0).message.toUtf8())
                                           .constData());
        }
    }

    void reportsProblemsAtTheirPath_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");
        auto row = [](const char *name, const QJsonObject &c, const QString &path, const QString &message,
                      bool isError = true) {
            QTest::newRow(name) << QJsonDocument(c).toJson() << path << message << isError;
        };

        row("no kind", with(image(), u"kind"_s, QJsonValue::Undefined), u"kind"_s, u"the kind of media is missing"_s);
        row("unknown kind", with(image(), u"kind"_s, u"podcast"_s), u"kind"_s, u"\"podcast\" is not a kind of media"_s);
        row("no src", with(image(), u"src"_s, QJsonValue::Undefined), u"src"_s, u"the file is missing"_s);
        row("src not text", with(image(), u"src"_s, 3), u"src"_s, u"must be a file path, as text"_s);
        row("image without alt", with(image(), u"alt"_s, QJsonValue::Undefined), u"alt"_s,
            u"the image has no text alternative"_s);
        row("image with empty alt", with(image(), u"alt"_s, u"  "_s), u"alt"_s,
            u"the image's text alternative is empty"_s);
        row("audio without transcript", with(audio(), u"transcript"_s, QJsonValue::Undefined), u"transcript"_s,
            u"the audio has no transcript"_s);
        row("video with empty transcript", with(video(), u"transcript"_s, u"\n"_s), u"transcript"_s,
            u"the video's transcript is empty"_s);
        row("caption not text", with(image(), u"caption"_s, QJsonArray{u"a"_s}), u"caption"_s, u"must be text"_s);
        row("audio file as image", with(image(), u"src"_s, u"media/briefing.ogg"_s), u"src"_s,
            u"\"media/briefing.ogg\" is not an image file Passerelle plays"_s);
        row("image file as audio", with(audio(), u"src"_s, u"media/iceberg.svg"_s), u"src"_s,
            u"\"media/iceberg.svg\" is not an audio file Passerelle plays"_s);
        row("no extension", with(video(), u"src"_s, u"media/briefing"_s), u"src"_s,
            u"\"media/briefing\" is not a video file Passerelle plays"_s);
        row("poster not an image", with(video(), u"poster"_s, u"media/poster.ogg"_s), u"poster"_s,
            u"\"media/poster.ogg\" is not an image file Passerelle plays"_s);
        row("poster outside media", with(video(), u"poster"_s, u"../poster.png"_s), u"poster"_s,
            u"\"../poster.png\" has an empty, \".\" or \"..\" part"_s);
        row("poster on audio", with(audio(), u"poster"_s, u"media/p.png"_s), u"poster"_s,
            u"only a video has a poster; it is ignored"_s, false);
        row("alt on audio", with(audio(), u"alt"_s, u"A recording"_s), u"alt"_s,
            u"\"alt\" is for images; a recording's text alternative is its transcript"_s, false);
    }
    void reportsProblemsAtTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        const QList<ConfigIssue> issues = issuesAt(QJsonDocument::fromJson(config).object(), path);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().message, message);
        QCOMPARE(issues.first().severity, isError ? ConfigIssue::Severity::Error : ConfigIssue::Severity::Warning);
        QVERIFY(!issues.first().hint.isEmpty());
    }

    // Only plain relative paths inside media/: the app resolves them against the module's
    // folder and must never leave it or reach the network.
    void refusesPathsThatLeaveTheModule_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("reason");
        QTest::newRow("parent") << u"../secret.wav"_s << u"has an empty, \".\" or \"..\" part"_s;
        QTest::newRow("parent inside") << u"media/../../etc/passwd.wav"_s << u"has an empty, \".\" or \"..\" part"_s;
        QTest::newRow("dot") << u"media/./a.wav"_s << u"has an empty, \".\" or \"..\" part"_s;
        QTest::newRow("double slash") << u"media//a.wav"_s << u"has an empty, \".\" or \"..\" part"_s;
        QTest::newRow("absolute") << u"/home/me/a.wav"_s << u"is an absolute path"_s;
        QTest::newRow("windows drive")
            << u"C:/a.wav"_s << u"is an address or carries a scheme; Passerelle plays files of the module only"_s;
        QTest::newRow("backslash") << u"media\\a.wav"_s << u"uses backslashes"_s;
        QTest::newRow("http") << u"https://example.org/a.wav"_s
                              << u"is an address or carries a scheme; Passerelle plays files of the module only"_s;
        QTest::newRow("file url") << u"file:///tmp/a.wav"_s
                                  << u"is an address or carries a scheme; Passerelle plays files of the module only"_s;
        QTest::newRow("qrc") << u"qrc:/activities/a.wav"_s
                             << u"is an address or carries a scheme; Passerelle plays files of the module only"_s;
        QTest::newRow("outside media") << u"lessons/a.wav"_s << u"is not inside the module's media/ folder"_s;
        QTest::newRow("media itself") << u"media"_s << u"is not inside the module's media/ folder"_s;
        QTest::newRow("hidden file")
            << u"media/.a.wav"_s
            << u"has a part (\".a.wav\") with characters other than letters, digits, \".\", \"-\" and \"_\""_s;
        QTest::newRow("space")
            << u"media/my file.wav"_s
            << u"has a part (\"my file.wav\") with characters other than letters, digits, \".\", \"-\" and \"_\""_s;
    }
    void refusesPathsThatLeaveTheModule()
    {
        QFETCH(QString, src);
        QFETCH(QString, reason);
        const QList<ConfigIssue> issues = issuesAt(with(audio(), u"src"_s, src), u"src"_s);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().message, QString(u'"' + src + u"\" "_s + reason));
        QCOMPARE(issues.first().severity, ConfigIssue::Severity::Error);
    }

    void markingAsSeenOrPlayingToTheEndCompletesWithoutAScore()
    {
        for (const QString &via : {u"button"_s, u"ended"_s}) {
            const ActivityResult r = m_media->evaluate(audio(), QJsonObject{{u"seen"_s, true}, {u"via"_s, via}});
            QVERIFY(r.completion);
            QVERIFY(r.success);
            QCOMPARE(r.rawScore, 0.0);
            QCOMPARE(r.maxScore, 0.0);
            QCOMPARE(r.feedback.value(u"verdict"_s).toString(), u"seen"_s);
            QCOMPARE(r.feedback.value(u"via"_s).toString(), via);
            QCOMPARE(r.xapiResponse, via == u"ended"_s ? u"played-to-end"_s : u"marked-as-seen"_s);
        }
    }

    void refusesAnythingElse_data()
    {
        QTest::addColumn<QByteArray>("response");
        auto row = [](const char *name, const QJsonValue &v) {
            QTest::newRow(name) << QJsonDocument(QJsonArray{v}).toJson();
        };
        row("nothing", QJsonValue());
        row("text", u"seen"_s);
        row("not seen", QJsonObject{{u"seen"_s, false}, {u"via"_s, u"button"_s}});
        row("seen as text", QJsonObject{{u"seen"_s, u"true"_s}, {u"via"_s, u"button"_s}});
        row("no via", QJsonObject{{u"seen"_s, true}});
        row("unknown via", QJsonObject{{u"seen"_s, true}, {u"via"_s, u"skipped"_s}});
    }
    void refusesAnythingElse()
    {
        QFETCH(QByteArray, response);
        const ActivityResult r = m_media->evaluate(image(), QJsonDocument::fromJson(response).array().at(0));
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.feedback.value(u"verdict"_s).toString(), u"invalid"_s);
    }

    void describesItselfToXapiAsOther()
    {
        const QJsonObject d = m_media->xapiDefinition(image(), u"fr"_s);
        QCOMPARE(d.value(u"interactionType"_s).toString(), u"other"_s);
        QCOMPARE(d.value(u"description"_s).toObject().value(u"fr"_s).toString(),
                 u"What we see of a culture, and what we do not."_s);
        const QJsonObject noCaption =
            m_media->xapiDefinition(with(image(), u"caption"_s, QJsonValue::Undefined), u"en"_s);
        QCOMPARE(noCaption.value(u"description"_s).toObject().value(u"en"_s).toString(),
                 image().value(u"alt"_s).toString());
        QVERIFY(!m_media->xapiDefinition(audio(), u"en"_s).contains(u"description"_s));
    }
};

QTEST_GUILESS_MAIN(TestMediaActivity)
#include "tst_mediaactivity.moc"
