// SPDX-License-Identifier: Apache-2.0
#include "modules/yamlfieldreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

// Edit distance counting a swap of two neighbours as one edit ("licnese" is two edits from
// "licence"), for "did you mean" suggestions on keys.
qsizetype distance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString lastKey(const QString &path)
{
    return path.mid(path.lastIndexOf(u'.') + 1);
}

} // namespace

YamlFieldReader::YamlFieldReader(const YamlDocument &document, Diagnostics &diagnostics)
    : m_document(document)
    , m_diagnostics(diagnostics)
{}

QJsonValue YamlFieldReader::value(const QString &path) const
{
    QJsonValue current = m_document.root();
    if (path.isEmpty())
        return current;
    for (const QString &segment : path.split(u'.')) {
        const qsizetype bracket = segment.indexOf(u'[');
        const QString key = bracket < 0 ? segment : segment.left(bracket);
        if (!current.isObject() || !current.toObject().contains(key))
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
        for (qsizetype at = bracket; at >= 0; at = segment.indexOf(u'[', at + 1)) {
            const qsizetype index = QStringView(segment).mid(at + 1, segment.indexOf(u']', at) - at - 1).toLongLong();
            if (!current.isArray() || index < 0 || index >= current.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(index);
        }
    }
    return current;
}

QString YamlFieldReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"empty"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: return u'"' + value.toString().left(40) + u'"';
    case QJsonValue::Array: return u"a list"_s;
    case QJsonValue::Object: return u"a mapping"_s;
    case QJsonValue::Undefined: break;
    }
    return u"missing"_s;
}

void YamlFieldReader::missing(const QString &path, const QString &example) const
{
    m_diagnostics.error(locate(path), u"field-missing"_s, u"\"%1\" is missing"_s.arg(path),
                        u"add it, for example: %1: %2"_s.arg(lastKey(path), example));
}

void YamlFieldReader::wrongType(const QString &path, const QString &expected, const QString &example) const
{
    const QJsonValue v = value(path);
    QString hint = u"write it like this: %1: %2"_s.arg(lastKey(path), example);
    // YAML reads 1.0 as a number and yes/no as text, so "must be text, not 1.0" needs quotes.
    if (expected == u"text" && (v.isDouble() || v.isBool()))
        hint = u"write it in quotes, as text, for example: %1: \"%2\""_s.arg(lastKey(path), example);
    const QString written = m_document.writtenAs(path);
    m_diagnostics.error(locate(path), u"field-type"_s,
                        u"\"%1\" must be %2, not %3"_s.arg(path, expected, written.isEmpty() ? describe(v) : written),
                        hint);
}

bool YamlFieldReader::object(const QString &path, Presence presence, const QString &example)
{
    const QJsonValue v = value(path);
    if (v.isUndefined()) {
        if (presence == Presence::Required)
            missing(path, example);
        return false;
    }
    if (!v.isObject()) {
        if (path.isEmpty())
            m_diagnostics.error(locate(path), u"field-type"_s,
                                u"the file must hold a mapping of fields (key: value), not %1"_s.arg(describe(v)),
                                u"start with a line such as: %1"_s.arg(example));
        else
            wrongType(path, u"a mapping"_s, example);
        return false;
    }
    return true;
}

std::optional<QString> YamlFieldReader::text(const QString &path, Presence presence, const QString &example)
{
    const QJsonValue v = value(path);
    if (v.isUndefined()) {
        if (presence == Presence::Required)
            missing(path, example);
        return std::nullopt;
    }
    if (!v.isString()) {
        wrongType(path, u"text"_s, example);
        return std::nullopt;
    }
    return v.toString();
}

std::optional<int> YamlFieldReader::integer(const QString &path, int min, int max, Presence presence,
                                            const QString &example)
{
    const QJsonValue v = value(path);
    if (v.isUndefined()) {
        if (presence == Presence::Required)
            missing(path, example);
        return std::nullopt;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
        wrongType(path, u"a whole number from %1 to %2"_s.arg(min).arg(max), example);
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<double> YamlFieldReader::number(const QString &path, double min, double max, Presence presence,
                                              const QString &example)
{
    const QJsonValue v = value(path);
    if (v.isUndefined()) {
        if (presence == Presence::Required)
            missing(path, example);
        return std::nullopt;
    }
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
        wrongType(path, u"a number from %1 to %2"_s.arg(min).arg(max), example);
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<QStringList> YamlFieldReader::textList(const QString &path, Presence presence, const QString &example)
{
    const QJsonValue v = value(path);
    if (v.isUndefined()) {
        if (presence == Presence::Required)
            missing(path, example);
        return std::nullopt;
    }
    if (!v.isArray()) {
        wrongType(path, u"a list"_s, example);
        return std::nullopt;
    }
    QStringList result;
    bool ok = true;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString()) {
            wrongType(YamlDocument::index(path, i), u"text"_s, example);
            ok = false;
        }
        result << array[i].toString();
    }
    if (!ok)
        return std::nullopt;
    return result;
}

void YamlFieldReader::checkKeys(const QString &path, const QStringList &known) const
{
    const QJsonObject object = value(path).toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        QString nearest;
        qsizetype best = 3; // farther than two edits is not a typo
        for (const QString &candidate : known) {
            const qsizetype d = distance(it.key(), candidate);
            if (d < best)
                best = d, nearest = candidate;
        }
        const QString hint = nearest.isEmpty()
                                 ? u"known fields here: %1; remove it or fix its name"_s.arg(known.join(u", "_s))
                                 : u"did you mean \"%1\"?"_s.arg(nearest);
        m_diagnostics.warning(locate(YamlDocument::join(path, it.key())), u"field-unknown"_s,
                              u"unknown field \"%1\" is ignored"_s.arg(YamlDocument::join(path, it.key())), hint);
    }
}

} // namespace Passerelle
