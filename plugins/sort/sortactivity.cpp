// SPDX-License-Identifier: Apache-2.0
#include "sortactivity.h"

#include "configchecks.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;
using Passerelle::EntryIdRule;
using Passerelle::checkEntryId;

namespace {

constexpr int MinItems = 3;
constexpr int MaxItems = 10;

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

// The learner's order as positions in the correct order, or an empty list when the response
// is not a full arrangement of the config's items (unknown or repeated ids, items missing).
QList<int> positionsOf(const QJsonValue &response, const QHash<QString, int> &indexOf)
{
    const QJsonValue orderValue = response.toObject().value(u"order"_s);
    if (!orderValue.isArray())
        return {};
    const QJsonArray order = orderValue.toArray();
    if (order.size() != indexOf.size())
        return {};
    QList<int> positions;
    std::vector<bool> seen(static_cast<std::size_t>(indexOf.size()), false);
    for (const QJsonValue &v : order) {
        const auto it = indexOf.constFind(v.toString());
        if (!v.isString() || it == indexOf.constEnd() || seen[static_cast<std::size_t>(*it)])
            return {};
        seen[static_cast<std::size_t>(*it)] = true;
        positions << *it;
    }
    return positions;
}

// Which places of the learner's order hold items that can stay: a longest subsequence that
// is in the correct order. When several are equally long, the one keeping the most items
// at their exact position wins (then the earliest), so the choice is stable and natural.
std::vector<bool> itemsThatCanStay(const QList<int> &positions)
{
    const std::size_t n = static_cast<std::size_t>(positions.size());
    // best[i]: (length, items at their exact place) of the best subsequence ending at i.
    std::vector<std::pair<int, int>> best(n);
    std::vector<std::ptrdiff_t> previous(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const int exact = positions[i] == static_cast<int>(i) ? 1 : 0;
        best[i] = {1, exact};
        for (std::size_t j = 0; j < i; ++j) {
            if (positions[j] >= positions[i])
                continue;
            const std::pair<int, int> candidate{best[j].first + 1, best[j].second + exact};
            if (candidate > best[i]) {
                best[i] = candidate;
                previous[i] = static_cast<std::ptrdiff_t>(j);
            }
        }
    }
    std::ptrdiff_t end = -1;
    for (std::size_t i = 0; i < n; ++i) {
        if (end < 0 || best[i] > best[static_cast<std::size_t>(end)])
            end = static_cast<std::ptrdiff_t>(i);
    }
    std::vector<bool> stays(n, false);
    for (std::ptrdiff_t i = end; i >= 0; i = previous[static_cast<std::size_t>(i)])
        stays[static_cast<std::size_t>(i)] = true;
    return stays;
}

} // namespace

QList<ConfigIssue> SortActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    const QJsonValue prompt = config.value(u"prompt"_s);
    if (!prompt.isString() || prompt.toString().trimmed().isEmpty())
        issues << error(u"prompt"_s, u"the prompt is missing"_s,
                        u"add \"prompt:\" with the instruction learners read, such as \"Put the steps in order.\""_s);

    const QJsonValue itemsValue = config.value(u"items"_s);
    if (!itemsValue.isArray()) {
        issues << error(u"items"_s, u"the list of items is missing"_s,
                        u"add \"items:\" with 3 to 10 entries, written in the correct order"_s);
    } else {
        const QJsonArray items = itemsValue.toArray();
        if (items.size() < MinItems || items.size() > MaxItems)
            issues << error(
                u"items"_s,
                u"has %1 items; a sort activity needs %2 to %3"_s.arg(items.size()).arg(MinItems).arg(MaxItems),
                items.size() < MinItems ? u"add items, or use a quiz for a single choice"_s
                                        : u"split the sequence into two activities"_s);
        QHash<QString, QString> firstWithId;
        QHash<QString, qsizetype> firstWithText;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = u"items[%1]"_s.arg(i);
            if (!items[i].isObject()) {
                issues << error(path, u"an item must be a mapping with id and text"_s,
                                u"write it as \"- id: brief\" with \"text: ...\" on the next line"_s);
                continue;
            }
            const QJsonObject item = items[i].toObject();
            static const EntryIdRule idRule{u"item"_s, u"step-4"_s, 32, {}, {}};
            checkEntryId(item, path, idRule, firstWithId, issues);

            const QString text = item.value(u"text"_s).toString().trimmed();
            if (text.isEmpty())
                issues << error(path + u".text"_s, u"the item has no text"_s,
                                u"add \"text:\" with what learners see"_s);
            else if (firstWithText.contains(text))
                issues << error(path + u".text"_s,
                                u"has the same text as items[%1], so learners could not tell them apart"_s.arg(
                                    firstWithText.value(text)),
                                u"reword one of the two"_s);
            else
                firstWithText.insert(text, i);

            const QJsonValue feedback = item.value(u"feedback"_s);
            if (!feedback.isUndefined() && !feedback.isString())
                issues << error(path + u".feedback"_s, u"must be text"_s,
                                u"say why the item belongs where it does; learners read it when it is out of place"_s);
        }
    }
    checkVerdictMessages(config, issues);
    return issues;
}

ActivityResult SortActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    ActivityResult result;
    const QJsonArray items = config.value(u"items"_s).toArray();
    QHash<QString, int> indexOf;
    QStringList correctOrder;
    for (const QJsonValue &v : items) {
        const QString id = v.toObject().value(u"id"_s).toString();
        indexOf.insert(id, static_cast<int>(correctOrder.size()));
        correctOrder << id;
    }
    const int n = static_cast<int>(correctOrder.size());
    result.maxScore = std::max(0, n - 1);

    const QList<int> positions = positionsOf(response, indexOf);
    if (n == 0 || positions.isEmpty()) {
        result.feedback = {{u"verdict"_s, u"invalid"_s}};
        return result;
    }

    const std::vector<bool> stays = itemsThatCanStay(positions);
    const int kept = static_cast<int>(std::count(stays.begin(), stays.end(), true));
    result.rawScore = kept - 1;
    result.success = kept == n;
    result.completion = true;

    QStringList learnerOrder;
    QJsonObject perItem;
    for (qsizetype place = 0; place < positions.size(); ++place) {
        const int index = positions[place];
        const QString id = correctOrder[index];
        learnerOrder << id;
        const bool canStay = stays[static_cast<std::size_t>(place)];
        QJsonObject entry{{u"correct"_s, canStay}};
        if (!canStay) {
            // Enough for the view to word a hint in the learner's language.
            const QJsonObject item = items[index].toObject();
            entry.insert(u"feedback"_s, item.value(u"feedback"_s).toString());
            entry.insert(u"position"_s, index + 1);
            entry.insert(u"after"_s, index > 0 ? correctOrder[index - 1] : QString());
            entry.insert(u"before"_s, index + 1 < n ? correctOrder[index + 1] : QString());
        }
        perItem.insert(id, entry);
    }
    result.xapiResponse = learnerOrder.join(u"[,]"_s);

    const QString verdict = result.success ? u"correct"_s : (result.rawScore > 0 ? u"partial"_s : u"incorrect"_s);
    const QJsonObject messages = config.value(u"feedback"_s).toObject();
    result.feedback = {{u"verdict"_s, verdict},
                       {u"message"_s, messages.value(verdict).toString()},
                       {u"toMove"_s, n - kept},
                       {u"items"_s, perItem}};
    return result;
}

QJsonObject SortActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    QJsonArray choices;
    QStringList correct;
    for (const QJsonValue &v : config.value(u"items"_s).toArray()) {
        const QJsonObject item = v.toObject();
        choices.append(QJsonObject{{u"id"_s, item.value(u"id"_s)},
                                   {u"description"_s, QJsonObject{{language, item.value(u"text"_s)}}}});
        correct << item.value(u"id"_s).toString();
    }
    return {{u"interactionType"_s, u"sequencing"_s},
            {u"description"_s, QJsonObject{{language, config.value(u"prompt"_s)}}},
            {u"correctResponsesPattern"_s, QJsonArray{correct.join(u"[,]"_s)}},
            {u"choices"_s, choices}};
}

QUrl SortActivity::viewUrl() const
{
    return QUrl(u"qrc:/activities/sort/View.qml"_s);
}
