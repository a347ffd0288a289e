// SPDX-License-Identifier: Apache-2.0
#include "checklistactivity.h"

#include "configchecks.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;
using Passerelle::EntryIdRule;
using Passerelle::checkEntryId;

namespace {

constexpr int MinItems = 1;
constexpr int MaxItems = 60;

ConfigIssue error(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Error, path, message, hint};
}

ConfigIssue warning(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Warning, path, message, hint};
}

bool isBlank(const QJsonValue &value)
{
    return !value.isString() || value.toString().trimmed().isEmpty();
}

// The item ids of a config, in order, across sections.
QStringList itemIds(const QJsonObject &config)
{
    QStringList ids;
    for (const QJsonValue &section : config.value(u"sections"_s).toArray()) {
        for (const QJsonValue &item : section.toObject().value(u"items"_s).toArray())
            ids << item.toObject().value(u"id"_s).toString();
    }
    return ids;
}

void checkItem(const QJsonValue &value, const QString &path, QHash<QString, QString> &pathOfId,
               QList<ConfigIssue> &issues)
{
    if (!value.isObject()) {
        issues << error(path, u"an item must be a mapping with id and text"_s,
                        u"write it as \"- id: passport\" with \"text: ...\" on the next line"_s);
        return;
    }
    const QJsonObject item = value.toObject();
    static const EntryIdRule idRule{u"item"_s, u"item-4"_s, 32, {},
                                    u", across all sections: the learner's ticks are kept by id"_s};
    checkEntryId(item, path, idRule, pathOfId, issues);
    if (isBlank(item.value(u"text"_s)))
        issues << error(path + u".text"_s, u"the item has no text"_s, u"add \"text:\" with what the learner checks"_s);
    const QJsonValue hint = item.value(u"hint"_s);
    if (!hint.isUndefined() && !hint.isString())
        issues << error(path + u".hint"_s, u"must be text"_s,
                        u"a hint is one sentence shown under the item, such as where to find a document"_s);
}

} // namespace

QList<ConfigIssue> ChecklistActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    if (isBlank(config.value(u"title"_s)))
        issues << error(u"title"_s, u"the title is missing"_s,
                        u"add \"title:\", such as \"Before you fly\"; it heads the printed field card"_s);
    const QJsonValue intro = config.value(u"intro"_s);
    if (!intro.isUndefined() && !intro.isString())
        issues << error(u"intro"_s, u"must be text"_s, u"write the introduction in Markdown after \"intro:\""_s);

    const QJsonValue sectionsValue = config.value(u"sections"_s);
    if (!sectionsValue.isArray()) {
        issues << error(u"sections"_s, u"the list of sections is missing"_s,
                        u"add \"sections:\" with at least one section holding \"items:\""_s);
    } else {
        const QJsonArray sections = sectionsValue.toArray();
        QHash<QString, QString> pathOfId;
        qsizetype total = 0;
        for (qsizetype s = 0; s < sections.size(); ++s) {
            const QString path = u"sections[%1]"_s.arg(s);
            if (!sections[s].isObject()) {
                issues << error(path, u"a section must be a mapping with items and an optional heading"_s,
                                u"write it as \"- heading: ...\" with \"items:\" under it"_s);
                continue;
            }
            const QJsonObject section = sections[s].toObject();
            const QJsonValue heading = section.value(u"heading"_s);
            if (!heading.isUndefined() && !heading.isString())
                issues << error(path + u".heading"_s, u"must be text"_s);
            else if (sections.size() > 1 && isBlank(heading))
                issues << warning(path + u".heading"_s, u"this section has no heading"_s,
                                  u"with several sections, a heading tells them apart on the field card"_s);
            const QJsonValue itemsValue = section.value(u"items"_s);
            if (!itemsValue.isArray() || itemsValue.toArray().isEmpty()) {
                issues << error(path + u".items"_s, u"the section has no items"_s,
                                u"add \"items:\" with at least one entry, or remove the section"_s);
                continue;
            }
            const QJsonArray items = itemsValue.toArray();
            total += items.size();
            for (qsizetype i = 0; i < items.size(); ++i)
                checkItem(items[i], path + u".items[%1]"_s.arg(i), pathOfId, issues);
        }
        if (total < MinItems || total > MaxItems)
            issues << error(u"sections"_s,
                            u"has %1 items in all; a checklist needs %2 to %3"_s.arg(total).arg(MinItems).arg(MaxItems),
                            total < MinItems ? u"add items under a section's \"items:\""_s
                                             : u"split it into two checklists: a field card must fit on one page"_s);
    }

    const QJsonValue maxAttempts = config.value(u"maxAttempts"_s);
    if (!maxAttempts.isUndefined() && (!maxAttempts.isDouble() || maxAttempts.toDouble() < 1 ||
                                       maxAttempts.toDouble() != std::floor(maxAttempts.toDouble())))
        issues << error(u"maxAttempts"_s, u"must be a whole number of at least 1"_s,
                        u"leave it out to allow unlimited attempts"_s);
    return issues;
}

ActivityResult ChecklistActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    ActivityResult result;
    const QStringList ids = itemIds(config);
    result.maxScore = static_cast<double>(ids.size());
    const QJsonObject invalid{{u"verdict"_s, u"invalid"_s}};

    const QJsonObject answer = response.toObject();
    const QJsonValue checkedValue = answer.value(u"checked"_s);
    const QJsonValue notesValue = answer.value(u"notes"_s);
    if (ids.isEmpty() || !checkedValue.isArray() || !(notesValue.isUndefined() || notesValue.isObject())) {
        result.feedback = invalid;
        return result;
    }
    QSet<QString> checked;
    for (const QJsonValue &v : checkedValue.toArray()) {
        // An unknown or repeated id means the view and the config disagree: nothing is recorded.
        if (!v.isString() || !ids.contains(v.toString()) || checked.contains(v.toString())) {
            result.feedback = invalid;
            return result;
        }
        checked.insert(v.toString());
    }
    const QJsonObject notes = notesValue.toObject();
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        if (!ids.contains(it.key()) || !it.value().isString() || it.value().toString().size() > MaxNoteLength) {
            result.feedback = invalid;
            return result;
        }
    }

    QStringList ticked;
    QJsonArray open;
    for (const QString &id : ids) {
        if (checked.contains(id))
            ticked << id;
        else
            open.append(id);
    }
    result.rawScore = static_cast<double>(ticked.size());
    result.success = ticked.size() == ids.size();
    result.completion = true;
    result.xapiResponse = ticked.join(u"[,]"_s);
    result.feedback = {{u"verdict"_s, result.success ? u"all-ticked"_s : u"some-open"_s},
                       {u"ticked"_s, static_cast<int>(ticked.size())},
                       {u"total"_s, static_cast<int>(ids.size())},
                       {u"checked"_s, QJsonArray::fromStringList(ticked)},
                       {u"open"_s, open}};
    return result;
}

QJsonObject ChecklistActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    // "other" has no components in xAPI: the description names the list, and the response is
    // the ticked ids in the list's order joined with "[,]".
    return {{u"interactionType"_s, u"other"_s}, {u"description"_s, QJsonObject{{language, config.value(u"title"_s)}}}};
}

QUrl ChecklistActivity::viewUrl() const
{
    return QUrl(u"qrc:/activities/checklist/View.qml"_s);
}
