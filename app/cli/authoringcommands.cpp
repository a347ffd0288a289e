// SPDX-License-Identifier: Apache-2.0
// Commands for trainers who write modules: validate a module's source, compile it.
#include "command.h"

#include "activities/pluginregistry.h"
#include "modules/modulecompiler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

namespace {

// The options validate and compile share, and what they make of them.
struct SourceOptions
{
    QCommandLineOption strict{u"strict"_s, u"Treat warnings as errors."_s};
    QCommandLineOption glossary{u"glossary"_s,
                                u"Check glossary links against the glossary in <dir> (default: content/glossary of "
                                "the repository the module is in, when there is one)."_s,
                                u"dir"_s};
    QCommandLineOption modulesDir{u"modules-dir"_s,
                                  u"Look for required modules in <dir> (repeatable; the module's own parent folder and "
                                  "the bundled modules are always searched)."_s,
                                  u"dir"_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({strict, glossary, modulesDir, pluginsDirOption()});
    }

    CompileOptions resolve(const QCommandLineParser &parser, const QString &sourceDir,
                           const PluginRegistry &plugins) const
    {
        CompileOptions options = CompileOptions::forSource(sourceDir, &plugins);
        options.strict = parser.isSet(strict);
        options.moduleRoots = parser.values(modulesDir) + options.moduleRoots;
        options.moduleRoots << bundledModulesDir();
        if (parser.isSet(glossary))
            options.glossaryDir = parser.value(glossary);
        return options;
    }
};

// The single positional argument both commands take, or an exit code.
bool sourceFolder(const QCommandLineParser &parser, const QString &command, QString *dir, int *exitCode)
{
    if (parser.positionalArguments().size() != 1) {
        err(u"%1 needs exactly one module source folder."_s.arg(command));
        *exitCode = Usage;
        return false;
    }
    *dir = parser.positionalArguments().constFirst();
    if (!QFileInfo(*dir).isDir()) {
        err(u"%1 is not a folder; give the folder that holds module.yaml."_s.arg(QDir::toNativeSeparators(*dir)));
        *exitCode = IoError;
        return false;
    }
    return true;
}

void loadPlugins(PluginRegistry &registry, const QCommandLineParser &parser)
{
    registry.loadDirectory(pluginDir(parser));
    for (const QString &problem : registry.problems())
        err(problem);
}

QString counts(const CompileResult &result)
{
    return u"%1 error(s), %2 warning(s)"_s.arg(result.count(Diagnostic::Severity::Error))
        .arg(result.count(Diagnostic::Severity::Warning));
}

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SourceOptions source;
    const QCommandLineOption json = jsonOption();
    source.addTo(parser);
    parser.addOption(json);
    parser.addPositionalArgument(u"dir"_s, u"The module's source folder (with module.yaml and lessons/)."_s);
    int code = Ok;
    if (!parseCommand(parser, u"validate"_s,
                      u"Check a module's source and report every problem at its file:line:col."_s, arguments, &code))
        return code;
    QString dir;
    if (!sourceFolder(parser, u"validate"_s, &dir, &code))
        return code;
    PluginRegistry plugins;
    loadPlugins(plugins, parser);
    const CompileResult result = ModuleCompiler(source.resolve(parser, dir, plugins)).compile(dir);

    if (parser.isSet(json)) {
        QJsonArray diagnostics;
        for (const Diagnostic &diagnostic : result.diagnostics)
            diagnostics.append(diagnostic.toJson());
        printJson({{u"source"_s, dir},
                   {u"valid"_s, result.ok()},
                   {u"errors"_s, result.count(Diagnostic::Severity::Error)},
                   {u"warnings"_s, result.count(Diagnostic::Severity::Warning)},
                   {u"diagnostics"_s, diagnostics}});
    } else {
        for (const Diagnostic &diagnostic : result.diagnostics)
            out(diagnostic.toString());
        out(result.ok() ? u"%1: module %2 is valid (%3 warning(s))"_s.arg(dir, result.module->module.id)
                              .arg(result.count(Diagnostic::Severity::Warning))
                        : u"%1: %2"_s.arg(dir, counts(result)));
    }
    return result.ok() ? Ok : Problems;
}

int runCompile(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SourceOptions source;
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"Write module.json and media/ into <dir>."_s, u"dir"_s);
    source.addTo(parser);
    parser.addOption(output);
    parser.addPositionalArgument(u"dir"_s, u"The module's source folder (with module.yaml and lessons/)."_s);
    int code = Ok;
    if (!parseCommand(parser, u"compile"_s,
                      u"Compile a module's source into <output>/module.json and copy the images it shows "
                      "into <output>/media/. Problems are printed as by validate; nothing is written when "
                      "there is an error."_s,
                      arguments, &code))
        return code;
    QString dir;
    if (!sourceFolder(parser, u"compile"_s, &dir, &code))
        return code;
    if (!parser.isSet(output)) {
        err(u"compile needs an output folder: -o <dir>."_s);
        return Usage;
    }
    PluginRegistry plugins;
    loadPlugins(plugins, parser);
    const CompileResult result = ModuleCompiler(source.resolve(parser, dir, plugins)).compile(dir);
    for (const Diagnostic &diagnostic : result.diagnostics)
        std::fputs(qPrintable(diagnostic.toString() + u'\n'), stderr);
    if (!result.ok()) {
        err(u"%1 was not compiled: %2."_s.arg(dir, counts(result)));
        return Problems;
    }
    const QDir target(parser.value(output));
    if (Status s = ModuleCompiler::writeOutput(*result.module, dir, target.path()); !s) {
        err(s.errorMessage());
        return IoError;
    }
    out(u"%1: wrote %2 and %3 media file(s)"_s.arg(dir, QDir::toNativeSeparators(target.filePath(u"module.json"_s)))
            .arg(result.module->mediaFiles.size()));
    return Ok;
}

} // namespace

static const CommandRegistration
    validateCommand({u"validate"_s, u"Check a module's source: every problem at its file:line:col."_s, runValidate});
static const CommandRegistration
    compileCommand({u"compile"_s, u"Compile a module's source into module.json and media/."_s, runCompile});

} // namespace Passerelle::Cli
