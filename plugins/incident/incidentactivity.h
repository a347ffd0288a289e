// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// A critical incident in the culture-assimilator format: an episode, a question about it,
// and 4 or 5 explanations, each rated and each with feedback. The learner looks for the
// explanation the other person in the episode would give, and keeps choosing until they
// find it.
//
// Config: { "episode": markdown, "image": "media/…" (optional), "imageAlt": text (required
//           with an image), "question": text,
//           "explanations": [ { "id", "text", "rating": "best"|"plausible"|"poor",
//                               "feedback": markdown } ] }   (exactly one "best")
// Response: { "choices": [explanation ids, in the order the learner chose them] }
//
// Scoring: the first choice alone counts (best 1, plausible 0.5, poor 0, out of 1), since
// later choices are made after reading feedback. Completion means the best explanation
// has been found (it is the last choice); success means it was the first.
class IncidentActivity : public QObject, public Passerelle::ActivityType
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
