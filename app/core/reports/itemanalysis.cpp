// SPDX-License-Identifier: Apache-2.0
#include "reports/itemanalysis.h"

#include "modules/module.h"
#include "progress/database.h"
#include "progress/xapi.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

QString key(const QString &moduleId, const QString &activityId)
{
    return moduleId + u'\x1f' + activityId;
}

QString inLanguage(const QJsonValue &map, const QString &language)
{
    const QJsonObject names = map.toObject();
    QString text = names.value(language).toString();
    if (text.isEmpty())
        text = names.value(u"en"_s).toString();
    if (text.isEmpty() && !names.isEmpty())
        text = names.begin().value().toString();
    return text;
}

// The answers the report counts, numbered per learner and activity in the order given.
// Parameters: the answered verb, then the cohort, the module and the learner, each twice (Qt's
// driver rewrites numbered placeholders, so each ? is bound in turn).
const QString AnswersCte = uR"(WITH answers AS (
  SELECT seq, learner_id, module_id, activity_id, success,
         row_number() OVER (PARTITION BY learner_id, module_id, activity_id ORDER BY timestamp_ms, seq) AS nth
  FROM statements
  WHERE verb = ? AND activity_id IS NOT NULL
    AND (? = '' OR learner_id IN (SELECT learner_id FROM cohort_members WHERE cohort_id = ?))
    AND (? = '' OR module_id = ?)
    AND (? = '' OR learner_id = ?)
))"_s;

// The option texts of an activity as the module has them, as an xAPI-like definition
// ({choices: [{id, description: {language: text}}]}), for describeResponse().
QJsonObject definitionFromModule(const Module &module, const QString &activityId, const QString &language)
{
    const QString lang = module.resolveLanguage(language);
    const Block *block = module.findActivity(lang, activityId);
    if (!block)
        return {};
    QJsonArray choices;
    for (const char16_t *field : {u"options", u"explanations", u"choices", u"items"}) {
        for (const QJsonValue &v : block->config.value(QString::fromUtf16(field)).toArray()) {
            const QJsonObject option = v.toObject();
            const QString text = option.value(u"text"_s).toString();
            if (!option.value(u"id"_s).toString().isEmpty() && !text.isEmpty())
                choices.append(
                    QJsonObject{{u"id"_s, option.value(u"id"_s)}, {u"description"_s, QJsonObject{{language, text}}}});
        }
    }
    QJsonObject definition{{u"choices"_s, choices}};
    if (block->config.value(u"question"_s).isString())
        definition.insert(u"description"_s, QJsonObject{{language, block->config.value(u"question"_s)}});
    return definition;
}

} // namespace

QString ItemAnalysis::describeResponse(const QString &response, const QJsonObject &definition, const QString &language)
{
    if (response.isEmpty())
        return QString();
    QHash<QString, QString> labels;
    for (const char16_t *list : {u"choices", u"scale", u"source", u"target", u"steps"}) {
        for (const QJsonValue &v : definition.value(QString::fromUtf16(list)).toArray()) {
            const QJsonObject c = v.toObject();
            const QString text = inLanguage(c.value(u"description"_s), language);
            if (!text.isEmpty())
                labels.insert(c.value(u"id"_s).toString(), text);
        }
    }
    if (labels.isEmpty())
        return response == u"true" || response == u"false" ? response : QString();
    // choice and sequencing: "a[,]b"; matching: "a[.]x[,]b[.]y".
    QStringList parts;
    for (const QString &item : response.split(u"[,]"_s)) {
        QStringList pair;
        for (const QString &id : item.split(u"[.]"_s))
            pair.append(labels.value(id, id));
        parts.append(pair.join(u" → "_s));
    }
    return parts.join(u"; "_s);
}

Expected<QList<ItemStatistics>> ItemAnalysis::query(Database &db, const ItemFilter &filter, const QString &language,
                                                    const QList<Module> &modules)
{
    const QString answered = Xapi::verbIri(Xapi::Verb::Answered);
    const auto nonNull = [](const QString &s) { return s.isNull() ? u""_s : s; };
    const QString cohort = nonNull(filter.cohortId), module = nonNull(filter.moduleId),
                  learner = nonNull(filter.learnerId);
    auto counts = db.exec(AnswersCte + uR"(
SELECT module_id, activity_id, count(*), count(DISTINCT learner_id),
       sum(nth = 1 AND success IS NOT NULL), sum(nth = 1 AND success = 1), max(success IS NOT NULL)
FROM answers GROUP BY module_id, activity_id ORDER BY module_id, activity_id)"_s,
                          {answered, cohort, cohort, module, module, learner, learner});
    if (!counts)
        return counts.error();
    QList<ItemStatistics> items;
    QHash<QString, qsizetype> index;
    while (counts->next()) {
        ItemStatistics item;
        item.moduleId = counts->value(0).toString();
        item.activityId = counts->value(1).toString();
        item.attempts = counts->value(2).toInt();
        item.learners = counts->value(3).toInt();
        item.firstTries = counts->value(4).toInt();
        item.firstTriesCorrect = counts->value(5).toInt();
        item.scored = counts->value(6).toInt() != 0;
        index.insert(key(item.moduleId, item.activityId), items.size());
        items.append(item);
    }

    // The most frequent wrong response per activity (ties: the first in text order).
    auto wrong = db.exec(AnswersCte + uR"(
SELECT a.module_id, a.activity_id, json_extract(s.json, '$.result.response') AS response, count(*) AS n
FROM answers a JOIN statements s ON s.seq = a.seq
WHERE a.success = 0
GROUP BY a.module_id, a.activity_id, response
ORDER BY a.module_id, a.activity_id, n DESC, response)"_s,
                         {answered, cohort, cohort, module, module, learner, learner});
    if (!wrong)
        return wrong.error();
    while (wrong->next()) {
        ItemStatistics &item = items[index.value(key(wrong->value(0).toString(), wrong->value(1).toString()))];
        if (item.commonWrongCount > 0 || wrong->value(2).isNull())
            continue;
        item.commonWrongResponse = wrong->value(2).toString();
        item.commonWrongCount = wrong->value(3).toInt();
    }

    // Each activity's latest definition and type, from its latest answer.
    auto definitions = db.exec(uR"(
SELECT max(seq), module_id, activity_id, json_extract(json, '$.object.definition'),
       json_extract(json, '$.context.extensions."' || ? || '"')
FROM statements WHERE verb = ? AND activity_id IS NOT NULL AND (? = '' OR module_id = ?)
GROUP BY module_id, activity_id)"_s,
                               {Xapi::extensionIri(u"activity-type"_s), answered, module, module});
    if (!definitions)
        return definitions.error();
    QHash<QString, const Module *> byId;
    for (const Module &m : modules)
        byId.insert(m.id, &m);
    while (definitions->next()) {
        const auto at = index.find(key(definitions->value(1).toString(), definitions->value(2).toString()));
        if (at == index.end())
            continue;
        ItemStatistics &item = items[*at];
        const QJsonObject recorded = QJsonDocument::fromJson(definitions->value(3).toString().toUtf8()).object();
        item.interactionType = recorded.value(u"interactionType"_s).toString();
        item.activityType = definitions->value(4).toString();
        QJsonObject fromModule;
        if (const Module *m = byId.value(item.moduleId))
            fromModule = definitionFromModule(*m, item.activityId, language);
        item.question = inLanguage(fromModule.value(u"description"_s), language);
        if (item.question.isEmpty())
            item.question = inLanguage(recorded.value(u"description"_s), language);
        if (!item.commonWrongResponse.isEmpty()) {
            item.commonWrongLabel = describeResponse(item.commonWrongResponse, fromModule, language);
            if (item.commonWrongLabel.isEmpty())
                item.commonWrongLabel = describeResponse(item.commonWrongResponse, recorded, language);
        }
    }
    return items;
}

} // namespace Passerelle
