// SPDX-License-Identifier: Apache-2.0
#include "mediaactivity.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;

namespace {

// File types per kind, by extension: what Qt's image formats and multimedia backends
// (GStreamer, FFmpeg) on a desktop play.
const QHash<QString, QStringList> &suffixesByKind()
{
    static const QHash<QString, QStringList> suffixes{
        {u"image"_s, {u"svg"_s, u"png"_s, u"jpg"_s, u"jpeg"_s, u"webp"_s, u"gif"_s}},
        {u"audio"_s, {u"mp3"_s, u"ogg"_s, u"oga"_s, u"opus"_s, u"wav"_s, u"flac"_s, u"m4a"_s}},
        {u"video"_s, {u"mp4"_s, u"webm"_s, u"ogv"_s, u"mkv"_s}},
    };
    return suffixes;
}

ConfigIssue error(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Error, path, message, hint};
}

ConfigIssue warning(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Warning, path, message, hint};
}

bool isBlank(const QJsonValue &value)
{
    return !value.isString() || value.toString().trimmed().isEmpty();
}

// Why `path` cannot be a file of the module's media folder, or empty when it can. The view
// applies the same rule before it resolves anything against the module's folder.
QString mediaPathProblem(const QString &path)
{
    if (path.contains(u"://"_s) || path.startsWith(u"//"_s) || path.contains(u':'))
        return u"is an address or carries a scheme; Passerelle plays files of the module only"_s;
    if (path.startsWith(u'/') || path.startsWith(u'\\'))
        return u"is an absolute path"_s;
    if (path.contains(u'\\'))
        return u"uses backslashes"_s;
    const QStringList parts = path.split(u'/');
    if (parts.contains(u".."_s) || parts.contains(u"."_s) || parts.contains(QString()))
        return u"has an empty, \".\" or \"..\" part"_s;
    static const QRegularExpression part(u"^[A-Za-z0-9_][A-Za-z0-9_.-]*$"_s);
    for (const QString &p : parts) {
        if (!part.match(p).hasMatch())
            return u"has a part (\"%1\") with characters other than letters, digits, \".\", \"-\" and \"_\""_s.arg(p);
    }
    if (parts.size() < 2 || parts.first() != u"media"_s)
        return u"is not inside the module's media/ folder"_s;
    return {};
}

void checkPath(const QJsonObject &config, const QString &field, const QString &kind, const QString &pathKind,
               QList<ConfigIssue> &issues)
{
    const QJsonValue value = config.value(field);
    if (!value.isString() || value.toString().isEmpty()) {
        issues << error(field, value.isUndefined() ? u"the file is missing"_s : u"must be a file path, as text"_s,
                        u"write the path from the module folder, such as \"%1: media/%2\""_s.arg(
                            field, kind == u"image"_s ? u"iceberg.svg"_s
                                                      : (kind == u"audio"_s ? u"briefing.ogg"_s : u"briefing.webm"_s)));
        return;
    }
    const QString path = value.toString();
    if (const QString problem = mediaPathProblem(path); !problem.isEmpty()) {
        issues << error(field, u"\"%1\" %2"_s.arg(path, problem),
                        u"put the file in the module's media/ folder and write its relative path, such as "
                        "media/interview.ogg"_s);
        return;
    }
    const QString suffix = path.section(u'.', -1).toLower();
    const QStringList allowed = suffixesByKind().value(pathKind);
    if (!path.contains(u'.') || !allowed.contains(suffix))
        issues << error(field,
                        u"\"%1\" is not a%2 %3 file Passerelle plays"_s.arg(
                            path, pathKind == u"audio"_s || pathKind == u"image"_s ? u"n"_s : QString(), pathKind),
                        u"use one of: %1"_s.arg(allowed.join(u", "_s)));
}

// Whether Qt Multimedia has a backend to play with (the GStreamer or FFmpeg plugin, or the
// one QT_MEDIA_BACKEND names). Without one, Qt 6.4 ends the process (qFatal) the moment a
// MediaPlayer is created, so the view must never create one. Reads the plugins' metadata
// only: no backend code runs here.
bool multimediaBackendAvailable()
{
    const QString wanted = qEnvironmentVariable("QT_MEDIA_BACKEND");
    const QStringList roots = QCoreApplication::libraryPaths();
    for (const QString &root : roots) {
        const QDir dir(root + u"/multimedia"_s);
        const QStringList files = dir.entryList(QDir::Files);
        for (const QString &file : files) {
            if (!QLibrary::isLibrary(file))
                continue;
            const QJsonObject meta = QPluginLoader(dir.filePath(file)).metaData();
            if (meta.value(u"IID"_s).toString() != u"org.qt-project.Qt.QPlatformMediaPlugin"_s)
                continue;
            if (wanted.isEmpty() ||
                meta.value(u"MetaData"_s).toObject().value(u"Keys"_s).toArray().contains(QJsonValue(wanted)))
                return true;
        }
    }
    return false;
}

} // namespace

QList<ConfigIssue> MediaActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    const QJsonValue kindValue = config.value(u"kind"_s);
    const QString kind = kindValue.toString();
    if (!suffixesByKind().contains(kind)) {
        issues << error(u"kind"_s,
                        kindValue.isUndefined()
                            ? u"the kind of media is missing"_s
                            : u"\"%1\" is not a kind of media"_s.arg(kindValue.toVariant().toString()),
                        u"write \"kind: image\", \"kind: audio\" or \"kind: video\""_s);
        return issues; // the other fields' rules depend on the kind
    }
    checkPath(config, u"src"_s, kind, kind, issues);

    const QJsonValue alt = config.value(u"alt"_s);
    if (kind == u"image"_s) {
        if (isBlank(alt))
            issues << error(u"alt"_s,
                            alt.isUndefined() ? u"the image has no text alternative"_s
                                              : u"the image's text alternative is empty"_s,
                            u"add \"alt:\" saying what the image shows, for learners who cannot see it"_s);
    } else if (!alt.isUndefined()) {
        issues << warning(u"alt"_s, u"\"alt\" is for images; a recording's text alternative is its transcript"_s,
                          u"remove \"alt:\" and make sure the transcript says everything the recording does"_s);
    }

    const QJsonValue caption = config.value(u"caption"_s);
    if (!caption.isUndefined() && !caption.isString())
        issues << error(u"caption"_s, u"must be text"_s, u"write the caption as a line of text"_s);

    const QJsonValue transcript = config.value(u"transcript"_s);
    if (kind != u"image"_s && isBlank(transcript))
        issues << error(u"transcript"_s,
                        transcript.isUndefined() ? u"the %1 has no transcript"_s.arg(kind)
                                                 : u"the %1's transcript is empty"_s.arg(kind),
                        u"add \"transcript: |\" with every word spoken (and, for a video, what is shown): learners "
                        "who cannot hear it, or whose computer cannot play it, read it instead"_s);
    else if (kind == u"image"_s && !transcript.isUndefined() && !transcript.isString())
        issues << error(u"transcript"_s, u"must be text"_s, u"write the image's long description as Markdown"_s);

    if (config.contains(u"poster"_s)) {
        if (kind == u"video"_s)
            checkPath(config, u"poster"_s, kind, u"image"_s, issues);
        else
            issues << warning(u"poster"_s, u"only a video has a poster; it is ignored"_s, u"remove \"poster:\""_s);
    }
    return issues;
}

ActivityResult MediaActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    Q_UNUSED(config)
    ActivityResult result;
    const QJsonObject answer = response.toObject();
    const QString via = answer.value(u"via"_s).toString();
    if (answer.value(u"seen"_s) != QJsonValue(true) || (via != u"button"_s && via != u"ended"_s)) {
        result.feedback = {{u"verdict"_s, u"invalid"_s}};
        return result;
    }
    result.completion = true;
    result.success = true;
    result.xapiResponse = via == u"ended"_s ? u"played-to-end"_s : u"marked-as-seen"_s;
    result.feedback = {{u"verdict"_s, u"seen"_s}, {u"via"_s, via}};
    return result;
}

QJsonObject MediaActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    QJsonObject definition{{u"interactionType"_s, u"other"_s}};
    // What the learner met, in words: the caption, else the image's text alternative.
    QString description = config.value(u"caption"_s).toString().trimmed();
    if (description.isEmpty())
        description = config.value(u"alt"_s).toString().trimmed();
    if (!description.isEmpty())
        definition.insert(u"description"_s, QJsonObject{{language, description}});
    return definition;
}

QUrl MediaActivity::viewUrl() const
{
    // Asked each time a view is made: cheap (a folder listing), and it follows the
    // environment a test sets.
    return QUrl(multimediaBackendAvailable() ? u"qrc:/activities/media/View.qml"_s
                                             : u"qrc:/activities/media/TranscriptView.qml"_s);
}
