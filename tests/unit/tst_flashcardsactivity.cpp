// SPDX-License-Identifier: Apache-2.0
// The flashcards plugin's validation and scoring, through the built plugin as the app loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject card(const QString &id)
{
    return {{u"id"_s, id}, {u"front"_s, QString(u"Front "_s + id)}, {u"back"_s, QString(u"Back "_s + id)}};
}

// Two cards of the lesson's own and two from the glossary: a, b, power-distance, face.
QJsonObject config()
{
    return {{u"prompt"_s, u"Terms from the lesson on hierarchy."_s},
            {u"deck"_s, QJsonArray{card(u"a"_s), card(u"b"_s)}},
            {u"glossaryTerms"_s, QJsonArray{u"power-distance"_s, u"face"_s}}};
}

QJsonObject review(const QString &id, const QJsonValue &quality)
{
    return {{u"card"_s, id}, {u"quality"_s, quality}};
}

QJsonObject session(const QJsonArray &reviews)
{
    return {{u"reviews"_s, reviews}};
}

} // namespace

class TestFlashcardsActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_cards = nullptr;

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_cards = m_registry.type(u"flashcards"_s);
        QVERIFY2(m_cards, qPrintable(m_registry.problems().join(u'\n')));
    }

    void declaresItselfInItsMetadata()
    {
        const PluginInfo *info = m_registry.info(u"flashcards"_s);
        QVERIFY(info);
        QCOMPARE(info->version, u"1.0.0"_s);
        QCOMPARE(info->apiVersion, 1);
        QCOMPARE(info->xapiInteractionType, u"other"_s);
        QCOMPARE(info->displayName(u"fr"_s), u"Cartes mémoire"_s);
        QCOMPARE(m_cards->viewUrl(), QUrl(u"qrc:/activities/flashcards/View.qml"_s));
    }

    void acceptsDecksGlossaryTermsOrBoth()
    {
        QVERIFY(m_cards->validate(config()).isEmpty());
        QJsonObject onlyDeck = config();
        onlyDeck.remove(u"glossaryTerms"_s);
        onlyDeck.remove(u"prompt"_s);
        QVERIFY(m_cards->validate(onlyDeck).isEmpty());
        QJsonObject onlyTerms = config();
        onlyTerms.remove(u"deck"_s);
        QVERIFY(m_cards->validate(onlyTerms).isEmpty());
        QJsonArray two_hundred;
        for (int i = 0; i < 200; ++i)
            two_hundred.append(card(u"c%1"_s.arg(i)));
        QVERIFY(m_cards->validate({{u"deck"_s, two_hundred}}).isEmpty());
    }

    void reportsMalformedConfigsWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const QJsonObject &c, const QString &path, const QString &message) {
            QTest::newRow(name) << QJsonDocument(c).toJson() << path << message;
        };
        auto withCard = [](int index, const QJsonValue &value) {
            QJsonObject c = config();
            QJsonArray deck = c.value(u"deck"_s).toArray();
            deck[index] = value;
            c.insert(u"deck"_s, deck);
            return c;
        };
        auto withTerms = [](const QJsonArray &terms) {
            QJsonObject c = config();
            c.insert(u"glossaryTerms"_s, terms);
            return c;
        };

        row("no cards at all", QJsonObject{{u"prompt"_s, u"Nothing"_s}}, u"deck"_s, u"the activity has no cards"_s);
        row("empty lists", QJsonObject{{u"deck"_s, QJsonArray{}}, {u"glossaryTerms"_s, QJsonArray{}}}, u"deck"_s,
            u"the activity has no cards"_s);
        row("empty term list alone", QJsonObject{{u"glossaryTerms"_s, QJsonArray{}}}, u"glossaryTerms"_s,
            u"the activity has no cards"_s);
        QJsonArray tooMany;
        for (int i = 0; i < 199; ++i)
            tooMany.append(card(u"c%1"_s.arg(i)));
        row("201 cards", QJsonObject{{u"deck"_s, tooMany}, {u"glossaryTerms"_s, QJsonArray{u"face"_s, u"culture"_s}}},
            u"deck"_s, u"the activity has 201 cards; at most 200 fit in one session"_s);
        QJsonObject c = config();
        c.insert(u"deck"_s, u"a, b"_s);
        row("deck not a list", c, u"deck"_s, u"must be a list of cards"_s);
        c = config();
        c.insert(u"glossaryTerms"_s, u"face"_s);
        row("terms not a list", c, u"glossaryTerms"_s, u"must be a list of glossary term ids"_s);
        c = config();
        c.insert(u"prompt"_s, 3);
        row("prompt not text", c, u"prompt"_s, u"must be text"_s);
        row("card not a mapping", withCard(1, u"b"_s), u"deck[1]"_s,
            u"a card must be a mapping with id, front and back"_s);
        QJsonObject noId = card(u"b"_s);
        noId.remove(u"id"_s);
        row("card without id", withCard(1, noId), u"deck[1].id"_s, u"the card has no id"_s);
        QJsonObject numberId = card(u"b"_s);
        numberId.insert(u"id"_s, 7);
        row("id not text", withCard(1, numberId), u"deck[1].id"_s, u"the id must be text"_s);
        row("bad id", withCard(1, card(u"b c"_s)), u"deck[1].id"_s, u"\"b c\" is not a valid card id"_s);
        row("duplicate id", withCard(1, card(u"a"_s)), u"deck[1].id"_s, u"card id \"a\" is already used by deck[0]"_s);
        QJsonObject noFront = card(u"b"_s);
        noFront.remove(u"front"_s);
        row("no front", withCard(1, noFront), u"deck[1].front"_s, u"the card has no front"_s);
        QJsonObject blankBack = card(u"b"_s);
        blankBack.insert(u"back"_s, u"  \n"_s);
        row("blank back", withCard(1, blankBack), u"deck[1].back"_s, u"the card's back is empty"_s);
        QJsonObject numberBack = card(u"b"_s);
        numberBack.insert(u"back"_s, 12);
        row("back not text", withCard(1, numberBack), u"deck[1].back"_s, u"the card's back is empty"_s);
        row("term not text", withTerms({u"face"_s, 4}), u"glossaryTerms[1]"_s,
            u"a glossary term must be given by its id, as text"_s);
        row("term id invalid", withTerms({u"Power Distance"_s}), u"glossaryTerms[0]"_s,
            u"\"Power Distance\" is not a glossary term id"_s);
        row("term twice", withTerms({u"face"_s, u"culture"_s, u"face"_s}), u"glossaryTerms[2]"_s,
            u"term \"face\" is already listed at glossaryTerms[0]"_s);
        row("term id is a deck id", withTerms({u"b"_s}), u"glossaryTerms[0]"_s, u"\"b\" is also the id of deck[1]"_s);
    }
    void reportsMalformedConfigsWithTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QList<ConfigIssue> issues = m_cards->validate(QJsonDocument::fromJson(config).object());
        QStringList seen;
        bool found = false;
        for (const ConfigIssue &issue : issues) {
            seen << issue.path + u": "_s + issue.message;
            if (issue.path == path && issue.message == message) {
                found = true;
                QCOMPARE(issue.severity, ConfigIssue::Severity::Error);
                QVERIFY2(!issue.hint.isEmpty(), "every problem says what to do");
            }
        }
        QVERIFY2(found, qPrintable(seen.join(u'\n')));
    }

    void aFullSessionIsCompleteAndScoresTheCardsKnownWell()
    {
        // Again (1), Hard (3), Good (4), Easy (5): Good and Easy count, 2 of 4.
        const ActivityResult r = m_cards->evaluate(
            config(),
            session({review(u"a"_s, 1), review(u"b"_s, 3), review(u"power-distance"_s, 4), review(u"face"_s, 5)}));
        QCOMPARE(r.rawScore, 2.0);
        QCOMPARE(r.maxScore, 4.0);
        QVERIFY(r.completion);
        QVERIFY(r.success);
        QCOMPARE(r.xapiResponse, u"a:1[,]b:3[,]power-distance:4[,]face:5"_s);
        QCOMPARE(r.feedback.value(u"verdict"_s).toString(), u"complete"_s);
        QCOMPARE(r.feedback.value(u"reviewed"_s).toInt(), 4);
        QCOMPARE(r.feedback.value(u"total"_s).toInt(), 4);
        QCOMPARE(r.feedback.value(u"recalled"_s).toInt(), 2);
        const QJsonObject cards = r.feedback.value(u"cards"_s).toObject();
        QCOMPARE(cards.size(), 4);
        QCOMPARE(cards.value(u"a"_s).toObject(), (QJsonObject{{u"quality"_s, 1}, {u"recalled"_s, false}}));
        QCOMPARE(cards.value(u"b"_s).toObject(), (QJsonObject{{u"quality"_s, 3}, {u"recalled"_s, false}}));
        QCOMPARE(cards.value(u"power-distance"_s).toObject(), (QJsonObject{{u"quality"_s, 4}, {u"recalled"_s, true}}));
        QCOMPARE(cards.value(u"face"_s).toObject(), (QJsonObject{{u"quality"_s, 5}, {u"recalled"_s, true}}));
    }

    void theOrderOfReviewsDoesNotMatterAndQualityZeroIsAccepted()
    {
        const ActivityResult r = m_cards->evaluate(
            config(),
            session({review(u"face"_s, 0), review(u"a"_s, 5), review(u"b"_s, 5), review(u"power-distance"_s, 2)}));
        QVERIFY(r.completion);
        QCOMPARE(r.rawScore, 2.0);
    }

    void aPartialSessionIsNotComplete()
    {
        const ActivityResult r = m_cards->evaluate(config(), session({review(u"a"_s, 4), review(u"b"_s, 5)}));
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.rawScore, 2.0);
        QCOMPARE(r.maxScore, 4.0);
        QCOMPARE(r.feedback.value(u"verdict"_s).toString(), u"partial"_s);
        QCOMPARE(r.feedback.value(u"reviewed"_s).toInt(), 2);
        const ActivityResult none = m_cards->evaluate(config(), session({}));
        QVERIFY(!none.completion);
        QCOMPARE(none.rawScore, 0.0);
    }

    // A review of the due cards from the home page lists only those: it is whole, and
    // scored out of them, not out of the deck.
    void aDueReviewIsScoredOutOfTheCardsItLists()
    {
        QJsonObject response = session({review(u"b"_s, 1), review(u"face"_s, 5)});
        response.insert(u"mode"_s, u"review"_s);
        const ActivityResult r = m_cards->evaluate(config(), response);
        QVERIFY(r.completion);
        QVERIFY(r.success);
        QCOMPARE(r.rawScore, 1.0);
        QCOMPARE(r.maxScore, 2.0);
        QCOMPARE(r.feedback.value(u"verdict"_s).toString(), u"complete"_s);
        QCOMPARE(r.xapiResponse, u"b:1[,]face:5"_s);
    }

    // The view is never trusted: one bad review refuses the whole session.
    void refusesMalformedSessions_data()
    {
        QTest::addColumn<QByteArray>("response");
        auto row = [](const char *name, const QJsonValue &response) {
            QTest::newRow(name) << QJsonDocument(QJsonArray{response}).toJson();
        };
        row("not an object", u"a:4"_s);
        row("no reviews", QJsonObject{{u"cards"_s, QJsonArray{}}});
        row("reviews not a list", QJsonObject{{u"reviews"_s, u"a"_s}});
        row("unknown card", session({review(u"a"_s, 4), review(u"zzz"_s, 4)}));
        row("card twice", session({review(u"a"_s, 4), review(u"a"_s, 5)}));
        row("quality 6", session({review(u"a"_s, 6)}));
        row("quality -1", session({review(u"a"_s, -1)}));
        row("quality 3.5", session({review(u"a"_s, 3.5)}));
        row("quality as text", session({review(u"a"_s, u"4"_s)}));
        row("no quality", session({QJsonObject{{u"card"_s, u"a"_s}}}));
        row("card not text", session({review(u"a"_s, 4), QJsonObject{{u"card"_s, 1}, {u"quality"_s, 4}}}));
        row("review not an object", session({u"a"_s}));
        row("unknown mode", QJsonObject{{u"mode"_s, u"exam"_s}, {u"reviews"_s, QJsonArray{review(u"a"_s, 4)}}});
        row("empty due review", QJsonObject{{u"mode"_s, u"review"_s}, {u"reviews"_s, QJsonArray{}}});
        row("due review of an unknown card",
            QJsonObject{{u"mode"_s, u"review"_s}, {u"reviews"_s, QJsonArray{review(u"zzz"_s, 4)}}});
    }
    void refusesMalformedSessions()
    {
        QFETCH(QByteArray, response);
        const QJsonValue value = QJsonDocument::fromJson(response).array().at(0);
        const ActivityResult r = m_cards->evaluate(config(), value);
        QCOMPARE(r.rawScore, 0.0);
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.feedback.value(u"verdict"_s).toString(), u"invalid"_s);
        QVERIFY(r.xapiResponse.isEmpty());
    }

    void describesItselfToXapiAsOther()
    {
        const QJsonObject d = m_cards->xapiDefinition(config(), u"en"_s);
        QCOMPARE(d.value(u"interactionType"_s).toString(), u"other"_s);
        QCOMPARE(d.value(u"description"_s).toObject().value(u"en"_s).toString(),
                 u"Terms from the lesson on hierarchy."_s);
        QJsonObject noPrompt = config();
        noPrompt.remove(u"prompt"_s);
        QVERIFY(!m_cards->xapiDefinition(noPrompt, u"fr"_s).contains(u"description"_s));
    }
};

QTEST_GUILESS_MAIN(TestFlashcardsActivity)
#include "tst_flashcardsactivity.moc"
