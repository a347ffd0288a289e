// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// Single- and multiple-choice questions with feedback on every option.
//
// Config: { "question": markdown, "multiple": bool (default false),
//           "options": [ { "id", "text", "correct": bool, "feedback" } ],
//           "feedback": { "correct", "incorrect", "partial" } (all optional) }
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
};
