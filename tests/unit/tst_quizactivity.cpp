// SPDX-License-Identifier: Apache-2.0
// The quiz plugin's validation and scoring, through the built plugin as the app loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject option(const QString &id, bool correct, const QString &feedback = u"Because."_s)
{
    return {{u"id"_s, id}, {u"text"_s, QString(u"Option "_s + id)}, {u"correct"_s, correct}, {u"feedback"_s, feedback}};
}

QJsonObject single()
{
    return {{u"question"_s, u"Which one?"_s},
            {u"options"_s, QJsonArray{option(u"a"_s, false), option(u"b"_s, true), option(u"c"_s, false)}},
            {u"feedback"_s, QJsonObject{{u"correct"_s, u"Yes!"_s}, {u"incorrect"_s, u"No."_s}}}};
}

QJsonObject multiple()
{
    return {{u"question"_s, u"Which ones?"_s}, {u"multiple"_s, true},
            {u"options"_s, QJsonArray{option(u"a"_s, true), option(u"b"_s, true), option(u"c"_s, false), option(u"d"_s, false)}}};
}

QJsonObject chose(const QStringList &ids)
{
    return {{u"selected"_s, QJsonArray::fromStringList(ids)}};
}

} // namespace

class TestQuizActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_quiz = nullptr;

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_quiz = m_registry.type(u"quiz"_s);
        QVERIFY2(m_quiz, qPrintable(m_registry.problems().join(u'\n')));
    }

    void acceptsGoodConfigs()
    {
        QVERIFY(m_quiz->validate(single()).isEmpty());
        QVERIFY(m_quiz->validate(multiple()).isEmpty());
    }

    void reportsMalformedConfigsWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");
        auto row = [](const char *name, const QJsonObject &config, const QString &path, const QString &message, bool isError = true) {
            QTest::newRow(name) << QJsonDocument(config).toJson() << path << message << isError;
        };
        QJsonObject c = single();
        c.remove(u"question"_s);
        row("no question", c, u"question"_s, u"the question text is missing"_s);
        c = single();
        c.insert(u"options"_s, u"a, b"_s);
        row("options not a list", c, u"options"_s, u"the list of options is missing"_s);
        c = single();
        c.insert(u"options"_s, QJsonArray{option(u"a"_s, true)});
        row("one option", c, u"options"_s, u"has 1 options; a question needs 2 to 12"_s);
        c = single();
        c.insert(u"options"_s, QJsonArray{option(u"a"_s, true), option(u"a"_s, false)});
        row("duplicate id", c, u"options[1].id"_s, u"option id \"a\" is used twice"_s);
        c = single();
        c.insert(u"options"_s, QJsonArray{option(u"a b"_s, true), option(u"c"_s, false)});
        row("bad id", c, u"options[0].id"_s, u"\"a b\" is not a valid option id"_s);
        c = single();
        c.insert(u"options"_s, QJsonArray{option(u"a"_s, false), option(u"b"_s, false)});
        row("none correct", c, u"options"_s, u"no option is marked correct"_s);
        c = single();
        c.insert(u"options"_s, QJsonArray{option(u"a"_s, true), option(u"b"_s, true)});
        row("two correct in single", c, u"options"_s, u"2 options are marked correct in a single-choice question"_s);
        c = single();
        c.insert(u"multiple"_s, u"yes"_s);
        row("multiple not bool", c, u"multiple"_s, u"must be true or false"_s);
        c = single();
        QJsonArray options = c.value(u"options"_s).toArray();
        QJsonObject noText = options[2].toObject();
        noText.insert(u"text"_s, u""_s);
        options[2] = noText;
        c.insert(u"options"_s, options);
        row("empty text", c, u"options[2].text"_s, u"the option has no text"_s);
        c = single();
        options = c.value(u"options"_s).toArray();
        options[0] = option(u"a"_s, false, QString());
        c.insert(u"options"_s, options);
        row("no feedback is a warning", c, u"options[0].feedback"_s, u"the option has no feedback"_s, false);
    }

    void reportsMalformedConfigsWithTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        const QList<ConfigIssue> issues = m_quiz->validate(QJsonDocument::fromJson(config).object());
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

    void scoresSingleChoice()
    {
        ActivityResult right = m_quiz->evaluate(single(), chose({u"b"_s}));
        QCOMPARE(right.rawScore, 1.0);
        QCOMPARE(right.maxScore, 1.0);
        QVERIFY(right.success);
        QVERIFY(right.completion);
        QCOMPARE(right.xapiResponse, u"b"_s);
        QCOMPARE(right.feedback[u"verdict"_s].toString(), u"correct"_s);
        QCOMPARE(right.feedback[u"message"_s].toString(), u"Yes!"_s);
        QCOMPARE(right.feedback[u"options"_s][u"b"_s][u"correct"_s].toBool(), true);

        ActivityResult wrong = m_quiz->evaluate(single(), chose({u"c"_s}));
        QCOMPARE(wrong.rawScore, 0.0);
        QVERIFY(!wrong.success);
        QVERIFY(wrong.completion);
        QCOMPARE(wrong.feedback[u"verdict"_s].toString(), u"incorrect"_s);
        QCOMPARE(wrong.feedback[u"options"_s][u"c"_s][u"feedback"_s].toString(), u"Because."_s);
        QVERIFY(!wrong.feedback[u"options"_s].toObject().contains(u"b"_s)); // no give-away
    }

    void refusesResponsesThatAreNotAnswers_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("nothing") << QByteArray("{\"selected\": []}");
        QTest::newRow("unknown option") << QByteArray("{\"selected\": [\"z\"]}");
        QTest::newRow("two in single choice") << QByteArray("{\"selected\": [\"a\", \"b\"]}");
        QTest::newRow("duplicate") << QByteArray("{\"selected\": [\"b\", \"b\"]}");
        QTest::newRow("not an object") << QByteArray("[\"b\"]");
    }
    void refusesResponsesThatAreNotAnswers()
    {
        QFETCH(QByteArray, response);
        const QJsonDocument doc = QJsonDocument::fromJson(response);
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const ActivityResult result = m_quiz->evaluate(single(), value);
        QVERIFY(!result.completion);
        QCOMPARE(result.rawScore, 0.0);
        QCOMPARE(result.feedback[u"verdict"_s].toString(), u"invalid"_s);
    }

    void givesPartialCreditForMultipleChoice_data()
    {
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<double>("raw");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QString>("response");
        QTest::newRow("all right") << QStringList{u"b"_s, u"a"_s} << 2.0 << true << u"a[,]b"_s;
        QTest::newRow("one of two") << QStringList{u"a"_s} << 1.0 << false << u"a"_s;
        QTest::newRow("right and wrong cancel") << QStringList{u"a"_s, u"c"_s} << 0.0 << false << u"a[,]c"_s;
        QTest::newRow("both right plus a wrong") << QStringList{u"a"_s, u"b"_s, u"d"_s} << 1.0 << false << u"a[,]b[,]d"_s;
        QTest::newRow("only wrong, floored at zero") << QStringList{u"c"_s, u"d"_s} << 0.0 << false << u"c[,]d"_s;
    }
    void givesPartialCreditForMultipleChoice()
    {
        QFETCH(QStringList, selected);
        QFETCH(double, raw);
        QFETCH(bool, success);
        QFETCH(QString, response);
        const ActivityResult result = m_quiz->evaluate(multiple(), chose(selected));
        QCOMPARE(result.maxScore, 2.0);
        QCOMPARE(result.rawScore, raw);
        QCOMPARE(result.success, success);
        QCOMPARE(result.xapiResponse, response);
    }

    void handlesTrueFalseQuestions()
    {
        const QJsonObject config{{u"question"_s, u"Interpreters should be briefed."_s}, {u"trueFalse"_s, true},
                                 {u"answer"_s, true}, {u"trueFeedback"_s, u"Yes."_s}, {u"falseFeedback"_s, u"No."_s}};
        QVERIFY(m_quiz->validate(config).isEmpty());
        const ActivityResult right = m_quiz->evaluate(config, chose({u"true"_s}));
        QVERIFY(right.success);
        QCOMPARE(right.xapiResponse, u"true"_s);
        QCOMPARE(right.feedback[u"options"_s][u"true"_s][u"feedback"_s].toString(), u"Yes."_s);
        const ActivityResult wrong = m_quiz->evaluate(config, chose({u"false"_s}));
        QVERIFY(!wrong.success);
        QVERIFY(wrong.completion);
        QCOMPARE(wrong.feedback[u"options"_s][u"false"_s][u"feedback"_s].toString(), u"No."_s);
        QVERIFY(!m_quiz->evaluate(config, chose({u"true"_s, u"false"_s})).completion);
        const QJsonObject definition = m_quiz->xapiDefinition(config, u"en"_s);
        QCOMPARE(definition[u"interactionType"_s].toString(), u"true-false"_s);
        QCOMPARE(definition[u"correctResponsesPattern"_s][0].toString(), u"true"_s);

        QJsonObject noAnswer = config;
        noAnswer.remove(u"answer"_s);
        noAnswer.insert(u"options"_s, QJsonArray{option(u"a"_s, true), option(u"b"_s, false)});
        const QList<ConfigIssue> issues = m_quiz->validate(noAnswer);
        QStringList paths;
        for (const ConfigIssue &issue : issues)
            paths << issue.path;
        QVERIFY2(paths.contains(u"answer"_s) && paths.contains(u"options"_s), qPrintable(paths.join(u", "_s)));
    }

    void checksAttemptsAndShuffle_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("maxAttempts 3") << u"maxAttempts"_s << QJsonValue(3) << true;
        QTest::newRow("maxAttempts 0") << u"maxAttempts"_s << QJsonValue(0) << false;
        QTest::newRow("maxAttempts 1.5") << u"maxAttempts"_s << QJsonValue(1.5) << false;
        QTest::newRow("maxAttempts text") << u"maxAttempts"_s << QJsonValue(u"two"_s) << false;
        QTest::newRow("shuffle true") << u"shuffle"_s << QJsonValue(true) << true;
        QTest::newRow("shuffle text") << u"shuffle"_s << QJsonValue(u"yes"_s) << false;
    }
    void checksAttemptsAndShuffle()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QJsonObject config = single();
        config.insert(key, value);
        const QList<ConfigIssue> issues = m_quiz->validate(config);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid)
            QCOMPARE(issues.constFirst().path, key);
    }

    void describesItselfForXapi()
    {
        const QJsonObject definition = m_quiz->xapiDefinition(multiple(), u"fr"_s);
        QCOMPARE(definition[u"interactionType"_s].toString(), u"choice"_s);
        QCOMPARE(definition[u"correctResponsesPattern"_s][0].toString(), u"a[,]b"_s);
        QCOMPARE(definition[u"choices"_s].toArray().size(), 4);
        QCOMPARE(definition[u"choices"_s][2][u"description"_s][u"fr"_s].toString(), u"Option c"_s);
        QCOMPARE(definition[u"description"_s][u"fr"_s].toString(), u"Which ones?"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuizActivity)
#include "tst_quizactivity.moc"
