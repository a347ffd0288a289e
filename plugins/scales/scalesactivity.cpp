// SPDX-License-Identifier: Apache-2.0
#include "scalesactivity.h"

#include "configchecks.h"

#include "scaleprofile.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;
using Passerelle::EntryIdRule;
using Passerelle::checkEntryId;

namespace {

constexpr int MinScales = 4;
constexpr int MaxScales = 10;

ConfigIssue error(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Error, path, message, hint};
}

ConfigIssue warning(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Warning, path, message, hint};
}

bool isWholeNumberIn(const QJsonValue &value, int low, int high)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d == std::floor(d) && d >= low && d <= high;
}

// One pole of a scale: { label, description }.
void checkPole(const QJsonObject &scale, const QString &scalePath, const QString &side, QList<ConfigIssue> &issues)
{
    const QString path = scalePath + u'.' + side;
    const QJsonValue value = scale.value(side);
    if (!value.isObject()) {
        issues << error(path, u"the %1 pole is missing"_s.arg(side),
                        u"add \"%1:\" with \"label:\" and \"description:\" under it"_s.arg(side));
        return;
    }
    const QJsonObject pole = value.toObject();
    if (!pole.value(u"label"_s).isString() || pole.value(u"label"_s).toString().trimmed().isEmpty())
        issues << error(path + u".label"_s, u"the %1 pole has no label"_s.arg(side),
                        u"name the pole in a few words, such as \"Direct feedback\""_s);
    const QJsonValue description = pole.value(u"description"_s);
    if (description.isUndefined() || (description.isString() && description.toString().trimmed().isEmpty()))
        issues << warning(path + u".description"_s, u"the %1 pole has no description"_s.arg(side),
                          u"add one sentence saying what this pole looks like in practice; learners read it "
                          u"before placing themselves"_s);
    else if (!description.isString())
        issues << error(path + u".description"_s, u"must be text"_s);
}

// The scale ids in the author's order; problems with the list go to `issues`.
QStringList checkScales(const QJsonObject &config, QList<ConfigIssue> &issues)
{
    QStringList ids;
    const QJsonValue scalesValue = config.value(u"scales"_s);
    if (!scalesValue.isArray()) {
        issues << error(u"scales"_s, u"the list of scales is missing"_s,
                        u"add \"scales:\" with 4 to 10 entries, each with an id, a left pole and a right pole"_s);
        return ids;
    }
    const QJsonArray scales = scalesValue.toArray();
    if (scales.size() < MinScales || scales.size() > MaxScales)
        issues << error(
            u"scales"_s,
            u"has %1 scales; a self-assessment needs %2 to %3"_s.arg(scales.size()).arg(MinScales).arg(MaxScales),
            scales.size() < MinScales
                ? u"add scales: a profile needs at least four dimensions to be worth reading"_s
                : u"keep the ten that matter most for this lesson, or split them into two activities"_s);
    QHash<QString, QString> firstWithId;
    for (qsizetype i = 0; i < scales.size(); ++i) {
        const QString path = u"scales[%1]"_s.arg(i);
        if (!scales[i].isObject()) {
            issues << error(path, u"a scale must be a mapping with id, left and right"_s,
                            u"write it as \"- id: feedback\" with \"left:\" and \"right:\" under it"_s);
            continue;
        }
        const QJsonObject scale = scales[i].toObject();
        static const EntryIdRule idRule{u"scale"_s, u"scale-4"_s, 32, {}, {}};
        if (const auto id = checkEntryId(scale, path, idRule, firstWithId, issues))
            ids << *id;
        checkPole(scale, path, u"left"_s, issues);
        checkPole(scale, path, u"right"_s, issues);
        const QString left = scale.value(u"left"_s).toObject().value(u"label"_s).toString().trimmed();
        const QString right = scale.value(u"right"_s).toObject().value(u"label"_s).toString().trimmed();
        if (!left.isEmpty() && left.compare(right, Qt::CaseInsensitive) == 0)
            issues << error(path + u".right.label"_s, u"both poles are labelled \"%1\""_s.arg(left),
                            u"name the two opposite ends of the dimension"_s);
    }
    return ids;
}

// A key of "comparison.values" or "prompts" must name a scale.
bool checkScaleKey(const QString &path, const QString &key, const QStringList &ids, QList<ConfigIssue> &issues)
{
    if (ids.contains(key))
        return true;
    issues << error(path, u"\"%1\" is not the id of a scale"_s.arg(key), u"use one of: %1"_s.arg(ids.join(u", "_s)));
    return false;
}

void checkComparison(const QJsonObject &config, const QStringList &ids, QList<ConfigIssue> &issues)
{
    const QJsonValue value = config.value(u"comparison"_s);
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        issues << error(u"comparison"_s, u"must be a mapping with a label and values"_s,
                        u"write \"comparison:\" with \"label:\" and \"values:\" under it, or leave it out"_s);
        return;
    }
    const QJsonObject comparison = value.toObject();
    if (!comparison.value(u"label"_s).isString() || comparison.value(u"label"_s).toString().trimmed().isEmpty())
        issues << error(u"comparison.label"_s, u"the comparison profile has no label"_s,
                        u"say whose profile it is, such as \"The context you described\"; learners see it beside "
                        u"their own"_s);
    const QJsonValue valuesValue = comparison.value(u"values"_s);
    if (!valuesValue.isObject() || valuesValue.toObject().isEmpty()) {
        issues << error(u"comparison.values"_s, u"the comparison profile has no values"_s,
                        u"add \"values:\" with a position from 1 to 7 for each scale, such as \"feedback: 6\""_s);
        return;
    }
    const QJsonObject values = valuesValue.toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString path = u"comparison.values."_s + it.key();
        if (!checkScaleKey(path, it.key(), ids, issues))
            continue;
        if (!isWholeNumberIn(it.value(), ScaleProfile::Lowest, ScaleProfile::Highest))
            issues << error(path, u"must be a whole number from 1 to 7"_s, u"1 is the left pole, 7 the right pole"_s);
    }
}

void checkPrompts(const QJsonObject &config, const QStringList &ids, QList<ConfigIssue> &issues)
{
    const QJsonValue value = config.value(u"prompts"_s);
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        issues << error(u"prompts"_s, u"must be a mapping from scale ids to questions"_s,
                        u"write \"prompts:\" with lines such as \"feedback: How will you ask for feedback?\""_s);
        return;
    }
    if (!config.value(u"comparison"_s).isObject())
        issues << warning(u"prompts"_s,
                          u"prompts are shown beside large gaps to the comparison profile, and there is none"_s,
                          u"add \"comparison:\", or remove \"prompts:\""_s);
    const QJsonObject prompts = value.toObject();
    for (auto it = prompts.begin(); it != prompts.end(); ++it) {
        const QString path = u"prompts."_s + it.key();
        if (!checkScaleKey(path, it.key(), ids, issues))
            continue;
        if (!it.value().isString())
            issues << error(path, u"must be text"_s, u"write the question learners think about on this scale"_s);
        else if (it.value().toString().trimmed().isEmpty())
            issues << error(path, u"the prompt is empty"_s,
                            u"write the question learners think about on this scale, or remove the line"_s);
    }
}

} // namespace

QList<ConfigIssue> ScalesActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    const QJsonValue intro = config.value(u"intro"_s);
    if (!intro.isUndefined() && !intro.isString())
        issues << error(u"intro"_s, u"must be text"_s, u"write the introduction in Markdown after \"intro:\""_s);
    const QStringList ids = checkScales(config, issues);
    checkComparison(config, ids, issues);
    checkPrompts(config, ids, issues);
    const QJsonValue threshold = config.value(u"gapThreshold"_s);
    if (!threshold.isUndefined() && !isWholeNumberIn(threshold, 1, ScaleProfile::Highest - ScaleProfile::Lowest))
        issues << error(u"gapThreshold"_s, u"must be a whole number from 1 to 6"_s,
                        u"leave it out for the default, 2: a gap of two points or more is highlighted"_s);
    const QJsonValue maxAttempts = config.value(u"maxAttempts"_s);
    if (!maxAttempts.isUndefined() && !isWholeNumberIn(maxAttempts, 1, 1000000))
        issues << error(u"maxAttempts"_s, u"must be a whole number of at least 1"_s,
                        u"leave it out to allow unlimited attempts"_s);
    return issues;
}

ActivityResult ScalesActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    ActivityResult result; // no score: 0 out of 0
    const std::optional<ScaleProfile> profile = ScaleProfile::read(config, response);
    if (!profile) {
        result.feedback = {{u"verdict"_s, u"invalid"_s}};
        return result;
    }
    const QStringList missing = profile->missing();
    result.completion = missing.isEmpty();
    result.success = result.completion; // nothing to get wrong: placing yourself is the task
    result.xapiResponse = profile->xapiResponse();

    const QJsonObject prompts = config.value(u"prompts"_s).toObject();
    QJsonArray gaps;
    QJsonArray large;
    for (const ScaleProfile::Gap &gap : profile->gaps()) {
        QJsonObject entry{{u"scale"_s, gap.scaleId},
                          {u"self"_s, gap.self},
                          {u"comparison"_s, gap.comparison},
                          {u"size"_s, gap.size},
                          // Which pole the comparison sits nearer to than the learner.
                          {u"towards"_s, gap.comparison > gap.self   ? u"right"_s
                                         : gap.comparison < gap.self ? u"left"_s
                                                                     : u"none"_s},
                          {u"large"_s, gap.large}};
        if (gap.large) {
            large.append(gap.scaleId);
            const QString prompt = prompts.value(gap.scaleId).toString();
            if (!prompt.isEmpty())
                entry.insert(u"prompt"_s, prompt);
        }
        gaps.append(entry);
    }
    QJsonObject positions;
    for (const QString &id : profile->scaleIds()) {
        if (profile->positionOf(id) != 0)
            positions.insert(id, profile->positionOf(id));
    }
    result.feedback = {{u"verdict"_s, result.completion ? u"complete"_s : u"incomplete"_s},
                       {u"positions"_s, positions},
                       {u"missing"_s, QJsonArray::fromStringList(missing)},
                       {u"comparison"_s, config.value(u"comparison"_s).isObject()},
                       {u"threshold"_s, ScaleProfile::gapThreshold(config)},
                       {u"gaps"_s, gaps},
                       {u"largeGaps"_s, large}};
    return result;
}

QJsonObject ScalesActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    // One likert interaction over several scales: the points are the same 1..7 on each, and
    // the description names the scales, so a report can read the response
    // ("feedback[.]2[,]context[.]6") without the module.
    QStringList names;
    for (const QJsonValue &v : config.value(u"scales"_s).toArray()) {
        const QJsonObject scale = v.toObject();
        names << scale.value(u"id"_s).toString() + u": "_s + scale.value(u"left"_s)[u"label"_s].toString() +
                     u" (1) – "_s + scale.value(u"right"_s)[u"label"_s].toString() + u" (7)"_s;
    }
    QString description = config.value(u"intro"_s).toString().trimmed();
    description = description.isEmpty() ? names.join(u"; "_s) : QString(description + u"\n\n"_s + names.join(u"; "_s));
    QJsonArray points;
    for (int p = ScaleProfile::Lowest; p <= ScaleProfile::Highest; ++p)
        points.append(QJsonObject{{u"id"_s, QString::number(p)},
                                  {u"description"_s, QJsonObject{{language, QString::number(p)}}}});
    return {{u"interactionType"_s, u"likert"_s},
            {u"description"_s, QJsonObject{{language, description}}},
            {u"scale"_s, points}};
}

QUrl ScalesActivity::viewUrl() const
{
    return QUrl(u"qrc:/activities/scales/View.qml"_s);
}
