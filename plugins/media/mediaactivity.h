// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// An image, or an audio or video recording, shipped in the module's media/ folder and shown
// or played offline, with a text alternative for every learner who cannot see or hear it.
//
// Config: { "kind": "image" | "audio" | "video",
//           "src": "media/<file>"            -- a relative path inside the module's media/
//           "alt": text                      -- required for an image
//           "caption": markdown              -- optional
//           "transcript": markdown           -- required for audio and video
//           "poster": "media/<image>" }      -- optional, video only
// The view is View.qml, or TranscriptView.qml (the same without a player) when Qt
// Multimedia has no backend on this computer: Qt 6.4 would end the app the moment a player
// was created.
// Response: { "seen": true, "via": "button" | "ended" }: the learner marked it as seen, or
//   the recording played to its end. Nothing is scored (0 out of 0); the response
//   completes the activity. Anything else is refused and completes nothing.
class MediaActivity : public QObject, public Passerelle::ActivityType
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
