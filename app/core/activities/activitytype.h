// SPDX-License-Identifier: Apache-2.0
#pragma once

// The contract between Passerelle and an activity-type plugin. This is the only header a
// plugin includes. Everything here is inline so that a plugin links to Qt Core only.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>
#include <QtPlugin>

namespace Passerelle {

// Bump when the layout or meaning of ActivityType changes. A plugin declares the version
// it was built against twice: in its plugin.json ("apiVersion"), read before the library is
// loaded, and through ActivityType::apiVersion(), compiled from this header.
inline constexpr int ActivityApiVersion = 1;

// One problem in an activity's configuration. `path` is a JSON path into the config
// ("options[2].feedback"); the module compiler maps it back to file:line:col.
struct ConfigIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;
    QString message;
    QString hint;
};

// The outcome of one submitted response, computed in C++ by the plugin.
struct ActivityResult
{
    double rawScore = 0.0;
    double maxScore = 0.0;
    bool success = false;
    bool completion = false;
    // The response in the form xAPI expects for the plugin's interaction type
    // (for "choice": option ids joined with "[,]").
    QString xapiResponse;
    // What the view shows: overall verdict and feedback per option, in the config's language.
    QJsonObject feedback;
};

// An activity type: validates configurations, scores responses and names its QML view.
// Implementations are stateless; one instance serves every activity of its type.
class ActivityType
{
public:
    virtual ~ActivityType() = default;

    // Keep first: the registry calls it before anything else to detect a plugin built
    // against another version of this header.
    virtual int apiVersion() const { return ActivityApiVersion; }

    // Checks one language's configuration. An empty list means the config is usable.
    virtual QList<ConfigIssue> validate(const QJsonObject &config) const = 0;

    // Scores `response` (as emitted by the view) against `config`. Never trusts the view:
    // a malformed response scores zero with completion false.
    virtual ActivityResult evaluate(const QJsonObject &config, const QJsonValue &response) const = 0;

    // xAPI activity definition for `config` (interactionType, choices, correct pattern),
    // with language maps keyed by `language` (the config's language).
    virtual QJsonObject xapiDefinition(const QJsonObject &config, const QString &language) const = 0;

    // The QML view, shipped in the plugin's resources under qrc:/activities/<type>/.
    virtual QUrl viewUrl() const = 0;
};

} // namespace Passerelle

#define PASSERELLE_ACTIVITY_IID "org.passerelle.ActivityType"
Q_DECLARE_INTERFACE(Passerelle::ActivityType, PASSERELLE_ACTIVITY_IID)
