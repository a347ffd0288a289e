// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Passerelle {

// One piece of a page: Markdown text, or an activity with its configuration.
struct Block
{
    enum class Kind { Markdown, Activity };
    Kind kind = Kind::Markdown;
    QString markdown;      // Kind::Markdown
    QString activityId;    // Kind::Activity: stable across languages and versions
    QString activityType;  // Kind::Activity: the plugin id, e.g. "quiz"
    QJsonObject config;    // Kind::Activity: the localized configuration
};

struct Page
{
    QString title; // may be empty
    QList<Block> blocks;
};

struct Lesson
{
    QString id;
    QString title;
    int minutes = 0;
    QList<Page> pages;
};

// A glossary term in one language, as lessons link to it with [text](glossary:term-id).
struct GlossaryEntry
{
    QString term;
    QString definition;
    friend bool operator==(const GlossaryEntry &, const GlossaryEntry &) = default;
};

// A module's text in one language. Structure is identical across languages.
struct ModuleContent
{
    QString title;
    QString summary;
    QString audience; // who the module is for; may be empty
    QList<Lesson> lessons;
    // The glossary terms this language's lessons link to, so that a module carries its
    // definitions with it: id -> term and definition in this language.
    QMap<QString, GlossaryEntry> glossary;
};

// Which activities count towards completion, and the share of points needed to pass.
struct CompletionRule
{
    bool allActivities = true;
    QStringList requiredActivities; // used when allActivities is false
    double passMark = 0.0;          // 0..1 of the required activities' points
};

// A training module as compiled into module.json: every language, every lesson, page and
// activity. Loaded from disk by ModuleLoader; never parsed from YAML at run time.
struct Module
{
    static constexpr int FormatVersion = 1;

    QString id;
    QString version;
    QStringList languages;
    QString defaultLanguage;
    int minutes = 0;
    QStringList authors;
    QString licence; // an SPDX identifier such as "CC-BY-4.0"; may be empty
    QStringList tags; // identifiers, for search and learning paths
    QMap<QString, QString> requiredPlugins; // type id -> version requirement (">=1.0")
    QStringList requiredModules;
    CompletionRule completion;
    QMap<QString, ModuleContent> content; // language -> content

    // The language to show for a preferred one: itself when available, else the default.
    QString resolveLanguage(const QString &preferred) const;
    const ModuleContent &contentFor(const QString &preferred) const;

    // Every activity of the module in reading order, with its lesson.
    struct ActivityRef
    {
        QString lessonId;
        int pageIndex = 0;
        const Block *block = nullptr;
    };
    QList<ActivityRef> activities(const QString &language) const;
    const Block *findActivity(const QString &language, const QString &activityId) const;
    int lessonIndex(const QString &lessonId) const;

    // Ids of the activities that count towards completion.
    QStringList requiredActivityIds() const;
};

// Reads module.json files: checks the format, the structure and the parity of languages,
// and names the file and the JSON path of the first thing that is wrong.
class ModuleLoader
{
public:
    static Expected<Module> loadFile(const QString &moduleJsonPath);
    static Expected<Module> fromJson(const QByteArray &json, const QString &sourceName);
};

} // namespace Passerelle
