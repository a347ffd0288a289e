// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// Private free text: one to six questions the learner answers in their own words (what
// surprised you, what will you do differently on your next mission). Nothing is right or
// wrong; the answers stay on the learner's computer (the host leaves statements of this type
// out of exports and LRS sync unless the learner opts in) and can be exported as a document.
//
// Config: { "intro": markdown (optional),
//           "prompts": [ { "id", "text", "placeholder" (optional), "minWords" (optional) } ] }
// Response: { "answers": { promptId: text } }
//
// Evaluation: rawScore 0 out of 0. Completion (and success) once every prompt has some
// text. "minWords" is a suggestion shown to the learner: the feedback lists the answers
// shorter than it, but they still count.
class ReflectionActivity : public QObject, public Passerelle::ActivityType
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PASSERELLE_ACTIVITY_IID FILE "plugin.json")
    Q_INTERFACES(Passerelle::ActivityType)

public:
    // The longest answer the plugin accepts, in characters (the view stops there too); the
    // same cap as a document's paragraph, so an export never cuts an answer.
    static constexpr int MaxAnswerLength = 20000;
    static constexpr int MaxMinWords = 2000;

    QList<Passerelle::ConfigIssue> validate(const QJsonObject &config) const override;
    Passerelle::ActivityResult evaluate(const QJsonObject &config, const QJsonValue &response) const override;
    QJsonObject xapiDefinition(const QJsonObject &config, const QString &language) const override;
    QUrl viewUrl() const override;

    // Words in `text`: runs of characters between white space (any script's white space).
    static int wordCount(const QString &text);
};
