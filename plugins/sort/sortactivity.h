// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// Put 3 to 10 items in order (the steps of briefing an interpreter, the phases of a
// mission), with a hint on every item out of place.
//
// Config: { "prompt": markdown,
//           "items": [ { "id", "text", "feedback" (optional) } ]   -- in the correct order
//           "feedback": { "correct", "incorrect", "partial" } (all optional) }
// Response: { "order": [every item id once, in the learner's order] }
//
// Scoring counts moves. The items the learner already has in the right relative order
// (the longest subsequence of their order that is also in the correct order) stay where
// they are; every other item needs one move to fix. The score is (n - 1) - moves out of
// n - 1, n - 1 being the most moves any order can need: a single item carried to the wrong
// place costs one point however far it went, a reversed list scores zero. The items that
// need a move are exactly those the feedback marks as misplaced, so the score and the
// feedback tell the learner the same thing. Success means the whole order is right.
class SortActivity : public QObject, public Passerelle::ActivityType
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
