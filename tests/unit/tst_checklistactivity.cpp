// SPDX-License-Identifier: Apache-2.0
// The checklist plugin's validation and evaluation (share ticked, notes), through the built
// plugin as the app loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject item(const QString &id, const QString &hint = {})
{
    QJsonObject o{{u"id"_s, id}, {u"text"_s, QString(u"Check "_s + id)}};
    if (!hint.isEmpty())
        o.insert(u"hint"_s, hint);
    return o;
}

// Two sections, five items: papers (passport, visa, invitation) and people (interpreter, focal).
QJsonObject config()
{
    return {{u"title"_s, u"Before you fly"_s},
            {u"intro"_s, u"Tick what is ready."_s},
            {u"sections"_s,
             QJsonArray{QJsonObject{{u"heading"_s, u"Papers"_s},
                                    {u"items"_s, QJsonArray{item(u"passport"_s, u"Valid six months after return."_s),
                                                            item(u"visa"_s), item(u"invitation"_s)}}},
                        QJsonObject{{u"heading"_s, u"People"_s},
                                    {u"items"_s, QJsonArray{item(u"interpreter"_s), item(u"focal"_s)}}}}}};
}

QJsonObject ticked(const QStringList &ids, const QJsonObject &notes = {})
{
    QJsonObject r{{u"checked"_s, QJsonArray::fromStringList(ids)}};
    if (!notes.isEmpty())
        r.insert(u"notes"_s, notes);
    return r;
}

} // namespace

class TestChecklistActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_checklist = nullptr;

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_checklist = m_registry.type(u"checklist"_s);
        QVERIFY2(m_checklist, qPrintable(m_registry.problems().join(u'\n')));
    }

    void declaresItselfInItsMetadata()
    {
        const PluginInfo *info = m_registry.info(u"checklist"_s);
        QVERIFY(info);
        QCOMPARE(info->version, u"1.0.0"_s);
        QCOMPARE(info->apiVersion, 1);
        QCOMPARE(info->xapiInteractionType, u"other"_s);
        QCOMPARE(info->displayName(u"fr"_s), u"Liste de contrôle"_s);
        QCOMPARE(m_checklist->viewUrl(), QUrl(u"qrc:/activities/checklist/View.qml"_s));
    }

    void acceptsAGoodConfig()
    {
        QList<ConfigIssue> issues = m_checklist->validate(config());
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).path + u": "_s + issues.value(0).message));
        // The smallest: a title and one item in a section without a heading.
        const QJsonObject minimal{{u"title"_s, u"One thing"_s},
                                  {u"sections"_s, QJsonArray{QJsonObject{{u"items"_s, QJsonArray{item(u"a"_s)}}}}}};
        issues = m_checklist->validate(minimal);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).path + u": "_s + issues.value(0).message));
    }

    void reportsMalformedConfigsWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<bool>("isWarning");
        auto row = [](const char *name, const QJsonObject &c, const QString &path, const QString &message,
                      const QString &hint = {}, bool isWarning = false) {
            QTest::newRow(name) << QJsonDocument(c).toJson() << path << message << hint << isWarning;
        };
        auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject c = config();
            c.insert(key, value);
            return c;
        };
        auto withSection = [](int index, const QJsonValue &value) {
            QJsonObject c = config();
            QJsonArray sections = c.value(u"sections"_s).toArray();
            sections[index] = value;
            c.insert(u"sections"_s, sections);
            return c;
        };
        auto withItem = [](int section, int index, const QJsonValue &value) {
            QJsonObject c = config();
            QJsonArray sections = c.value(u"sections"_s).toArray();
            QJsonObject s = sections[section].toObject();
            QJsonArray items = s.value(u"items"_s).toArray();
            items[index] = value;
            s.insert(u"items"_s, items);
            sections[section] = s;
            c.insert(u"sections"_s, sections);
            return c;
        };

        QJsonObject c = config();
        c.remove(u"title"_s);
        row("no title", c, u"title"_s, u"the title is missing"_s,
            u"add \"title:\", such as \"Before you fly\"; it heads the printed field card"_s);
        row("blank title", with(u"title"_s, u"  "_s), u"title"_s, u"the title is missing"_s);
        row("intro not text", with(u"intro"_s, 4), u"intro"_s, u"must be text"_s,
            u"write the introduction in Markdown after \"intro:\""_s);
        c = config();
        c.remove(u"sections"_s);
        row("no sections", c, u"sections"_s, u"the list of sections is missing"_s,
            u"add \"sections:\" with at least one section holding \"items:\""_s);
        row("sections a mapping", with(u"sections"_s, QJsonObject{{u"items"_s, QJsonArray{item(u"a"_s)}}}),
            u"sections"_s, u"the list of sections is missing"_s);
        row("empty sections", with(u"sections"_s, QJsonArray()), u"sections"_s,
            u"has 0 items in all; a checklist needs 1 to 60"_s, u"add items under a section's \"items:\""_s);
        QJsonArray many;
        for (int s = 0; s < 4; ++s) {
            QJsonArray items;
            for (int i = 0; i < 16; ++i)
                items.append(item(u"s%1i%2"_s.arg(s).arg(i)));
            many.append(QJsonObject{{u"heading"_s, u"Part %1"_s.arg(s)}, {u"items"_s, items}});
        }
        row("sixty-four items", with(u"sections"_s, many), u"sections"_s,
            u"has 64 items in all; a checklist needs 1 to 60"_s,
            u"split it into two checklists: a field card must fit on one page"_s);
        row("section not a mapping", withSection(1, u"People"_s), u"sections[1]"_s,
            u"a section must be a mapping with items and an optional heading"_s,
            u"write it as \"- heading: ...\" with \"items:\" under it"_s);
        row("section without items", withSection(1, QJsonObject{{u"heading"_s, u"People"_s}}), u"sections[1].items"_s,
            u"the section has no items"_s, u"add \"items:\" with at least one entry, or remove the section"_s);
        row("section with empty items",
            withSection(1, QJsonObject{{u"heading"_s, u"People"_s}, {u"items"_s, QJsonArray()}}),
            u"sections[1].items"_s, u"the section has no items"_s);
        row("heading not text",
            withSection(1,
                        QJsonObject{{u"heading"_s, QJsonArray{u"People"_s}}, {u"items"_s, QJsonArray{item(u"x"_s)}}}),
            u"sections[1].heading"_s, u"must be text"_s);
        row("second section without heading (warning)",
            withSection(1, QJsonObject{{u"items"_s, QJsonArray{item(u"x"_s)}}}), u"sections[1].heading"_s,
            u"this section has no heading"_s, u"with several sections, a heading tells them apart on the field card"_s,
            true);
        row("item not a mapping", withItem(0, 1, u"Visa"_s), u"sections[0].items[1]"_s,
            u"an item must be a mapping with id and text"_s,
            u"write it as \"- id: passport\" with \"text: ...\" on the next line"_s);
        QJsonObject noId = item(u"x"_s);
        noId.remove(u"id"_s);
        row("item without id", withItem(1, 0, noId), u"sections[1].items[0].id"_s, u"the item has no id"_s,
            u"add \"id:\" with 1 to 32 letters, digits, \"-\" or \"_\""_s);
        QJsonObject numericId = item(u"x"_s);
        numericId.insert(u"id"_s, 3);
        row("numeric id", withItem(1, 0, numericId), u"sections[1].items[0].id"_s, u"the id must be text"_s);
        row("invalid id", withItem(1, 0, item(u"the interpreter"_s)), u"sections[1].items[0].id"_s,
            u"\"the interpreter\" is not a valid item id"_s);
        row("id used in another section", withItem(1, 1, item(u"visa"_s)), u"sections[1].items[1].id"_s,
            u"item id \"visa\" is already used by sections[0].items[1]"_s,
            u"give every item its own id, across all sections: the learner's ticks are kept by id"_s);
        QJsonObject noText = item(u"x"_s);
        noText.insert(u"text"_s, u""_s);
        row("item without text", withItem(0, 2, noText), u"sections[0].items[2].text"_s, u"the item has no text"_s,
            u"add \"text:\" with what the learner checks"_s);
        QJsonObject badHint = item(u"x"_s);
        badHint.insert(u"hint"_s, true);
        row("hint not text", withItem(0, 2, badHint), u"sections[0].items[2].hint"_s, u"must be text"_s);
        row("maxAttempts a fraction", with(u"maxAttempts"_s, 1.5), u"maxAttempts"_s,
            u"must be a whole number of at least 1"_s, u"leave it out to allow unlimited attempts"_s);
    }

    void reportsMalformedConfigsWithTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        QFETCH(bool, isWarning);
        const QList<ConfigIssue> issues = m_checklist->validate(QJsonDocument::fromJson(config).object());
        QStringList seen;
        for (const ConfigIssue &issue : issues) {
            seen << issue.path + u": "_s + issue.message;
            if (issue.path == path && issue.message == message) {
                QCOMPARE(issue.severity, isWarning ? ConfigIssue::Severity::Warning : ConfigIssue::Severity::Error);
                if (!hint.isEmpty())
                    QCOMPARE(issue.hint, hint);
                return;
            }
        }
        QFAIL(qPrintable(u"expected \"%1: %2\", got: %3"_s.arg(path, message, seen.join(u" | "_s))));
    }

    void reportsEveryProblemAtOnce()
    {
        const QJsonObject c{
            {u"sections"_s, QJsonArray{QJsonObject{{u"items"_s, QJsonArray{item(u"a"_s), item(u"a"_s)}}},
                                       QJsonObject{{u"heading"_s, u"Two"_s}}}}};
        QStringList paths;
        for (const ConfigIssue &issue : m_checklist->validate(c))
            paths << issue.path;
        QCOMPARE(paths, (QStringList{u"title"_s, u"sections[0].heading"_s, u"sections[0].items[1].id"_s,
                                     u"sections[1].items"_s}));
    }

    void scoresTheShareTicked()
    {
        const ActivityResult r =
            m_checklist->evaluate(config(), ticked({u"focal"_s, u"passport"_s, u"visa"_s},
                                                   {{u"visa"_s, u"Embassy appointment on Tuesday."_s}}));
        QVERIFY(r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.rawScore, 3.0);
        QCOMPARE(r.maxScore, 5.0);
        QCOMPARE(r.xapiResponse, u"passport[,]visa[,]focal"_s); // in the list's order
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"some-open"_s);
        QCOMPARE(r.feedback[u"ticked"_s].toInt(), 3);
        QCOMPARE(r.feedback[u"total"_s].toInt(), 5);
        QCOMPARE(r.feedback[u"checked"_s].toArray(), (QJsonArray{u"passport"_s, u"visa"_s, u"focal"_s}));
        QCOMPARE(r.feedback[u"open"_s].toArray(), (QJsonArray{u"invitation"_s, u"interpreter"_s}));
    }

    void succeedsWhenEverythingIsTicked()
    {
        const ActivityResult r = m_checklist->evaluate(
            config(), ticked({u"passport"_s, u"visa"_s, u"invitation"_s, u"interpreter"_s, u"focal"_s}));
        QVERIFY(r.success);
        QVERIFY(r.completion);
        QCOMPARE(r.rawScore, 5.0);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"all-ticked"_s);
        QCOMPARE(r.feedback[u"open"_s].toArray(), QJsonArray());
    }

    void anEmptyListIsRecordedAsDone()
    {
        const ActivityResult r = m_checklist->evaluate(config(), ticked({}, {{u"focal"_s, u"Ask the delegation."_s}}));
        QVERIFY(r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.rawScore, 0.0);
        QCOMPARE(r.maxScore, 5.0);
        QVERIFY(r.xapiResponse.isEmpty());
    }

    void refusesResponsesThatDoNotFitTheList_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("not an object") << QByteArray(R"(["passport"])");
        QTest::newRow("no checked list") << QByteArray(R"({"notes": {}})");
        QTest::newRow("checked not a list") << QByteArray(R"({"checked": "passport"})");
        QTest::newRow("unknown item") << QByteArray(R"({"checked": ["passport", "vaccines"]})");
        QTest::newRow("item twice") << QByteArray(R"({"checked": ["passport", "passport"]})");
        QTest::newRow("item not text") << QByteArray(R"({"checked": [1]})");
        QTest::newRow("notes a list") << QByteArray(R"({"checked": [], "notes": ["x"]})");
        QTest::newRow("note on an unknown item") << QByteArray(R"({"checked": [], "notes": {"vaccines": "x"}})");
        QTest::newRow("note not text") << QByteArray(R"({"checked": [], "notes": {"visa": 3}})");
        const QByteArray longNote = "{\"checked\": [], \"notes\": {\"visa\": \"" + QByteArray(2001, 'x') + "\"}}";
        QTest::newRow("note too long") << longNote;
    }
    void refusesResponsesThatDoNotFitTheList()
    {
        QFETCH(QByteArray, response);
        const QJsonDocument doc = QJsonDocument::fromJson(response);
        QVERIFY(!doc.isNull());
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const ActivityResult r = m_checklist->evaluate(config(), value);
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.rawScore, 0.0);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"invalid"_s);
        QVERIFY(r.xapiResponse.isEmpty());
    }

    void aNoteAtTheLimitIsAccepted()
    {
        const ActivityResult r =
            m_checklist->evaluate(config(), ticked({u"visa"_s}, {{u"visa"_s, QString(2000, u'x')}}));
        QVERIFY(r.completion);
    }

    void describesItselfForXapi()
    {
        const QJsonObject d = m_checklist->xapiDefinition(config(), u"fr"_s);
        QCOMPARE(d[u"interactionType"_s].toString(), u"other"_s);
        QCOMPARE(d[u"description"_s][u"fr"_s].toString(), u"Before you fly"_s);
        QVERIFY(!d.contains(u"correctResponsesPattern"_s));
    }
};

QTEST_GUILESS_MAIN(TestChecklistActivity)
#include "tst_checklistactivity.moc"
