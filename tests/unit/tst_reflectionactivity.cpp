// SPDX-License-Identifier: Apache-2.0
// The reflection plugin's validation and evaluation (completion, word counts), through the
// built plugin as the app loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject prompt(const QString &id, const QString &text, int minWords = 0)
{
    QJsonObject o{{u"id"_s, id}, {u"text"_s, text}};
    if (minWords > 0)
        o.insert(u"minWords"_s, minWords);
    return o;
}

QJsonObject config()
{
    return {{u"intro"_s, u"Think back to your last mission."_s},
            {u"prompts"_s, QJsonArray{prompt(u"surprise"_s, u"What surprised you?"_s, 5),
                                      prompt(u"change"_s, u"What will you do differently?"_s)}}};
}

QJsonObject answered(const QJsonObject &answers)
{
    return {{u"answers"_s, answers}};
}

} // namespace

class TestReflectionActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_reflection = nullptr;

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_reflection = m_registry.type(u"reflection"_s);
        QVERIFY2(m_reflection, qPrintable(m_registry.problems().join(u'\n')));
    }

    void declaresItselfInItsMetadata()
    {
        const PluginInfo *info = m_registry.info(u"reflection"_s);
        QVERIFY(info);
        QCOMPARE(info->version, u"1.0.0"_s);
        QCOMPARE(info->apiVersion, 1);
        QCOMPARE(info->xapiInteractionType, u"long-fill-in"_s);
        QCOMPARE(info->displayName(u"fr"_s), u"Réflexion"_s);
        QCOMPARE(m_reflection->viewUrl(), QUrl(u"qrc:/activities/reflection/View.qml"_s));
    }

    void acceptsAGoodConfig()
    {
        QList<ConfigIssue> issues = m_reflection->validate(config());
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).path + u": "_s + issues.value(0).message));
        QJsonObject full{{u"prompts"_s, QJsonArray{}}};
        QJsonArray six;
        for (int i = 0; i < 6; ++i) {
            QJsonObject p = prompt(u"p%1"_s.arg(i), u"Question %1?"_s.arg(i), 2000);
            p.insert(u"placeholder"_s, u"For example…"_s);
            six.append(p);
        }
        full.insert(u"prompts"_s, six);
        issues = m_reflection->validate(full);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).path + u": "_s + issues.value(0).message));
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
        auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject c = config();
            c.insert(key, value);
            return c;
        };
        auto withPrompt = [](int index, const QJsonValue &value) {
            QJsonObject c = config();
            QJsonArray prompts = c.value(u"prompts"_s).toArray();
            prompts[index] = value;
            c.insert(u"prompts"_s, prompts);
            return c;
        };
        auto withField = [&withPrompt](int index, const QString &key, const QJsonValue &value) {
            QJsonObject p = config().value(u"prompts"_s).toArray()[index].toObject();
            if (value.isUndefined())
                p.remove(key);
            else
                p.insert(key, value);
            return withPrompt(index, p);
        };

        QJsonObject c = config();
        c.remove(u"prompts"_s);
        row("no prompts", c, u"prompts"_s, u"the list of prompts is missing"_s,
            u"add \"prompts:\" with 1 to 6 questions, each with an id and a text"_s);
        row("prompts a text", with(u"prompts"_s, u"What surprised you?"_s), u"prompts"_s,
            u"the list of prompts is missing"_s);
        row("no prompt in the list", with(u"prompts"_s, QJsonArray()), u"prompts"_s,
            u"has 0 prompts; a reflection needs 1 to 6"_s, u"add at least one question under \"prompts:\""_s);
        QJsonArray seven;
        for (int i = 0; i < 7; ++i)
            seven.append(prompt(u"p%1"_s.arg(i), u"Question %1?"_s.arg(i)));
        row("seven prompts", with(u"prompts"_s, seven), u"prompts"_s, u"has 7 prompts; a reflection needs 1 to 6"_s,
            u"keep the six questions that matter most, or split them into two reflections"_s);
        row("prompt not a mapping", withPrompt(1, u"What will you change?"_s), u"prompts[1]"_s,
            u"a prompt must be a mapping with id and text"_s,
            u"write it as \"- id: surprise\" with \"text: ...\" on the next line"_s);
        row("prompt without id", withField(1, u"id"_s, QJsonValue::Undefined), u"prompts[1].id"_s,
            u"the prompt has no id"_s, u"add \"id:\" with 1 to 32 letters, digits, \"-\" or \"_\""_s);
        row("numeric id", withField(1, u"id"_s, 2), u"prompts[1].id"_s, u"the id must be text"_s);
        row("invalid id", withField(1, u"id"_s, u"what next"_s), u"prompts[1].id"_s,
            u"\"what next\" is not a valid prompt id"_s);
        row("duplicate id", withField(1, u"id"_s, u"surprise"_s), u"prompts[1].id"_s,
            u"prompt id \"surprise\" is already used by prompts[0]"_s,
            u"give every prompt its own id: the learner's answers are kept by id"_s);
        row("no text", withField(0, u"text"_s, QJsonValue::Undefined), u"prompts[0].text"_s,
            u"the prompt has no text"_s, u"add \"text:\" with the question the learner answers"_s);
        row("blank text", withField(0, u"text"_s, u" \n"_s), u"prompts[0].text"_s, u"the prompt has no text"_s);
        row("placeholder not text", withField(0, u"placeholder"_s, 1), u"prompts[0].placeholder"_s, u"must be text"_s,
            u"a placeholder is a short example shown in the empty answer box"_s);
        row("minWords zero", withField(0, u"minWords"_s, 0), u"prompts[0].minWords"_s,
            u"must be a whole number from 1 to 2000"_s,
            u"the number of words you suggest, such as 40; leave it out to suggest none"_s);
        row("minWords a fraction", withField(0, u"minWords"_s, 12.5), u"prompts[0].minWords"_s,
            u"must be a whole number from 1 to 2000"_s);
        row("minWords too large", withField(0, u"minWords"_s, 2001), u"prompts[0].minWords"_s,
            u"must be a whole number from 1 to 2000"_s);
        row("minWords text", withField(0, u"minWords"_s, u"40"_s), u"prompts[0].minWords"_s,
            u"must be a whole number from 1 to 2000"_s);
        row("intro not text", with(u"intro"_s, QJsonObject()), u"intro"_s, u"must be text"_s);
        row("maxAttempts text", with(u"maxAttempts"_s, u"3"_s), u"maxAttempts"_s,
            u"must be a whole number of at least 1"_s);
    }

    void reportsMalformedConfigsWithTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const QList<ConfigIssue> issues = m_reflection->validate(QJsonDocument::fromJson(config).object());
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
        const QJsonObject c{{u"intro"_s, 1},
                            {u"prompts"_s, QJsonArray{prompt(u"a"_s, u""_s), prompt(u"a"_s, u"Why?"_s)}}};
        QStringList paths;
        for (const ConfigIssue &issue : m_reflection->validate(c))
            paths << issue.path;
        QCOMPARE(paths, (QStringList{u"intro"_s, u"prompts[0].text"_s, u"prompts[1].id"_s}));
    }

    void completesWhenEveryPromptHasText()
    {
        const QString surprise = u"How long the opening took.\n\nAnd how much it mattered."_s;
        const ActivityResult r = m_reflection->evaluate(
            config(), answered({{u"surprise"_s, surprise}, {u"change"_s, u"Plan time for it."_s}}));
        QVERIFY(r.completion);
        QVERIFY(r.success);
        QCOMPARE(r.rawScore, 0.0);
        QCOMPARE(r.maxScore, 0.0);
        QCOMPARE(r.xapiResponse, surprise + u"[,]Plan time for it."_s);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"complete"_s);
        QCOMPARE(r.feedback[u"words"_s][u"surprise"_s].toInt(), 10);
        QCOMPARE(r.feedback[u"words"_s][u"change"_s].toInt(), 4);
        QCOMPARE(r.feedback[u"empty"_s].toArray(), QJsonArray());
        QCOMPARE(r.feedback[u"short"_s].toArray(), QJsonArray());
    }

    void aShortAnswerStillCountsButIsNamed()
    {
        const ActivityResult r = m_reflection->evaluate(
            config(), answered({{u"surprise"_s, u"The\u00a0speech."_s}, {u"change"_s, u"Plan."_s}}));
        QVERIFY(r.completion);
        // A no-break space separates words too.
        QCOMPARE(r.feedback[u"words"_s][u"surprise"_s].toInt(), 2);
        QCOMPARE(r.feedback[u"short"_s].toArray(), QJsonArray{u"surprise"_s});
    }

    void aBlankAnswerIsNotComplete()
    {
        const ActivityResult r =
            m_reflection->evaluate(config(), answered({{u"surprise"_s, u"The length."_s}, {u"change"_s, u"  \n "_s}}));
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"incomplete"_s);
        QCOMPARE(r.feedback[u"empty"_s].toArray(), QJsonArray{u"change"_s});
        const ActivityResult missing = m_reflection->evaluate(config(), answered({{u"change"_s, u"Plan."_s}}));
        QVERIFY(!missing.completion);
        QCOMPARE(missing.feedback[u"empty"_s].toArray(), QJsonArray{u"surprise"_s});
        QCOMPARE(missing.xapiResponse, u"[,]Plan."_s);
    }

    void keepsTheResponseSeparatorOutOfAnswers()
    {
        const ActivityResult r =
            m_reflection->evaluate(config(), answered({{u"surprise"_s, u"a[,]b"_s}, {u"change"_s, u"c"_s}}));
        QCOMPARE(r.xapiResponse, u"a[ ,]b[,]c"_s);
    }

    void refusesResponsesThatAreNotAnswers_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("not an object") << QByteArray(R"(["text"])");
        QTest::newRow("no answers") << QByteArray(R"({"texts": {"surprise": "x"}})");
        QTest::newRow("answers a list") << QByteArray(R"({"answers": ["x", "y"]})");
        QTest::newRow("unknown prompt") << QByteArray(R"({"answers": {"surprise": "x", "other": "y"}})");
        QTest::newRow("answer not text") << QByteArray(R"({"answers": {"surprise": 4}})");
        const QByteArray tooLong = "{\"answers\": {\"surprise\": \"" + QByteArray(20001, 'x') + "\"}}";
        QTest::newRow("answer too long") << tooLong;
    }
    void refusesResponsesThatAreNotAnswers()
    {
        QFETCH(QByteArray, response);
        const QJsonDocument doc = QJsonDocument::fromJson(response);
        QVERIFY(!doc.isNull());
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const ActivityResult r = m_reflection->evaluate(config(), value);
        QVERIFY(!r.completion);
        QVERIFY(!r.success);
        QCOMPARE(r.feedback[u"verdict"_s].toString(), u"invalid"_s);
        QVERIFY(r.xapiResponse.isEmpty());
    }

    void describesTheQuestionsNotTheAnswersForXapi()
    {
        const QJsonObject d = m_reflection->xapiDefinition(config(), u"en"_s);
        QCOMPARE(d[u"interactionType"_s].toString(), u"long-fill-in"_s);
        QCOMPARE(d[u"description"_s][u"en"_s].toString(),
                 u"Think back to your last mission.\n\nWhat surprised you?\n\nWhat will you do differently?"_s);
        QVERIFY(!d.contains(u"correctResponsesPattern"_s));
    }
};

QTEST_GUILESS_MAIN(TestReflectionActivity)
#include "tst_reflectionactivity.moc"
