// SPDX-License-Identifier: Apache-2.0
// The module compiler against golden files in tests/data/compiler:
//   good/<case>/  a module source, expected-module.json (compared byte for byte) and,
//                 when the case has warnings, expected.txt;
//   bad/<case>/   a module source and expected.txt, the exact diagnostics of a run.
// Each expected.txt line is "file:line:col: severity: message [rule]" (hints are left out
// so that rewording a hint does not touch every golden; a few tests below check hints).
// A case folder may hold options.json: {"strict": true} or {"glossary": false}.
//
// To rewrite the goldens after an intended change, run this test once with
// PASSERELLE_UPDATE_GOLDENS=1, review `git diff tests/data/compiler`, and run it again
// without it. While rewriting, the test fails on purpose so that it can never pass that way.
#include "activities/pluginregistry.h"
#include "modules/modulecompiler.h"
#include "modules/moduledescription.h"
#include "modules/sourcetext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestModuleCompiler : public QObject
{
    Q_OBJECT

    PluginRegistry m_plugins;

    static QString dataDir() { return QStringLiteral(COMPILER_TEST_DATA); }
    static bool updatingGoldens() { return qEnvironmentVariableIntValue("PASSERELLE_UPDATE_GOLDENS") == 1; }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    CompileOptions optionsFor(const QString &caseDir) const
    {
        const QJsonObject caseOptions = QJsonDocument::fromJson(read(caseDir + u"/options.json"_s)).object();
        CompileOptions options;
        options.plugins = &m_plugins;
        options.strict = caseOptions.value(u"strict"_s).toBool(false);
        if (caseOptions.value(u"glossary"_s).toBool(true))
            options.glossaryDir = dataDir() + u"/glossary"_s;
        options.moduleRoots = {QFileInfo(caseDir).absolutePath()};
        return options;
    }

    static QString render(const QList<Diagnostic> &diagnostics)
    {
        QString text;
        for (const Diagnostic &d : diagnostics)
            text += d.toString().section(u'\n', 0, 0) + u'\n';
        return text;
    }

    static void addCases(const QString &kind)
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases =
            QDir(dataDir() + u'/' + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(!cases.isEmpty(), qPrintable(u"no cases in "_s + dataDir() + u'/' + kind));
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << dataDir() + u'/' + kind + u'/' + name;
    }

    // Compares with a golden file, or rewrites it when asked to.
    static void compareWithGolden(const QString &goldenPath, const QByteArray &actual)
    {
        if (updatingGoldens()) {
            if (actual.isEmpty())
                QFile::remove(goldenPath);
            else
                write(goldenPath, actual);
            QFAIL(qPrintable(u"rewrote "_s + goldenPath +
                             u"; review it, then run again without PASSERELLE_UPDATE_GOLDENS"_s));
        }
        const QByteArray expected = read(goldenPath);
        if (actual == expected)
            return;
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        qsizetype line = 0;
        while (line < a.size() && line < e.size() && a[line] == e[line])
            ++line;
        QFAIL(
            qPrintable(u"%1 differs from line %2:\n  expected: %3\n  actual:   %4\nall of actual:\n%5"_s.arg(goldenPath)
                           .arg(line + 1)
                           .arg(QString::fromUtf8(e.value(line, "(end)")), QString::fromUtf8(a.value(line, "(end)")),
                                QString::fromUtf8(actual))));
    }

    // A copy of a good case in a temporary folder, named after the module.
    static QString copyCase(const QString &from, const QTemporaryDir &into, const QString &name)
    {
        const QString target = into.filePath(name);
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString copy = target + u'/' + QDir(from).relativeFilePath(file);
            QDir().mkpath(QFileInfo(copy).absolutePath());
            QFile::copy(file, copy);
        }
        return target;
    }

private slots:
    void initTestCase()
    {
        m_plugins.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        QVERIFY2(m_plugins.hasType(u"quiz"_s), "PASSERELLE_PLUGIN_DIR must point at the built plugins");
    }

    void goodSourcesCompileToTheirGoldens_data() { addCases(u"good"_s); }
    void goodSourcesCompileToTheirGoldens()
    {
        QFETCH(QString, dir);
        const CompileResult result = ModuleCompiler(optionsFor(dir)).compile(dir);
        QVERIFY2(result.ok(), qPrintable(render(result.diagnostics)));
        compareWithGolden(dir + u"/expected.txt"_s, render(result.diagnostics).toUtf8());
        compareWithGolden(dir + u"/expected-module.json"_s, result.module->moduleJson);
    }

    void badSourcesReportExactlyTheirGoldens_data() { addCases(u"bad"_s); }
    void badSourcesReportExactlyTheirGoldens()
    {
        QFETCH(QString, dir);
        const CompileResult result = ModuleCompiler(optionsFor(dir)).compile(dir);
        QVERIFY(!result.ok());
        QVERIFY(!result.module);
        QVERIFY(result.count(Diagnostic::Severity::Error) > 0);
        compareWithGolden(dir + u"/expected.txt"_s, render(result.diagnostics).toUtf8());
    }

    void sameSourceGivesSameBytesWherever()
    {
        const QString full = dataDir() + u"/good/full"_s;
        const CompileResult first = ModuleCompiler(optionsFor(full)).compile(full);
        const CompileResult second = ModuleCompiler(optionsFor(full)).compile(full);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second.module->moduleJson, first.module->moduleJson);
        // Nothing of the source's location leaks into the output.
        QTemporaryDir elsewhere;
        const QString copy = copyCase(full, elsewhere, u"full"_s);
        CompileOptions options = optionsFor(full);
        const CompileResult moved = ModuleCompiler(options).compile(copy);
        QVERIFY2(moved.ok(), qPrintable(render(moved.diagnostics)));
        QCOMPARE(moved.module->moduleJson, first.module->moduleJson);
    }

    void keepsWhatTheAppNeeds()
    {
        const QString full = dataDir() + u"/good/full"_s;
        const CompileResult result = ModuleCompiler(optionsFor(full)).compile(full);
        QVERIFY(result.ok());
        const Module &m = result.module->module;
        QCOMPARE(result.module->mediaFiles, QStringList{u"media/iceberg.svg"_s});
        QCOMPARE(m.defaultLanguage, u"fr"_s);
        QCOMPARE(m.minutes, 25);
        QCOMPARE(m.requiredPlugins.value(u"quiz"_s), u">=1.0"_s);
        QCOMPARE(m.completion.requiredActivities, QStringList{u"iceberg-check"_s});
        const Lesson &iceberg = m.content.value(u"en"_s).lessons.at(0);
        QCOMPARE(iceberg.pages.size(), 2);
        QCOMPARE(iceberg.pages.at(0).title, u"Above and below the surface"_s);
        QCOMPARE(iceberg.pages.at(1).title, QString());
        const Block &quiz = iceberg.pages.at(1).blocks.at(0);
        QCOMPARE(quiz.kind, Block::Kind::Activity);
        QCOMPARE(quiz.config.value(u"options"_s)[1][u"correct"_s], QJsonValue(true));
        QVERIFY(!quiz.config.contains(u"type"_s) && !quiz.config.contains(u"id"_s));
        // Only the terms a language links to, in that language.
        QCOMPARE(m.content.value(u"fr"_s).glossary.keys(), QStringList{u"iceberg-model"_s});
        QCOMPARE(m.content.value(u"fr"_s).glossary.value(u"iceberg-model"_s).term, u"Modèle de l'iceberg"_s);
    }

    void withoutAGlossarySaysLinksAreUnchecked()
    {
        const QString full = dataDir() + u"/good/full"_s;
        CompileOptions options = optionsFor(full);
        options.glossaryDir.clear();
        const CompileResult result = ModuleCompiler(options).compile(full);
        QVERIFY(result.ok());
        QCOMPARE(render(result.diagnostics),
                 u"lessons/01-iceberg.en.md:8:5: warning: glossary links are not checked: no glossary folder was "
                 "given [glossary-unchecked]\n"_s);
    }

    void withoutPluginsEveryActivityIsUnknown()
    {
        const QString full = dataDir() + u"/good/full"_s;
        CompileOptions options = optionsFor(full);
        options.plugins = nullptr;
        const CompileResult result = ModuleCompiler(options).compile(full);
        QVERIFY(!result.ok());
        QCOMPARE(result.count(Diagnostic::Severity::Error), 4); // two activities in two languages
        QCOMPARE(result.diagnostics.at(0).rule, u"activity-type-unknown"_s);
        QCOMPARE(result.diagnostics.at(0).hint, u"no activity type is installed: check the plugin folder"_s);
    }

    void formatsDiagnosticsForPeopleAndTools()
    {
        const Diagnostic d{Diagnostic::Severity::Warning,
                           {u"lessons/02-x.fr.md"_s, 14, 5},
                           u"media-alt-missing"_s,
                           u"the image media/a.svg has no alt text"_s,
                           u"describe it"_s};
        QCOMPARE(d.toString(), u"lessons/02-x.fr.md:14:5: warning: the image media/a.svg has no alt text "
                               "[media-alt-missing]\n  hint: describe it"_s);
        const QJsonObject json = d.toJson();
        QCOMPARE(json.value(u"line"_s).toInt(), 14);
        QCOMPARE(json.value(u"column"_s).toInt(), 5);
        QCOMPARE(json.value(u"severity"_s).toString(), u"warning"_s);
        const Diagnostic whole{Diagnostic::Severity::Error, {u"module.yaml"_s}, u"module-yaml-missing"_s, u"m"_s, {}};
        QCOMPARE(whole.toString(), u"module.yaml: error: m [module-yaml-missing]"_s);
    }

    void hintsSayWhatToDo()
    {
        const QString dir = dataDir() + u"/good/warnings"_s;
        const CompileResult result = ModuleCompiler(optionsFor(dir)).compile(dir);
        QVERIFY(result.ok());
        QStringList hints;
        for (const Diagnostic &d : result.diagnostics)
            hints << d.rule + u": "_s + d.hint;
        QVERIFY2(
            hints.contains(u"requires-plugin-missing: add it to module.yaml: requires: {plugins: {quiz: \">=1.0\"}}, "
                           "so that Passerelle can tell learners which plugin the module needs"_s),
            qPrintable(hints.join(u'\n')));
        QVERIFY2(hints.contains(u"field-unknown: did you mean \"licence\"?"_s), qPrintable(hints.join(u'\n')));
    }

    void theDocumentedExampleCompilesCleanly()
    {
        const QString source = qEnvironmentVariable("PASSERELLE_SOURCE_DIR");
        const QString example = source + u"/docs/examples/working-with-interpreters"_s;
        CompileOptions options;
        options.strict = true;
        options.plugins = &m_plugins;
        options.glossaryDir = source + u"/content/glossary"_s;
        options.moduleRoots = {source + u"/modules"_s};
        const CompileResult result = ModuleCompiler(options).compile(example);
        QVERIFY2(result.ok() && result.diagnostics.isEmpty(), qPrintable(render(result.diagnostics)));

        // docs/authoring.md shows the same files, so what trainers copy is what is tested.
        const QString guide = QString::fromUtf8(read(source + u"/docs/authoring.md"_s));
        QDirIterator it(example, QDir::Files, QDirIterator::Subdirectories);
        int shown = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(u".svg"_s))
                continue;
            const QString text = QString::fromUtf8(read(file)).trimmed();
            QVERIFY2(guide.contains(text), qPrintable(file + u" is not shown verbatim in docs/authoring.md"_s));
            ++shown;
        }
        QCOMPARE(shown, 5);
    }

    void schemasKnowTheSameFieldsAsTheCompiler()
    {
        const QString schemas = qEnvironmentVariable("PASSERELLE_SOURCE_DIR") + u"/content/schema/"_s;
        QHash<QString, QStringList> properties;
        for (const QString &file : {u"module.schema.json"_s, u"lesson-front-matter.schema.json"_s,
                                    u"glossary.schema.json"_s, u"activities/quiz.schema.json"_s}) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(read(schemas + file), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(file + u": "_s + error.errorString()));
            QStringList keys = doc.object().value(u"properties"_s).toObject().keys();
            keys.sort();
            properties.insert(file, keys);
        }
        QStringList known = ModuleDescription::knownFields();
        known.sort();
        QCOMPARE(properties.value(u"module.schema.json"_s), known);
        QCOMPARE(properties.value(u"lesson-front-matter.schema.json"_s),
                 (QStringList{u"id"_s, u"minutes"_s, u"title"_s}));
        QCOMPARE(properties.value(u"glossary.schema.json"_s), QStringList{u"terms"_s});
        QCOMPARE(properties.value(u"activities/quiz.schema.json"_s),
                 (QStringList{u"feedback"_s, u"id"_s, u"multiple"_s, u"options"_s, u"question"_s, u"type"_s}));
    }

    void refusesFilesTooLargeToBeLessons()
    {
        QTemporaryDir dir;
        const QString source = copyCase(dataDir() + u"/good/minimal"_s, dir, u"minimal"_s);
        QByteArray huge = "---\nid: only\ntitle: Huge\nminutes: 1\n---\n";
        huge += QByteArray(SourceText::MaxBytes, 'a');
        write(source + u"/lessons/1-only.en.md"_s, huge);
        const CompileResult result = ModuleCompiler(optionsFor(source)).compile(source);
        QVERIFY(!result.ok());
        QCOMPARE(
            render(result.diagnostics),
            u"lessons/1-only.en.md: error: the file is 1025 KiB; a source file may have at most 1024 KiB [file-too-large]\n"_s);
    }

    void scansPathologicalLinesInLinearTime()
    {
        // Lines built to make a backtracking pattern quadratic: each must still be read at once.
        QTemporaryDir dir;
        const QString source = copyCase(dataDir() + u"/good/minimal"_s, dir, u"minimal"_s);
        QByteArray lesson = "---\nid: only\ntitle: Brackets\nminutes: 1\n---\n## " + QByteArray(200'000, ' ') + "x\n\n";
        lesson += QByteArray(200'000, '[') + "](glossary:x\n\n";
        lesson += "!" + QByteArray(200'000, '[') + "](media/x.svg\n\n";
        lesson += QByteArray(100'000, ' ') + "text\n";
        write(source + u"/lessons/1-only.en.md"_s, lesson);
        const CompileResult result = ModuleCompiler(optionsFor(source)).compile(source);
        QVERIFY2(result.ok(), qPrintable(render(result.diagnostics)));
        QCOMPARE(result.module->module.content.value(u"en"_s).lessons.at(0).pages.at(0).title, u"x"_s);
    }

    void survivesManyPagesAndFences()
    {
        // Large but legal: 4,000 pages, and a lesson that opens fences it never closes.
        QTemporaryDir dir;
        const QString source = copyCase(dataDir() + u"/good/minimal"_s, dir, u"minimal"_s);
        QByteArray pages = "---\nid: only\ntitle: Many\nminutes: 1\n---\n";
        for (int i = 0; i < 4000; ++i)
            pages += "Page text.\n---page---\n";
        pages += "```\n```activity\n~~~\nlast\n";
        write(source + u"/lessons/1-only.en.md"_s, pages);
        const CompileResult result = ModuleCompiler(optionsFor(source)).compile(source);
        QVERIFY(!result.ok());
        QCOMPARE(
            render(result.diagnostics),
            u"lessons/1-only.en.md:8006:1: error: this code block is not closed before the end of the page [fence-unclosed]\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestModuleCompiler)
#include "tst_modulecompiler.moc"
