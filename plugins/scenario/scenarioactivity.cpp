// SPDX-License-Identifier: Apache-2.0
#include "scenarioactivity.h"

#include "scenariograph.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;

namespace {

// Beyond this a scenario is too big to author, review or play through: split it.
constexpr int MaxNodes = 200;
// A path may loop (a node can lead back to an earlier one), so its length has no natural
// bound; this one is far beyond any real play-through and keeps responses small.
constexpr int MaxPathLength = 2001;

const QStringList Outcomes = {u"good"_s, u"mixed"_s, u"poor"_s};

bool isId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return re.match(id).hasMatch();
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

// "a", "b", "c" (and N more): names a set of ids in a message without flooding it.
QString quoted(const QStringList &ids, qsizetype limit = 8)
{
    QStringList shown;
    for (qsizetype i = 0; i < ids.size() && i < limit; ++i)
        shown << QString(u'"' + ids[i] + u'"');
    QString text = shown.join(u", "_s);
    if (ids.size() > limit)
        text += u" (and %1 more)"_s.arg(ids.size() - limit);
    return text;
}

double credit(const QString &outcome)
{
    if (outcome == u"good"_s)
        return 1.0;
    if (outcome == u"mixed"_s)
        return 0.5;
    return 0.0;
}

void validateChoices(const QJsonArray &choices, const QString &nodePath, const QSet<QString> &nodeIds,
                     const QStringList &idList, QList<ConfigIssue> &issues)
{
    QSet<QString> choiceIds;
    for (qsizetype j = 0; j < choices.size(); ++j) {
        const QString path = u"%1.choices[%2]"_s.arg(nodePath).arg(j);
        if (!choices[j].isObject()) {
            issues << error(path, u"a choice must be a mapping with id, text, consequence and next"_s);
            continue;
        }
        const QJsonObject choice = choices[j].toObject();
        const QString id = choice.value(u"id"_s).toString();
        if (!isId(id))
            issues << error(path + u".id"_s, u"\"%1\" is not a valid choice id"_s.arg(id),
                            u"use 1 to 64 letters, digits, \"-\" or \"_\""_s);
        else if (choiceIds.contains(id))
            issues << error(path + u".id"_s, u"choice id \"%1\" is used twice in this node"_s.arg(id),
                            u"give every choice of a node its own id"_s);
        choiceIds.insert(id);
        if (isBlank(choice.value(u"text"_s)))
            issues << error(path + u".text"_s, u"the choice has no text"_s);
        if (isBlank(choice.value(u"consequence"_s)))
            issues << warning(path + u".consequence"_s, u"the choice has no consequence"_s,
                              u"say what happens after this choice; learners read it before going on"_s);
        const QJsonValue next = choice.value(u"next"_s);
        if (isBlank(next))
            issues << error(path + u".next"_s, u"the choice does not say which node comes next"_s,
                            u"add \"next:\" with the id of a node"_s);
        else if (!nodeIds.contains(next.toString()))
            issues << error(path + u".next"_s, u"points to \"%1\", which is not a node"_s.arg(next.toString()),
                            u"use one of the node ids: %1"_s.arg(quoted(idList)));
    }
}

void validateEnding(const QJsonValue &endingValue, const QString &nodePath, const QString &nodeId,
                    QList<ConfigIssue> &issues)
{
    const QString path = nodePath + u".ending"_s;
    if (!endingValue.isObject()) {
        issues << error(path, u"an ending must be a mapping with outcome and debrief"_s);
        return;
    }
    const QJsonObject ending = endingValue.toObject();
    const QJsonValue outcome = ending.value(u"outcome"_s);
    if (!Outcomes.contains(outcome.toString()))
        issues << error(path + u".outcome"_s, u"\"%1\" is not an outcome"_s.arg(outcome.toVariant().toString()),
                        u"use \"good\", \"mixed\" or \"poor\""_s);
    if (isBlank(ending.value(u"debrief"_s)))
        issues << error(path + u".debrief"_s, u"ending \"%1\" has no debrief"_s.arg(nodeId),
                        u"say what went well or badly and why; learners read it at the end"_s);
}

// The checks that need the whole graph: reachability both ways.
void validateGraph(const ScenarioGraph &graph, QList<ConfigIssue> &issues)
{
    const auto &nodes = graph.nodes();
    const bool hasEnding = std::any_of(nodes.begin(), nodes.end(), [](const auto &n) { return n.ending; });
    if (!hasEnding) {
        issues << error(u"nodes"_s, u"the scenario has no ending"_s,
                        u"add a node with \"ending:\" (outcome and debrief) and lead choices to it"_s);
    } else {
        const QList<bool> reaches = graph.canReachEnding();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (!reaches[i] && !nodes[i].id.isEmpty())
                issues << error(u"nodes[%1]"_s.arg(i), u"node \"%1\" cannot reach any ending"_s.arg(nodes[i].id),
                                u"every path must end: give it a choice that leads, directly or not, to an ending"_s);
        }
    }
    if (graph.indexOf(graph.start()) < 0)
        return; // reported on "start"; everything would look unreachable
    const QList<bool> reached = graph.reachableFromStart();
    QStringList unreachable;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (!reached[i] && !nodes[i].id.isEmpty() && graph.indexOf(nodes[i].id) == i)
            unreachable << nodes[i].id;
    }
    if (!unreachable.isEmpty())
        issues << error(
            u"nodes"_s, u"unreachable nodes: %1"_s.arg(quoted(unreachable)),
            u"no choice leads to them from the start \"%1\": point a choice's \"next\" at them, or remove them"_s.arg(
                graph.start()));
}

} // namespace

QList<ConfigIssue> ScenarioActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    const QJsonValue title = config.value(u"title"_s);
    if (!title.isUndefined() && !title.isString())
        issues << error(u"title"_s, u"the title must be text"_s);

    const QJsonValue nodesValue = config.value(u"nodes"_s);
    if (!nodesValue.isArray() || nodesValue.toArray().isEmpty()) {
        issues << error(u"nodes"_s, u"the list of nodes is missing"_s,
                        u"add \"nodes:\", each with an id, a text and either choices or an ending"_s);
        return issues;
    }
    const QJsonArray nodes = nodesValue.toArray();
    if (nodes.size() > MaxNodes)
        issues << error(u"nodes"_s, u"has %1 nodes; a scenario can have at most %2"_s.arg(nodes.size()).arg(MaxNodes),
                        u"split it into several shorter scenarios"_s);

    // Ids first, so that links can be checked against all of them.
    QSet<QString> nodeIds;
    QStringList idList;
    QHash<QString, qsizetype> firstUse;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString path = u"nodes[%1]"_s.arg(i);
        if (!nodes[i].isObject()) {
            issues << error(path, u"a node must be a mapping with id, text and either choices or an ending"_s);
            continue;
        }
        const QString id = nodes[i].toObject().value(u"id"_s).toString();
        if (!isId(id)) {
            issues << error(path + u".id"_s, u"\"%1\" is not a valid node id"_s.arg(id),
                            u"use 1 to 64 letters, digits, \"-\" or \"_\""_s);
        } else if (firstUse.contains(id)) {
            issues << error(path + u".id"_s,
                            u"node id \"%1\" is already used by nodes[%2]"_s.arg(id).arg(firstUse.value(id)),
                            u"give every node its own id"_s);
        } else {
            firstUse.insert(id, i);
            idList << id;
        }
        nodeIds.insert(id);
    }

    const QJsonValue start = config.value(u"start"_s);
    if (isBlank(start))
        issues << error(u"start"_s, u"the start node is missing"_s, u"add \"start:\" with the id of the first node"_s);
    else if (!firstUse.contains(start.toString()))
        issues << error(u"start"_s, u"\"%1\" is not the id of any node"_s.arg(start.toString()),
                        u"use one of the node ids: %1"_s.arg(quoted(idList)));
    else if (nodes[firstUse.value(start.toString())].toObject().contains(u"ending"_s))
        issues << error(
            u"start"_s,
            u"the start node \"%1\" is an ending, so the learner has nothing to decide"_s.arg(start.toString()),
            u"start with a node that offers choices"_s);

    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (!nodes[i].isObject())
            continue;
        const QString path = u"nodes[%1]"_s.arg(i);
        const QJsonObject node = nodes[i].toObject();
        const QString id = node.value(u"id"_s).toString();
        if (isBlank(node.value(u"text"_s)))
            issues << error(path + u".text"_s, u"node \"%1\" has no text"_s.arg(id),
                            u"say what the learner sees or hears at this point"_s);
        const QJsonValue choices = node.value(u"choices"_s);
        const bool hasChoices = choices.isArray() && !choices.toArray().isEmpty();
        if (!choices.isUndefined() && !choices.isArray())
            issues << error(path + u".choices"_s, u"must be a list of choices"_s);
        if (node.contains(u"ending"_s)) {
            validateEnding(node.value(u"ending"_s), path, id, issues);
            if (hasChoices)
                issues << error(path + u".choices"_s, u"node \"%1\" is an ending and cannot have choices"_s.arg(id),
                                u"remove the choices, or remove \"ending:\" to make it a decision"_s);
        } else if (!hasChoices) {
            issues << error(path, u"node \"%1\" has no choices and no ending"_s.arg(id),
                            u"give it at least one choice, or an \"ending:\" with outcome and debrief"_s);
        }
        if (choices.isArray())
            validateChoices(choices.toArray(), path, nodeIds, idList, issues);
    }

    validateGraph(ScenarioGraph(config), issues);
    return issues;
}

ActivityResult ScenarioActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    ActivityResult result;
    result.maxScore = 1;

    const QJsonValue pathValue = response.toObject().value(u"path"_s);
    const QJsonArray pathArray = pathValue.toArray();
    QStringList path;
    for (const QJsonValue &v : pathArray) {
        if (v.isString())
            path << v.toString();
    }
    ScenarioGraph::Walk walk;
    if (!pathValue.isArray() || path.size() != pathArray.size())
        walk.problem = u"the path is not a list of ids"_s;
    else if (path.size() > MaxPathLength)
        walk.problem = u"the path has %1 steps; at most %2 are accepted"_s.arg(path.size()).arg(MaxPathLength);
    else
        walk = ScenarioGraph(config).walk(path);
    if (!walk.valid) {
        result.feedback = {{u"verdict"_s, u"invalid"_s}, {u"problem"_s, walk.problem}};
        return result;
    }

    const QJsonObject ending = config.value(u"nodes"_s).toArray().at(walk.ending).toObject();
    const QString outcome = ending.value(u"ending"_s).toObject().value(u"outcome"_s).toString();
    result.rawScore = credit(outcome);
    result.success = outcome == u"good"_s;
    result.completion = true;
    // xAPI "other": the path as one string, with the separator xAPI uses for lists.
    result.xapiResponse = path.join(u"[,]"_s);
    result.feedback = {{u"verdict"_s, outcome},
                       {u"outcome"_s, outcome},
                       {u"ending"_s, ending.value(u"id"_s)},
                       {u"debrief"_s, ending.value(u"ending"_s).toObject().value(u"debrief"_s)},
                       {u"choices"_s, walk.choices}};
    return result;
}

QJsonObject ScenarioActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    // The title names the activity; without one, the opening situation does.
    QString description = config.value(u"title"_s).toString();
    if (description.trimmed().isEmpty()) {
        const ScenarioGraph graph(config);
        const qsizetype start = graph.indexOf(graph.start());
        if (start >= 0)
            description = config.value(u"nodes"_s).toArray().at(start).toObject().value(u"text"_s).toString();
        if (description.size() > 250)
            description = description.left(249) + u'…';
    }
    return {{u"interactionType"_s, u"other"_s}, {u"description"_s, QJsonObject{{language, description}}}};
}

QUrl ScenarioActivity::viewUrl() const
{
    return QUrl(u"qrc:/activities/scenario/View.qml"_s);
}
