// SPDX-License-Identifier: Apache-2.0
#include "incidentactivity.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;

namespace {

// The culture assimilator works with a handful of explanations: fewer makes guessing easy,
// more makes the learner skim instead of weighing each one.
constexpr int MinExplanations = 4;
constexpr int MaxExplanations = 5;

const QStringList Ratings = {u"best"_s, u"plausible"_s, u"poor"_s};

bool isExplanationId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,32}$"_s);
    return re.match(id).hasMatch();
}

// A relative path inside the module's media folder: the runtime never reads outside it.
bool isMediaPath(const QString &path)
{
    static const QRegularExpression re(u"^media/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$"_s);
    return re.match(path).hasMatch() && !path.split(u'/').contains(u".."_s);
}

bool isBlank(const QJsonValue &value)
{
    return !value.isString() || value.toString().trimmed().isEmpty();
}

ConfigIssue error(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Error, path, message, hint};
}

ConfigIssue warning(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Warning, path, message, hint};
}

// What the first choice is worth; documented in the header and the README.
double credit(const QString &rating)
{
    if (rating == u"best"_s)
        return 1.0;
    if (rating == u"plausible"_s)
        return 0.5;
    return 0.0;
}

} // namespace

QList<ConfigIssue> IncidentActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    if (isBlank(config.value(u"episode"_s)))
        issues << error(u"episode"_s, u"the episode is missing"_s,
                        u"add an \"episode:\" field telling what happened, in a few sentences"_s);

    const QJsonValue image = config.value(u"image"_s);
    const bool hasImage = !image.isUndefined() && !image.isNull();
    if (hasImage && (!image.isString() || !isMediaPath(image.toString())))
        issues << error(u"image"_s,
                        u"\"%1\" is not a path inside the module's media folder"_s.arg(image.toVariant().toString()),
                        u"write a relative path such as \"media/meeting-room.svg\""_s);
    if (hasImage && isBlank(config.value(u"imageAlt"_s)))
        issues << error(u"imageAlt"_s, u"the image has no text alternative"_s,
                        u"add \"imageAlt:\" describing what the image shows, for learners who cannot see it"_s);
    else if (!hasImage && config.contains(u"imageAlt"_s))
        issues << warning(u"imageAlt"_s, u"there is a text alternative but no image"_s,
                          u"add \"image:\" or remove \"imageAlt:\""_s);

    if (isBlank(config.value(u"question"_s)))
        issues << error(u"question"_s, u"the question is missing"_s,
                        u"add a \"question:\" such as \"Why did the director react this way?\""_s);

    const QJsonValue explanationsValue = config.value(u"explanations"_s);
    if (!explanationsValue.isArray()) {
        issues << error(u"explanations"_s, u"the list of explanations is missing"_s,
                        u"add \"explanations:\" with 4 or 5 entries, each with id, text, rating and feedback"_s);
        return issues;
    }
    const QJsonArray explanations = explanationsValue.toArray();
    if (explanations.size() < MinExplanations || explanations.size() > MaxExplanations)
        issues << error(u"explanations"_s,
                        u"has %1 explanations; an incident needs %2 to %3"_s.arg(explanations.size())
                            .arg(MinExplanations)
                            .arg(MaxExplanations),
                        u"offer one best explanation and 3 or 4 others a learner might believe"_s);

    QSet<QString> ids;
    QStringList best;
    for (qsizetype i = 0; i < explanations.size(); ++i) {
        const QString path = u"explanations[%1]"_s.arg(i);
        if (!explanations[i].isObject()) {
            issues << error(path, u"an explanation must be a mapping with id, text, rating and feedback"_s,
                            u"write it as \"- id: …\" followed by \"text:\", \"rating:\" and \"feedback:\" lines"_s);
            continue;
        }
        const QJsonObject explanation = explanations[i].toObject();
        const QString id = explanation.value(u"id"_s).toString();
        if (!isExplanationId(id))
            issues << error(path + u".id"_s, u"\"%1\" is not a valid explanation id"_s.arg(id),
                            u"use 1 to 32 letters, digits, \"-\" or \"_\""_s);
        else if (ids.contains(id))
            issues << error(path + u".id"_s, u"explanation id \"%1\" is used twice"_s.arg(id),
                            u"give every explanation its own id"_s);
        ids.insert(id);
        if (isBlank(explanation.value(u"text"_s)))
            issues << error(path + u".text"_s, u"the explanation has no text"_s,
                            u"write the explanation as a learner might think it, in a sentence or two"_s);
        const QString rating = explanation.value(u"rating"_s).toString();
        if (!Ratings.contains(rating))
            issues << error(path + u".rating"_s,
                            u"\"%1\" is not a rating"_s.arg(explanation.value(u"rating"_s).toVariant().toString()),
                            u"use \"best\", \"plausible\" or \"poor\""_s);
        else if (rating == u"best"_s)
            best << id;
        if (isBlank(explanation.value(u"feedback"_s)))
            issues << error(path + u".feedback"_s, u"the explanation has no feedback"_s,
                            u"say how the other person would see this explanation; learners read it after choosing"_s);
    }
    if (best.isEmpty())
        issues << error(u"explanations"_s, u"no explanation is rated \"best\""_s,
                        u"rate the explanation the other person would give \"best\""_s);
    else if (best.size() > 1)
        issues << error(u"explanations"_s,
                        u"%1 explanations are rated \"best\" (\"%2\"); exactly one must be"_s.arg(best.size())
                            .arg(best.join(u"\", \""_s)),
                        u"rate the others \"plausible\" or \"poor\""_s);
    return issues;
}

ActivityResult IncidentActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    ActivityResult result;
    result.maxScore = 1;

    const QJsonArray explanations = config.value(u"explanations"_s).toArray();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : explanations)
        byId.insert(v.toObject().value(u"id"_s).toString(), v.toObject());

    // A response is the learner's choices in order: known ids, none twice, and nothing
    // after the best explanation (the search stops there).
    const QJsonValue choicesValue = response.toObject().value(u"choices"_s);
    const QJsonArray choiceArray = choicesValue.toArray();
    QStringList choices;
    bool valid = choicesValue.isArray() && !choiceArray.isEmpty();
    for (qsizetype i = 0; valid && i < choiceArray.size(); ++i) {
        const QString id = choiceArray[i].toString();
        valid = byId.contains(id) && !choices.contains(id) &&
                (i == 0 || byId.value(choices.last()).value(u"rating"_s).toString() != u"best"_s);
        choices << id;
    }
    if (!valid) {
        result.feedback = {{u"verdict"_s, u"invalid"_s}};
        return result;
    }

    const QString firstRating = byId.value(choices.first()).value(u"rating"_s).toString();
    const bool bestFound = byId.value(choices.last()).value(u"rating"_s).toString() == u"best"_s;
    result.rawScore = credit(firstRating);
    result.success = firstRating == u"best"_s;
    result.completion = bestFound;
    // xAPI "choice" format, for the first choice only: it is the one the score measures.
    result.xapiResponse = choices.first();

    // Feedback for what the learner has chosen so far; once the best is found, for every
    // explanation, so that they can compare them all.
    QJsonObject perExplanation;
    for (const QJsonValue &v : explanations) {
        const QJsonObject explanation = v.toObject();
        const QString id = explanation.value(u"id"_s).toString();
        const qsizetype order = choices.indexOf(id);
        if (order < 0 && !bestFound)
            continue;
        perExplanation.insert(id, QJsonObject{{u"rating"_s, explanation.value(u"rating"_s)},
                                              {u"feedback"_s, explanation.value(u"feedback"_s)},
                                              {u"chosen"_s, order >= 0},
                                              {u"order"_s, order >= 0 ? int(order) + 1 : 0}});
    }
    const QString verdict = !bestFound ? u"searching"_s : (result.success ? u"best-first"_s : u"best-later"_s);
    result.feedback = {{u"verdict"_s, verdict},
                       {u"firstRating"_s, firstRating},
                       {u"choices"_s, QJsonArray::fromStringList(choices)},
                       {u"explanations"_s, perExplanation}};
    return result;
}

QJsonObject IncidentActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    QJsonArray choices;
    QString best;
    for (const QJsonValue &v : config.value(u"explanations"_s).toArray()) {
        const QJsonObject explanation = v.toObject();
        choices.append(QJsonObject{{u"id"_s, explanation.value(u"id"_s)},
                                   {u"description"_s, QJsonObject{{language, explanation.value(u"text"_s)}}}});
        if (explanation.value(u"rating"_s).toString() == u"best"_s)
            best = explanation.value(u"id"_s).toString();
    }
    return {{u"interactionType"_s, u"choice"_s},
            {u"description"_s, QJsonObject{{language, config.value(u"question"_s)}}},
            {u"correctResponsesPattern"_s, QJsonArray{best}},
            {u"choices"_s, choices}};
}

QUrl IncidentActivity::viewUrl() const
{
    return QUrl(u"qrc:/activities/incident/View.qml"_s);
}
