// SPDX-License-Identifier: Apache-2.0
#include "flashcardsactivity.h"

#include "configchecks.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;
using Passerelle::ActivityResult;
using Passerelle::ConfigIssue;
using Passerelle::EntryIdRule;
using Passerelle::checkEntryId;

namespace {

// Quality 4 (Good) and 5 (Easy): recalled without serious difficulty.
constexpr int RecalledQuality = 4;

// The shared glossary's id rule (app/core/modules/identifiers.h), repeated here because a
// plugin includes nothing but the activity interface.
bool isTermId(const QString &id)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    return re.match(id).hasMatch();
}

bool isBlank(const QJsonValue &value)
{
    return !value.isString() || value.toString().trimmed().isEmpty();
}

ConfigIssue error(const QString &path, const QString &message, const QString &hint = {})
{
    return {ConfigIssue::Severity::Error, path, message, hint};
}

// Every card id of a (validated) config, deck first.
QStringList cardIds(const QJsonObject &config)
{
    QStringList ids;
    for (const QJsonValue &card : config.value(u"deck"_s).toArray())
        ids << card.toObject().value(u"id"_s).toString();
    for (const QJsonValue &term : config.value(u"glossaryTerms"_s).toArray())
        ids << term.toString();
    return ids;
}

void checkDeck(const QJsonArray &deck, QHash<QString, QString> &idAt, QList<ConfigIssue> &issues)
{
    for (qsizetype i = 0; i < deck.size(); ++i) {
        const QString path = u"deck[%1]"_s.arg(i);
        if (!deck[i].isObject()) {
            issues << error(path, u"a card must be a mapping with id, front and back"_s,
                            u"write it as \"- id: power-distance\" with \"front:\" and \"back:\" below"_s);
            continue;
        }
        const QJsonObject card = deck[i].toObject();
        static const EntryIdRule idRule{
            u"card"_s, u"42"_s, 64,
            u"; it keeps the card's schedule, so never change it once learners use the module"_s, {}};
        checkEntryId(card, path, idRule, idAt, issues);

        for (const QString &side : {u"front"_s, u"back"_s}) {
            const QJsonValue text = card.value(side);
            if (text.isUndefined())
                issues << error(path + u'.' + side, u"the card has no %1"_s.arg(side),
                                side == u"front"_s
                                    ? u"add \"front:\" with what the learner sees first: a term or a question"_s
                                    : u"add \"back:\" with the answer the learner tries to recall"_s);
            else if (isBlank(text))
                issues << error(path + u'.' + side, u"the card's %1 is empty"_s.arg(side),
                                u"write the text of this side, or remove the card"_s);
        }
    }
}

void checkGlossaryTerms(const QJsonArray &terms, const QHash<QString, QString> &deckIdAt, QList<ConfigIssue> &issues)
{
    QHash<QString, qsizetype> termAt;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const QString path = u"glossaryTerms[%1]"_s.arg(i);
        if (!terms[i].isString()) {
            issues << error(path, u"a glossary term must be given by its id, as text"_s,
                            u"write the id of a term in content/glossary, such as power-distance"_s);
            continue;
        }
        const QString id = terms[i].toString();
        if (!isTermId(id))
            issues << error(path, u"\"%1\" is not a glossary term id"_s.arg(id),
                            u"term ids are 1 to 64 lower-case letters, digits and \"-\", such as power-distance"_s);
        else if (termAt.contains(id))
            issues << error(path, u"term \"%1\" is already listed at glossaryTerms[%2]"_s.arg(id).arg(termAt.value(id)),
                            u"list each term once"_s);
        else if (deckIdAt.contains(id))
            issues << error(path, u"\"%1\" is also the id of %2"_s.arg(id, deckIdAt.value(id)),
                            u"card ids are shared by the deck and the glossary terms: rename the deck card"_s);
        else
            termAt.insert(id, i);
    }
}

} // namespace

QList<ConfigIssue> FlashcardsActivity::validate(const QJsonObject &config) const
{
    QList<ConfigIssue> issues;
    const QJsonValue prompt = config.value(u"prompt"_s);
    if (!prompt.isUndefined() && !prompt.isString())
        issues << error(u"prompt"_s, u"must be text"_s,
                        u"say in a sentence what the cards are about, or remove \"prompt:\""_s);

    const QJsonValue deckValue = config.value(u"deck"_s);
    const QJsonValue termsValue = config.value(u"glossaryTerms"_s);
    if (!deckValue.isUndefined() && !deckValue.isArray())
        issues << error(u"deck"_s, u"must be a list of cards"_s,
                        u"write \"deck:\" with entries \"- id: ...\", each with \"front:\" and \"back:\""_s);
    if (!termsValue.isUndefined() && !termsValue.isArray())
        issues << error(u"glossaryTerms"_s, u"must be a list of glossary term ids"_s,
                        u"write glossaryTerms: [power-distance, high-context-communication]"_s);

    const QJsonArray deck = deckValue.toArray();
    const QJsonArray terms = termsValue.toArray();
    QHash<QString, QString> deckIdAt;
    checkDeck(deck, deckIdAt, issues);
    checkGlossaryTerms(terms, deckIdAt, issues);

    const qsizetype total = deck.size() + terms.size();
    if (total == 0 && (deckValue.isUndefined() || deckValue.isArray()) &&
        (termsValue.isUndefined() || termsValue.isArray()))
        issues << error(
            deckValue.isUndefined() && !termsValue.isUndefined() ? u"glossaryTerms"_s : u"deck"_s,
            u"the activity has no cards"_s,
            u"add cards under \"deck:\" (id, front, back), or glossary term ids under \"glossaryTerms:\""_s);
    else if (total > MaxCards)
        issues << error(terms.size() > deck.size() ? u"glossaryTerms"_s : u"deck"_s,
                        u"the activity has %1 cards; at most %2 fit in one session"_s.arg(total).arg(MaxCards),
                        u"split the cards into several flashcards activities, by theme"_s);
    return issues;
}

ActivityResult FlashcardsActivity::evaluate(const QJsonObject &config, const QJsonValue &response) const
{
    ActivityResult result;
    const QStringList cards = cardIds(config);
    const QSet<QString> known(cards.cbegin(), cards.cend());
    result.maxScore = static_cast<double>(cards.size());
    const QJsonObject invalid{{u"verdict"_s, u"invalid"_s}};

    const QJsonValue reviewsValue = response.toObject().value(u"reviews"_s);
    const QJsonValue modeValue = response.toObject().value(u"mode"_s);
    // A due-card review (from the learner's home page) covers only the cards that are due:
    // it is whole when every card it lists was reviewed, and scored out of those cards.
    const bool dueReview = modeValue == QJsonValue(u"review"_s);
    if (cards.isEmpty() || !reviewsValue.isArray() || (!modeValue.isUndefined() && !dueReview) ||
        (dueReview && reviewsValue.toArray().isEmpty())) {
        result.feedback = invalid;
        return result;
    }
    QJsonObject perCard;
    QStringList xapi;
    int recalled = 0;
    for (const QJsonValue &value : reviewsValue.toArray()) {
        const QJsonObject review = value.toObject();
        const QJsonValue card = review.value(u"card"_s);
        const QJsonValue qualityValue = review.value(u"quality"_s);
        const double quality = qualityValue.toDouble(-1);
        const QString id = card.toString();
        if (!card.isString() || !known.contains(id) || perCard.contains(id) || !qualityValue.isDouble() ||
            quality != std::floor(quality) || quality < 0 || quality > 5) {
            result.feedback = invalid;
            return result;
        }
        const int q = static_cast<int>(quality);
        const bool ok = q >= RecalledQuality;
        recalled += ok ? 1 : 0;
        perCard.insert(id, QJsonObject{{u"quality"_s, q}, {u"recalled"_s, ok}});
        xapi << u"%1:%2"_s.arg(id).arg(q);
    }
    const qsizetype reviewed = perCard.size();
    const qsizetype total = dueReview ? reviewed : cards.size();
    result.maxScore = static_cast<double>(total);
    result.rawScore = recalled;
    result.completion = reviewed == total;
    result.success = result.completion;
    result.xapiResponse = xapi.join(u"[,]"_s);
    result.feedback = {{u"verdict"_s, result.completion ? u"complete"_s : u"partial"_s},
                       {u"reviewed"_s, reviewed},
                       {u"total"_s, total},
                       {u"recalled"_s, recalled},
                       {u"cards"_s, perCard}};
    return result;
}

QJsonObject FlashcardsActivity::xapiDefinition(const QJsonObject &config, const QString &language) const
{
    QJsonObject definition{{u"interactionType"_s, u"other"_s}};
    const QString prompt = config.value(u"prompt"_s).toString();
    if (!prompt.trimmed().isEmpty())
        definition.insert(u"description"_s, QJsonObject{{language, prompt}});
    return definition;
}

QUrl FlashcardsActivity::viewUrl() const
{
    return QUrl(u"qrc:/activities/flashcards/View.qml"_s);
}
