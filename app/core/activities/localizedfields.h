// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Passerelle {

// The translatable fields of an activity type's configuration, as its plugin.json declares
// them ("question", "options[].text", "feedback.*"). Tells text, which may differ between
// languages, from structure and answer keys, which may not.
//
// A pattern is a dot-separated list of keys; "[]" after a key stands for every element of
// that list and "*" for any key. A pattern also covers everything below the field it names.
class LocalizedFields
{
public:
    explicit LocalizedFields(const QStringList &patterns = {});

    static bool isValidPattern(const QString &pattern);

    // Whether the field at a concrete JSON path ("options[2].text") is translatable.
    bool contains(const QString &jsonPath) const;
    // `config` with every translatable field removed: what must be equal across languages.
    QJsonValue withoutLocalized(const QJsonValue &config) const;

private:
    QJsonValue strip(const QJsonValue &value, QStringList &tokens) const;
    bool matches(const QStringList &tokens) const;

    QList<QStringList> m_patterns; // each pattern as tokens: keys, "[]" and "*"
};

} // namespace Passerelle
