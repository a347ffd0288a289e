// SPDX-License-Identifier: Apache-2.0
// A trainer's round trip with the real passerelle-cli: start a module with `new`, check it
// with `validate`, build it with `compile`; and what a broken module looks like to tools
// (`validate --json`) and to people.
#include "modules/module.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestE2eAuthoring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("PASSERELLE_BIN_DIR") + u"/passerelle-cli"_s, arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static QStringList plugins() { return {u"--plugins-dir"_s, qEnvironmentVariable("PASSERELLE_PLUGIN_DIR")}; }
    static QString compilerData() { return qEnvironmentVariable("PASSERELLE_SOURCE_DIR") + u"/tests/data/compiler"_s; }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aNewModuleValidatesCleanly()
    {
        const Run created = cli({u"new"_s, u"intercultural-basics"_s, u"--dir"_s, m_dir.path()});
        QCOMPARE(created.exitCode, 0);
        const QString module = m_dir.filePath(u"intercultural-basics"_s);
        for (const QString &file :
             {u"module.yaml"_s, u"lessons/01-welcome.en.md"_s, u"lessons/01-welcome.fr.md"_s, u"media/bridge.svg"_s})
            QVERIFY2(QFile::exists(module + u'/' + file), qPrintable(file));
        QFile yaml(module + u"/module.yaml"_s);
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QVERIFY(yaml.readAll().contains("id: intercultural-basics\n"));

        const Run validated = cli(QStringList{u"validate"_s, module, u"--strict"_s} + plugins());
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.out + validated.err));
        QCOMPARE(validated.out, module + u": module intercultural-basics is valid (0 warning(s))\n"_s);

        const Run json = cli(QStringList{u"validate"_s, module, u"--json"_s} + plugins());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report[u"valid"_s].toBool(), true);
        QCOMPARE(report[u"diagnostics"_s].toArray().size(), 0);
    }

    void newRefusesAnExistingFolderAndABadId()
    {
        QCOMPARE(cli({u"new"_s, u"twice"_s, u"--dir"_s, m_dir.path()}).exitCode, 0);
        const Run again = cli({u"new"_s, u"twice"_s, u"--dir"_s, m_dir.path()});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
        const Run badId = cli({u"new"_s, u"My Module"_s, u"--dir"_s, m_dir.path()});
        QCOMPARE(badId.exitCode, 2);
        QVERIFY2(badId.err.contains(u"\"My Module\" is not a valid id"_s), qPrintable(badId.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"My Module"_s)));
    }

    void validateJsonListsEveryProblemOfABrokenModule()
    {
        const QString broken = compilerData() + u"/bad/two-errors"_s;
        const Run r =
            cli(QStringList{u"validate"_s, broken, u"--json"_s, u"--glossary"_s, compilerData() + u"/glossary"_s} +
                plugins());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report[u"valid"_s].toBool(), false);
        QCOMPARE(report[u"errors"_s].toInt(), 2);
        QCOMPARE(report[u"warnings"_s].toInt(), 0);
        const QJsonArray diagnostics = report[u"diagnostics"_s].toArray();
        QCOMPARE(diagnostics.size(), 2);
        const QJsonObject first = diagnostics[0].toObject();
        QCOMPARE(first[u"file"_s].toString(), u"lessons/01-intro.en.md"_s);
        QCOMPARE(first[u"line"_s].toInt(), 10);
        QCOMPARE(first[u"column"_s].toInt(), 1);
        QCOMPARE(first[u"severity"_s].toString(), u"error"_s);
        QCOMPARE(first[u"rule"_s].toString(), u"media-missing"_s);
        QVERIFY(!first[u"hint"_s].toString().isEmpty());
        const QJsonObject second = diagnostics[1].toObject();
        QCOMPARE(second[u"file"_s].toString(), u"lessons/02-next.fr.md"_s);
        QCOMPARE(second[u"rule"_s].toString(), u"field-missing"_s);

        // The same run for people: one line per problem, its hint below, a count at the end.
        const Run text = cli(QStringList{u"validate"_s, broken} + plugins());
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.startsWith(u"lessons/01-intro.en.md:10:1: error: the image media/missing.svg does not exist "
                                     "[media-missing]\n  hint: "_s),
                 qPrintable(text.out));
        QVERIFY2(text.out.endsWith(broken + u": 2 error(s), 0 warning(s)\n"_s), qPrintable(text.out));
    }

    void compileWritesModuleJsonAndMediaOnlyWhenValid()
    {
        QVERIFY(cli({u"new"_s, u"to-compile"_s, u"--dir"_s, m_dir.path()}).exitCode == 0);
        const QString out = m_dir.filePath(u"build/to-compile"_s);
        const Run r = cli(QStringList{u"compile"_s, m_dir.filePath(u"to-compile"_s), u"-o"_s, out} + plugins());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        auto module = ModuleLoader::loadFile(out + u"/module.json"_s);
        QVERIFY2(module, qPrintable(module.errorMessage()));
        QCOMPARE(module->id, u"to-compile"_s);
        QCOMPARE(module->languages, (QStringList{u"en"_s, u"fr"_s}));
        QVERIFY(QFile::exists(out + u"/media/bridge.svg"_s));

        const QString brokenOut = m_dir.filePath(u"build/broken"_s);
        const Run broken =
            cli(QStringList{u"compile"_s, compilerData() + u"/bad/two-errors"_s, u"-o"_s, brokenOut} + plugins());
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(u"[media-missing]"_s) && broken.err.contains(u"was not compiled: 2 error(s)"_s),
                 qPrintable(broken.err));
        QVERIFY(!QFileInfo::exists(brokenOut));
    }

    void exitCodesSayWhatWentWrong()
    {
        QCOMPARE(cli({u"validate"_s}).exitCode, 2);
        QCOMPARE(cli({u"validate"_s, u"--no-such-option"_s, m_dir.path()}).exitCode, 2);
        QCOMPARE(cli({u"compile"_s, m_dir.path()}).exitCode, 2); // no -o
        const Run missing = cli({u"validate"_s, m_dir.filePath(u"nothing-here"_s)});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(u"is not a folder"_s), qPrintable(missing.err));
        const Run help = cli({u"validate"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--strict"_s) && help.out.contains(u"--glossary"_s));
    }
};

QTEST_GUILESS_MAIN(TestE2eAuthoring)
#include "tst_e2e_authoring.moc"
