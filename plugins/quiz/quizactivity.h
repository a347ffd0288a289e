// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// Single- and multiple-choice questions with feedback on every option.
//
// Config: { "question": markdown, "multiple": bool (default false),
//           "options": [ { "id", "text", "correct": bool, "feedback" } ],
//           "feedback": { "correct", "incorrect", "partial" } (all optional),
//           "shuffle": bool (options in an order stable for each learner),
//           "maxAttempts": int (enforced by the host) }
// True/false: { "question", "trueFalse": true, "answer": bool, "trueFeedback", "falseFeedback" }
//           (options "true" and "false", labelled by the view in the interface language).
// Response: { "selected": [option ids] }
//
// Scoring: single choice scores 1 for the right option, else 0. Multiple choice scores
// one point per right option ticked, minus one per wrong option ticked, never below zero,
// out of the number of right options; success needs every right option and no wrong one.
class QuizActivity : public QObject, public Passerelle::ActivityType
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PASSERELLE_ACTIVITY_IID FILE "plugin.json")
    Q_INTERFACES(Passerelle::ActivityType)

public:
    QList<Passerelle::ConfigIssue> validate(const QJsonObject &config) const override;
    Passerelle::ActivityResult evaluate(const QJsonObject &config, const QJsonValue &response) const override;
    QJsonObject xapiDefinition(const QJsonObject &config, const QString &language) const override;
    QUrl viewUrl() const override;

private:
    // The options to choose from, including the two generated for a true/false question.
    static QJsonArray options(const QJsonObject &config);
};
