// SPDX-License-Identifier: Apache-2.0
#pragma once

// Checks that many activity types make on their configuration, in the same words. Inline,
// like activitytype.h, so that a plugin that includes it still links to Qt Core only.

#include "activitytype.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Passerelle {

inline ConfigIssue configError(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Error, path, message, hint};
}

// 1 to `maxLength` ASCII letters, digits, "-" or "_": ids that survive YAML, JSON, xAPI
// responses ("a[,]b") and file names unchanged.
inline bool isEntryId(const QString &id, int maxLength)
{
    if (id.isEmpty() || id.size() > maxLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

// How the entries of a list (the scales of a self-assessment, the items of a checklist…) are
// named in messages, and what their ids may be.
struct EntryIdRule
{
    QString noun;           // "scale": "the scale has no id", "scale id \"x\" is already used by …"
    QString example;        // an id for the hint on an id that is not text: "scale-4"
    int maxLength = 32;
    QString missingNote;    // appended to the hint for a missing id (why it matters), or empty
    QString duplicateNote;  // appended to "give every <noun> its own id", or empty
};

// Checks the "id" of the list entry at `path` ("scales[2]"): present, text, well formed, and
// not used by an earlier entry (`firstAt` maps each id to the path of the first entry that has
// it, and learns this one). Appends one issue when something is wrong; returns the id when it
// can be used.
inline std::optional<QString> checkEntryId(const QJsonObject &entry, const QString &path, const EntryIdRule &rule,
                                           QHash<QString, QString> &firstAt, QList<ConfigIssue> &issues)
{
    const QString idPath = path + QStringLiteral(".id");
    const QString letters = QStringLiteral("%1 letters, digits, \"-\" or \"_\"").arg(rule.maxLength);
    const QJsonValue value = entry.value(QStringLiteral("id"));
    const QString id = value.toString();
    if (value.isUndefined()) {
        issues << configError(idPath, QStringLiteral("the %1 has no id").arg(rule.noun),
                              QStringLiteral("add \"id:\" with 1 to ") + letters + rule.missingNote);
    } else if (!value.isString()) {
        issues << configError(idPath, QStringLiteral("the id must be text"),
                              QStringLiteral("write it in quotes, such as id: \"%1\"").arg(rule.example));
    } else if (!isEntryId(id, rule.maxLength)) {
        issues << configError(idPath, QStringLiteral("\"%1\" is not a valid %2 id").arg(id, rule.noun),
                              QStringLiteral("use 1 to ") + letters);
    } else if (const auto first = firstAt.constFind(id); first != firstAt.cend()) {
        issues << configError(idPath, QStringLiteral("%1 id \"%2\" is already used by %3").arg(rule.noun, id, *first),
                              QStringLiteral("give every %1 its own id").arg(rule.noun) + rule.duplicateNote);
    } else {
        firstAt.insert(id, path);
        return id;
    }
    return std::nullopt;
}

} // namespace Passerelle
