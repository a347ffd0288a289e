// SPDX-License-Identifier: Apache-2.0
// The scales plugin's validation and evaluation (gaps, completion), through the built plugin
// as the app loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject pole(const QString &label)
{
    return {{u"label"_s, label}, {u"description"_s, QString(u"What "_s + label + u" looks like."_s)}};
}

QJsonObject scale(const QString &id, const QString &left, const QString &right)
{
    return {{u"id"_s, id}, {u"left"_s, pole(left)}, {u"right"_s, pole(right)}};
}

// Five scales, a comparison profile and prompts on three of them.
QJsonObject config()
{
    return {{u"intro"_s, u"Place yourself as you usually work at home."_s},
            {u"scales"_s, QJsonArray{scale(u"context"_s, u"Low-context"_s, u"High-context"_s),
                                     scale(u"feedback"_s, u"Direct feedback"_s, u"Indirect feedback"_s),
                                     scale(u"leading"_s, u"Egalitarian"_s, u"Hierarchical"_s),
                                     scale(u"trust"_s, u"Task-based trust"_s, u"Relationship-based trust"_s),
                                     scale(u"time"_s, u"Linear time"_s, u"Flexible time"_s)}},
            {u"comparison"_s,
             QJsonObject{{u"label"_s, u"The context you described"_s},
                         {u"values"_s,
                          QJsonObject{{u"context"_s, 6}, {u"feedback"_s, 6}, {u"leading"_s, 5}, {u"trust"_s, 3}}}}},
            {u"prompts"_s, QJsonObject{{u"feedback"_s, u"How will you ask for feedback?"_s},
                                       {u"leading"_s, u"Who should open the workshop?"_s},
                                       {u"time"_s, u"How much slack does your agenda have?"_s}}}};
}

QJsonObject placed(const QJsonObject &positions)
{
    return {{u"positions"_s, positions}};
}

// context 2 (gap 4), feedback 3 (gap 3), leading 4 (gap 1), trust 1 (gap 2), time 7 (no comparison).
QJsonObject fullProfile()
{
    return placed({{u"context"_s, 2}, {u"feedback"_s, 3}, {u"leading"_s, 4}, {u"trust"_s, 1}, {u"time"_s, 7}});
}

} // namespace

class TestScalesActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_scales = nullptr;

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_scales = m_registry.type(u"scales"_s);
        QVERIFY2(m_scales, qPrintable(m_registry.problems().join(u'\n')));
    }

    void declaresItselfInItsMetadata()
    {
        const PluginInfo *info = m_registry.info(u"scales"_s);
        QVERIFY(info);
        QCOMPARE(info->version, u"1.0.0"_s);
        QCOMPARE(info->apiVersion, 1);
        QCOMPARE(info->xapiInteractionType, u"likert"_s);
        QCOMPARE(info->displayName(u"fr"_s), u"Auto-positionnement sur des échelles"_s);
        QCOMPARE(m_scales->viewUrl(), QUrl(u"qrc:/activities/scales/View.qml"_s));
    }

    void acceptsAGoodConfig()
    {
        QList<ConfigIssue> issues = m_scales->validate(config());
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).path + u": "_s + issues.value(0).message));
        // The smallest: four scales, nothing optional.
        QJsonObject minimal = config();
        minimal.remove(u"intro"_s);
        minimal.remove(u"comparison"_s);
        minimal.remove(u"prompts"_s);
        QJsonArray four = minimal.value(u"scales"_s).toArray();
        four.removeLast();
        minimal.insert(u"scales"_s, four);
        issues = m_scales->validate(minimal);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).path + u": "_s + issues.value(0).message));
        QJsonObject threshold = config();
        threshold.insert(u"gapThreshold"_s, 3);
        QVERIFY(m_scales->validate(threshold).isEmpty());
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
        auto withScale = [](int index, const QJsonValue &value) {
            QJsonObject c = config();
            QJsonArray scales = c.value(u"scales"_s).toArray();
            scales[index] = value;
            c.insert(u"scales"_s, scales);
            return c;
        };
        auto withComparison = [](const QJsonObject &values) {
            QJsonObject c = config();
            c.insert(u"comparison"_s, QJsonObject{{u"label"_s, u"Them"_s}, {u"values"_s, values}});
            return c;
        };

        QJsonObject c = config();
        c.remove(u"scales"_s);
        row("no scales", c, u"scales"_s, u"the list of scales is missing"_s,
            u"add \"scales:\" with 4 to 10 entries, each with an id, a left pole and a right pole"_s);
        row("scales not a list", with(u"scales"_s, u"context, feedback"_s), u"scales"_s,
            u"the list of scales is missing"_s);
        QJsonArray three = config().value(u"scales"_s).toArray();
        three.removeLast();
        three.removeLast();
        c = with(u"scales"_s, three);
        c.remove(u"comparison"_s);
        c.remove(u"prompts"_s);
        row("three scales", c, u"scales"_s, u"has 3 scales; a self-assessment needs 4 to 10"_s,
            u"add scales: a profile needs at least four dimensions to be worth reading"_s);
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(scale(u"s%1"_s.arg(i), u"Left %1"_s.arg(i), u"Right %1"_s.arg(i)));
        c = with(u"scales"_s, eleven);
        c.remove(u"comparison"_s);
        c.remove(u"prompts"_s);
        row("eleven scales", c, u"scales"_s, u"has 11 scales; a self-assessment needs 4 to 10"_s,
            u"keep the ten that matter most for this lesson, or split them into two activities"_s);
        row("scale not a mapping", withScale(2, u"Egalitarian - Hierarchical"_s), u"scales[2]"_s,
            u"a scale must be a mapping with id, left and right"_s,
            u"write it as \"- id: feedback\" with \"left:\" and \"right:\" under it"_s);
        QJsonObject noId = scale(u"x"_s, u"A"_s, u"B"_s);
        noId.remove(u"id"_s);
        row("scale without id", withScale(4, noId), u"scales[4].id"_s, u"the scale has no id"_s,
            u"add \"id:\" with 1 to 32 letters, digits, \"-\" or \"_\""_s);
        QJsonObject numericId = scale(u"x"_s, u"A"_s, u"B"_s);
        numericId.insert(u"id"_s, 5);
        row("numeric id", withScale(4, numericId), u"scales[4].id"_s, u"the id must be text"_s);
        row("invalid id", withScale(4, scale(u"flexible time"_s, u"A"_s, u"B"_s)), u"scales[4].id"_s,
            u"\"flexible time\" is not a valid scale id"_s, u"use 1 to 32 letters, digits, \"-\" or \"_\""_s);
        row("duplicate id", withScale(4, scale(u"feedback"_s, u"A"_s, u"B"_s)), u"scales[4].id"_s,
            u"scale id \"feedback\" is already used by scales[1]"_s, u"give every scale its own id"_s);
        QJsonObject noLeft = scale(u"time"_s, u"A"_s, u"B"_s);
        noLeft.remove(u"left"_s);
        row("no left pole", withScale(4, noLeft), u"scales[4].left"_s, u"the left pole is missing"_s,
            u"add \"left:\" with \"label:\" and \"description:\" under it"_s);
        QJsonObject rightText = scale(u"time"_s, u"A"_s, u"B"_s);
        rightText.insert(u"right"_s, u"Flexible time"_s);
        row("right pole not a mapping", withScale(4, rightText), u"scales[4].right"_s, u"the right pole is missing"_s,
            u"add \"right:\" with \"label:\" and \"description:\" under it"_s);
        QJsonObject noLabel = scale(u"time"_s, u"A"_s, u"B"_s);
        noLabel.insert(u"right"_s, QJsonObject{{u"label"_s, u" "_s}, {u"description"_s, u"Plans move."_s}});
        row("blank label", withScale(4, noLabel), u"scales[4].right.label"_s, u"the right pole has no label"_s,
            u"name the pole in a few words, such as \"Direct feedback\""_s);
        QJsonObject noDescription = scale(u"time"_s, u"A"_s, u"B"_s);
        noDescription.insert(u"left"_s, QJsonObject{{u"label"_s, u"Linear time"_s}});
        row("no description (warning)", withScale(4, noDescription), u"scales[4].left.description"_s,
            u"the left pole has no description"_s,
            u"add one sentence saying what this pole looks like in practice; learners read it before placing "
            u"themselves"_s,
            true);
        QJsonObject badDescription = scale(u"time"_s, u"A"_s, u"B"_s);
        badDescription.insert(u"left"_s, QJsonObject{{u"label"_s, u"Linear time"_s}, {u"description"_s, 3}});
        row("description not text", withScale(4, badDescription), u"scales[4].left.description"_s, u"must be text"_s);
        row("same label on both poles", withScale(4, scale(u"time"_s, u"Linear time"_s, u"linear time"_s)),
            u"scales[4].right.label"_s, u"both poles are labelled \"Linear time\""_s,
            u"name the two opposite ends of the dimension"_s);
        row("intro not text", with(u"intro"_s, QJsonArray{u"a"_s}), u"intro"_s, u"must be text"_s);

        row("comparison not a mapping", with(u"comparison"_s, u"the partner ministry"_s), u"comparison"_s,
            u"must be a mapping with a label and values"_s,
            u"write \"comparison:\" with \"label:\" and \"values:\" under it, or leave it out"_s);
        row("comparison without label", with(u"comparison"_s, QJsonObject{{u"values"_s, QJsonObject{{u"time"_s, 2}}}}),
            u"comparison.label"_s, u"the comparison profile has no label"_s,
            u"say whose profile it is, such as \"The context you described\"; learners see it beside their own"_s);
        row("comparison without values", with(u"comparison"_s, QJsonObject{{u"label"_s, u"Them"_s}}),
            u"comparison.values"_s, u"the comparison profile has no values"_s,
            u"add \"values:\" with a position from 1 to 7 for each scale, such as \"feedback: 6\""_s);
        row("comparison with empty values", withComparison({}), u"comparison.values"_s,
            u"the comparison profile has no values"_s);
        row("comparison for an unknown scale", withComparison({{u"context"_s, 2}, {u"humour"_s, 3}}),
            u"comparison.values.humour"_s, u"\"humour\" is not the id of a scale"_s,
            u"use one of: context, feedback, leading, trust, time"_s);
        row("comparison value too high", withComparison({{u"context"_s, 8}}), u"comparison.values.context"_s,
            u"must be a whole number from 1 to 7"_s, u"1 is the left pole, 7 the right pole"_s);
        row("comparison value zero", withComparison({{u"context"_s, 0}}), u"comparison.values.context"_s,
            u"must be a whole number from 1 to 7"_s);
        row("comparison value a fraction", withComparison({{u"context"_s, 2.5}}), u"comparison.values.context"_s,
            u"must be a whole number from 1 to 7"_s);
        row("comparison value text", withComparison({{u"context"_s, u"6"_s}}), u"comparison.values.context"_s,
            u"must be a whole number from 1 to 7"_s);

        row("prompts not a mapping", with(u"prompts"_s, QJsonArray{u"Why?"_s}), u"prompts"_s,
            u"must be a mapping from scale ids to questions"_s,
            u"write \"prompts:\" with lines such as \"feedback: How will you ask for feedback?\""_s);
        row("prompt for an unknown scale", with(u"prompts"_s, QJsonObject{{u"humour"_s, u"Why?"_s}}),
            u"prompts.humour"_s, u"\"humour\" is not the id of a scale"_s);
        row("empty prompt", with(u"prompts"_s, QJsonObject{{u"trust"_s, u"  "_s}}), u"prompts.trust"_s,
            u"the prompt is empty"_s, u"write the question learners think about on this scale, or remove the line"_s);
        row("prompt not text", with(u"prompts"_s, QJsonObject{{u"trust"_s, 4}}), u"prompts.trust"_s, u"must be text"_s);
        c = config();
        c.remove(u"comparison"_s);
        row("prompts without comparison (warning)", c, u"prompts"_s,
            u"prompts are shown beside large gaps to the comparison profile, and there is none"_s,
            u"add \"comparison:\", or remove \"prompts:\""_s, true);

        row("threshold zero", with(u"gapThreshold"_s, 0), u"gapThreshold"_s, u"must be a whole number from 1 to 6"_s,
            u"leave it out for the default, 2: a gap of two points or more is highlighted"_s);
        row("threshold seven", with(u"gapThreshold"_s, 7), u"gapThreshold"_s, u"must be a whole number from 1 to 6"_s);
        row("threshold a fraction", with(u"gapThreshold"_s, 1.5), u"gapThreshold"_s,
            u"must be a whole number from 1 to 6"_s);
        row("threshold text", with(u"gapThreshold"_s, u"2"_s), u"gapThreshold"_s,
            u"must be a whole number from 1 to 6"_s);
        row("maxAttempts zero", with(u"maxAttempts"_s, 0), u"maxAttempts"_s, u"must be a whole number of at least 1"_s);
    }

    void reportsMalformedConfigsWithTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        QFETCH(bool, isWarning);
        const QList<ConfigIssue> issues = m_scales->validate(QJsonDocument::fromJson(config).object());
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
        QJsonObject c{{u"scales"_s, QJsonArray{scale(u"a"_s, u"A"_s, u"B"_s), scale(u"a"_s, u"C"_s, u"D"_s)}},
                      {u"comparison"_s, QJsonObject{{u"label"_s, u"Them"_s}, {u"values"_s, QJsonObject{{u"z"_s, 1}}}}},
                      {u"gapThreshold"_s, 9}};
        QStringList paths;
        for (const ConfigIssue &issue : m_scales->validate(c))
            paths << issue.path;
        QCOMPARE(paths, (QStringList{u"scales"_s, u"scales[1].id"_s, u"comparison.values.z"_s, u"gapThreshold"_s}));
    }

    void completesWithEveryScalePlacedAndOrdersGapsLargestFirst()
    {
        const ActivityResult r = m_scales->evaluate(config(), fullProfile());
        QVERIFY(r.completion);
        QVERIFY(r.success);
        QCOMPARE(r.rawScore, 0.0);
        QCOMPARE(r.maxScore, 0.0);
        QCOMPARE(r.xapiResponse, u"context[.]2[,]feedback[.]3[,]leading[.]4[,]trust[.]1[,]time[.]7"_s);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"complete"_s);
        QCOMPARE(r.feedback[u"threshold"_s].toInt(), 2);
        QVERIFY(r.feedback[u"comparison"_s].toBool());
        QCOMPARE(r.feedback[u"missing"_s].toArray(), QJsonArray());

        // "time" has no comparison value: no gap for it.
        const QJsonArray gaps = r.feedback[u"gaps"_s].toArray();
        QStringList order;
        for (const QJsonValue &g : gaps)
            order << g[u"scale"_s].toString();
        QCOMPARE(order, (QStringList{u"context"_s, u"feedback"_s, u"trust"_s, u"leading"_s}));
        const QJsonObject context = gaps[0].toObject();
        QCOMPARE(context[u"self"_s].toInt(), 2);
        QCOMPARE(context[u"comparison"_s].toInt(), 6);
        QCOMPARE(context[u"size"_s].toInt(), 4);
        QCOMPARE(context[u"towards"_s].toString(), u"right"_s);
        QVERIFY(context[u"large"_s].toBool());
        QVERIFY2(!context.contains(u"prompt"_s), "no prompt was written for this scale");
        const QJsonObject feedback = gaps[1].toObject();
        QCOMPARE(feedback[u"size"_s].toInt(), 3);
        QCOMPARE(feedback[u"prompt"_s].toString(), u"How will you ask for feedback?"_s);
        const QJsonObject trust = gaps[2].toObject();
        QCOMPARE(trust[u"size"_s].toInt(), 2);
        QVERIFY2(trust[u"large"_s].toBool(), "a gap equal to the threshold counts as large");
        const QJsonObject leading = gaps[3].toObject();
        QCOMPARE(leading[u"size"_s].toInt(), 1);
        QCOMPARE(leading[u"towards"_s].toString(), u"right"_s);
        QVERIFY(!leading[u"large"_s].toBool());
        QVERIFY2(!leading.contains(u"prompt"_s), "prompts come only with large gaps");
        QCOMPARE(r.feedback[u"largeGaps"_s].toArray(), (QJsonArray{u"context"_s, u"feedback"_s, u"trust"_s}));
        QCOMPARE(r.feedback[u"positions"_s][u"time"_s].toInt(), 7);
    }

    void equalGapsKeepTheScalesOrderAndTheThresholdIsTheAuthors()
    {
        QJsonObject c = config();
        c.insert(u"gapThreshold"_s, 4);
        // context 2 vs 6 (4, left of it), feedback 2 vs 6 (4), leading 1 vs 5 (4), trust 3 vs 3 (0).
        const ActivityResult r = m_scales->evaluate(
            c, placed({{u"context"_s, 2}, {u"feedback"_s, 2}, {u"leading"_s, 1}, {u"trust"_s, 3}, {u"time"_s, 4}}));
        QCOMPARE(r.feedback[u"threshold"_s].toInt(), 4);
        QCOMPARE(r.feedback[u"largeGaps"_s].toArray(), (QJsonArray{u"context"_s, u"feedback"_s, u"leading"_s}));
        const QJsonObject trust = r.feedback[u"gaps"_s][3].toObject();
        QCOMPARE(trust[u"scale"_s].toString(), u"trust"_s);
        QCOMPARE(trust[u"size"_s].toInt(), 0);
        QCOMPARE(trust[u"towards"_s].toString(), u"none"_s);

        const ActivityResult left = m_scales->evaluate(
            config(),
            placed({{u"context"_s, 7}, {u"feedback"_s, 6}, {u"leading"_s, 5}, {u"trust"_s, 3}, {u"time"_s, 1}}));
        QCOMPARE(left.feedback[u"gaps"_s][0][u"scale"_s].toString(), u"context"_s);
        QCOMPARE(left.feedback[u"gaps"_s][0][u"towards"_s].toString(), u"left"_s);
        QCOMPARE(left.feedback[u"largeGaps"_s].toArray(), QJsonArray());
    }

    void withoutComparisonThereAreNoGaps()
    {
        QJsonObject c = config();
        c.remove(u"comparison"_s);
        c.remove(u"prompts"_s);
        const ActivityResult r = m_scales->evaluate(c, fullProfile());
        QVERIFY(r.completion);
        QVERIFY(!r.feedback[u"comparison"_s].toBool());
        QCOMPARE(r.feedback[u"gaps"_s].toArray(), QJsonArray());
        QCOMPARE(r.feedback[u"largeGaps"_s].toArray(), QJsonArray());
    }

    void aPartialProfileIsNotComplete()
    {
        const ActivityResult r = m_scales->evaluate(config(), placed({{u"feedback"_s, 1}, {u"time"_s, 4}}));
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"incomplete"_s);
        QCOMPARE(r.feedback[u"missing"_s].toArray(), (QJsonArray{u"context"_s, u"leading"_s, u"trust"_s}));
        QCOMPARE(r.xapiResponse, u"feedback[.]1[,]time[.]4"_s);
        QCOMPARE(r.feedback[u"gaps"_s].toArray().size(), 1);
        QCOMPARE(r.feedback[u"gaps"_s][0][u"size"_s].toInt(), 5);
    }

    void refusesResponsesThatAreNotProfiles_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("not an object") << QByteArray(R"([2, 3, 4, 1, 7])");
        QTest::newRow("no positions") << QByteArray(R"({"selected": {"context": 2}})");
        QTest::newRow("positions a list") << QByteArray(R"({"positions": [2, 3, 4, 1, 7]})");
        QTest::newRow("unknown scale") << QByteArray(R"({"positions": {"context": 2, "humour": 3}})");
        QTest::newRow("position zero") << QByteArray(R"({"positions": {"context": 0}})");
        QTest::newRow("position eight") << QByteArray(R"({"positions": {"context": 8}})");
        QTest::newRow("position a fraction") << QByteArray(R"({"positions": {"context": 3.5}})");
        QTest::newRow("position text") << QByteArray(R"({"positions": {"context": "3"}})");
        QTest::newRow("position null") << QByteArray(R"({"positions": {"context": null}})");
    }
    void refusesResponsesThatAreNotProfiles()
    {
        QFETCH(QByteArray, response);
        const QJsonDocument doc = QJsonDocument::fromJson(response);
        QVERIFY(!doc.isNull());
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const ActivityResult r = m_scales->evaluate(config(), value);
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"invalid"_s);
        QVERIFY(r.xapiResponse.isEmpty());
    }

    void describesItselfForXapi()
    {
        const QJsonObject d = m_scales->xapiDefinition(config(), u"fr"_s);
        QCOMPARE(d[u"interactionType"_s].toString(), u"likert"_s);
        const QString description = d[u"description"_s][u"fr"_s].toString();
        QVERIFY2(description.startsWith(u"Place yourself as you usually work at home.\n\n"_s), qPrintable(description));
        QVERIFY2(description.contains(u"feedback: Direct feedback (1) – Indirect feedback (7)"_s),
                 qPrintable(description));
        const QJsonArray points = d[u"scale"_s].toArray();
        QCOMPARE(points.size(), 7);
        QCOMPARE(points[0][u"id"_s].toString(), u"1"_s);
        QCOMPARE(points[6][u"id"_s].toString(), u"7"_s);
        QVERIFY2(!d.contains(u"correctResponsesPattern"_s), "a self-assessment has no right answer");
    }
};

QTEST_GUILESS_MAIN(TestScalesActivity)
#include "tst_scalesactivity.moc"
