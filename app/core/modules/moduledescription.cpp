// SPDX-License-Identifier: Apache-2.0
#include "modules/moduledescription.h"

#include "modules/identifiers.h"
#include "modules/yamlfieldreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Presence = Passerelle::YamlFieldReader::Presence;

namespace Passerelle {

namespace {

// A text per module language: title: {en: ..., fr: ...}.
QMap<QString, QString> perLanguage(YamlFieldReader &r, const QString &key, const QStringList &languages,
                                   Presence presence, const QString &example)
{
    QMap<QString, QString> result;
    if (!r.object(key, presence, u"{%1}"_s.arg(example)))
        return result;
    if (!languages.isEmpty()) // with no valid language list, every key would look unknown
        r.checkKeys(key, languages);
    for (const QString &language : languages) {
        const QString path = YamlDocument::join(key, language);
        const auto text = r.text(path, Presence::Required, example);
        if (!text)
            continue;
        if (text->trimmed().isEmpty()) {
            r.diagnostics().error(r.locate(path), u"field-empty"_s, u"\"%1\" is empty"_s.arg(path),
                                  u"write the %1 in this language"_s.arg(key));
            continue;
        }
        result.insert(language, text->trimmed());
    }
    return result;
}

} // namespace

const QStringList &ModuleDescription::knownFields()
{
    static const QStringList fields{u"id"_s,      u"version"_s,  u"languages"_s, u"defaultLanguage"_s, u"title"_s,
                                    u"summary"_s, u"authors"_s,  u"licence"_s,   u"minutes"_s,         u"audience"_s,
                                    u"tags"_s,    u"requires"_s, u"completion"_s};
    return fields;
}

ModuleDescription ModuleDescription::read(const YamlDocument &document, Diagnostics &diagnostics)
{
    ModuleDescription d;
    YamlFieldReader r(document, diagnostics);
    if (!r.object({}, Presence::Required, u"id: my-module"_s))
        return d;
    r.checkKeys({}, knownFields());

    if (const auto id = r.text(u"id"_s, Presence::Required, u"my-module"_s)) {
        if (isValidIdentifier(*id))
            d.id = *id;
        else
            diagnostics.error(
                r.locate(u"id"_s), u"module-id-invalid"_s, identifierRule(*id),
                u"the id names the module's folder, package and progress records: keep it short and lasting"_s);
    }
    if (const auto version = r.text(u"version"_s, Presence::Required, u"1.0.0"_s)) {
        if (isValidVersion(*version))
            d.version = *version;
        else
            diagnostics.error(r.locate(u"version"_s), u"module-version-invalid"_s,
                              u"\"%1\" is not a version of the form MAJOR.MINOR.PATCH"_s.arg(*version),
                              u"write three numbers, such as 1.0.0, and raise them with each release"_s);
    }

    if (const auto languages = r.textList(u"languages"_s, Presence::Required, u"[en, fr]"_s)) {
        if (languages->isEmpty())
            diagnostics.error(r.locate(u"languages"_s), u"module-languages-empty"_s, u"the module lists no language"_s,
                              u"list the languages its lessons are written in, for example: languages: [en, fr]"_s);
        for (qsizetype i = 0; i < languages->size(); ++i) {
            const QString &language = languages->at(i);
            const QString path = YamlDocument::index(u"languages"_s, i);
            if (!isValidLanguageTag(language))
                diagnostics.error(
                    r.locate(path), u"module-language-invalid"_s, u"\"%1\" is not a language code"_s.arg(language),
                    u"use a two- or three-letter code such as en or fr, optionally with a region: pt-BR"_s);
            else if (d.languages.contains(language))
                diagnostics.error(r.locate(path), u"module-language-duplicate"_s,
                                  u"\"%1\" is listed twice"_s.arg(language), u"list each language once"_s);
            else
                d.languages.append(language);
        }
    }
    d.defaultLanguage = d.languages.value(0);
    if (const auto language = r.text(u"defaultLanguage"_s, Presence::Optional, u"en"_s)) {
        if (d.languages.contains(*language))
            d.defaultLanguage = *language;
        else
            diagnostics.error(r.locate(u"defaultLanguage"_s), u"module-default-language"_s,
                              u"the default language \"%1\" is not one of the module's languages"_s.arg(*language),
                              u"choose one of: %1"_s.arg(d.languages.join(u", "_s)));
    }

    d.title = perLanguage(r, u"title"_s, d.languages, Presence::Required, u"en: My module, fr: Mon module"_s);
    d.summary =
        perLanguage(r, u"summary"_s, d.languages, Presence::Optional, u"en: What it teaches, fr: Ce qu'il enseigne"_s);
    d.audience = perLanguage(r, u"audience"_s, d.languages, Presence::Optional, u"en: Who it is for, fr: Pour qui"_s);

    if (const auto authors = r.textList(u"authors"_s, Presence::Optional, u"[Ana Pereira]"_s))
        d.authors = *authors;
    d.licence = r.text(u"licence"_s, Presence::Optional, u"CC-BY-4.0"_s).value_or(QString());
    d.minutes = r.integer(u"minutes"_s, 0, 100 * 60, Presence::Optional, u"45"_s);
    if (const auto tags = r.textList(u"tags"_s, Presence::Optional, u"[culture, training]"_s)) {
        for (qsizetype i = 0; i < tags->size(); ++i) {
            if (isValidIdentifier(tags->at(i)))
                d.tags.append(tags->at(i));
            else
                diagnostics.error(r.locate(YamlDocument::index(u"tags"_s, i)), u"module-tag-invalid"_s,
                                  identifierRule(tags->at(i)), u"tags are written like ids: culture, peer-learning"_s);
        }
    }

    if (r.object(u"requires"_s, Presence::Optional, u"{plugins: {quiz: \">=1.0\"}}"_s)) {
        r.checkKeys(u"requires"_s, {u"plugins"_s, u"modules"_s});
        if (r.object(u"requires.plugins"_s, Presence::Optional, u"{quiz: \">=1.0\"}"_s)) {
            static const QRegularExpression requirement(u"^>=\\s*(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8})){0,2}$"_s);
            const QJsonObject plugins = r.value(u"requires.plugins"_s).toObject();
            for (auto it = plugins.begin(); it != plugins.end(); ++it) {
                const QString path = YamlDocument::join(u"requires.plugins"_s, it.key());
                const auto value = r.text(path, Presence::Required, u"\">=1.0\""_s);
                if (!value)
                    continue;
                if (!isValidIdentifier(it.key()))
                    diagnostics.error(r.locate(path), u"requires-plugin-invalid"_s, identifierRule(it.key()),
                                      u"name an activity type, such as quiz"_s);
                else if (!requirement.match(*value).hasMatch())
                    diagnostics.error(r.locate(path), u"requires-plugin-invalid"_s,
                                      u"\"%1\" is not a version requirement"_s.arg(*value),
                                      u"write the lowest version the module needs, such as \">=1.0\""_s);
                else
                    d.requiredPlugins.insert(it.key(), value->simplified().remove(u' '));
            }
        }
        if (const auto modules = r.textList(u"requires.modules"_s, Presence::Optional, u"[getting-started]"_s)) {
            for (qsizetype i = 0; i < modules->size(); ++i) {
                if (isValidIdentifier(modules->at(i)))
                    d.requiredModules.append(modules->at(i));
                else
                    diagnostics.error(r.locate(YamlDocument::index(u"requires.modules"_s, i)),
                                      u"requires-module-invalid"_s, identifierRule(modules->at(i)),
                                      u"name a module by its id"_s);
            }
        }
    }

    if (r.object(u"completion"_s, Presence::Optional, u"{required: all, passMark: 0.8}"_s)) {
        r.checkKeys(u"completion"_s, {u"required"_s, u"passMark"_s});
        const QJsonValue required = r.value(u"completion.required"_s);
        if (required.isArray()) {
            d.allActivities = false;
            if (const auto ids = r.textList(u"completion.required"_s, Presence::Required, u"[check-understanding]"_s))
                d.requiredActivities = *ids;
        } else if (!required.isUndefined() && required.toString() != u"all") {
            diagnostics.error(r.locate(u"completion.required"_s), u"completion-required-invalid"_s,
                              u"\"completion.required\" must be all or a list of activity ids"_s,
                              u"write required: all, or required: [first-check, final-quiz]"_s);
        }
        d.passMark = r.number(u"completion.passMark"_s, 0, 1, Presence::Optional, u"0.8"_s).value_or(0.0);
    }
    return d;
}

} // namespace Passerelle
