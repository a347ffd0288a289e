// SPDX-License-Identifier: Apache-2.0
#include "reviewsession.h"

#include "activities/activitytype.h"
#include "activityjson.h"
#include "progress/progressstore.h"
#include "progress/statementbuilder.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Passerelle {

ReviewSession::ReviewSession(QList<Card> cards, const Learner &learner, const QString &language,
                             ProgressStore &store, const ActivityType &flashcards, QObject *parent)
    : QObject(parent)
    , m_cards(std::move(cards))
    , m_learner(learner)
    , m_language(language)
    , m_store(store)
    , m_flashcards(flashcards)
{
    QVariantList deck;
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        // Ids of the review's own: the same card id may come from two modules.
        const QString id = u"due-%1"_s.arg(i + 1);
        m_byDeckId.insert(id, i);
        deck.append(QVariantMap{{u"id"_s, id}, {u"front"_s, m_cards[i].front}, {u"back"_s, m_cards[i].back}});
    }
    m_config = {{u"prompt"_s, tr("The cards due today, from all your modules. Recall the answer, then turn the card.")},
                {u"deck"_s, deck}};
}

QUrl ReviewSession::viewUrl() const
{
    return m_flashcards.viewUrl();
}

QVariantMap ReviewSession::submit(const QVariant &value)
{
    const QJsonValue response = plainJson(value);
    const ActivityResult whole = m_flashcards.evaluate(QJsonObject::fromVariantMap(m_config), response);
    const QVariantMap evaluation = evaluationMap(whole);
    if (!whole.completion)
        return evaluation; // not every card rated yet: nothing to record

    // The ratings, back with their module and activity, in the order given.
    QMap<QPair<QString, QString>, QJsonArray> byActivity;
    QHash<QPair<QString, QString>, qsizetype> anyCard;
    for (const QJsonValue &review : response.toObject().value(u"reviews"_s).toArray()) {
        const qsizetype index = m_byDeckId.value(review[u"card"_s].toString(), -1);
        if (index < 0)
            continue; // the whole-deck evaluation above refuses unknown cards
        const Card &card = m_cards[index];
        const QPair<QString, QString> key{card.module->id, card.activityId};
        byActivity[key].append(QJsonObject{{u"card"_s, card.cardId}, {u"quality"_s, review[u"quality"_s]}});
        anyCard.insert(key, index);
    }
    for (auto it = byActivity.cbegin(); it != byActivity.cend(); ++it) {
        const Card &card = m_cards[anyCard.value(it.key())];
        const QJsonObject practice{{u"mode"_s, u"review"_s}, {u"reviews"_s, it.value()}};
        Answer answer;
        answer.lessonId = card.lessonId;
        answer.activityId = card.activityId;
        answer.activityType = u"flashcards"_s;
        answer.definition = m_flashcards.xapiDefinition(card.activityConfig, m_language);
        answer.response = practice;
        answer.result = m_flashcards.evaluate(card.activityConfig, practice);
        if (!answer.result.completion)
            continue; // the module changed since the card was scheduled: leave that card be
        auto recorded = m_store.recordPractice(m_learner, *card.module, m_language, answer);
        if (!recorded)
            return {{u"error"_s, tr("Your review could not be saved: %1").arg(recorded.errorMessage())}};
    }
    emit recorded();
    return evaluation;
}

} // namespace Passerelle
