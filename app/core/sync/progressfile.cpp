// SPDX-License-Identifier: Apache-2.0
#include "sync/progressfile.h"

#include "progress/xapi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

// A UUID written the xAPI way: 8-4-4-4-12 hexadecimal digits, no braces.
bool isUuid(const QJsonValue &value)
{
    const QString text = value.toString();
    return value.isString() && text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool ProgressFile::isReflection(const QJsonObject &statement)
{
    static const QString activityType = Xapi::extensionIri(u"activity-type"_s);
    return statement.value(u"context"_s).toObject().value(u"extensions"_s).toObject().value(activityType).toString() ==
           u"reflection";
}

QJsonArray ProgressFile::withoutReflections(const QJsonArray &statements, qsizetype *removed)
{
    QJsonArray kept;
    qsizetype dropped = 0;
    for (const QJsonValue &statement : statements) {
        if (isReflection(statement.toObject()))
            ++dropped;
        else
            kept.append(statement);
    }
    if (removed)
        *removed = dropped;
    return kept;
}

QByteArray ProgressFile::canonical(const QJsonArray &statements)
{
    return QJsonDocument(statements).toJson(QJsonDocument::Compact);
}

QString ProgressFile::digest(const QJsonArray &statements)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(statements), QCryptographicHash::Sha256).toHex());
}

QByteArray ProgressFile::toJson() const
{
    const QJsonObject file{
        {u"format"_s, QString::fromUtf16(Format)},
        {u"formatVersion"_s, FormatVersion},
        {u"exportedAt"_s, exportedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"exportedBy"_s, QJsonObject{{u"app"_s, u"passerelle"_s}, {u"version"_s, exportedByVersion}}},
        {u"learner"_s, QJsonObject{{u"id"_s, learnerId}, {u"name"_s, learnerName}}},
        {u"statements"_s, statements},
        {u"digest"_s, digest(statements)},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Status ProgressFile::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"Cannot write the progress file %1: %2."_s.arg(native(path), file.errorString())};
    const QByteArray bytes = toJson();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{u"Cannot write the progress file %1: %2. Nothing was written; is the disk full?"_s.arg(
            native(path), file.errorString())};
    return success();
}

Expected<ProgressFile> ProgressFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"Cannot read the progress file %1: %2."_s.arg(native(path), file.errorString())};
    if (file.size() > MaxBytes)
        return Error{u"%1 is not a progress file Passerelle can read: it has %2 MiB, more than the %3 MiB allowed."_s
                         .arg(native(path))
                         .arg(file.size() / (1024 * 1024))
                         .arg(MaxBytes / (1024 * 1024))};
    return fromJson(file.readAll(), native(path));
}

Expected<ProgressFile> ProgressFile::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{u"%1 is not a Passerelle progress file: it is not a JSON object (%2 at byte %3)."_s
                         .arg(sourceName, parseError.error == QJsonParseError::NoError ? u"another JSON value"_s
                                                                                       : parseError.errorString())
                         .arg(parseError.offset)};
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != QString::fromUtf16(Format))
        return Error{u"%1 is not a Passerelle progress file (its \"format\" is not \"%2\")."_s.arg(
            sourceName, QString::fromUtf16(Format))};
    const QJsonValue version = root.value(u"formatVersion"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return Error{u"%1: \"formatVersion\" must be a whole number from 1."_s.arg(sourceName)};
    if (version.toInt() > FormatVersion)
        return Error{u"%1 was written by a newer version of Passerelle (progress file format %2; this version reads "
                     "format %3). Update Passerelle to read it."_s.arg(sourceName)
                         .arg(version.toInt())
                         .arg(FormatVersion)};

    QStringList problems;
    ProgressFile result;
    result.exportedAt = QDateTime::fromString(root.value(u"exportedAt"_s).toString(), Qt::ISODateWithMs);
    if (!result.exportedAt.isValid())
        problems << u"\"exportedAt\" is not a date and time (ISO 8601)"_s;
    const QJsonValue exportedBy = root.value(u"exportedBy"_s).toObject().value(u"version"_s);
    if (!exportedBy.isString())
        problems << u"\"exportedBy.version\" is missing"_s;
    result.exportedByVersion = exportedBy.toString();
    const QJsonObject learner = root.value(u"learner"_s).toObject();
    if (!isUuid(learner.value(u"id"_s)))
        problems << u"\"learner.id\" is not a UUID"_s;
    if (learner.value(u"name"_s).toString().trimmed().isEmpty())
        problems << u"\"learner.name\" is missing"_s;
    result.learnerId = learner.value(u"id"_s).toString();
    result.learnerName = learner.value(u"name"_s).toString();

    const QJsonValue statements = root.value(u"statements"_s);
    if (!statements.isArray()) {
        problems << u"\"statements\" is not a list"_s;
    } else {
        result.statements = statements.toArray();
        QSet<QString> seen;
        constexpr int MaxListed = 20;
        int listed = 0;
        qsizetype bad = 0;
        auto complain = [&](const QString &problem) {
            ++bad;
            if (listed++ < MaxListed)
                problems << problem;
        };
        for (qsizetype i = 0; i < result.statements.size(); ++i) {
            const QJsonValue value = result.statements.at(i);
            const QString where = u"statements[%1]"_s.arg(i);
            if (!value.isObject()) {
                complain(where + u" is not an object"_s);
                continue;
            }
            const QJsonObject statement = value.toObject();
            const QJsonValue id = statement.value(u"id"_s);
            if (!isUuid(id)) {
                complain(where + u".id is not a UUID"_s);
                continue;
            }
            const QString key = id.toString().toLower();
            if (seen.contains(key))
                complain(where + u".id %1 appears twice"_s.arg(id.toString()));
            seen.insert(key);
            const QString actor =
                statement.value(u"actor"_s).toObject().value(u"account"_s).toObject().value(u"name"_s).toString();
            if (actor.compare(result.learnerId, Qt::CaseInsensitive) != 0)
                complain(where + u" is not about this file's learner (its actor is \"%1\")"_s.arg(actor));
        }
        if (listed > MaxListed)
            problems << u"and %1 more statement problem(s)"_s.arg(bad - MaxListed);
        const QString digestValue = root.value(u"digest"_s).toString();
        if (digestValue.isEmpty())
            problems << u"\"digest\" is missing"_s;
        else if (digestValue != digest(result.statements))
            problems << u"its digest does not match its statements: the file was changed after it was exported, or "
                        "is incomplete"_s;
    }
    if (!problems.isEmpty())
        return Error{u"%1 is not a valid progress file: %2."_s.arg(sourceName, problems.join(u"; "_s))};
    return result;
}

ProgressFile ProgressFile::forLearner(const QString &learnerId, const QString &learnerName,
                                      const QJsonArray &statements, bool withReflections, qsizetype *leftOut)
{
    ProgressFile file;
    file.learnerId = learnerId;
    file.learnerName = learnerName;
    file.exportedAt = QDateTime::currentDateTimeUtc();
    file.exportedByVersion = QStringLiteral(PASSERELLE_VERSION);
    if (leftOut)
        *leftOut = 0;
    file.statements = withReflections ? statements : withoutReflections(statements, leftOut);
    return file;
}

} // namespace Passerelle
