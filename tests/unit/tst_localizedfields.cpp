// SPDX-License-Identifier: Apache-2.0
#include "activities/localizedfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestLocalizedFields : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }
    static LocalizedFields quizFields()
    {
        return LocalizedFields({u"question"_s, u"options[].text"_s, u"options[].feedback"_s, u"feedback.*"_s});
    }

private slots:
    void validatesPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("valid");
        QTest::newRow("key") << u"question"_s << true;
        QTest::newRow("list field") << u"options[].text"_s << true;
        QTest::newRow("any key") << u"feedback.*"_s << true;
        QTest::newRow("nested lists") << u"rows[][].label"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("concrete index") << u"options[2].text"_s << false;
        QTest::newRow("open bracket") << u"options[.text"_s << false;
        QTest::newRow("double dot") << u"a..b"_s << false;
        QTest::newRow("space") << u"option text"_s << false;
    }

    void validatesPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, valid);
        QCOMPARE(LocalizedFields::isValidPattern(pattern), valid);
    }

    void matchesConcretePaths()
    {
        const LocalizedFields fields = quizFields();
        QVERIFY(fields.contains(u"question"_s));
        QVERIFY(fields.contains(u"options[3].text"_s));
        QVERIFY(fields.contains(u"feedback.partial"_s));
        QVERIFY(!fields.contains(u"options[3].id"_s));
        QVERIFY(!fields.contains(u"options[3].correct"_s));
        QVERIFY(!fields.contains(u"multiple"_s));
        // "feedback.*" names the entries of a mapping, not a plain text field called feedback.
        QVERIFY(!fields.contains(u"feedback"_s));
    }

    void keepsOnlyWhatMustBeEqualAcrossLanguages()
    {
        const QJsonObject config = json(R"({"question": "Q?", "multiple": true,
            "options": [{"id": "a", "text": "A", "correct": true, "feedback": "Yes"},
                        {"id": "b", "text": "B", "feedback": "No"}],
            "feedback": {"correct": "Well done"}})");
        const QJsonObject expected = json(R"({"multiple": true,
            "options": [{"id": "a", "correct": true}, {"id": "b"}], "feedback": {}})");
        QCOMPARE(quizFields().withoutLocalized(config).toObject(), expected);
    }

    void aPatternCoversEverythingBelowIt()
    {
        const LocalizedFields fields({u"texts"_s});
        QVERIFY(fields.contains(u"texts.intro"_s));
        QCOMPARE(fields.withoutLocalized(json(R"({"texts": {"intro": "x"}, "n": 1})")).toObject(), json(R"({"n": 1})"));
    }
};

QTEST_GUILESS_MAIN(TestLocalizedFields)
#include "tst_localizedfields.moc"
