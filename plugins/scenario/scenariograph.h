// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The nodes and links of a branching scenario, read from its config, with the questions
// validation and scoring ask of them: which nodes the start reaches, which nodes can still
// reach an ending, and whether a learner's path is one the scenario allows.
class ScenarioGraph
{
public:
    struct Choice
    {
        QString id;
        QString next;
    };
    struct Node
    {
        QString id;
        bool ending = false;
        QString outcome; // for an ending: "good", "mixed" or "poor"
        QList<Choice> choices;
    };
    // The outcome of following a path through the graph.
    struct Walk
    {
        bool valid = false;
        QString problem;       // why the path is impossible, when it is
        qsizetype ending = -1; // index of the ending node reached
        int choices = 0;       // decisions taken on the way
    };

    // Reads whatever is well formed in `config`; validation reports the rest.
    explicit ScenarioGraph(const QJsonObject &config);

    const QList<Node> &nodes() const { return m_nodes; }
    const QString &start() const { return m_start; }
    // The first node with `id`, or -1.
    qsizetype indexOf(const QString &id) const;

    // Per node: can the learner get there from the start by following choices?
    QList<bool> reachableFromStart() const;
    // Per node: does some sequence of choices lead from it to an ending?
    QList<bool> canReachEnding() const;

    // Checks `path` (node id, choice id, node id, …, ending id) against the graph.
    Walk walk(const QStringList &path) const;

private:
    QList<Node> m_nodes;
    QHash<QString, qsizetype> m_index; // id -> first node with it
    QString m_start;
};
