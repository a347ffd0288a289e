// SPDX-License-Identifier: Apache-2.0
#include "reflectionactivity.h"

#include "configchecks.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;
using Passerelle::EntryIdRule;
using Passerelle::checkEntryId;

namespace {

constexpr int MinPrompts = 1;
constexpr int MaxPrompts = 6;

ConfigIssue error(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Error, path, message, hint};
}

bool isWholeNumberIn(const QJsonValue &value, int low, int high)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d == std::floor(d) && d >= low && d <= high;
}

void checkPrompt(const QJsonValue &value, const QString &path, QHash<QString, QString> &firstWithId,
                 QList<ConfigIssue> &issues)
{
    if (!value.isObject()) {
        issues << error(path, u"a prompt must be a mapping with id and text"_s,
                        u"write it as \"- id: surprise\" with \"text: ...\" on the next line"_s);
        return;
    }
    const QJsonObject prompt = value.toObject();
    static const EntryIdRule idRule{u"prompt"_s, u"question-2"_s, 32, {},
                                    u": the learner's answers are kept by id"_s};
    checkEntryId(prompt, path, idRule, firstWithId, issues);
    if (!prompt.value(u"text"_s).isString() || prompt.value(u"text"_s).toString().trimmed().isEmpty())
        issues << error(path + u".text"_s, u"the prompt has no text"_s,
                        u"add \"text:\" with the question the learner answers"_s);
    const QJsonValue placeholder = prompt.value(u"placeholder"_s);
    if (!placeholder.isUndefined() && !placeholder.isString())
        issues << error(path + u".placeholder"_s, u"must be text"_s,
                        u"a placeholder is a short example shown in the empty answer box"_s);
    const QJsonValue minWords = prompt.value(u"minWords"_s);
    if (!minWords.isUndefined() && !isWholeNumberIn(minWords, 1, ReflectionActivity::MaxMinWords))
        issues << error(path + u".minWords"_s,
                        u"must be a whole number from 1 to %1"_s.arg(ReflectionActivity::MaxMinWords),
                        u"the number of words you suggest, such as 40; leave it out to suggest none"_s);
}

} // namespace

int ReflectionActivity::wordCount(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s, QRegularExpression::UseUnicodePropertiesOption);
    return static_cast<int>(text.split(space, Qt::SkipEmptyParts).size());
}

QList<ConfigIssue> ReflectionActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    const QJsonValue intro = config.value(u"intro"_s);
    if (!intro.isUndefined() && !intro.isString())
        issues << error(u"intro"_s, u"must be text"_s, u"write the introduction in Markdown after \"intro:\""_s);
    const QJsonValue promptsValue = config.value(u"prompts"_s);
    if (!promptsValue.isArray()) {
        issues << error(u"prompts"_s, u"the list of prompts is missing"_s,
                        u"add \"prompts:\" with 1 to 6 questions, each with an id and a text"_s);
    } else {
        const QJsonArray prompts = promptsValue.toArray();
        if (prompts.size() < MinPrompts || prompts.size() > MaxPrompts)
            issues << error(
                u"prompts"_s,
                u"has %1 prompts; a reflection needs %2 to %3"_s.arg(prompts.size()).arg(MinPrompts).arg(MaxPrompts),
                prompts.size() < MinPrompts
                    ? u"add at least one question under \"prompts:\""_s
                    : u"keep the six questions that matter most, or split them into two reflections"_s);
        QHash<QString, QString> firstWithId;
        for (qsizetype i = 0; i < prompts.size(); ++i)
            checkPrompt(prompts[i], u"prompts[%1]"_s.arg(i), firstWithId, issues);
    }
    const QJsonValue maxAttempts = config.value(u"maxAttempts"_s);
    if (!maxAttempts.isUndefined() && !isWholeNumberIn(maxAttempts, 1, 1000000))
        issues << error(u"maxAttempts"_s, u"must be a whole number of at least 1"_s,
                        u"leave it out to allow unlimited attempts"_s);
    return issues;
}

ActivityResult ReflectionActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    ActivityResult result; // no score: 0 out of 0
    const QJsonArray prompts = config.value(u"prompts"_s).toArray();
    QStringList ids;
    for (const QJsonValue &v : prompts)
        ids << v.toObject().value(u"id"_s).toString();

    const QJsonValue answersValue = response.toObject().value(u"answers"_s);
    bool wellFormed = !ids.isEmpty() && answersValue.isObject();
    const QJsonObject answers = answersValue.toObject();
    for (auto it = answers.begin(); wellFormed && it != answers.end(); ++it)
        wellFormed = ids.contains(it.key()) && it.value().isString() && it.value().toString().size() <= MaxAnswerLength;
    if (!wellFormed) {
        result.feedback = {{u"verdict"_s, u"invalid"_s}};
        return result;
    }

    QJsonArray empty;
    QJsonArray shortAnswers;
    QJsonObject words;
    QStringList texts;
    for (const QJsonValue &v : prompts) {
        const QJsonObject prompt = v.toObject();
        const QString id = prompt.value(u"id"_s).toString();
        const QString text = answers.value(id).toString();
        const int count = wordCount(text);
        words.insert(id, count);
        if (count == 0)
            empty.append(id);
        else if (count < prompt.value(u"minWords"_s).toInt(0))
            shortAnswers.append(id);
        // "[,]" separates the answers in xAPI: one typed inside an answer is broken up.
        texts << QString(text).replace(u"[,]"_s, u"[ ,]"_s);
    }
    result.completion = empty.isEmpty();
    result.success = result.completion; // nothing to get wrong: writing is the task
    result.xapiResponse = texts.join(u"[,]"_s);
    result.feedback = {{u"verdict"_s, result.completion ? u"complete"_s : u"incomplete"_s},
                       {u"empty"_s, empty},
                       {u"short"_s, shortAnswers},
                       {u"words"_s, words}};
    return result;
}

QJsonObject ReflectionActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    // The description holds the questions (not the answers), so a report can say what was
    // asked; the answers travel only in result.response, which stays private.
    QStringList parts;
    const QString intro = config.value(u"intro"_s).toString().trimmed();
    if (!intro.isEmpty())
        parts << intro;
    for (const QJsonValue &v : config.value(u"prompts"_s).toArray())
        parts << v.toObject().value(u"text"_s).toString();
    return {{u"interactionType"_s, u"long-fill-in"_s},
            {u"description"_s, QJsonObject{{language, parts.join(u"\n\n"_s)}}}};
}

QUrl ReflectionActivity::viewUrl() const
{
    return QUrl(u"qrc:/activities/reflection/View.qml"_s);
}
