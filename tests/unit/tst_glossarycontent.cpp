// SPDX-License-Identifier: Apache-2.0
// The repository's shared glossary (content/glossary), as the compiler reads it: it loads
// without a single diagnostic, has the terms the flashcards and the modules rely on, in
// English and French, with short definitions and French typography.
#include "modules/glossary.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestGlossaryContent : public QObject
{
    Q_OBJECT

    Glossary m_glossary;

private slots:
    void initTestCase()
    {
        const QString source = qEnvironmentVariable("PASSERELLE_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "PASSERELLE_SOURCE_DIR is not set");
        Diagnostics diagnostics;
        m_glossary = Glossary::load(QDir(source).filePath(u"content/glossary"_s), source, diagnostics);
        QStringList problems;
        for (const Diagnostic &d : diagnostics.list())
            problems << d.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void hasAtLeastFortyTerms() { QVERIFY2(m_glossary.size() >= 40, QByteArray::number(m_glossary.size())); }

    // The terms the cultural-agility and training modules are built on.
    void coversTheModelsTheModulesTeach_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id :
             {"high-context-communication", "low-context-communication", "power-distance", "individualism-collectivism",
              "masculinity-femininity", "uncertainty-avoidance", "long-term-orientation", "indulgence-restraint",
              "culture-map-scales", "universalism-particularism", "monochronic-time", "polychronic-time", "dmis",
              "deardorff-process-model", "culture-assimilator", "isomorphic-attribution", "consecutive-interpreting",
              "simultaneous-interpreting", "interpreter-briefing", "ownership", "demand-driven-support",
              "needs-assessment", "learning-objective", "session-plan", "cascade-training", "kirkpatrick-levels",
              // kept from the first glossary: modules already link to these
              "capacity-development", "cultural-agility", "migration-governance", "partner-institution",
              "peer-to-peer-mission"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void coversTheModelsTheModulesTeach()
    {
        QFETCH(QString, id);
        QVERIFY2(m_glossary.find(id), qPrintable(id));
    }

    void everyTermIsInEnglishAndFrenchInOneOrTwoSentences()
    {
        // A sentence ends at . ? or ! before a capital; "Edward T. Hall" is not two sentences.
        static const QRegularExpression sentenceEnd(u"(?<!\\b[A-Z])[.?!]\\s+(?=[A-ZÀ-ÝÉ«“])"_s);
        for (const QString &id : m_glossary.ids()) {
            const GlossaryTerm *term = m_glossary.find(id);
            for (const QString &language : {u"en"_s, u"fr"_s}) {
                const QString where = id + u' ' + language;
                QVERIFY2(term->languages.contains(language), qPrintable(where + u": missing"_s));
                const GlossaryEntry entry = term->languages.value(language);
                QVERIFY2(!entry.term.trimmed().isEmpty(), qPrintable(where));
                const qsizetype sentences = entry.definition.split(sentenceEnd).size();
                QVERIFY2(sentences <= 2, qPrintable(where + u": %1 sentences"_s.arg(sentences)));
                QVERIFY2(entry.definition.endsWith(u'.') || entry.definition.endsWith(u'?'), qPrintable(where));
            }
            QVERIFY2(term->languages.value(u"en"_s).definition != term->languages.value(u"fr"_s).definition,
                     qPrintable(id + u": the French definition is the English one"_s));
        }
    }

    // French as it is printed: typographic apostrophes, a no-break space before : ; ? ! and
    // inside « », never an ordinary space that could leave a colon alone at a line start.
    void frenchFollowsFrenchTypography()
    {
        static const QRegularExpression looseSpace(u" [:;?!»]|« "_s);
        static const QRegularExpression gluedPunctuation(u"[^\\s\u00a0\u202f][:;?!»](\\s|$)"_s);
        for (const QString &id : m_glossary.ids()) {
            const GlossaryEntry entry = m_glossary.find(id)->languages.value(u"fr"_s);
            for (const QString &text : {entry.term, entry.definition}) {
                QVERIFY2(!text.contains(u'\''), qPrintable(id + u": straight apostrophe in \""_s + text + u'"'));
                QVERIFY2(!looseSpace.match(text).hasMatch(),
                         qPrintable(id + u": ordinary space in \""_s + text + u'"'));
                const auto glued = gluedPunctuation.match(text);
                QVERIFY2(!glued.hasMatch(), qPrintable(id + u": no space before \""_s + glued.captured() + u'"'));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGlossaryContent)
#include "tst_glossarycontent.moc"
