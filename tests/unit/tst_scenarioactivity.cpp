// SPDX-License-Identifier: Apache-2.0
// The branching-scenario plugin's validation (structure and graph) and scoring, through the
// built plugin as the app loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject choice(const QString &id, const QString &next)
{
    return {{u"id"_s, id},
            {u"text"_s, QString(u"Choose "_s + id)},
            {u"consequence"_s, QString(u"Because of "_s + id)},
            {u"next"_s, next}};
}

QJsonObject decision(const QString &id, const QJsonArray &choices)
{
    return {{u"id"_s, id}, {u"text"_s, QString(u"Situation "_s + id)}, {u"choices"_s, choices}};
}

QJsonObject ending(const QString &id, const QString &outcome)
{
    return {{u"id"_s, id},
            {u"text"_s, QString(u"The end: "_s + id)},
            {u"ending"_s, QJsonObject{{u"outcome"_s, outcome}, {u"debrief"_s, QString(u"Debrief of "_s + id)}}}};
}

// arrival -> director | agenda; director -> good-end | agenda; agenda -> director (a loop)
// | poor-end | mixed-end.
QJsonArray scenarioNodes()
{
    return {decision(u"arrival"_s, {choice(u"greet"_s, u"director"_s), choice(u"agenda"_s, u"agenda"_s)}),
            decision(u"director"_s, {choice(u"ask"_s, u"good-end"_s), choice(u"keep-plan"_s, u"agenda"_s)}),
            decision(u"agenda"_s, {choice(u"pause"_s, u"director"_s), choice(u"push-on"_s, u"poor-end"_s),
                                   choice(u"adapt"_s, u"mixed-end"_s)}),
            ending(u"good-end"_s, u"good"_s),
            ending(u"mixed-end"_s, u"mixed"_s),
            ending(u"poor-end"_s, u"poor"_s)};
}

QJsonObject scenario(const QJsonArray &nodes = scenarioNodes())
{
    return {{u"title"_s, u"A senior official joins the workshop"_s}, {u"start"_s, u"arrival"_s}, {u"nodes"_s, nodes}};
}

// The scenario with one node's field replaced (or removed, for an undefined value).
QJsonObject withNodeField(qsizetype index, const QString &field, const QJsonValue &value)
{
    QJsonArray nodes = scenarioNodes();
    QJsonObject node = nodes[index].toObject();
    if (value.isUndefined())
        node.remove(field);
    else
        node.insert(field, value);
    nodes[index] = node;
    return scenario(nodes);
}

// The scenario with one choice of node 0 ("arrival") replaced.
QJsonObject withFirstChoice(const QJsonObject &replacement)
{
    return withNodeField(0, u"choices"_s, QJsonArray{replacement, choice(u"agenda"_s, u"agenda"_s)});
}

QJsonObject walked(const QStringList &path)
{
    return {{u"path"_s, QJsonArray::fromStringList(path)}};
}

} // namespace

class TestScenarioActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_scenario = nullptr;

    QStringList issuesOf(const QJsonObject &config) const
    {
        QStringList seen;
        for (const ConfigIssue &issue : m_scenario->validate(config))
            seen << issue.path + u": "_s + issue.message;
        return seen;
    }

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_scenario = m_registry.type(u"scenario"_s);
        QVERIFY2(m_scenario, qPrintable(m_registry.problems().join(u'\n')));
        QCOMPARE(m_registry.info(u"scenario"_s)->xapiInteractionType, u"other"_s);
    }

    void acceptsGoodConfigs()
    {
        QCOMPARE(issuesOf(scenario()), QStringList());
        // The smallest scenario: one decision, one ending.
        QCOMPARE(issuesOf(scenario({decision(u"arrival"_s, {choice(u"go"_s, u"end"_s)}), ending(u"end"_s, u"good"_s)})),
                 QStringList());
        // A choice may lead back to its own node ("ask again").
        QJsonArray nodes = scenarioNodes();
        nodes[0] = decision(u"arrival"_s, {choice(u"wait"_s, u"arrival"_s), choice(u"greet"_s, u"director"_s),
                                           choice(u"agenda"_s, u"agenda"_s)});
        QCOMPARE(issuesOf(scenario(nodes)), QStringList());
        // No title is fine.
        QJsonObject untitled = scenario();
        untitled.remove(u"title"_s);
        QCOMPARE(issuesOf(untitled), QStringList());
    }

    void acceptsTheLargestScenarioAllowed()
    {
        // A chain of 199 decisions and an ending: 200 nodes.
        QJsonArray nodes;
        for (int i = 0; i < 199; ++i)
            nodes.append(decision(u"n%1"_s.arg(i), {choice(u"on"_s, i == 198 ? u"end"_s : u"n%1"_s.arg(i + 1))}));
        nodes.append(ending(u"end"_s, u"mixed"_s));
        QJsonObject big = scenario(nodes);
        big.insert(u"start"_s, u"n0"_s);
        QCOMPARE(issuesOf(big), QStringList());

        nodes.append(ending(u"extra"_s, u"good"_s));
        nodes[198] = decision(u"n198"_s, {choice(u"on"_s, u"end"_s), choice(u"other"_s, u"extra"_s)});
        big.insert(u"nodes"_s, nodes);
        QCOMPARE(issuesOf(big), QStringList{u"nodes: has 201 nodes; a scenario can have at most 200"_s});
    }

    void reportsMalformedConfigsWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");
        auto row = [](const char *name, const QJsonObject &config, const QString &path, const QString &message,
                      bool isError = true) {
            QTest::newRow(name) << QJsonDocument(config).toJson() << path << message << isError;
        };

        QJsonObject c = scenario();
        c.insert(u"title"_s, QJsonArray{u"A"_s});
        row("title not text", c, u"title"_s, u"the title must be text"_s);
        c = scenario();
        c.remove(u"start"_s);
        row("no start", c, u"start"_s, u"the start node is missing"_s);
        c = scenario();
        c.insert(u"start"_s, u"lobby"_s);
        row("start not a node", c, u"start"_s, u"\"lobby\" is not the id of any node"_s);
        c = scenario();
        c.insert(u"start"_s, u"good-end"_s);
        row("start at an ending", c, u"start"_s,
            u"the start node \"good-end\" is an ending, so the learner has nothing to decide"_s);
        c = scenario();
        c.remove(u"nodes"_s);
        row("no nodes", c, u"nodes"_s, u"the list of nodes is missing"_s);
        row("empty nodes", scenario(QJsonArray{}), u"nodes"_s, u"the list of nodes is missing"_s);

        QJsonArray nodes = scenarioNodes();
        nodes[2] = u"agenda"_s;
        row("node not a mapping", scenario(nodes), u"nodes[2]"_s,
            u"a node must be a mapping with id, text and either choices or an ending"_s);
        nodes = scenarioNodes();
        nodes.append(ending(u"director"_s, u"good"_s));
        row("duplicate node id", scenario(nodes), u"nodes[6].id"_s,
            u"node id \"director\" is already used by nodes[1]"_s);
        row("bad node id", withNodeField(3, u"id"_s, u"good end"_s), u"nodes[3].id"_s,
            u"\"good end\" is not a valid node id"_s);
        row("node without text", withNodeField(1, u"text"_s, QJsonValue::Undefined), u"nodes[1].text"_s,
            u"node \"director\" has no text"_s);
        row("neither choices nor ending", withNodeField(1, u"choices"_s, QJsonArray{}), u"nodes[1]"_s,
            u"node \"director\" has no choices and no ending"_s);
        row("choices not a list", withNodeField(1, u"choices"_s, u"ask"_s), u"nodes[1].choices"_s,
            u"must be a list of choices"_s);
        row("ending with choices", withNodeField(3, u"choices"_s, QJsonArray{choice(u"again"_s, u"arrival"_s)}),
            u"nodes[3].choices"_s, u"node \"good-end\" is an ending and cannot have choices"_s);
        row("ending not a mapping", withNodeField(4, u"ending"_s, u"mixed"_s), u"nodes[4].ending"_s,
            u"an ending must be a mapping with outcome and debrief"_s);
        row("unknown outcome",
            withNodeField(3, u"ending"_s, QJsonObject{{u"outcome"_s, u"great"_s}, {u"debrief"_s, u"Well done."_s}}),
            u"nodes[3].ending.outcome"_s, u"\"great\" is not an outcome"_s);
        row("ending without debrief", withNodeField(3, u"ending"_s, QJsonObject{{u"outcome"_s, u"good"_s}}),
            u"nodes[3].ending.debrief"_s, u"ending \"good-end\" has no debrief"_s);

        row("choice not a mapping",
            withNodeField(0, u"choices"_s, QJsonArray{u"greet"_s, choice(u"agenda"_s, u"agenda"_s)}),
            u"nodes[0].choices[0]"_s, u"a choice must be a mapping with id, text, consequence and next"_s);
        QJsonObject ch = choice(u"agenda"_s, u"director"_s);
        row("duplicate choice id", withFirstChoice(ch), u"nodes[0].choices[1].id"_s,
            u"choice id \"agenda\" is used twice in this node"_s);
        ch = choice(u"greet!"_s, u"director"_s);
        row("bad choice id", withFirstChoice(ch), u"nodes[0].choices[0].id"_s,
            u"\"greet!\" is not a valid choice id"_s);
        ch = choice(u"greet"_s, u"director"_s);
        ch.remove(u"text"_s);
        row("choice without text", withFirstChoice(ch), u"nodes[0].choices[0].text"_s, u"the choice has no text"_s);
        ch = choice(u"greet"_s, u"director"_s);
        ch.insert(u"consequence"_s, u""_s);
        row("choice without consequence is a warning", withFirstChoice(ch), u"nodes[0].choices[0].consequence"_s,
            u"the choice has no consequence"_s, false);
        ch = choice(u"greet"_s, u"director"_s);
        ch.remove(u"next"_s);
        row("choice without next", withFirstChoice(ch), u"nodes[0].choices[0].next"_s,
            u"the choice does not say which node comes next"_s);
        row("choice to a missing node", withFirstChoice(choice(u"greet"_s, u"lobby"_s)), u"nodes[0].choices[0].next"_s,
            u"points to \"lobby\", which is not a node"_s);

        // The graph.
        nodes = scenarioNodes();
        nodes.append(decision(u"aside"_s, {choice(u"back"_s, u"good-end"_s)}));
        nodes.append(decision(u"late-call"_s, {choice(u"answer"_s, u"aside"_s)}));
        row("unreachable nodes", scenario(nodes), u"nodes"_s, u"unreachable nodes: \"aside\", \"late-call\""_s);
        nodes = scenarioNodes();
        nodes[1] = decision(u"director"_s, {choice(u"ask"_s, u"good-end"_s), choice(u"escalate"_s, u"escalate"_s)});
        nodes.append(decision(u"escalate"_s, {choice(u"insist"_s, u"escalate"_s), choice(u"stall"_s, u"stall"_s)}));
        nodes.append(decision(u"stall"_s, {choice(u"insist"_s, u"escalate"_s)}));
        row("a loop with no way out", scenario(nodes), u"nodes[6]"_s, u"node \"escalate\" cannot reach any ending"_s);
        row("a loop with no way out, second node", scenario(nodes), u"nodes[7]"_s,
            u"node \"stall\" cannot reach any ending"_s);
        row("no ending at all",
            scenario({decision(u"arrival"_s, {choice(u"a"_s, u"next"_s)}),
                      decision(u"next"_s, {choice(u"b"_s, u"arrival"_s)})}),
            u"nodes"_s, u"the scenario has no ending"_s);
    }

    void reportsMalformedConfigsWithTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        const QList<ConfigIssue> issues = m_scenario->validate(QJsonDocument::fromJson(config).object());
        QStringList seen;
        for (const ConfigIssue &issue : issues) {
            seen << issue.path + u": "_s + issue.message;
            if (issue.path == path && issue.message == message) {
                QCOMPARE(issue.severity == ConfigIssue::Severity::Error, isError);
                return;
            }
        }
        QFAIL(qPrintable(u"expected \"%1: %2\", got: %3"_s.arg(path, message, seen.join(u" | "_s))));
    }

    void namesOnlyTheRealProblems()
    {
        // One broken link: the link is reported, and the graph checks do not pile on.
        QCOMPARE(issuesOf(withFirstChoice(choice(u"greet"_s, u"lobby"_s))),
                 QStringList{u"nodes[0].choices[0].next: points to \"lobby\", which is not a node"_s});
        // A node nobody reaches that cannot end either is reported for both reasons, by id.
        QJsonArray nodes = scenarioNodes();
        nodes.append(decision(u"limbo"_s, {choice(u"wait"_s, u"limbo"_s)}));
        QCOMPARE(issuesOf(scenario(nodes)), (QStringList{u"nodes[6]: node \"limbo\" cannot reach any ending"_s,
                                                         u"nodes: unreachable nodes: \"limbo\""_s}));
        // Every error says what to do about it.
        for (const ConfigIssue &issue : m_scenario->validate(scenario(nodes)))
            QVERIFY2(!issue.hint.isEmpty(), qPrintable(issue.message));
    }

    void scoresTheEndingReached_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<double>("raw");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("choices");
        QTest::newRow("good") << QStringList{u"arrival"_s, u"greet"_s, u"director"_s, u"ask"_s, u"good-end"_s} << 1.0
                              << true << u"good"_s << 2;
        QTest::newRow("mixed, through the loop")
            << QStringList{u"arrival"_s,   u"agenda"_s, u"agenda"_s, u"pause"_s,    u"director"_s,
                           u"keep-plan"_s, u"agenda"_s, u"adapt"_s,  u"mixed-end"_s}
            << 0.5 << false << u"mixed"_s << 4;
        QTest::newRow("poor") << QStringList{u"arrival"_s, u"agenda"_s, u"agenda"_s, u"push-on"_s, u"poor-end"_s} << 0.0
                              << false << u"poor"_s << 2;
    }
    void scoresTheEndingReached()
    {
        QFETCH(QStringList, path);
        QFETCH(double, raw);
        QFETCH(bool, success);
        QFETCH(QString, outcome);
        QFETCH(int, choices);
        const ActivityResult result = m_scenario->evaluate(scenario(), walked(path));
        QCOMPARE(result.maxScore, 1.0);
        QCOMPARE(result.rawScore, raw);
        QCOMPARE(result.success, success);
        QVERIFY(result.completion);
        QCOMPARE(result.xapiResponse, path.join(u"[,]"_s));
        QCOMPARE(result.feedback[u"verdict"_s].toString(), outcome);
        QCOMPARE(result.feedback[u"outcome"_s].toString(), outcome);
        QCOMPARE(result.feedback[u"ending"_s].toString(), path.last());
        QCOMPARE(result.feedback[u"debrief"_s].toString(), QString(u"Debrief of "_s + path.last()));
        QCOMPARE(result.feedback[u"choices"_s].toInt(), choices);
    }

    void refusesImpossiblePaths_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not from the start") << QByteArray(R"({"path": ["director", "ask", "good-end"]})")
                                            << u"the path starts at \"director\", not at the start \"arrival\""_s;
        QTest::newRow("straight to an ending")
            << QByteArray(R"({"path": ["arrival", "greet", "good-end"]})")
            << u"step 2: choice \"greet\" leads to \"director\", not to \"good-end\""_s;
        QTest::newRow("a choice of another node") << QByteArray(R"({"path": ["arrival", "ask", "good-end"]})")
                                                  << u"step 1: \"ask\" is not a choice of node \"arrival\""_s;
        QTest::newRow("an unknown node") << QByteArray(R"({"path": ["arrival", "greet", "lobby"]})")
                                         << u"step 2: choice \"greet\" leads to \"director\", not to \"lobby\""_s;
        QTest::newRow("stopping before an ending") << QByteArray(R"({"path": ["arrival", "greet", "director"]})")
                                                   << u"the path stops at \"director\", which is not an ending"_s;
        QTest::newRow("ending on a choice") << QByteArray(R"({"path": ["arrival", "greet"]})")
                                            << u"the path ends with the choice \"greet\" instead of a node"_s;
        QTest::newRow("just the start") << QByteArray(R"({"path": ["arrival"]})")
                                        << u"the path stops at \"arrival\", which is not an ending"_s;
        QTest::newRow("empty") << QByteArray(R"({"path": []})") << u"the path is empty"_s;
        QTest::newRow("ids that are not text")
            << QByteArray(R"({"path": ["arrival", 1, "director"]})") << u"the path is not a list of ids"_s;
        QTest::newRow("not a list") << QByteArray(R"({"path": "arrival greet director ask good-end"})")
                                    << u"the path is not a list of ids"_s;
        QTest::newRow("not an object") << QByteArray(R"(["arrival", "greet", "director", "ask", "good-end"])")
                                       << u"the path is not a list of ids"_s;
    }
    void refusesImpossiblePaths()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, problem);
        const QJsonDocument doc = QJsonDocument::fromJson(response);
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const ActivityResult result = m_scenario->evaluate(scenario(), value);
        QCOMPARE(result.rawScore, 0.0);
        QVERIFY(!result.completion);
        QVERIFY(!result.success);
        QCOMPARE(result.feedback[u"verdict"_s].toString(), u"invalid"_s);
        QCOMPARE(result.feedback[u"problem"_s].toString(), problem);
    }

    void refusesEndlessPaths()
    {
        // Going round the director/agenda loop is allowed, but not for ever.
        QStringList path{u"arrival"_s, u"greet"_s, u"director"_s};
        for (int i = 0; i < 500; ++i)
            path << u"keep-plan"_s << u"agenda"_s << u"pause"_s << u"director"_s;
        path << u"ask"_s << u"good-end"_s;
        const ActivityResult result = m_scenario->evaluate(scenario(), walked(path));
        QVERIFY(!result.completion);
        QCOMPARE(result.feedback[u"problem"_s].toString(), u"the path has 2005 steps; at most 2001 are accepted"_s);
    }

    void eachRunFromTheStartIsOneAnswer()
    {
        // After an ending the learner may start again; the new run is scored on its own...
        const QStringList poorRun{u"arrival"_s, u"agenda"_s, u"agenda"_s, u"push-on"_s, u"poor-end"_s};
        const QStringList goodRun{u"arrival"_s, u"greet"_s, u"director"_s, u"ask"_s, u"good-end"_s};
        QCOMPARE(m_scenario->evaluate(scenario(), walked(poorRun)).rawScore, 0.0);
        const ActivityResult second = m_scenario->evaluate(scenario(), walked(goodRun));
        QCOMPARE(second.rawScore, 1.0);
        QVERIFY(second.success);
        // ...and a path cannot carry on past an ending into a second run.
        const ActivityResult joined = m_scenario->evaluate(scenario(), walked(poorRun + goodRun));
        QVERIFY(!joined.completion);
        QCOMPARE(joined.rawScore, 0.0);
        QCOMPARE(joined.feedback[u"problem"_s].toString(), u"step 4: the path goes on after the ending \"poor-end\""_s);
    }

    void neverTrustsAPathAgainstAChangedScenario()
    {
        // The learner's saved path went through "director", which a new version removed.
        const QStringList path{u"arrival"_s, u"greet"_s, u"director"_s, u"ask"_s, u"good-end"_s};
        QJsonArray nodes = scenarioNodes();
        nodes[0] = decision(u"arrival"_s, {choice(u"greet"_s, u"agenda"_s), choice(u"agenda"_s, u"agenda"_s)});
        const ActivityResult result = m_scenario->evaluate(scenario(nodes), walked(path));
        QVERIFY(!result.completion);
        QCOMPARE(result.rawScore, 0.0);
    }

    void describesItselfForXapi()
    {
        QJsonObject definition = m_scenario->xapiDefinition(scenario(), u"fr"_s);
        QCOMPARE(definition[u"interactionType"_s].toString(), u"other"_s);
        QCOMPARE(definition[u"description"_s][u"fr"_s].toString(), u"A senior official joins the workshop"_s);
        QVERIFY(!definition.contains(u"correctResponsesPattern"_s));
        QJsonObject untitled = scenario();
        untitled.remove(u"title"_s);
        definition = m_scenario->xapiDefinition(untitled, u"en"_s);
        QCOMPARE(definition[u"description"_s][u"en"_s].toString(), u"Situation arrival"_s);
    }

    void namesItsView() { QCOMPARE(m_scenario->viewUrl(), QUrl(u"qrc:/activities/scenario/View.qml"_s)); }
};

QTEST_GUILESS_MAIN(TestScenarioActivity)
#include "tst_scenarioactivity.moc"
