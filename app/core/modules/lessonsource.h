// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/diagnostic.h"
#include "modules/module.h"
#include "modules/yamldocument.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Passerelle {

class SourceText;

// A link or image target written in a lesson's Markdown, and where.
struct MarkdownReference
{
    QString text;   // the alt text of an image, the text of a link
    QString target; // "media/iceberg.svg", or the term id of a glossary link
    SourceLocation location;
};

// An ```activity fenced block: its YAML, and the configuration it gives the plugin.
struct ActivitySource
{
    QString id;
    QString type;
    QJsonObject config;   // the YAML without "type" and "id"
    SourceLocation fence; // the line that opens the block
    std::optional<YamlDocument> yaml;
    bool complete = false; // id, type and config were all read

    // Where the config field at `path` (a plugin's JSON path) was written; the fence when
    // neither it nor any field above it was.
    SourceLocation locate(const QString &path) const;
};

// One page of a lesson file: its title, blocks and activities, and where it starts.
struct PageSource
{
    QString title;
    SourceLocation start;             // the ---page--- line, or the first line of the first page
    QList<Block> blocks;              // Markdown and complete activities, in reading order
    QList<ActivitySource> activities; // every activity block, complete or not
    int words = 0;                    // of Markdown text, activities excluded
    bool hasIncompleteActivity() const;
};

// One lesson file, lessons/NN-slug.<lang>.md, parsed but not yet checked against the rest
// of the module: front matter (id, title, minutes), then pages separated by a line
// "---page---". A page may start with "## Title"; ```activity blocks hold YAML.
struct LessonSource
{
    static constexpr int MaxPageWords = 600;
    static constexpr QLatin1StringView PageMarker{"---page---"};

    QString file; // "lessons/01-intro.en.md"
    QString id;
    QString title;
    int minutes = 0;
    bool headerComplete = false; // front matter read, with a valid id and a title
    bool bodyRead = false;       // pages were read (not so when the front matter never ends)
    SourceLocation idLocation;
    QList<PageSource> pages;
    QList<MarkdownReference> images;
    QList<MarkdownReference> glossaryLinks;

    static LessonSource parse(const SourceText &text, Diagnostics &diagnostics);
    // A lesson file that exists but could not be read (already reported).
    static LessonSource unreadable(const QString &file);
    Lesson toLesson() const;
};

} // namespace Passerelle
