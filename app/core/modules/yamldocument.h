// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/diagnostic.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Passerelle {

class SourceText;

// YAML from a module's source, turned into JSON values, remembering where every field was
// written so that a problem found later (by the compiler or by a plugin, as a JSON path such
// as "options[2].feedback") can be shown at its file:line:col.
//
// Scalars are typed as in YAML 1.2's core schema: true/false, null/~, decimal integers and
// floats; everything else, and anything quoted, is text ("yes" and "0x1F" stay text).
// Duplicate keys are reported; the first one wins.
class YamlDocument
{
public:
    // Nesting and size limits: far above what a lesson needs, low enough that hostile
    // input (deep nesting, alias bombs) fails fast with a clear message.
    static constexpr int MaxDepth = 32;
    static constexpr int MaxNodes = 100'000;

    // Parses lines [firstLine, firstLine + lineCount) of `text` (0-based), so that YAML
    // embedded in a Markdown file reports positions in that file. Syntax errors and limits
    // are reported to `diagnostics` and give no document.
    static std::optional<YamlDocument> parse(const SourceText &text, qsizetype firstLine, qsizetype lineCount,
                                             Diagnostics &diagnostics);
    static std::optional<YamlDocument> parse(const SourceText &text, Diagnostics &diagnostics);

    const QJsonValue &root() const { return m_root; }
    bool contains(const QString &path) const { return m_locations.contains(path); }
    // Where the field at `path` was written; for a field that does not exist, where its
    // nearest existing parent was; for the root, where the document starts.
    SourceLocation locate(const QString &path) const;
    // A number, true/false or null as it was written ("1.0", "yes" is text anyway), so that
    // messages quote the author rather than the parsed value.
    QString writtenAs(const QString &path) const { return m_written.value(path); }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString index(const QString &path, qsizetype i) { return path + u'[' + QString::number(i) + u']'; }
    static QString parent(const QString &path);

private:
    friend class YamlConverter;
    QJsonValue m_root;
    SourceLocation m_start;
    QHash<QString, SourceLocation> m_locations;
    QHash<QString, QString> m_written;
};

} // namespace Passerelle
