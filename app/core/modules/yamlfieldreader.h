// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/diagnostic.h"
#include "modules/yamldocument.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Passerelle {

// Reads typed fields out of a YamlDocument, reporting each missing or mistyped field at its
// file:line:col with an example of what to write. Paths are those of YamlDocument
// ("requires.plugins", "terms[2].en").
class YamlFieldReader
{
public:
    enum class Presence { Required, Optional };

    YamlFieldReader(const YamlDocument &document, Diagnostics &diagnostics);

    QJsonValue value(const QString &path) const;
    bool has(const QString &path) const { return !value(path).isUndefined(); }
    SourceLocation locate(const QString &path) const { return m_document.locate(path); }
    Diagnostics &diagnostics() const { return m_diagnostics; }

    // Each returns nothing, after reporting, when the field is missing (and required) or
    // has the wrong type. `example` is a value to show in the hint.
    bool object(const QString &path, Presence presence, const QString &example);
    std::optional<QString> text(const QString &path, Presence presence, const QString &example);
    std::optional<int> integer(const QString &path, int min, int max, Presence presence, const QString &example);
    std::optional<double> number(const QString &path, double min, double max, Presence presence,
                                 const QString &example);
    std::optional<QStringList> textList(const QString &path, Presence presence, const QString &example);

    // Warns about keys of the mapping at `path` that are not in `known`, suggesting the
    // nearest known key when one is close (a typo such as "licnese").
    void checkKeys(const QString &path, const QStringList &known) const;

    void missing(const QString &path, const QString &example) const;
    void wrongType(const QString &path, const QString &expected, const QString &example) const;

private:
    static QString describe(const QJsonValue &value);

    const YamlDocument &m_document;
    Diagnostics &m_diagnostics;
};

} // namespace Passerelle
