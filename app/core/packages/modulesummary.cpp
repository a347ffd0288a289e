// SPDX-License-Identifier: Apache-2.0
#include "packages/modulesummary.h"

#include "modules/identifiers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> toMap(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list << item.toString();
    return list;
}

// The text in the preferred language, its base language, the default, or any.
QString pick(const QMap<QString, QString> &texts, const QString &language, const QString &fallback)
{
    if (texts.contains(language))
        return texts.value(language);
    const QString base = language.section(u'-', 0, 0).section(u'_', 0, 0);
    if (texts.contains(base))
        return texts.value(base);
    return texts.value(fallback, texts.isEmpty() ? QString() : texts.first());
}

} // namespace

ModuleSummary ModuleSummary::of(const Module &module)
{
    ModuleSummary s;
    s.id = module.id;
    s.version = module.version;
    s.languages = module.languages;
    s.defaultLanguage = module.defaultLanguage;
    s.minutes = module.minutes;
    s.lessonCount = static_cast<int>(module.content.value(module.defaultLanguage).lessons.size());
    for (auto it = module.content.begin(); it != module.content.end(); ++it) {
        s.titles.insert(it.key(), it->title);
        s.summaries.insert(it.key(), it->summary);
    }
    s.requiredModules = module.requiredModules;
    return s;
}

QString ModuleSummary::title(const QString &language) const
{
    return pick(titles, language, defaultLanguage);
}

QString ModuleSummary::summary(const QString &language) const
{
    return pick(summaries, language, defaultLanguage);
}

QJsonObject ModuleSummary::toJson() const
{
    return {{u"id"_s, id},
            {u"version"_s, version},
            {u"languages"_s, QJsonArray::fromStringList(languages)},
            {u"defaultLanguage"_s, defaultLanguage},
            {u"minutes"_s, minutes},
            {u"lessonCount"_s, lessonCount},
            {u"titles"_s, toObject(titles)},
            {u"summaries"_s, toObject(summaries)},
            {u"requiredModules"_s, QJsonArray::fromStringList(requiredModules)},
            {u"origin"_s, origin}};
}

Expected<ModuleSummary> ModuleSummary::fromJson(const QJsonObject &json)
{
    ModuleSummary s;
    s.id = json.value(u"id"_s).toString();
    s.version = json.value(u"version"_s).toString();
    s.languages = toStrings(json.value(u"languages"_s));
    s.defaultLanguage = json.value(u"defaultLanguage"_s).toString();
    s.minutes = json.value(u"minutes"_s).toInt();
    s.lessonCount = json.value(u"lessonCount"_s).toInt();
    s.titles = toMap(json.value(u"titles"_s).toObject());
    s.summaries = toMap(json.value(u"summaries"_s).toObject());
    s.requiredModules = toStrings(json.value(u"requiredModules"_s));
    s.origin = json.value(u"origin"_s).toString();
    if (!isValidIdentifier(s.id) || !isValidVersion(s.version) || s.languages.isEmpty() || s.titles.isEmpty())
        return Error{u"The cached summary of module \"%1\" is incomplete."_s.arg(s.id)};
    return s;
}

} // namespace Passerelle
