// SPDX-License-Identifier: Apache-2.0
// Glossary terms and media files named inside activity configs (plugin.json's
// glossaryFields and mediaFields): the compiler checks them at their line, embeds the
// terms' entries per language and ships the files, as it does for links and images in
// the Markdown. Uses the real plugins (flashcards, media) and the repository's glossary.
#include "activities/pluginregistry.h"
#include "modules/modulecompiler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray lesson(const QByteArray &language, const QByteArray &title, const QByteArray &src, const QByteArray &terms)
{
    return "---\nid: practice\ntitle: " + title + "\nminutes: 3\n---\n## " + title +
           "\n\nSome text.\n\n"
           "```activity\n"
           "type: flashcards\n"
           "id: terms\n"
           "glossaryTerms: [" +
           terms +
           "]\n"
           "```\n\n"
           "```activity\n"
           "type: media\n"
           "id: recording\n"
           "kind: audio\n"
           "src: " +
           src + "\ntranscript: Words in " + language + ".\n```\n";
}

QString render(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

} // namespace

class TestActivityReferences : public QObject
{
    Q_OBJECT

    PluginRegistry m_plugins;
    QTemporaryDir m_dir;

    QString makeModule(const QByteArray &src, const QByteArray &terms)
    {
        const QString root = m_dir.path() + u"/refs-"_s + QString::number(++m_count) + u"/practice"_s;
        write(root + u"/module.yaml"_s, "id: practice\nversion: 1.0.0\nlanguages: [en, fr]\n"
                                        "title: {en: Practice, fr: Pratique}\n"
                                        "requires: {plugins: {flashcards: \">=1.0\", media: \">=1.0\"}}\n");
        write(root + u"/lessons/01-practice.en.md"_s, lesson("English", "Practice", src, terms));
        write(root + u"/lessons/01-practice.fr.md"_s, lesson("French", "Pratique", src, terms));
        write(root + u"/media/tone.wav"_s, "RIFF....WAVE");
        return root;
    }
    CompileResult compile(const QString &root, bool strict = true) const
    {
        CompileOptions options;
        options.strict = strict;
        options.plugins = &m_plugins;
        options.glossaryDir = qEnvironmentVariable("PASSERELLE_SOURCE_DIR") + u"/content/glossary"_s;
        return ModuleCompiler(options).compile(root);
    }
    int m_count = 0;

private slots:
    void initTestCase()
    {
        m_plugins.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        QVERIFY2(m_plugins.hasType(u"flashcards"_s) && m_plugins.hasType(u"media"_s),
                 qPrintable(m_plugins.problems().join(u'\n')));
        QCOMPARE(m_plugins.info(u"flashcards"_s)->glossaryFields, QStringList{u"glossaryTerms"_s});
        QCOMPARE(m_plugins.info(u"media"_s)->mediaFields, (QStringList{u"src"_s, u"poster"_s}));
    }

    void embedsTheTermsAndShipsTheFiles()
    {
        const CompileResult result = compile(makeModule("media/tone.wav", "power-distance, face"));
        QVERIFY2(result.ok() && result.diagnostics.isEmpty(), qPrintable(render(result.diagnostics)));
        QCOMPARE(result.module->mediaFiles, QStringList{u"media/tone.wav"_s});
        const QMap<QString, GlossaryEntry> en = result.module->module.content.value(u"en"_s).glossary;
        const QMap<QString, GlossaryEntry> fr = result.module->module.content.value(u"fr"_s).glossary;
        QCOMPARE(en.keys(), (QStringList{u"face"_s, u"power-distance"_s}));
        QCOMPARE(en.value(u"power-distance"_s).term, u"Power distance"_s);
        QCOMPARE(fr.value(u"power-distance"_s).term, u"Distance hiérarchique"_s);
        QVERIFY(result.module->moduleJson.contains("\"Distance hi\xc3\xa9rarchique\""));
    }

    void anUnknownTermIsAnErrorAtItsLine()
    {
        const CompileResult result = compile(makeModule("media/tone.wav", "power-distance, no-such-term"));
        QVERIFY(!result.ok());
        const QString text = render(result.diagnostics);
        // Line 13 of each lesson file is "glossaryTerms: [power-distance, no-such-term]": column 33
        // is the unknown id itself.
        QVERIFY2(text.contains(u"lessons/01-practice.en.md:13:33:"_s) &&
                     text.contains(
                         u"error: glossary term \"no-such-term\" is not in the glossary [glossary-unknown-term]"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"lessons/01-practice.fr.md:13:33:"_s), qPrintable(text));
    }

    void aMissingFileIsAnErrorAtItsLine()
    {
        const CompileResult result = compile(makeModule("media/missing.wav", "face"));
        QVERIFY(!result.ok());
        const QString text = render(result.diagnostics);
        // Line 20 is "src: media/missing.wav".
        QVERIFY2(text.contains(u"lessons/01-practice.en.md:20:"_s) &&
                     text.contains(u"error: the file media/missing.wav does not exist [media-missing]"_s),
                 qPrintable(text));
        // The file that is there and named by nothing is reported as unused.
        QVERIFY2(text.contains(u"media/tone.wav: error: no lesson shows this file [media-unused]"_s), qPrintable(text));
    }

    // The plugin refuses a path that leaves media/; the compiler does not say it twice.
    void aPathThePluginRefusedIsReportedOnce()
    {
        const CompileResult result = compile(makeModule("../outside.wav", "face"), false);
        QVERIFY(!result.ok());
        int aboutSrc = 0;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.location.file.endsWith(u".en.md"_s) && d.message.contains(u"outside.wav"_s))
                ++aboutSrc;
        }
        QVERIFY2(aboutSrc == 1, qPrintable(render(result.diagnostics)));
    }
};

QTEST_GUILESS_MAIN(TestActivityReferences)
#include "tst_activityreferences.moc"
