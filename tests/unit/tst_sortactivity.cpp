// SPDX-License-Identifier: Apache-2.0
// The sort plugin's validation and scoring, through the built plugin as the app loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject item(const QString &id, const QString &feedback = {})
{
    QJsonObject o{{u"id"_s, id}, {u"text"_s, QString(u"Step "_s + id)}};
    if (!feedback.isEmpty())
        o.insert(u"feedback"_s, feedback);
    return o;
}

// Five steps of briefing an interpreter, in the right order: a, b, c, d, e.
QJsonObject config()
{
    return {{u"prompt"_s, u"Put the steps of briefing an interpreter in order."_s},
            {u"items"_s, QJsonArray{item(u"a"_s), item(u"b"_s, u"Share the terms before the meeting."_s), item(u"c"_s),
                                    item(u"d"_s), item(u"e"_s)}},
            {u"feedback"_s, QJsonObject{{u"correct"_s, u"Well done."_s},
                                        {u"partial"_s, u"Almost."_s},
                                        {u"incorrect"_s, u"Read the lesson again."_s}}}};
}

QJsonObject ordered(const QStringList &ids)
{
    return {{u"order"_s, QJsonArray::fromStringList(ids)}};
}

QStringList split(const char *ids)
{
    return QString::fromLatin1(ids).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestSortActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_sort = nullptr;

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_sort = m_registry.type(u"sort"_s);
        QVERIFY2(m_sort, qPrintable(m_registry.problems().join(u'\n')));
    }

    void declaresItselfInItsMetadata()
    {
        const PluginInfo *info = m_registry.info(u"sort"_s);
        QVERIFY(info);
        QCOMPARE(info->version, u"1.0.0"_s);
        QCOMPARE(info->apiVersion, 1);
        QCOMPARE(info->xapiInteractionType, u"sequencing"_s);
        QCOMPARE(info->displayName(u"fr"_s), u"Remettre dans l’ordre"_s);
        QCOMPARE(m_sort->viewUrl(), QUrl(u"qrc:/activities/sort/View.qml"_s));
    }

    void acceptsAGoodConfig()
    {
        const QList<ConfigIssue> issues = m_sort->validate(config());
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).path + u": "_s + issues.value(0).message));
        QJsonObject minimal = config();
        minimal.remove(u"feedback"_s);
        QVERIFY(m_sort->validate(minimal).isEmpty());
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
        auto withItems = [](const QJsonArray &items) {
            QJsonObject c = config();
            c.insert(u"items"_s, items);
            return c;
        };
        auto withItem = [](int index, const QJsonValue &value) {
            QJsonObject c = config();
            QJsonArray items = c.value(u"items"_s).toArray();
            items[index] = value;
            c.insert(u"items"_s, items);
            return c;
        };

        QJsonObject c = config();
        c.remove(u"prompt"_s);
        row("no prompt", c, u"prompt"_s, u"the prompt is missing"_s,
            u"add \"prompt:\" with the instruction learners read, such as \"Put the steps in order.\""_s);
        c = config();
        c.insert(u"prompt"_s, u"   "_s);
        row("blank prompt", c, u"prompt"_s, u"the prompt is missing"_s);
        c = config();
        c.remove(u"items"_s);
        row("no items", c, u"items"_s, u"the list of items is missing"_s,
            u"add \"items:\" with 3 to 10 entries, written in the correct order"_s);
        c = config();
        c.insert(u"items"_s, u"a, b, c"_s);
        row("items not a list", c, u"items"_s, u"the list of items is missing"_s);
        row("two items", withItems({item(u"a"_s), item(u"b"_s)}), u"items"_s,
            u"has 2 items; a sort activity needs 3 to 10"_s, u"add items, or use a quiz for a single choice"_s);
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(item(QString::number(i)));
        row("eleven items", withItems(eleven), u"items"_s, u"has 11 items; a sort activity needs 3 to 10"_s,
            u"split the sequence into two activities"_s);
        row("item not a mapping", withItem(2, u"Step c"_s), u"items[2]"_s,
            u"an item must be a mapping with id and text"_s);
        QJsonObject noId = item(u"c"_s);
        noId.remove(u"id"_s);
        row("item without id", withItem(2, noId), u"items[2].id"_s, u"the item has no id"_s,
            u"add \"id:\" with 1 to 32 letters, digits, \"-\" or \"_\""_s);
        row("invalid id", withItem(3, item(u"step d"_s)), u"items[3].id"_s, u"\"step d\" is not a valid item id"_s,
            u"use 1 to 32 letters, digits, \"-\" or \"_\""_s);
        QJsonObject numericId = item(u"d"_s);
        numericId.insert(u"id"_s, 4);
        row("numeric id", withItem(3, numericId), u"items[3].id"_s, u"the id must be text"_s,
            u"write it in quotes, such as id: \"step-4\""_s);
        QJsonObject duplicate = item(u"a"_s);
        duplicate.insert(u"text"_s, u"Another step"_s);
        row("duplicate id", withItem(4, duplicate), u"items[4].id"_s, u"item id \"a\" is already used by items[0]"_s,
            u"give every item its own id"_s);
        QJsonObject noText = item(u"c"_s);
        noText.insert(u"text"_s, u""_s);
        row("empty text", withItem(2, noText), u"items[2].text"_s, u"the item has no text"_s);
        QJsonObject sameText = item(u"e"_s);
        sameText.insert(u"text"_s, u"Step b"_s);
        row("same text twice", withItem(4, sameText), u"items[4].text"_s,
            u"has the same text as items[1], so learners could not tell them apart"_s, u"reword one of the two"_s);
        QJsonObject badFeedback = item(u"c"_s);
        badFeedback.insert(u"feedback"_s, QJsonArray{u"no"_s});
        row("item feedback not text", withItem(2, badFeedback), u"items[2].feedback"_s, u"must be text"_s);
        c = config();
        c.insert(u"feedback"_s, u"Well done"_s);
        row("feedback not a mapping", c, u"feedback"_s, u"must be a mapping of messages"_s);
        c = config();
        c.insert(u"feedback"_s, QJsonObject{{u"wrong"_s, u"No."_s}});
        row("unknown feedback key", c, u"feedback.wrong"_s, u"\"wrong\" is not a kind of overall feedback"_s,
            u"use \"correct\", \"incorrect\" or \"partial\""_s);
        c = config();
        c.insert(u"feedback"_s, QJsonObject{{u"partial"_s, 3}});
        row("feedback message not text", c, u"feedback.partial"_s, u"must be text"_s);
    }

    void reportsMalformedConfigsWithTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const QList<ConfigIssue> issues = m_sort->validate(QJsonDocument::fromJson(config).object());
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

    void reportsEveryProblemAtOnce()
    {
        QJsonObject c{{u"items"_s, QJsonArray{item(u"a"_s), item(u"a"_s)}}, {u"feedback"_s, 1}};
        QStringList paths;
        for (const ConfigIssue &issue : m_sort->validate(c))
            paths << issue.path;
        QCOMPARE(paths, (QStringList{u"prompt"_s, u"items"_s, u"items[1].id"_s, u"items[1].text"_s, u"feedback"_s}));
    }

    void scoresTheRightOrder()
    {
        const ActivityResult r = m_sort->evaluate(config(), ordered(split("a b c d e")));
        QVERIFY(r.success);
        QVERIFY(r.completion);
        QCOMPARE(r.rawScore, 4.0);
        QCOMPARE(r.maxScore, 4.0);
        QCOMPARE(r.xapiResponse, u"a[,]b[,]c[,]d[,]e"_s);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"correct"_s);
        QCOMPARE(r.feedback[u"message"_s].toString(), u"Well done."_s);
        QCOMPARE(r.feedback[u"toMove"_s].toInt(), 0);
        for (const QString &id : split("a b c d e"))
            QVERIFY(r.feedback[u"items"_s][id][u"correct"_s].toBool());
    }

    // Score = (n - 1) - moves needed; the misplaced items are the ones to move.
    void countsTheMovesNeeded_data()
    {
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<double>("raw");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("misplaced");
        QTest::newRow("first carried to the end") << split("b c d e a") << 3.0 << u"partial"_s << split("a");
        QTest::newRow("two neighbours swapped") << split("a c b d e") << 3.0 << u"partial"_s << split("b");
        QTest::newRow("ends swapped") << split("e b c d a") << 2.0 << u"partial"_s << split("e a");
        QTest::newRow("two items out") << split("c a b e d") << 2.0 << u"partial"_s << split("c d");
        QTest::newRow("reversed") << split("e d c b a") << 0.0 << u"incorrect"_s << split("e d b a");
    }
    void countsTheMovesNeeded()
    {
        QFETCH(QStringList, order);
        QFETCH(double, raw);
        QFETCH(QString, verdict);
        QFETCH(QStringList, misplaced);
        const ActivityResult r = m_sort->evaluate(config(), ordered(order));
        QVERIFY(r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.rawScore, raw);
        QCOMPARE(r.maxScore, 4.0);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), verdict);
        QCOMPARE(r.feedback[u"toMove"_s].toInt(), misplaced.size());
        QCOMPARE(r.xapiResponse, order.join(u"[,]"_s));
        QStringList flagged;
        for (const QString &id : order) {
            if (!r.feedback[u"items"_s][id][u"correct"_s].toBool())
                flagged << id;
        }
        QCOMPARE(flagged, misplaced);
    }

    void tellsWhereAMisplacedItemBelongs()
    {
        // "b" taken to the end, "a" taken to the end: both flagged with their neighbours.
        const ActivityResult r = m_sort->evaluate(config(), ordered(split("c d e a b")));
        QCOMPARE(r.rawScore, 2.0);
        const QJsonObject a = r.feedback[u"items"_s][u"a"_s].toObject();
        QCOMPARE(a[u"correct"_s].toBool(), false);
        QCOMPARE(a[u"position"_s].toInt(), 1);
        QCOMPARE(a[u"after"_s].toString(), QString());
        QCOMPARE(a[u"before"_s].toString(), u"b"_s);
        const QJsonObject b = r.feedback[u"items"_s][u"b"_s].toObject();
        QCOMPARE(b[u"position"_s].toInt(), 2);
        QCOMPARE(b[u"after"_s].toString(), u"a"_s);
        QCOMPARE(b[u"before"_s].toString(), u"c"_s);
        QCOMPARE(b[u"feedback"_s].toString(), u"Share the terms before the meeting."_s);
        // Items that can stay get no hint: nothing to give away.
        const QJsonObject c = r.feedback[u"items"_s][u"c"_s].toObject();
        QCOMPARE(c[u"correct"_s].toBool(), true);
        QVERIFY(!c.contains(u"position"_s));
        QCOMPARE(r.feedback[u"message"_s].toString(), u"Almost."_s);

        const ActivityResult last = m_sort->evaluate(config(), ordered(split("e a b c d")));
        const QJsonObject e = last.feedback[u"items"_s][u"e"_s].toObject();
        QCOMPARE(e[u"position"_s].toInt(), 5);
        QCOMPARE(e[u"after"_s].toString(), u"d"_s);
        QCOMPARE(e[u"before"_s].toString(), QString());
    }

    void refusesResponsesThatAreNotAnswers_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("empty order") << QByteArray(R"({"order": []})");
        QTest::newRow("missing an item") << QByteArray(R"({"order": ["a", "b", "c", "d"]})");
        QTest::newRow("one too many") << QByteArray(R"({"order": ["a", "b", "c", "d", "e", "a"]})");
        QTest::newRow("duplicate instead of one") << QByteArray(R"({"order": ["a", "b", "c", "d", "d"]})");
        QTest::newRow("unknown id") << QByteArray(R"({"order": ["a", "b", "c", "d", "z"]})");
        QTest::newRow("not text") << QByteArray(R"({"order": ["a", "b", "c", "d", 5]})");
        QTest::newRow("order not a list") << QByteArray(R"({"order": "a,b,c,d,e"})");
        QTest::newRow("wrong key") << QByteArray(R"({"selected": ["a", "b", "c", "d", "e"]})");
        QTest::newRow("not an object") << QByteArray(R"(["a", "b", "c", "d", "e"])");
    }
    void refusesResponsesThatAreNotAnswers()
    {
        QFETCH(QByteArray, response);
        const QJsonDocument doc = QJsonDocument::fromJson(response);
        QVERIFY(!doc.isNull());
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const ActivityResult r = m_sort->evaluate(config(), value);
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.rawScore, 0.0);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"invalid"_s);
        QVERIFY(r.xapiResponse.isEmpty());
    }

    void describesItselfForXapi()
    {
        const QJsonObject d = m_sort->xapiDefinition(config(), u"fr"_s);
        QCOMPARE(d[u"interactionType"_s].toString(), u"sequencing"_s);
        QCOMPARE(d[u"description"_s][u"fr"_s].toString(), u"Put the steps of briefing an interpreter in order."_s);
        QCOMPARE(d[u"correctResponsesPattern"_s].toArray(), QJsonArray{u"a[,]b[,]c[,]d[,]e"_s});
        const QJsonArray choices = d[u"choices"_s].toArray();
        QCOMPARE(choices.size(), 5);
        QCOMPARE(choices[1][u"id"_s].toString(), u"b"_s);
        QCOMPARE(choices[1][u"description"_s][u"fr"_s].toString(), u"Step b"_s);
    }
};

QTEST_GUILESS_MAIN(TestSortActivity)
#include "tst_sortactivity.moc"
