// SPDX-License-Identifier: Apache-2.0
#include "activities/localizedfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

const QString AnyElement = u"[]"_s;
const QString AnyKey = u"*"_s;

// "options[].text" -> ["options", "[]", "text"]; "options[2].text" gives the same tokens,
// so concrete paths and patterns compare token by token.
QStringList tokenize(const QString &path)
{
    static const QRegularExpression index(u"\\[[0-9]*\\]"_s);
    QStringList tokens;
    for (const QString &segment : path.split(u'.')) {
        const qsizetype bracket = segment.indexOf(u'[');
        tokens << (bracket < 0 ? segment : segment.left(bracket));
        if (bracket >= 0) {
            auto it = index.globalMatch(segment, bracket);
            while (it.hasNext()) {
                it.next();
                tokens << AnyElement;
            }
        }
    }
    return tokens;
}

} // namespace

LocalizedFields::LocalizedFields(const QStringList &patterns)
{
    for (const QString &pattern : patterns) {
        if (isValidPattern(pattern))
            m_patterns.append(tokenize(pattern));
    }
}

bool LocalizedFields::isValidPattern(const QString &pattern)
{
    static const QRegularExpression re(u"^(\\*|[A-Za-z0-9_-]+(\\[\\])*)(\\.(\\*|[A-Za-z0-9_-]+(\\[\\])*))*$"_s);
    return re.match(pattern).hasMatch();
}

bool LocalizedFields::matches(const QStringList &tokens) const
{
    for (const QStringList &pattern : m_patterns) {
        if (pattern.size() > tokens.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < pattern.size() && same; ++i) {
            if (pattern[i] == AnyKey)
                same = tokens[i] != AnyElement;
            else
                same = pattern[i] == tokens[i];
        }
        if (same)
            return true;
    }
    return false;
}

bool LocalizedFields::contains(const QString &jsonPath) const
{
    return matches(tokenize(jsonPath));
}

QJsonValue LocalizedFields::withoutLocalized(const QJsonValue &config) const
{
    QStringList tokens;
    return strip(config, tokens);
}

QJsonValue LocalizedFields::strip(const QJsonValue &value, QStringList &tokens) const
{
    if (value.isObject()) {
        QJsonObject result;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            tokens.append(it.key());
            if (!matches(tokens))
                result.insert(it.key(), strip(it.value(), tokens));
            tokens.removeLast();
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        tokens.append(AnyElement);
        if (!matches(tokens)) {
            for (const QJsonValue &element : value.toArray())
                result.append(strip(element, tokens));
        }
        tokens.removeLast();
        return result;
    }
    return value;
}

} // namespace Passerelle
