// SPDX-License-Identifier: Apache-2.0
// The match plugin's validation and scoring (pairs and categories), through the built
// plugin as the app loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject pair(const QString &id, const QString &feedback = {})
{
    QJsonObject o{{u"id"_s, id}, {u"left"_s, QString(u"Left "_s + id)}, {u"right"_s, QString(u"Right "_s + id)}};
    if (!feedback.isEmpty())
        o.insert(u"feedback"_s, feedback);
    return o;
}

QJsonObject pairs()
{
    return {{u"prompt"_s, u"Match each term to its meaning."_s},
            {u"pairs"_s, QJsonArray{pair(u"a"_s, u"A goes with A."_s), pair(u"b"_s), pair(u"c"_s)}},
            {u"feedback"_s, QJsonObject{{u"correct"_s, u"All matched."_s}, {u"partial"_s, u"Some are right."_s}}}};
}

QJsonObject entry(const QString &id, const QString &category, const QString &feedback = {})
{
    QJsonObject o{{u"id"_s, id}, {u"text"_s, QString(u"Behaviour "_s + id)}, {u"category"_s, category}};
    if (!feedback.isEmpty())
        o.insert(u"feedback"_s, feedback);
    return o;
}

// Behaviours sorted into two dimensions: high- or low-context communication.
QJsonObject categories()
{
    return {{u"prompt"_s, u"Sort each behaviour."_s},
            {u"categories"_s, QJsonArray{QJsonObject{{u"id"_s, u"high"_s}, {u"label"_s, u"High context"_s}},
                                         QJsonObject{{u"id"_s, u"low"_s}, {u"label"_s, u"Low context"_s}}}},
            {u"items"_s, QJsonArray{entry(u"i1"_s, u"high"_s, u"Meaning is in the setting."_s),
                                    entry(u"i2"_s, u"low"_s), entry(u"i3"_s, u"high"_s), entry(u"i4"_s, u"low"_s)}}};
}

QJsonObject matches(const QJsonObject &m)
{
    return {{u"matches"_s, m}};
}

} // namespace

class TestMatchActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_match = nullptr;

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_match = m_registry.type(u"match"_s);
        QVERIFY2(m_match, qPrintable(m_registry.problems().join(u'\n')));
    }

    void declaresItselfInItsMetadata()
    {
        const PluginInfo *info = m_registry.info(u"match"_s);
        QVERIFY(info);
        QCOMPARE(info->version, u"1.0.0"_s);
        QCOMPARE(info->apiVersion, 1);
        QCOMPARE(info->xapiInteractionType, u"matching"_s);
        QCOMPARE(info->displayName(u"fr"_s), u"Associer"_s);
        QCOMPARE(m_match->viewUrl(), QUrl(u"qrc:/activities/match/View.qml"_s));
    }

    void acceptsGoodConfigs()
    {
        for (const QJsonObject &c : {pairs(), categories()}) {
            const QList<ConfigIssue> issues = m_match->validate(c);
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).path + u": "_s + issues.value(0).message));
        }
    }

    void reportsMalformedConfigsWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        auto row = [](const char *name, const QJsonObject &c, const QString &path, const QString &message,
                      const QString &hint = {}) {
            QTest::newRow(name) << QJsonDocument(c).toJson() << path << message << hint;
        };
        auto replaced = [](QJsonObject c, const QString &list, int index, const QJsonValue &value) {
            QJsonArray entries = c.value(list).toArray();
            if (index < entries.size())
                entries[index] = value;
            else
                entries.append(value);
            c.insert(list, entries);
            return c;
        };

        QJsonObject c = pairs();
        c.remove(u"prompt"_s);
        row("no prompt", c, u"prompt"_s, u"the prompt is missing"_s);
        c = QJsonObject{{u"prompt"_s, u"Match."_s}};
        row("neither form", c, u"pairs"_s, u"the activity has neither pairs nor categories"_s,
            u"add \"pairs:\" (each with id, left and right), or \"categories:\" and \"items:\""_s);
        c = categories();
        c.insert(u"pairs"_s, pairs().value(u"pairs"_s));
        row("both forms", c, u"pairs"_s, u"an activity has either pairs or categories with items, not both"_s,
            u"keep \"pairs:\" to match one to one, or \"categories:\" and \"items:\" to sort into groups"_s);

        // Pairs.
        c = pairs();
        c.insert(u"pairs"_s, u"a=b"_s);
        row("pairs not a list", c, u"pairs"_s, u"the list of pairs is missing"_s,
            u"add \"pairs:\" with 2 to 12 entries"_s);
        c = pairs();
        c.insert(u"pairs"_s, QJsonArray{pair(u"a"_s)});
        row("one pair", c, u"pairs"_s, u"has 1 entries; a match activity needs 2 to 12 pairs"_s, u"add entries"_s);
        QJsonArray thirteen;
        for (int i = 0; i < 13; ++i)
            thirteen.append(pair(QString(u"p"_s + QString::number(i))));
        c.insert(u"pairs"_s, thirteen);
        row("thirteen pairs", c, u"pairs"_s, u"has 13 entries; a match activity needs 2 to 12 pairs"_s,
            u"split the activity into two"_s);
        row("pair not a mapping", replaced(pairs(), u"pairs"_s, 1, u"b"_s), u"pairs[1]"_s,
            u"an entry must be a mapping with id, left and right"_s);
        QJsonObject p = pair(u"c"_s);
        p.remove(u"id"_s);
        row("pair without id", replaced(pairs(), u"pairs"_s, 2, p), u"pairs[2].id"_s, u"the entry has no id"_s);
        row("pair with bad id", replaced(pairs(), u"pairs"_s, 2, pair(u"c!"_s)), u"pairs[2].id"_s,
            u"\"c!\" is not a valid id"_s, u"use 1 to 32 letters, digits, \"-\" or \"_\""_s);
        p = pair(u"a"_s);
        p.insert(u"left"_s, u"Another left"_s);
        p.insert(u"right"_s, u"Another right"_s);
        row("duplicate pair id", replaced(pairs(), u"pairs"_s, 2, p), u"pairs[2].id"_s,
            u"id \"a\" is already used by pairs[0]"_s, u"give every entry its own id"_s);
        p = pair(u"c"_s);
        p.remove(u"right"_s);
        row("pair without right", replaced(pairs(), u"pairs"_s, 2, p), u"pairs[2].right"_s,
            u"the \"right\" text is missing"_s, u"add \"right:\" with what learners see"_s);
        p = pair(u"c"_s);
        p.insert(u"left"_s, u"Left a"_s);
        row("same left twice", replaced(pairs(), u"pairs"_s, 2, p), u"pairs[2].left"_s,
            u"has the same text as pairs[0].left, so learners could not tell them apart"_s, u"reword one of the two"_s);
        p = pair(u"c"_s);
        p.insert(u"feedback"_s, true);
        row("pair feedback not text", replaced(pairs(), u"pairs"_s, 2, p), u"pairs[2].feedback"_s, u"must be text"_s);

        // Categories.
        c = categories();
        c.remove(u"categories"_s);
        row("items without categories", c, u"categories"_s, u"the list of categories is missing"_s,
            u"add \"categories:\" with 2 to 4 entries"_s);
        c = categories();
        c.remove(u"items"_s);
        row("categories without items", c, u"items"_s, u"the list of items is missing"_s,
            u"add \"items:\" with 2 to 12 entries"_s);
        c = categories();
        c.insert(u"categories"_s, QJsonArray{QJsonObject{{u"id"_s, u"high"_s}, {u"label"_s, u"High context"_s}}});
        row("one category", c, u"categories"_s, u"has 1 entries; a match activity needs 2 to 4 categories"_s);
        QJsonArray five;
        for (int i = 0; i < 5; ++i)
            five.append(QJsonObject{{u"id"_s, QString(u"k"_s + QString::number(i))},
                                    {u"label"_s, QString(u"Label "_s + QString::number(i))}});
        c.insert(u"categories"_s, five);
        row("five categories", c, u"categories"_s, u"has 5 entries; a match activity needs 2 to 4 categories"_s);
        row("category without label", replaced(categories(), u"categories"_s, 1, QJsonObject{{u"id"_s, u"low"_s}}),
            u"categories[1].label"_s, u"the \"label\" text is missing"_s);
        row("same label twice",
            replaced(categories(), u"categories"_s, 1,
                     QJsonObject{{u"id"_s, u"low"_s}, {u"label"_s, u"High context"_s}}),
            u"categories[1].label"_s,
            u"has the same text as categories[0].label, so learners could not tell them apart"_s);
        c = categories();
        c.insert(u"items"_s, QJsonArray{entry(u"i1"_s, u"high"_s)});
        row("one item", c, u"items"_s, u"has 1 entries; a match activity needs 2 to 12 items"_s);
        QJsonObject noCategory = entry(u"i4"_s, u"low"_s);
        noCategory.remove(u"category"_s);
        row("item without category", replaced(categories(), u"items"_s, 3, noCategory), u"items[3].category"_s,
            u"the item has no category"_s, u"add \"category:\" with one of: high, low"_s);
        row("unknown category", replaced(categories(), u"items"_s, 3, entry(u"i4"_s, u"medium"_s)),
            u"items[3].category"_s, u"\"medium\" is not one of the categories"_s, u"use one of: high, low"_s);
        row("duplicate item id", replaced(categories(), u"items"_s, 4, entry(u"i2"_s, u"low"_s)), u"items[4].id"_s,
            u"id \"i2\" is already used by items[1]"_s);
        QJsonObject sameText = entry(u"i5"_s, u"low"_s);
        sameText.insert(u"text"_s, u"Behaviour i3"_s);
        row("same item text twice", replaced(categories(), u"items"_s, 4, sameText), u"items[4].text"_s,
            u"has the same text as items[2].text, so learners could not tell them apart"_s);
        row("category never used",
            replaced(replaced(categories(), u"items"_s, 1, entry(u"i2"_s, u"high"_s)), u"items"_s, 3,
                     entry(u"i4"_s, u"high"_s)),
            u"categories[1]"_s, u"no item belongs to category \"low\""_s,
            u"add an item with \"category: low\", or remove the category"_s);
        c = categories();
        c.insert(u"feedback"_s, QJsonObject{{u"great"_s, u"Yes"_s}});
        row("unknown feedback key", c, u"feedback.great"_s, u"\"great\" is not a kind of overall feedback"_s);
    }

    void reportsMalformedConfigsWithTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const QList<ConfigIssue> issues = m_match->validate(QJsonDocument::fromJson(config).object());
        QStringList seen;
        for (const ConfigIssue &issue : issues) {
            seen << issue.path + u": "_s + issue.message;
            if (issue.path == path && issue.message == message) {
                QCOMPARE(issue.severity, ConfigIssue::Severity::Error);
                if (!hint.isEmpty())
                    QCOMPARE(issue.hint, hint);
                return;
            }
        }
        QFAIL(qPrintable(u"expected \"%1: %2\", got: %3"_s.arg(path, message, seen.join(u" | "_s))));
    }

    void scoresPairs_data()
    {
        QTest::addColumn<QJsonObject>("chosen");
        QTest::addColumn<double>("raw");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("xapi");
        QTest::newRow("all right") << QJsonObject{{u"c"_s, u"c"_s}, {u"a"_s, u"a"_s}, {u"b"_s, u"b"_s}} << 3.0
                                   << u"correct"_s << u"a[.]a[,]b[.]b[,]c[.]c"_s;
        QTest::newRow("two swapped") << QJsonObject{{u"a"_s, u"b"_s}, {u"b"_s, u"a"_s}, {u"c"_s, u"c"_s}} << 1.0
                                     << u"partial"_s << u"a[.]b[,]b[.]a[,]c[.]c"_s;
        QTest::newRow("all wrong") << QJsonObject{{u"a"_s, u"b"_s}, {u"b"_s, u"c"_s}, {u"c"_s, u"a"_s}} << 0.0
                                   << u"incorrect"_s << u"a[.]b[,]b[.]c[,]c[.]a"_s;
    }
    void scoresPairs()
    {
        QFETCH(QJsonObject, chosen);
        QFETCH(double, raw);
        QFETCH(QString, verdict);
        QFETCH(QString, xapi);
        const ActivityResult r = m_match->evaluate(pairs(), matches(chosen));
        QVERIFY(r.completion);
        QCOMPARE(r.rawScore, raw);
        QCOMPARE(r.maxScore, 3.0);
        QCOMPARE(r.success, verdict == u"correct"_s);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), verdict);
        QCOMPARE(r.xapiResponse, xapi);
    }

    void givesFeedbackOnEveryWrongPlacement()
    {
        const ActivityResult r =
            m_match->evaluate(pairs(), matches({{u"a"_s, u"b"_s}, {u"b"_s, u"a"_s}, {u"c"_s, u"c"_s}}));
        const QJsonObject a = r.feedback[u"items"_s][u"a"_s].toObject();
        QCOMPARE(a[u"correct"_s].toBool(), false);
        QCOMPARE(a[u"chosen"_s].toString(), u"b"_s);
        QCOMPARE(a[u"expected"_s].toString(), u"a"_s);
        QCOMPARE(a[u"feedback"_s].toString(), u"A goes with A."_s);
        QCOMPARE(r.feedback[u"items"_s][u"b"_s][u"expected"_s].toString(), u"b"_s);
        const QJsonObject c = r.feedback[u"items"_s][u"c"_s].toObject();
        QCOMPARE(c[u"correct"_s].toBool(), true);
        QVERIFY(!c.contains(u"expected"_s));
        QCOMPARE(r.feedback[u"message"_s].toString(), u"Some are right."_s);
    }

    void scoresCategories()
    {
        const ActivityResult right = m_match->evaluate(
            categories(),
            matches({{u"i1"_s, u"high"_s}, {u"i2"_s, u"low"_s}, {u"i3"_s, u"high"_s}, {u"i4"_s, u"low"_s}}));
        QVERIFY(right.success);
        QCOMPARE(right.rawScore, 4.0);
        QCOMPARE(right.maxScore, 4.0);
        QCOMPARE(right.xapiResponse, u"i1[.]high[,]i2[.]low[,]i3[.]high[,]i4[.]low"_s);
        QCOMPARE(right.feedback[u"message"_s].toString(), QString()); // no message configured

        // Everything in one category: half right, and a category may hold several items.
        const ActivityResult half = m_match->evaluate(
            categories(),
            matches({{u"i1"_s, u"high"_s}, {u"i2"_s, u"high"_s}, {u"i3"_s, u"high"_s}, {u"i4"_s, u"high"_s}}));
        QVERIFY(half.completion);
        QVERIFY(!half.success);
        QCOMPARE(half.rawScore, 2.0);
        QCOMPARE(half.feedback[u"verdict"_s].toString(), u"partial"_s);
        QCOMPARE(half.feedback[u"items"_s][u"i2"_s][u"expected"_s].toString(), u"low"_s);
        QCOMPARE(half.feedback[u"items"_s][u"i1"_s][u"correct"_s].toBool(), true);
    }

    void refusesResponsesThatAreNotAnswers_data()
    {
        QTest::addColumn<bool>("pairMode");
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("pairs: nothing") << true << QByteArray(R"({"matches": {}})");
        QTest::newRow("pairs: one missing") << true << QByteArray(R"({"matches": {"a": "a", "b": "b"}})");
        QTest::newRow("pairs: a right used twice")
            << true << QByteArray(R"({"matches": {"a": "a", "b": "a", "c": "c"}})");
        QTest::newRow("pairs: unknown left") << true << QByteArray(R"({"matches": {"a": "a", "b": "b", "z": "c"}})");
        QTest::newRow("pairs: unknown right") << true << QByteArray(R"({"matches": {"a": "a", "b": "b", "c": "z"}})");
        QTest::newRow("pairs: one too many")
            << true << QByteArray(R"({"matches": {"a": "a", "b": "b", "c": "c", "d": "c"}})");
        QTest::newRow("pairs: target not text") << true << QByteArray(R"({"matches": {"a": "a", "b": "b", "c": 3}})");
        QTest::newRow("pairs: a list") << true << QByteArray(R"({"matches": ["a", "b", "c"]})");
        QTest::newRow("pairs: wrong key") << true << QByteArray(R"({"order": ["a", "b", "c"]})");
        QTest::newRow("categories: item missing")
            << false << QByteArray(R"({"matches": {"i1": "high", "i2": "low", "i3": "high"}})");
        QTest::newRow("categories: unknown category")
            << false << QByteArray(R"({"matches": {"i1": "high", "i2": "low", "i3": "high", "i4": "mid"}})");
        QTest::newRow("categories: item id as target")
            << false << QByteArray(R"({"matches": {"i1": "high", "i2": "low", "i3": "high", "i4": "i1"}})");
    }
    void refusesResponsesThatAreNotAnswers()
    {
        QFETCH(bool, pairMode);
        QFETCH(QByteArray, response);
        const QJsonDocument doc = QJsonDocument::fromJson(response);
        QVERIFY(!doc.isNull());
        const ActivityResult r = m_match->evaluate(pairMode ? pairs() : categories(), doc.object());
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.rawScore, 0.0);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"invalid"_s);
        QVERIFY(r.xapiResponse.isEmpty());
    }

    void describesPairsForXapi()
    {
        const QJsonObject d = m_match->xapiDefinition(pairs(), u"en"_s);
        QCOMPARE(d[u"interactionType"_s].toString(), u"matching"_s);
        QCOMPARE(d[u"description"_s][u"en"_s].toString(), u"Match each term to its meaning."_s);
        QCOMPARE(d[u"correctResponsesPattern"_s].toArray(), QJsonArray{u"a[.]a[,]b[.]b[,]c[.]c"_s});
        QCOMPARE(d[u"source"_s].toArray().size(), 3);
        QCOMPARE(d[u"source"_s][1][u"id"_s].toString(), u"b"_s);
        QCOMPARE(d[u"source"_s][1][u"description"_s][u"en"_s].toString(), u"Left b"_s);
        QCOMPARE(d[u"target"_s][2][u"description"_s][u"en"_s].toString(), u"Right c"_s);
    }

    void describesCategoriesForXapi()
    {
        const QJsonObject d = m_match->xapiDefinition(categories(), u"fr"_s);
        QCOMPARE(d[u"interactionType"_s].toString(), u"matching"_s);
        QCOMPARE(d[u"correctResponsesPattern"_s].toArray(),
                 QJsonArray{u"i1[.]high[,]i2[.]low[,]i3[.]high[,]i4[.]low"_s});
        QCOMPARE(d[u"source"_s].toArray().size(), 4);
        QCOMPARE(d[u"source"_s][3][u"description"_s][u"fr"_s].toString(), u"Behaviour i4"_s);
        QCOMPARE(d[u"target"_s].toArray().size(), 2);
        QCOMPARE(d[u"target"_s][1][u"id"_s].toString(), u"low"_s);
        QCOMPARE(d[u"target"_s][1][u"description"_s][u"fr"_s].toString(), u"Low context"_s);
    }
};

QTEST_GUILESS_MAIN(TestMatchActivity)
#include "tst_matchactivity.moc"
