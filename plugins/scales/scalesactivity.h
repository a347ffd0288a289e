// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// Self-assessment on 4 to 10 bipolar scales ("Direct feedback" ... "Indirect feedback"):
// the learner places themselves from 1 to 7 on each and reads their profile, beside the
// trainer's comparison profile when there is one, with the largest gaps and a question for
// each. There is no right answer and no score.
//
// Config: { "intro": markdown (optional),
//           "scales": [ { "id", "left": { "label", "description" },
//                                "right": { "label", "description" } } ],
//           "comparison": { "label", "values": { scaleId: 1..7 } } (optional),
//           "prompts": { scaleId: text } (optional: a question shown beside a large gap),
//           "gapThreshold": 1..6 (optional, default 2: a gap this large or larger counts) }
// Response: { "positions": { scaleId: 1..7 } }  -- 1 is the left pole, 7 the right pole
//
// Evaluation: rawScore 0 out of 0. Completion and success once every scale has a position.
// The feedback carries the gaps to the comparison, largest first (see README.md).
class ScalesActivity : public QObject, public Passerelle::ActivityType
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
