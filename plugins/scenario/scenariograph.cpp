// SPDX-License-Identifier: Apache-2.0
#include "scenariograph.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

ScenarioGraph::ScenarioGraph(const QJsonObject &config)
    : m_start(config.value(u"start"_s).toString())
{
    for (const QJsonValue &nodeValue : config.value(u"nodes"_s).toArray()) {
        const QJsonObject object = nodeValue.toObject();
        Node node;
        node.id = object.value(u"id"_s).toString();
        const QJsonValue ending = object.value(u"ending"_s);
        node.ending = ending.isObject();
        node.outcome = ending.toObject().value(u"outcome"_s).toString();
        for (const QJsonValue &choiceValue : object.value(u"choices"_s).toArray()) {
            const QJsonObject choice = choiceValue.toObject();
            node.choices.append({choice.value(u"id"_s).toString(), choice.value(u"next"_s).toString()});
        }
        if (!node.id.isEmpty() && !m_index.contains(node.id))
            m_index.insert(node.id, m_nodes.size());
        m_nodes.append(node);
    }
}

qsizetype ScenarioGraph::indexOf(const QString &id) const
{
    return m_index.value(id, -1);
}

QList<bool> ScenarioGraph::reachableFromStart() const
{
    QList<bool> reached(m_nodes.size(), false);
    const qsizetype start = indexOf(m_start);
    if (start < 0)
        return reached;
    QList<qsizetype> queue{start};
    reached[start] = true;
    while (!queue.isEmpty()) {
        const qsizetype current = queue.takeLast();
        if (m_nodes[current].ending)
            continue; // an ending's choices, if any, are an error reported elsewhere
        for (const Choice &choice : m_nodes[current].choices) {
            const qsizetype next = indexOf(choice.next);
            if (next >= 0 && !reached[next]) {
                reached[next] = true;
                queue.append(next);
            }
        }
    }
    return reached;
}

QList<bool> ScenarioGraph::canReachEnding() const
{
    // Backwards from the endings, along the links reversed: whatever leads to a node that
    // reaches an ending reaches one too.
    QList<QList<qsizetype>> leadsHere(m_nodes.size());
    QList<qsizetype> queue;
    QList<bool> reaches(m_nodes.size(), false);
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].ending) {
            reaches[i] = true;
            queue.append(i);
            continue;
        }
        for (const Choice &choice : m_nodes[i].choices) {
            if (const qsizetype next = indexOf(choice.next); next >= 0)
                leadsHere[next].append(i);
        }
    }
    while (!queue.isEmpty()) {
        const qsizetype current = queue.takeLast();
        for (const qsizetype previous : std::as_const(leadsHere[current])) {
            if (!reaches[previous]) {
                reaches[previous] = true;
                queue.append(previous);
            }
        }
    }
    return reaches;
}

ScenarioGraph::Walk ScenarioGraph::walk(const QStringList &path) const
{
    Walk result;
    if (path.isEmpty()) {
        result.problem = u"the path is empty"_s;
        return result;
    }
    if (path.first() != m_start) {
        result.problem = u"the path starts at \"%1\", not at the start \"%2\""_s.arg(path.first(), m_start);
        return result;
    }
    // The path alternates node ids (even positions) and choice ids (odd positions).
    for (qsizetype k = 0; k < path.size(); k += 2) {
        const qsizetype node = indexOf(path[k]);
        if (node < 0) {
            result.problem = u"step %1: \"%2\" is not a node"_s.arg(k).arg(path[k]);
            return result;
        }
        const bool last = k == path.size() - 1;
        if (m_nodes[node].ending) {
            if (!last) {
                result.problem = u"step %1: the path goes on after the ending \"%2\""_s.arg(k).arg(path[k]);
                return result;
            }
            result.valid = true;
            result.ending = node;
            result.choices = int(k / 2);
            return result;
        }
        if (last) {
            result.problem = u"the path stops at \"%1\", which is not an ending"_s.arg(path[k]);
            return result;
        }
        if (k + 2 >= path.size()) {
            result.problem = u"the path ends with the choice \"%1\" instead of a node"_s.arg(path[k + 1]);
            return result;
        }
        const QString &choiceId = path[k + 1];
        const auto &choices = m_nodes[node].choices;
        const auto choice =
            std::find_if(choices.begin(), choices.end(), [&](const Choice &c) { return c.id == choiceId; });
        if (choice == choices.end()) {
            result.problem = u"step %1: \"%2\" is not a choice of node \"%3\""_s.arg(k + 1).arg(choiceId, path[k]);
            return result;
        }
        if (choice->next != path[k + 2]) {
            result.problem = u"step %1: choice \"%2\" leads to \"%3\", not to \"%4\""_s.arg(k + 2).arg(
                choiceId, choice->next, path[k + 2]);
            return result;
        }
    }
    return result; // not reached: the loop returns at the last node
}
