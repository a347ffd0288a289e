// SPDX-License-Identifier: Apache-2.0
#include "quizactivity.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <QSet>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;

namespace {

constexpr int MinOptions = 2;
constexpr int MaxOptions = 12;

bool isOptionId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,32}$"_s);
    return re.match(id).hasMatch();
}

ConfigIssue error(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Error, path, message, hint};
}

ConfigIssue warning(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Warning, path, message, hint};
}

} // namespace

QJsonArray QuizActivity::options(const QJsonObject &config)
{
    if (!config.value(u"trueFalse"_s).toBool(false))
        return config.value(u"options"_s).toArray();
    // A true/false question is a single choice between two fixed options; the view labels
    // them in the interface language.
    const bool answer = config.value(u"answer"_s).toBool();
    return {QJsonObject{{u"id"_s, u"true"_s}, {u"text"_s, u"true"_s}, {u"correct"_s, answer},
                        {u"feedback"_s, config.value(u"trueFeedback"_s)}},
            QJsonObject{{u"id"_s, u"false"_s}, {u"text"_s, u"false"_s}, {u"correct"_s, !answer},
                        {u"feedback"_s, config.value(u"falseFeedback"_s)}}};
}

QList<ConfigIssue> QuizActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    if (!config.value(u"question"_s).isString() || config.value(u"question"_s).toString().trimmed().isEmpty())
        issues << error(u"question"_s, u"the question text is missing"_s, u"add a \"question:\" field"_s);
    for (const QString &flag : {u"multiple"_s, u"shuffle"_s, u"trueFalse"_s}) {
        const QJsonValue value = config.value(flag);
        if (!value.isUndefined() && !value.isBool())
            issues << error(flag, u"must be true or false"_s);
    }
    const QJsonValue maxAttempts = config.value(u"maxAttempts"_s);
    if (!maxAttempts.isUndefined() && (!maxAttempts.isDouble() || maxAttempts.toDouble() < 1 ||
                                       maxAttempts.toDouble() != std::floor(maxAttempts.toDouble())))
        issues << error(u"maxAttempts"_s, u"must be a whole number of at least 1"_s,
                        u"leave it out to allow unlimited attempts"_s);
    const bool multiple = config.value(u"multiple"_s).toBool(false);

    if (config.value(u"trueFalse"_s).toBool(false)) {
        if (config.contains(u"options"_s))
            issues << error(u"options"_s, u"a true/false question has no options"_s,
                            u"remove \"options:\", or remove \"trueFalse: true\" to write the options yourself"_s);
        if (multiple)
            issues << error(u"multiple"_s, u"a true/false question has one answer"_s);
        if (!config.value(u"answer"_s).isBool())
            issues << error(u"answer"_s, u"a true/false question needs \"answer: true\" or \"answer: false\""_s);
        for (const QString &key : {u"trueFeedback"_s, u"falseFeedback"_s}) {
            if (config.value(key).toString().trimmed().isEmpty())
                issues << warning(key, u"no feedback for this answer"_s,
                                  u"say why the statement is true or false; learners read it after answering"_s);
        }
        return issues;
    }

    const QJsonValue optionsValue = config.value(u"options"_s);
    if (!optionsValue.isArray()) {
        issues << error(u"options"_s, u"the list of options is missing"_s, u"add \"options:\" with 2 to 12 entries"_s);
        return issues;
    }
    const QJsonArray options = optionsValue.toArray();
    if (options.size() < MinOptions || options.size() > MaxOptions)
        issues << error(u"options"_s, u"has %1 options; a question needs %2 to %3"_s.arg(options.size()).arg(MinOptions).arg(MaxOptions));
    QSet<QString> ids;
    int correct = 0;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString path = u"options[%1]"_s.arg(i);
        if (!options[i].isObject()) {
            issues << error(path, u"an option must be a mapping with id, text, correct and feedback"_s);
            continue;
        }
        const QJsonObject option = options[i].toObject();
        const QString id = option.value(u"id"_s).toString();
        if (!isOptionId(id))
            issues << error(path + u".id"_s, u"\"%1\" is not a valid option id"_s.arg(id), u"use 1 to 32 letters, digits, \"-\" or \"_\""_s);
        else if (ids.contains(id))
            issues << error(path + u".id"_s, u"option id \"%1\" is used twice"_s.arg(id));
        ids.insert(id);
        if (option.value(u"text"_s).toString().trimmed().isEmpty())
            issues << error(path + u".text"_s, u"the option has no text"_s);
        const QJsonValue isCorrect = option.value(u"correct"_s);
        if (!isCorrect.isUndefined() && !isCorrect.isBool())
            issues << error(path + u".correct"_s, u"must be true or false"_s);
        if (isCorrect.toBool(false))
            ++correct;
        if (option.value(u"feedback"_s).toString().trimmed().isEmpty())
            issues << warning(path + u".feedback"_s, u"the option has no feedback"_s,
                              u"say why this option is right or wrong; learners read it after answering"_s);
    }
    if (correct == 0)
        issues << error(u"options"_s, u"no option is marked correct"_s, u"mark the right answer with \"correct: true\""_s);
    else if (!multiple && correct > 1)
        issues << error(u"options"_s, u"%1 options are marked correct in a single-choice question"_s.arg(correct),
                        u"mark one option correct, or set \"multiple: true\""_s);
    return issues;
}

ActivityResult QuizActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    ActivityResult result;
    const bool multiple = config.value(u"multiple"_s).toBool(false) && !config.value(u"trueFalse"_s).toBool(false);
    const QJsonArray options = QuizActivity::options(config);

    QSet<QString> correctIds;
    QStringList orderedIds;
    for (const QJsonValue &v : options) {
        const QString id = v.toObject().value(u"id"_s).toString();
        orderedIds << id;
        if (v.toObject().value(u"correct"_s).toBool(false))
            correctIds.insert(id);
    }
    result.maxScore = multiple ? correctIds.size() : 1;

    QSet<QString> selected;
    const QJsonArray chosen = response.toObject().value(u"selected"_s).toArray();
    for (const QJsonValue &v : chosen) {
        if (orderedIds.contains(v.toString()))
            selected.insert(v.toString());
    }
    // An empty, unknown or (for single choice) multiple selection is not an answer.
    if (selected.isEmpty() || selected.size() != chosen.size() || (!multiple && selected.size() != 1)) {
        result.feedback = {{u"verdict"_s, u"invalid"_s}};
        return result;
    }

    const int right = static_cast<int>((selected & correctIds).size());
    const int wrong = static_cast<int>(selected.size()) - right;
    result.rawScore = multiple ? std::max(0, right - wrong) : (right == 1 ? 1 : 0);
    result.success = right == correctIds.size() && wrong == 0;
    result.completion = true;

    QStringList responseIds; // in option order, so equal answers give equal responses
    QJsonObject perOption;
    for (const QJsonValue &v : options) {
        const QJsonObject option = v.toObject();
        const QString id = option.value(u"id"_s).toString();
        if (!selected.contains(id))
            continue;
        responseIds << id;
        perOption.insert(id, QJsonObject{{u"correct"_s, correctIds.contains(id)},
                                         {u"feedback"_s, option.value(u"feedback"_s).toString()}});
    }
    result.xapiResponse = responseIds.join(u"[,]"_s);

    const QString verdict = result.success ? u"correct"_s : (result.rawScore > 0 ? u"partial"_s : u"incorrect"_s);
    const QJsonObject messages = config.value(u"feedback"_s).toObject();
    result.feedback = {{u"verdict"_s, verdict},
                       {u"message"_s, messages.value(verdict).toString()},
                       {u"options"_s, perOption}};
    return result;
}

QJsonObject QuizActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    if (config.value(u"trueFalse"_s).toBool(false)) {
        return {{u"interactionType"_s, u"true-false"_s},
                {u"description"_s, QJsonObject{{language, config.value(u"question"_s)}}},
                {u"correctResponsesPattern"_s,
                 QJsonArray{config.value(u"answer"_s).toBool() ? u"true"_s : u"false"_s}}};
    }
    QJsonArray choices;
    QStringList correct;
    for (const QJsonValue &v : config.value(u"options"_s).toArray()) {
        const QJsonObject option = v.toObject();
        choices.append(QJsonObject{{u"id"_s, option.value(u"id"_s)},
                                   {u"description"_s, QJsonObject{{language, option.value(u"text"_s)}}}});
        if (option.value(u"correct"_s).toBool(false))
            correct << option.value(u"id"_s).toString();
    }
    return {{u"interactionType"_s, u"choice"_s},
            {u"description"_s, QJsonObject{{language, config.value(u"question"_s)}}},
            {u"correctResponsesPattern"_s, QJsonArray{correct.join(u"[,]"_s)}},
            {u"choices"_s, choices}};
}

QUrl QuizActivity::viewUrl() const
{
    return QUrl(u"qrc:/activities/quiz/View.qml"_s);
}
