// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/module.h"
#include "progress/learner.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace Passerelle {

class ActivityType;
class ProgressStore;

// One review of the flashcards due across every module, shown by the flashcards plugin's own
// view as a single deck. Each card keeps where it comes from: the ratings go back to their
// modules' activities as practice (ProgressStore::recordPractice), which moves each card's
// SM-2 schedule and nothing else.
class ReviewSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by LearnerSession::startReview")
    // The deck for the flashcards view: {prompt, deck: [{id, front, back}]}.
    Q_PROPERTY(QVariantMap config READ config CONSTANT)
    Q_PROPERTY(QUrl viewUrl READ viewUrl CONSTANT)
    Q_PROPERTY(int cardCount READ cardCount CONSTANT)

public:
    struct Card
    {
        std::shared_ptr<const Module> module;
        QString lessonId;
        QString activityId;
        QJsonObject activityConfig;
        QString cardId;
        QString front; // Markdown
        QString back;
    };

    ReviewSession(QList<Card> cards, const Learner &learner, const QString &language, ProgressStore &store,
                  const ActivityType &flashcards, QObject *parent = nullptr);

    QVariantMap config() const { return m_config; }
    QUrl viewUrl() const;
    int cardCount() const { return static_cast<int>(m_cards.size()); }

    // The view's answer for the whole deck ({reviews: [{card, quality}]}): evaluated as a
    // deck, then recorded per activity. Returns the evaluation for the view, or {error}.
    Q_INVOKABLE QVariantMap submit(const QVariant &response);

signals:
    // Ratings were recorded: the due cards changed.
    void recorded();

private:
    QList<Card> m_cards;
    QHash<QString, qsizetype> m_byDeckId; // the deck's card id -> index in m_cards
    Learner m_learner;
    QString m_language;
    ProgressStore &m_store;
    const ActivityType &m_flashcards;
    QVariantMap m_config;
};

} // namespace Passerelle
