// SPDX-License-Identifier: Apache-2.0
// Search across the bundled modules, compiled as the app installs them: titles, lesson
// text and glossary, in English and in French, with accents and case ignored.
#include "modules/module.h"
#include "modules/modulesearch.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestModuleSearch : public QObject
{
    Q_OBJECT

    ModuleSearchIndex m_index;

    static bool anyHit(const QList<SearchHit> &hits, const std::function<bool(const SearchHit &)> &pred)
    {
        return std::any_of(hits.cbegin(), hits.cend(), pred);
    }

private slots:
    void initTestCase()
    {
        const QDir modules(qEnvironmentVariable("PASSERELLE_MODULES_DIR"));
        for (const QString &id : {u"cultural-agility"_s, u"getting-started"_s}) {
            auto module = ModuleLoader::loadFile(modules.filePath(id + u"/module.json"_s));
            QVERIFY2(module, qPrintable(module.errorMessage()));
            m_index.add(*module);
        }
    }

    void foldIgnoresCaseAndAccents()
    {
        QCOMPARE(ModuleSearchIndex::fold(u"Interprète À l’ÉCOLE"_s), u"interprete a l'ecole"_s);
    }

    void plainTextDropsMarkdown()
    {
        QCOMPARE(ModuleSearchIndex::plainText(u"## A *very* [partner](glossary:partner) **text**\n> quote"_s),
                 u"A very partner text quote"_s);
    }

    void findsAModuleByItsTitleFirst()
    {
        const QList<SearchHit> hits = m_index.search(u"across cultures"_s, u"en"_s);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().moduleId, u"cultural-agility"_s);
        QCOMPARE(hits.first().kind, SearchHit::Kind::Module);
    }

    void findsLessonTextWithWhereToOpen()
    {
        const QList<SearchHit> hits = m_index.search(u"Bishkek"_s, u"en"_s);
        QVERIFY(!hits.isEmpty());
        const SearchHit &hit = hits.first();
        QCOMPARE(hit.kind, SearchHit::Kind::Page);
        QCOMPARE(hit.moduleId, u"cultural-agility"_s);
        QVERIFY(hit.lessonIndex >= 0 && hit.pageIndex >= 0);
        QVERIFY2(hit.snippet.contains(u"Bishkek"_s), qPrintable(hit.snippet));
        QVERIFY(!hit.snippet.contains(u"**"_s));
    }

    void findsGlossaryTermsInEachLanguage()
    {
        QVERIFY(anyHit(m_index.search(u"cultural agility"_s, u"en"_s), [](const SearchHit &h) {
            return h.kind == SearchHit::Kind::Glossary && h.title == u"Cultural agility"_s;
        }));
        // French, typed without the accent.
        QVERIFY(anyHit(m_index.search(u"agilite culturelle"_s, u"fr"_s), [](const SearchHit &h) {
            return h.kind == SearchHit::Kind::Glossary && h.title == u"Agilité culturelle"_s;
        }));
    }

    void searchesOnlyTheRequestedLanguage()
    {
        const QList<SearchHit> fr = m_index.search(u"travailler efficacement"_s, u"fr"_s);
        QVERIFY(!fr.isEmpty());
        QCOMPARE(fr.first().moduleTitle, u"Travailler efficacement à travers les cultures"_s);
        QVERIFY(m_index.search(u"travailler efficacement"_s, u"en"_s).isEmpty());
    }

    void aModuleWithoutTheLanguageIsSearchedInItsDefault()
    {
        ModuleSearchIndex index;
        Module english;
        english.id = u"english-only"_s;
        english.languages = {u"en"_s};
        english.defaultLanguage = u"en"_s;
        english.content[u"en"_s].title = u"Field notes"_s;
        index.add(english);
        const QList<SearchHit> hits = index.search(u"field notes"_s, u"fr"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().moduleId, u"english-only"_s);
        // The bilingual modules answer only in the language asked for.
        QVERIFY(m_index.search(u"working effectively"_s, u"fr"_s).isEmpty());
    }

    void everyWordMustMatch()
    {
        QVERIFY(!m_index.search(u"interpreter"_s, u"en"_s).isEmpty());
        QVERIFY(m_index.search(u"interpreter zzqx"_s, u"en"_s).isEmpty());
        QVERIFY(m_index.search(u"   "_s, u"en"_s).isEmpty());
    }

    void addingAgainReplacesTheModule()
    {
        const qsizetype before = m_index.search(u"passerelle"_s, u"en"_s).size();
        auto module = ModuleLoader::loadFile(QDir(qEnvironmentVariable("PASSERELLE_MODULES_DIR"))
                                                 .filePath(u"getting-started/module.json"_s));
        QVERIFY(module);
        m_index.add(*module);
        QCOMPARE(m_index.search(u"passerelle"_s, u"en"_s).size(), before);
    }
};

QTEST_GUILESS_MAIN(TestModuleSearch)
#include "tst_modulesearch.moc"
