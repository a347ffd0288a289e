// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// A branching scenario: the learner reads a situation, picks a choice, reads its
// consequence and goes on, until an ending with an outcome and a debrief.
//
// Config: { "title": text (optional), "start": node id,
//           "nodes": [ { "id", "text": markdown,
//                        "choices": [ { "id", "text", "consequence": markdown, "next": node id } ]
//                        | "ending": { "outcome": "good"|"mixed"|"poor", "debrief": markdown } } ] }
// Response: { "path": [start id, choice id, node id, choice id, …, ending id] }
//
// Scoring: the path is walked again against the config (the view is not trusted); a path
// the scenario does not allow scores 0 without completion. A good ending scores 1, a mixed
// one 0.5, a poor one 0, out of 1; success means a good ending. Each run from the start to
// an ending is one answer: restarting begins a new path.
class ScenarioActivity : public QObject, public Passerelle::ActivityType
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PASSERELLE_ACTIVITY_IID FILE "plugin.json")
    Q_INTERFACES(Passerelle::ActivityType)

public:
    QList<Passerelle::ConfigIssue> validate(const QJsonObject &config) const override;
    Passerelle::ActivityResult evaluate(const QJsonObject &config, const QJsonValue &response) const override;
    QJsonObject xapiDefinition(const QJsonObject &config, const QString &language) const override;
    QUrl viewUrl() const override;
};
