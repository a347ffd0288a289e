// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Passerelle {

// A simple document an activity or a page can ask to print or save: a title and a list of
// headings, paragraphs and checklist lines. Views describe documents as plain data; the
// shell writes them as PDF or Markdown.
struct Document
{
    struct Block
    {
        enum class Kind { Heading, Paragraph, Checkbox, Quote };
        Kind kind = Kind::Paragraph;
        QString text;
        QString note;        // Checkbox: the learner's note
        bool checked = false; // Checkbox
    };

    QString title;
    QString subtitle;
    QList<Block> blocks;
    QString footer;

    // From what a QML view sends: {title, subtitle, footer, blocks: [{kind: "heading" |
    // "paragraph" | "checkbox" | "quote", text, note, checked}]}. Unknown kinds become
    // paragraphs; empty blocks are dropped.
    static Document fromVariant(const QVariantMap &map);
};

} // namespace Passerelle
