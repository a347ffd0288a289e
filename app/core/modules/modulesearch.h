// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/module.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Passerelle {

// One place a search found: a module, a lesson, a page or a glossary term, with where to
// open the module (lesson and page from 0; -1 for the module's own entry).
struct SearchHit
{
    enum class Kind { Module, Lesson, Page, Glossary };
    QString moduleId;
    QString moduleTitle;
    Kind kind = Kind::Page;
    int lessonIndex = -1;
    int pageIndex = -1;
    QString title;   // what matched: module title, lesson or page title, glossary term
    QString snippet; // the text around the first match, without Markdown marks
    double score = 0;
};

// Full-text search across installed modules, in one language: titles, lesson text and
// glossary. An in-memory index built from the compiled modules (a few hundred pages take
// milliseconds), so it needs no database and never goes stale on disk. Matching ignores
// case and accents ("interprete" finds "interprète"); every word of the query must appear.
class ModuleSearchIndex
{
public:
    // Indexes every language of the module, replacing an earlier version of it.
    void add(const Module &module);
    void clear()
    {
        m_entries.clear();
        m_fallbackLanguage.clear();
        m_languages.clear();
    }

    // Best matches first (titles weigh more than text), then in reading order. A module
    // without the language is searched in its default language, as it would be shown.
    QList<SearchHit> search(const QString &query, const QString &language, int limit = 50) const;

    // Lower case without accents, the form both the index and queries are compared in.
    static QString fold(const QString &text);
    // Markdown as plain text: links keep their words, emphasis and heading marks go.
    static QString plainText(const QString &markdown);

private:
    struct Entry
    {
        QString language;
        SearchHit hit;      // without snippet and score
        QString text;       // plain text, for snippets
        QString foldedTitle;
        QString foldedText;
    };
    QList<Entry> m_entries;
    // Module id -> the language to search in when it lacks the one asked for.
    QHash<QString, QString> m_fallbackLanguage;
    QHash<QString, QStringList> m_languages;
};

} // namespace Passerelle
