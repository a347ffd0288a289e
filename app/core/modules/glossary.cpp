// SPDX-License-Identifier: Apache-2.0
#include "modules/glossary.h"

#include "modules/identifiers.h"
#include "modules/sourcetext.h"
#include "modules/yamlfieldreader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Presence = Passerelle::YamlFieldReader::Presence;

namespace Passerelle {

Glossary Glossary::load(const QString &directory, const QString &relativeTo, Diagnostics &diagnostics)
{
    Glossary glossary;
    const QDir dir(directory);
    const QString dirName = QDir(relativeTo).relativeFilePath(dir.absolutePath());
    if (!dir.exists()) {
        diagnostics.error(SourceLocation{dirName}, u"glossary-missing"_s, u"the glossary folder does not exist"_s,
                          u"give the folder that holds the glossary's .yaml files (content/glossary)"_s);
        return glossary;
    }
    const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QString displayName = QDir(relativeTo).relativeFilePath(dir.absoluteFilePath(fileName));
        const auto text = SourceText::read(dir.filePath(fileName), displayName, diagnostics);
        if (!text)
            continue;
        const auto document = YamlDocument::parse(*text, diagnostics);
        if (!document)
            continue;
        YamlFieldReader r(*document, diagnostics);
        if (!r.object({}, Presence::Required, u"terms:"_s))
            continue;
        r.checkKeys({}, {u"terms"_s});
        if (!r.value(u"terms"_s).isArray()) {
            if (r.has(u"terms"_s))
                r.wrongType(u"terms"_s, u"a list"_s, u"[{id: my-term, en: {term: ..., definition: ...}}]"_s);
            else
                r.missing(u"terms"_s, u"[{id: my-term, en: {term: ..., definition: ...}}]"_s);
            continue;
        }
        const qsizetype count = r.value(u"terms"_s).toArray().size();
        for (qsizetype i = 0; i < count; ++i) {
            const QString path = YamlDocument::index(u"terms"_s, i);
            if (!r.object(path, Presence::Required, u"{id: my-term, en: {term: ..., definition: ...}}"_s))
                continue;
            GlossaryTerm term;
            term.location = r.locate(path);
            const auto id = r.text(YamlDocument::join(path, u"id"_s), Presence::Required, u"cultural-agility"_s);
            if (!id)
                continue;
            if (!isValidIdentifier(*id)) {
                diagnostics.error(r.locate(YamlDocument::join(path, u"id"_s)), u"glossary-id"_s, identifierRule(*id),
                                  u"term ids appear in links such as [text](glossary:cultural-agility)"_s);
                continue;
            }
            term.id = *id;
            const QJsonObject fields = r.value(path).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                if (it.key() == u"id")
                    continue;
                const QString languagePath = YamlDocument::join(path, it.key());
                if (!isValidLanguageTag(it.key())) {
                    diagnostics.warning(
                        r.locate(languagePath), u"field-unknown"_s,
                        u"unknown field \"%1\" is ignored: a term has an id and one entry per language"_s.arg(
                            languagePath),
                        u"write languages as codes such as en or fr"_s);
                    continue;
                }
                if (!r.object(languagePath, Presence::Required, u"{term: ..., definition: ...}"_s))
                    continue;
                r.checkKeys(languagePath, {u"term"_s, u"definition"_s});
                const auto name =
                    r.text(YamlDocument::join(languagePath, u"term"_s), Presence::Required, u"Cultural agility"_s);
                const auto definition = r.text(YamlDocument::join(languagePath, u"definition"_s), Presence::Required,
                                               u"The ability to ..."_s);
                if (name && definition)
                    term.languages.insert(it.key(), GlossaryEntry{*name, *definition});
            }
            if (const GlossaryTerm *existing = glossary.find(term.id)) {
                diagnostics.error(
                    r.locate(YamlDocument::join(path, u"id"_s)), u"glossary-id-duplicate"_s,
                    u"glossary term \"%1\" is already defined at %2"_s.arg(term.id, existing->location.toString()),
                    u"keep one definition, or give this term another id"_s);
                continue;
            }
            glossary.m_terms.insert(term.id, term);
        }
    }
    return glossary;
}

const GlossaryTerm *Glossary::find(const QString &id) const
{
    const auto it = m_terms.constFind(id);
    return it == m_terms.cend() ? nullptr : &*it;
}

} // namespace Passerelle
