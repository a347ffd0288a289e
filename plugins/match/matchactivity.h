// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// Match pairs one to one, or sort items into 2 to 4 categories (behaviours to the cultural
// dimension they illustrate), with feedback on every wrong placement.
//
// Config, exactly one of two forms:
//   pairs:      { "prompt": markdown, "pairs": [ { "id", "left", "right", "feedback"? } ] }
//               Each left matches the right of its own pair; a right's id is its pair's id.
//   categories: { "prompt": markdown, "categories": [ { "id", "label" } ],
//                 "items": [ { "id", "text", "category", "feedback"? } ] }
//   Both take "feedback": { "correct", "incorrect", "partial" } (all optional).
// Response: { "matches": { itemId: targetId } }, every item (or left) placed exactly once; in
// pair mode no right is used twice.
//
// Scoring: one point per item placed on its target, out of the number of items; success
// when all are right. In pair mode a wrong match always comes with a second one (the right
// it took is missing elsewhere), so one mix-up costs two points: that is intended, both
// pairs are wrong.
class MatchActivity : public QObject, public Passerelle::ActivityType
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
