// SPDX-License-Identifier: Apache-2.0
#include "matchactivity.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;

namespace {

constexpr int MinEntries = 2;
constexpr int MaxEntries = 12;
constexpr int MinCategories = 2;
constexpr int MaxCategories = 4;

const QString IdHint = u"use 1 to 32 letters, digits, \"-\" or \"_\""_s;

bool isId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,32}$"_s);
    return re.match(id).hasMatch();
}

ConfigIssue error(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Error, path, message, hint};
}

// The optional overall messages: { correct, incorrect, partial }, each text.
void checkVerdictMessages(const QJsonObject &config, QList<ConfigIssue> &issues)
{
    const QJsonValue value = config.value(u"feedback"_s);
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        issues << error(u"feedback"_s, u"must be a mapping of messages"_s,
                        u"write \"feedback:\" with \"correct:\", \"incorrect:\" and/or \"partial:\" under it"_s);
        return;
    }
    const QJsonObject messages = value.toObject();
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        const QString path = u"feedback."_s + it.key();
        if (it.key() != u"correct"_s && it.key() != u"incorrect"_s && it.key() != u"partial"_s)
            issues << error(path, u"\"%1\" is not a kind of overall feedback"_s.arg(it.key()),
                            u"use \"correct\", \"incorrect\" or \"partial\""_s);
        else if (!it.value().isString())
            issues << error(path, u"must be text"_s);
    }
}

// What one list of entries must look like: its key, how many entries, and which text fields
// each entry needs (texts must differ within a list, or learners could not tell entries apart).
struct ListRule
{
    QString key;
    int min;
    int max;
    QStringList textFields;
    QString shapeHint;
};

// Checks a list's shape, ids, texts and per-entry feedback. Returns the valid ids in order.
QStringList checkEntries(const QJsonObject &config, const ListRule &rule, QList<ConfigIssue> &issues)
{
    const QJsonValue value = config.value(rule.key);
    if (!value.isArray()) {
        issues << error(rule.key, u"the list of %1 is missing"_s.arg(rule.key),
                        u"add \"%1:\" with %2 to %3 entries"_s.arg(rule.key).arg(rule.min).arg(rule.max));
        return {};
    }
    const QJsonArray entries = value.toArray();
    if (entries.size() < rule.min || entries.size() > rule.max)
        issues << error(rule.key,
                        u"has %1 entries; a match activity needs %2 to %3 %4"_s.arg(entries.size())
                            .arg(rule.min)
                            .arg(rule.max)
                            .arg(rule.key),
                        entries.size() < rule.min ? u"add entries"_s : u"split the activity into two"_s);
    QStringList ids;
    QHash<QString, qsizetype> firstWithId;
    QHash<QString, QHash<QString, qsizetype>> firstWithText; // field -> text -> index
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = u"%1[%2]"_s.arg(rule.key).arg(i);
        if (!entries[i].isObject()) {
            issues << error(path, u"an entry must be a mapping with %1"_s.arg(rule.shapeHint));
            continue;
        }
        const QJsonObject entry = entries[i].toObject();
        const QJsonValue idValue = entry.value(u"id"_s);
        const QString id = idValue.toString();
        if (idValue.isUndefined())
            issues << error(path + u".id"_s, u"the entry has no id"_s, u"add \"id:\"; "_s + IdHint);
        else if (!idValue.isString())
            issues << error(path + u".id"_s, u"the id must be text"_s, u"write it in quotes, such as id: \"pair-4\""_s);
        else if (!isId(id))
            issues << error(path + u".id"_s, u"\"%1\" is not a valid id"_s.arg(id), IdHint);
        else if (firstWithId.contains(id))
            issues << error(path + u".id"_s,
                            u"id \"%1\" is already used by %2[%3]"_s.arg(id, rule.key).arg(firstWithId.value(id)),
                            u"give every entry its own id"_s);
        else {
            firstWithId.insert(id, i);
            ids << id;
        }
        for (const QString &field : rule.textFields) {
            const QString text = entry.value(field).toString().trimmed();
            QHash<QString, qsizetype> &seen = firstWithText[field];
            if (text.isEmpty())
                issues << error(path + u'.' + field, u"the \"%1\" text is missing"_s.arg(field),
                                u"add \"%1:\" with what learners see"_s.arg(field));
            else if (seen.contains(text))
                issues << error(path + u'.' + field,
                                u"has the same text as %1[%2].%3, so learners could not tell them apart"_s.arg(rule.key)
                                    .arg(seen.value(text))
                                    .arg(field),
                                u"reword one of the two"_s);
            else
                seen.insert(text, i);
        }
        const QJsonValue feedback = entry.value(u"feedback"_s);
        if (!feedback.isUndefined() && !feedback.isString())
            issues << error(path + u".feedback"_s, u"must be text"_s,
                            u"say why the entry belongs where it does; learners read it after a wrong placement"_s);
    }
    return ids;
}

void checkCategories(const QJsonObject &config, QList<ConfigIssue> &issues)
{
    const QStringList categories =
        checkEntries(config, {u"categories"_s, MinCategories, MaxCategories, {u"label"_s}, u"id and label"_s}, issues);
    const QStringList itemIds =
        checkEntries(config, {u"items"_s, MinEntries, MaxEntries, {u"text"_s}, u"id, text and category"_s}, issues);
    if (!config.value(u"categories"_s).isArray() || !config.value(u"items"_s).isArray())
        return;

    const QString known = categories.join(u", "_s);
    const QJsonArray items = config.value(u"items"_s).toArray();
    QSet<QString> used;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            continue;
        const QString path = u"items[%1].category"_s.arg(i);
        const QJsonValue category = items[i].toObject().value(u"category"_s);
        if (category.isUndefined())
            issues << error(path, u"the item has no category"_s, u"add \"category:\" with one of: "_s + known);
        else if (!categories.contains(category.toString()))
            issues << error(path, u"\"%1\" is not one of the categories"_s.arg(category.toString()),
                            u"use one of: "_s + known);
        else
            used.insert(category.toString());
    }
    const QJsonArray categoryList = config.value(u"categories"_s).toArray();
    for (qsizetype i = 0; i < categoryList.size(); ++i) {
        const QString id = categoryList[i].toObject().value(u"id"_s).toString();
        if (categories.contains(id) && !used.contains(id))
            issues << error(u"categories[%1]"_s.arg(i), u"no item belongs to category \"%1\""_s.arg(id),
                            u"add an item with \"category: %1\", or remove the category"_s.arg(id));
    }
}

// The answer key, whatever the form: items (or lefts) in config order, their right targets,
// and the targets a response may name.
struct Key
{
    bool pairs = false;
    QStringList items;
    QHash<QString, QString> target;   // item id -> the right target id
    QHash<QString, QString> feedback; // item id -> the author's explanation
    QSet<QString> targets;
};

Key keyOf(const QJsonObject &config)
{
    Key key;
    key.pairs = config.contains(u"pairs"_s);
    const QJsonArray entries = config.value(key.pairs ? u"pairs"_s : u"items"_s).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject entry = v.toObject();
        const QString id = entry.value(u"id"_s).toString();
        const QString target = key.pairs ? id : entry.value(u"category"_s).toString();
        key.items << id;
        key.target.insert(id, target);
        key.feedback.insert(id, entry.value(u"feedback"_s).toString());
    }
    if (key.pairs) {
        key.targets = QSet<QString>(key.items.begin(), key.items.end());
    } else {
        for (const QJsonValue &v : config.value(u"categories"_s).toArray())
            key.targets.insert(v.toObject().value(u"id"_s).toString());
    }
    return key;
}

QString xapiPairs(const QStringList &items, const QHash<QString, QString> &targets)
{
    QStringList pairs;
    for (const QString &item : items)
        pairs << item + u"[.]"_s + targets.value(item);
    return pairs.join(u"[,]"_s);
}

} // namespace

QList<ConfigIssue> MatchActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    const QJsonValue prompt = config.value(u"prompt"_s);
    if (!prompt.isString() || prompt.toString().trimmed().isEmpty())
        issues << error(
            u"prompt"_s, u"the prompt is missing"_s,
            u"add \"prompt:\" with the instruction learners read, such as \"Match each behaviour to its dimension.\""_s);

    const bool hasPairs = config.contains(u"pairs"_s);
    const bool hasCategories = config.contains(u"categories"_s) || config.contains(u"items"_s);
    if (hasPairs && hasCategories)
        issues << error(
            u"pairs"_s, u"an activity has either pairs or categories with items, not both"_s,
            u"keep \"pairs:\" to match one to one, or \"categories:\" and \"items:\" to sort into groups"_s);
    else if (hasPairs)
        checkEntries(config, {u"pairs"_s, MinEntries, MaxEntries, {u"left"_s, u"right"_s}, u"id, left and right"_s},
                     issues);
    else if (hasCategories)
        checkCategories(config, issues);
    else
        issues << error(u"pairs"_s, u"the activity has neither pairs nor categories"_s,
                        u"add \"pairs:\" (each with id, left and right), or \"categories:\" and \"items:\""_s);
    checkVerdictMessages(config, issues);
    return issues;
}

ActivityResult MatchActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    ActivityResult result;
    const Key key = keyOf(config);
    result.maxScore = key.items.size();

    // Every item placed once on a known target, nothing else; in pair mode no right twice.
    const QJsonObject matches = response.toObject().value(u"matches"_s).toObject();
    bool valid = !key.items.isEmpty() && matches.size() == key.items.size();
    QHash<QString, QString> chosen;
    QSet<QString> usedTargets;
    for (auto it = matches.begin(); valid && it != matches.end(); ++it) {
        const QString target = it.value().toString();
        valid = key.target.contains(it.key()) && it.value().isString() && key.targets.contains(target) &&
                !(key.pairs && usedTargets.contains(target));
        usedTargets.insert(target);
        chosen.insert(it.key(), target);
    }
    if (!valid) {
        result.feedback = {{u"verdict"_s, u"invalid"_s}};
        return result;
    }

    int right = 0;
    QJsonObject perItem;
    for (const QString &item : key.items) {
        const bool correct = chosen.value(item) == key.target.value(item);
        QJsonObject entry{{u"correct"_s, correct}, {u"chosen"_s, chosen.value(item)}};
        if (correct) {
            ++right;
        } else {
            entry.insert(u"expected"_s, key.target.value(item));
            entry.insert(u"feedback"_s, key.feedback.value(item));
        }
        perItem.insert(item, entry);
    }
    result.rawScore = right;
    result.success = right == key.items.size();
    result.completion = true;
    result.xapiResponse = xapiPairs(key.items, chosen);

    const QString verdict = result.success ? u"correct"_s : (right > 0 ? u"partial"_s : u"incorrect"_s);
    const QJsonObject messages = config.value(u"feedback"_s).toObject();
    result.feedback = {
        {u"verdict"_s, verdict}, {u"message"_s, messages.value(verdict).toString()}, {u"items"_s, perItem}};
    return result;
}

QJsonObject MatchActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    const Key key = keyOf(config);
    auto component = [&](const QJsonValue &id, const QJsonValue &text) {
        return QJsonObject{{u"id"_s, id}, {u"description"_s, QJsonObject{{language, text}}}};
    };
    QJsonArray source;
    QJsonArray target;
    if (key.pairs) {
        for (const QJsonValue &v : config.value(u"pairs"_s).toArray()) {
            const QJsonObject pair = v.toObject();
            source.append(component(pair.value(u"id"_s), pair.value(u"left"_s)));
            target.append(component(pair.value(u"id"_s), pair.value(u"right"_s)));
        }
    } else {
        for (const QJsonValue &v : config.value(u"items"_s).toArray())
            source.append(component(v.toObject().value(u"id"_s), v.toObject().value(u"text"_s)));
        for (const QJsonValue &v : config.value(u"categories"_s).toArray())
            target.append(component(v.toObject().value(u"id"_s), v.toObject().value(u"label"_s)));
    }
    return {{u"interactionType"_s, u"matching"_s},
            {u"description"_s, QJsonObject{{language, config.value(u"prompt"_s)}}},
            {u"correctResponsesPattern"_s, QJsonArray{xapiPairs(key.items, key.target)}},
            {u"source"_s, source},
            {u"target"_s, target}};
}

QUrl MatchActivity::viewUrl() const
{
    return QUrl(u"qrc:/activities/match/View.qml"_s);
}
