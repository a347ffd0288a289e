// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// A checklist the learner ticks and annotates over days (before a deployment, on the first
// morning of a workshop), kept as a draft between sessions and printable as a field card.
//
// Config: { "title": text, "intro": markdown (optional),
//           "sections": [ { "heading": text (optional),
//                           "items": [ { "id", "text", "hint" (optional) } ] } ] }
//           -- 1 to 60 items in all, ids unique across sections
// Response: { "checked": [item ids], "notes": { itemId: text } (optional) }
//
// Scoring: "Done" records the state of the list. The score is the number of items ticked
// out of the number of items (so xAPI's scaled score is the share ticked); success means
// every item is ticked; completion is true for any well-formed response. Notes are kept
// with the response and never scored.
class ChecklistActivity : public QObject, public Passerelle::ActivityType
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PASSERELLE_ACTIVITY_IID FILE "plugin.json")
    Q_INTERFACES(Passerelle::ActivityType)

public:
    // The longest note the plugin accepts, in characters (the view stops there too).
    static constexpr int MaxNoteLength = 2000;

    QList<Passerelle::ConfigIssue> validate(const QJsonObject &config) const override;
    Passerelle::ActivityResult evaluate(const QJsonObject &config, const QJsonValue &response) const override;
    QJsonObject xapiDefinition(const QJsonObject &config, const QString &language) const override;
    QUrl viewUrl() const override;
};
