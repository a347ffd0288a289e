// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitytype.h"

#include <QObject>

// Flashcards for spaced repetition: one card at a time, the learner recalls the back, turns
// the card and says how well they knew it. The qualities feed the host's SM-2 schedule
// (app/core/progress/sm2.h); this plugin only checks and scores a session.
//
// Config: { "prompt": markdown (optional),
//           "deck": [ { "id", "front": markdown, "back": markdown } ]      (optional)
//           "glossaryTerms": [ glossary term ids ] }                        (optional)
//   1 to 200 cards in all, deck cards first. A glossary card's id is its term id, its front
//   the term and its back the definition, in the learner's language: the host passes them
//   to the view as "glossaryEntries": { id: { term, definition } } (see README.md).
// Response, sent once at the end of a session:
//   { "reviews": [ { "card": id, "quality": 0..5 } ] }   -- each card at most once
//   The view's buttons send Again 1, Hard 3, Good 4, Easy 5 (the mapping of sm2.h).
//
// Scoring: one point per card answered Good or Easy (quality 4 or 5: recalled without
// serious difficulty) out of the number of cards. The session is complete when every card
// was reviewed once; success means complete, since practice, not the score, is the point.
// A response naming an unknown card, a card twice or a quality outside 0..5 is refused
// whole: it scores 0, incomplete. The feedback lists every reviewed card's quality, for
// the host to schedule.
class FlashcardsActivity : public QObject, public Passerelle::ActivityType
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PASSERELLE_ACTIVITY_IID FILE "plugin.json")
    Q_INTERFACES(Passerelle::ActivityType)

public:
    static constexpr int MaxCards = 200;

    QList<Passerelle::ConfigIssue> validate(const QJsonObject &config) const override;
    Passerelle::ActivityResult evaluate(const QJsonObject &config, const QJsonValue &response) const override;
    QJsonObject xapiDefinition(const QJsonObject &config, const QString &language) const override;
    QUrl viewUrl() const override;
};
