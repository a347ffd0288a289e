// SPDX-License-Identifier: Apache-2.0
// The critical-incident plugin's validation and scoring, through the built plugin as the app
// loads it.
#include "activities/pluginregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject explanation(const QString &id, const QString &rating)
{
    return {{u"id"_s, id},
            {u"text"_s, QString(u"Explanation "_s + id)},
            {u"rating"_s, rating},
            {u"feedback"_s, QString(u"Feedback on "_s + id)}};
}

// b is the best explanation; a and d are plausible, c is poor.
QJsonObject incident()
{
    return {{u"episode"_s, u"At the opening of the workshop, the director spoke for forty minutes."_s},
            {u"question"_s, u"Why did the director speak for so long?"_s},
            {u"explanations"_s, QJsonArray{explanation(u"a"_s, u"plausible"_s), explanation(u"b"_s, u"best"_s),
                                           explanation(u"c"_s, u"poor"_s), explanation(u"d"_s, u"plausible"_s)}}};
}

QJsonObject chose(const QStringList &ids)
{
    return {{u"choices"_s, QJsonArray::fromStringList(ids)}};
}

QJsonObject withExplanations(QJsonArray explanations)
{
    QJsonObject c = incident();
    c.insert(u"explanations"_s, explanations);
    return c;
}

QJsonObject withExplanationField(qsizetype index, const QString &field, const QJsonValue &value)
{
    QJsonArray explanations = incident().value(u"explanations"_s).toArray();
    QJsonObject e = explanations[index].toObject();
    if (value.isUndefined())
        e.remove(field);
    else
        e.insert(field, value);
    explanations[index] = e;
    return withExplanations(explanations);
}

} // namespace

class TestIncidentActivity : public QObject
{
    Q_OBJECT

    PluginRegistry m_registry;
    const ActivityType *m_incident = nullptr;

private slots:
    void initTestCase()
    {
        m_registry.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_incident = m_registry.type(u"incident"_s);
        QVERIFY2(m_incident, qPrintable(m_registry.problems().join(u'\n')));
        const PluginInfo *info = m_registry.info(u"incident"_s);
        QCOMPARE(info->xapiInteractionType, u"choice"_s);
        QCOMPARE(info->name[u"fr"_s].toString(), u"Incident critique"_s);
    }

    void acceptsGoodConfigs()
    {
        QCOMPARE(m_incident->validate(incident()).size(), 0);
        QJsonObject illustrated = incident();
        illustrated.insert(u"image"_s, u"media/workshop/opening.svg"_s);
        illustrated.insert(u"imageAlt"_s, u"A long table, the director standing at its head."_s);
        QCOMPARE(m_incident->validate(illustrated).size(), 0);
        QJsonArray five = incident().value(u"explanations"_s).toArray();
        five.append(explanation(u"e"_s, u"poor"_s));
        QCOMPARE(m_incident->validate(withExplanations(five)).size(), 0);
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
        QJsonObject c = incident();
        c.remove(u"episode"_s);
        row("no episode", c, u"episode"_s, u"the episode is missing"_s);
        c = incident();
        c.insert(u"episode"_s, u"   "_s);
        row("blank episode", c, u"episode"_s, u"the episode is missing"_s);
        c = incident();
        c.insert(u"question"_s, 42);
        row("question not text", c, u"question"_s, u"the question is missing"_s);
        c = incident();
        c.insert(u"image"_s, u"media/opening.png"_s);
        row("image without alt", c, u"imageAlt"_s, u"the image has no text alternative"_s);
        c.insert(u"imageAlt"_s, u"The room."_s);
        c.insert(u"image"_s, u"../secrets/opening.png"_s);
        row("image outside media", c, u"image"_s,
            u"\"../secrets/opening.png\" is not a path inside the module's media folder"_s);
        c.insert(u"image"_s, u"media/../../opening.png"_s);
        row("image climbing out", c, u"image"_s,
            u"\"media/../../opening.png\" is not a path inside the module's media folder"_s);
        c.insert(u"image"_s, u"https://example.org/opening.png"_s);
        row("remote image", c, u"image"_s,
            u"\"https://example.org/opening.png\" is not a path inside the module's media folder"_s);
        c = incident();
        c.insert(u"imageAlt"_s, u"The room."_s);
        row("alt without image", c, u"imageAlt"_s, u"there is a text alternative but no image"_s, false);
        c = incident();
        c.insert(u"explanations"_s, u"a, b, c, d"_s);
        row("explanations not a list", c, u"explanations"_s, u"the list of explanations is missing"_s);
        row("three explanations",
            withExplanations(
                {explanation(u"a"_s, u"best"_s), explanation(u"b"_s, u"poor"_s), explanation(u"c"_s, u"poor"_s)}),
            u"explanations"_s, u"has 3 explanations; an incident needs 4 to 5"_s);
        QJsonArray six = incident().value(u"explanations"_s).toArray();
        six.append(explanation(u"e"_s, u"poor"_s));
        six.append(explanation(u"f"_s, u"poor"_s));
        row("six explanations", withExplanations(six), u"explanations"_s,
            u"has 6 explanations; an incident needs 4 to 5"_s);
        row("no best",
            withExplanations({explanation(u"a"_s, u"plausible"_s), explanation(u"b"_s, u"poor"_s),
                              explanation(u"c"_s, u"poor"_s), explanation(u"d"_s, u"plausible"_s)}),
            u"explanations"_s, u"no explanation is rated \"best\""_s);
        row("two best",
            withExplanations({explanation(u"a"_s, u"best"_s), explanation(u"b"_s, u"poor"_s),
                              explanation(u"c"_s, u"best"_s), explanation(u"d"_s, u"plausible"_s)}),
            u"explanations"_s, u"2 explanations are rated \"best\" (\"a\", \"c\"); exactly one must be"_s);
        row("duplicate id", withExplanationField(3, u"id"_s, u"a"_s), u"explanations[3].id"_s,
            u"explanation id \"a\" is used twice"_s);
        row("bad id", withExplanationField(0, u"id"_s, u"a b"_s), u"explanations[0].id"_s,
            u"\"a b\" is not a valid explanation id"_s);
        row("no text", withExplanationField(2, u"text"_s, QJsonValue::Undefined), u"explanations[2].text"_s,
            u"the explanation has no text"_s);
        row("unknown rating", withExplanationField(0, u"rating"_s, u"good"_s), u"explanations[0].rating"_s,
            u"\"good\" is not a rating"_s);
        row("no feedback", withExplanationField(3, u"feedback"_s, u""_s), u"explanations[3].feedback"_s,
            u"the explanation has no feedback"_s);
        QJsonArray notObject = incident().value(u"explanations"_s).toArray();
        notObject[1] = u"the best one"_s;
        row("explanation not a mapping", withExplanations(notObject), u"explanations[1]"_s,
            u"an explanation must be a mapping with id, text, rating and feedback"_s);
    }

    void reportsMalformedConfigsWithTheirPath()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        const QList<ConfigIssue> issues = m_incident->validate(QJsonDocument::fromJson(config).object());
        QStringList seen;
        for (const ConfigIssue &issue : issues) {
            seen << issue.path + u": "_s + issue.message;
            if (issue.path == path && issue.message == message) {
                QCOMPARE(issue.severity == ConfigIssue::Severity::Error, isError);
                QVERIFY2(!issue.hint.isEmpty(), "an issue says what to do");
                return;
            }
        }
        QFAIL(qPrintable(u"expected \"%1: %2\", got: %3"_s.arg(path, message, seen.join(u" | "_s))));
    }

    void scoresTheFirstChoice_data()
    {
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<double>("raw");
        QTest::addColumn<bool>("success");
        QTest::addColumn<bool>("completion");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("best at once") << QStringList{u"b"_s} << 1.0 << true << true << u"best-first"_s;
        QTest::newRow("plausible, still looking") << QStringList{u"a"_s} << 0.5 << false << false << u"searching"_s;
        QTest::newRow("poor, still looking") << QStringList{u"c"_s} << 0.0 << false << false << u"searching"_s;
        QTest::newRow("plausible then best") << QStringList{u"d"_s, u"b"_s} << 0.5 << false << true << u"best-later"_s;
        QTest::newRow("poor then plausible then best")
            << QStringList{u"c"_s, u"a"_s, u"b"_s} << 0.0 << false << true << u"best-later"_s;
        QTest::newRow("plausible, poor, still looking")
            << QStringList{u"a"_s, u"c"_s} << 0.5 << false << false << u"searching"_s;
    }
    void scoresTheFirstChoice()
    {
        QFETCH(QStringList, choices);
        QFETCH(double, raw);
        QFETCH(bool, success);
        QFETCH(bool, completion);
        QFETCH(QString, verdict);
        const ActivityResult result = m_incident->evaluate(incident(), chose(choices));
        QCOMPARE(result.maxScore, 1.0);
        QCOMPARE(result.rawScore, raw);
        QCOMPARE(result.success, success);
        QCOMPARE(result.completion, completion);
        QCOMPARE(result.xapiResponse, choices.first());
        QCOMPARE(result.feedback[u"verdict"_s].toString(), verdict);
        QCOMPARE(result.feedback[u"choices"_s].toArray(), QJsonArray::fromStringList(choices));
    }

    void revealsFeedbackOnlyForWhatWasChosenUntilTheBestIsFound()
    {
        const ActivityResult searching = m_incident->evaluate(incident(), chose({u"c"_s, u"a"_s}));
        const QJsonObject shown = searching.feedback[u"explanations"_s].toObject();
        QCOMPARE(shown.keys(), (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(shown[u"c"_s][u"rating"_s].toString(), u"poor"_s);
        QCOMPARE(shown[u"c"_s][u"feedback"_s].toString(), u"Feedback on c"_s);
        QCOMPARE(shown[u"c"_s][u"order"_s].toInt(), 1);
        QCOMPARE(shown[u"a"_s][u"order"_s].toInt(), 2);

        const ActivityResult found = m_incident->evaluate(incident(), chose({u"c"_s, u"a"_s, u"b"_s}));
        const QJsonObject all = found.feedback[u"explanations"_s].toObject();
        QCOMPARE(all.keys(), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(all[u"b"_s][u"rating"_s].toString(), u"best"_s);
        QCOMPARE(all[u"b"_s][u"chosen"_s].toBool(), true);
        QCOMPARE(all[u"d"_s][u"chosen"_s].toBool(), false);
        QCOMPARE(all[u"d"_s][u"order"_s].toInt(), 0);
        QCOMPARE(all[u"d"_s][u"feedback"_s].toString(), u"Feedback on d"_s);
    }

    void refusesResponsesThatAreNotASearch_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("nothing chosen") << QByteArray(R"({"choices": []})");
        QTest::newRow("unknown explanation") << QByteArray(R"({"choices": ["z"]})");
        QTest::newRow("same one twice") << QByteArray(R"({"choices": ["a", "a"]})");
        QTest::newRow("going on after the best") << QByteArray(R"({"choices": ["b", "a"]})");
        QTest::newRow("not a list") << QByteArray(R"({"choices": "b"})");
        QTest::newRow("ids that are not text") << QByteArray(R"({"choices": [1, 2]})");
        QTest::newRow("a quiz response") << QByteArray(R"({"selected": ["b"]})");
        QTest::newRow("not an object") << QByteArray(R"(["b"])");
    }
    void refusesResponsesThatAreNotASearch()
    {
        QFETCH(QByteArray, response);
        const QJsonDocument doc = QJsonDocument::fromJson(response);
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const ActivityResult result = m_incident->evaluate(incident(), value);
        QVERIFY(!result.completion);
        QVERIFY(!result.success);
        QCOMPARE(result.rawScore, 0.0);
        QCOMPARE(result.feedback[u"verdict"_s].toString(), u"invalid"_s);
        QVERIFY(!result.feedback.contains(u"explanations"_s));
    }

    void describesItselfForXapi()
    {
        const QJsonObject definition = m_incident->xapiDefinition(incident(), u"fr"_s);
        QCOMPARE(definition[u"interactionType"_s].toString(), u"choice"_s);
        QCOMPARE(definition[u"correctResponsesPattern"_s].toArray(), QJsonArray{u"b"_s});
        QCOMPARE(definition[u"choices"_s].toArray().size(), 4);
        QCOMPARE(definition[u"choices"_s][3][u"id"_s].toString(), u"d"_s);
        QCOMPARE(definition[u"choices"_s][3][u"description"_s][u"fr"_s].toString(), u"Explanation d"_s);
        QCOMPARE(definition[u"description"_s][u"fr"_s].toString(), u"Why did the director speak for so long?"_s);
    }

    void namesItsView() { QCOMPARE(m_incident->viewUrl(), QUrl(u"qrc:/activities/incident/View.qml"_s)); }
};

QTEST_GUILESS_MAIN(TestIncidentActivity)
#include "tst_incidentactivity.moc"
