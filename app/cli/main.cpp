// SPDX-License-Identifier: Apache-2.0
// passerelle-cli: Passerelle's tools for trainers and administrators, without a window.
//
// Exit codes: 0 success; 1 the command ran and found problems (invalid module, plugin
// that could not load); 2 wrong usage; 3 an input or output could not be read or written.

#include "activities/pluginregistry.h"
#include "modules/module.h"
#include "packages/modulecatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

enum ExitCode { Ok = 0, Problems = 1, Usage = 2, IoError = 3 };

void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(u"passerelle-cli: "_s + text + u'\n'), stderr);
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

QString besideBinary(const QString &subdir)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../"_s + subdir);
}

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

// Common options every command may take.
struct CommonOptions
{
    QCommandLineOption json{u"json"_s, u"Print the result as JSON."_s};
    QCommandLineOption plugins{u"plugins-dir"_s, u"Load activity types from <dir>."_s, u"dir"_s};
};

// Parses a command's arguments; returns false (and sets the exit code) when it should stop.
bool parseCommand(QCommandLineParser &parser, const QString &name, const QString &description,
                  const QStringList &arguments, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    QStringList args = arguments;
    args[0] = u"passerelle-cli "_s + name;
    if (!parser.parse(args)) {
        err(parser.errorText());
        std::fputs(qPrintable(parser.helpText()), stderr);
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = Ok;
        return false;
    }
    return true;
}

QString pluginDirFrom(const QCommandLineParser &parser, const CommonOptions &common)
{
    const QString dir = parser.value(common.plugins);
    return dir.isEmpty() ? besideBinary(QStringLiteral(PASSERELLE_PLUGIN_SUBDIR)) : dir;
}

int runPlugins(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    parser.addOptions({common.json, common.plugins});
    int code = Ok;
    if (!parseCommand(parser, u"plugins"_s, u"List the activity types that load, and the files that do not."_s, arguments, &code))
        return code;
    PluginRegistry registry;
    registry.loadDirectory(pluginDirFrom(parser, common));
    if (parser.isSet(common.json)) {
        QJsonArray loaded;
        for (const PluginInfo &info : registry.plugins())
            loaded.append(QJsonObject{{u"id"_s, info.id}, {u"version"_s, info.version},
                                      {u"apiVersion"_s, info.apiVersion},
                                      {u"xapiInteractionType"_s, info.xapiInteractionType},
                                      {u"file"_s, info.file}});
        printJson({{u"plugins"_s, loaded}, {u"problems"_s, QJsonArray::fromStringList(registry.problems())}});
    } else {
        for (const PluginInfo &info : registry.plugins())
            out(u"%1 %2 (%3)"_s.arg(info.id, info.version, info.file));
        for (const QString &problem : registry.problems())
            err(problem);
    }
    return registry.problems().isEmpty() ? Ok : Problems;
}

// Checks one compiled module: its structure, and each activity's config by its plugin.
int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    parser.addOptions({common.json, common.plugins});
    parser.addPositionalArgument(u"module"_s, u"A module.json file, or the folder holding it."_s);
    int code = Ok;
    if (!parseCommand(parser, u"check"_s, u"Check a compiled module.json and every activity in it."_s, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(u"check needs exactly one module.json or module folder."_s);
        return Usage;
    }
    QString path = parser.positionalArguments().constFirst();
    if (QFileInfo(path).isDir())
        path = QDir(path).filePath(u"module.json"_s);
    auto module = ModuleLoader::loadFile(path);
    QStringList problems, warnings;
    if (!module) {
        problems << module.errorMessage();
    } else {
        PluginRegistry registry;
        registry.loadDirectory(pluginDirFrom(parser, common));
        for (const QString &language : module->languages) {
            for (const Module::ActivityRef &ref : module->activities(language)) {
                const Block &block = *ref.block;
                const ActivityType *type = registry.type(block.activityType);
                const QString where = u"%1: content.%2, lesson \"%3\", activity \"%4\""_s.arg(path, language, ref.lessonId, block.activityId);
                if (!type) {
                    problems << u"%1: activity type \"%2\" is not installed"_s.arg(where, block.activityType);
                    continue;
                }
                for (const ConfigIssue &issue : type->validate(block.config)) {
                    const QString line = u"%1, field %2: %3%4"_s.arg(where, issue.path, issue.message,
                                                                        issue.hint.isEmpty() ? QString() : u" (hint: "_s + issue.hint + u')');
                    (issue.severity == ConfigIssue::Severity::Error ? problems : warnings) << line;
                }
            }
        }
    }
    if (parser.isSet(common.json)) {
        printJson({{u"module"_s, path}, {u"valid"_s, problems.isEmpty()},
                   {u"errors"_s, QJsonArray::fromStringList(problems)},
                   {u"warnings"_s, QJsonArray::fromStringList(warnings)}});
    } else {
        for (const QString &p : std::as_const(problems))
            out(u"error: "_s + p);
        for (const QString &w : std::as_const(warnings))
            out(u"warning: "_s + w);
        if (problems.isEmpty())
            out(u"%1: %2 is valid (%3 warning(s))"_s.arg(path, module->id).arg(warnings.size()));
    }
    return problems.isEmpty() ? Ok : Problems;
}

int runModules(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    const QCommandLineOption modulesDir(u"modules-dir"_s, u"Read modules from <dir> (repeatable)."_s, u"dir"_s);
    parser.addOptions({common.json, modulesDir});
    int code = Ok;
    if (!parseCommand(parser, u"modules"_s, u"List the modules in the module folders."_s, arguments, &code))
        return code;
    QStringList dirs = parser.values(modulesDir);
    if (dirs.isEmpty())
        dirs << besideBinary(QStringLiteral(PASSERELLE_MODULES_SUBDIR));
    ModuleCatalogue catalogue;
    for (const QString &dir : dirs)
        catalogue.addRoot(dir, true);
    if (parser.isSet(common.json)) {
        QJsonArray modules;
        for (const CatalogueEntry &entry : catalogue.entries())
            modules.append(QJsonObject{{u"id"_s, entry.module->id}, {u"version"_s, entry.module->version},
                                       {u"languages"_s, QJsonArray::fromStringList(entry.module->languages)},
                                       {u"title"_s, entry.module->contentFor(u"en"_s).title},
                                       {u"directory"_s, entry.directory}});
        printJson({{u"modules"_s, modules}, {u"problems"_s, QJsonArray::fromStringList(catalogue.problems())}});
    } else {
        for (const CatalogueEntry &entry : catalogue.entries())
            out(u"%1 %2 [%3] %4"_s.arg(entry.module->id, entry.module->version, entry.module->languages.join(u','),
                                        entry.module->contentFor(u"en"_s).title));
        for (const QString &problem : catalogue.problems())
            err(problem);
    }
    return catalogue.problems().isEmpty() ? Ok : Problems;
}

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {u"check"_s, u"Check a compiled module.json and every activity in it."_s, runCheck},
        {u"modules"_s, u"List the modules in the module folders."_s, runModules},
        {u"plugins"_s, u"List the activity types that load, and the files that do not."_s, runPlugins},
    };
    return all;
}

void printUsage(FILE *stream)
{
    QString text = u"Usage: passerelle-cli <command> [options]\n\nCommands:\n"_s;
    for (const Command &command : commands())
        text += u"  %1  %2\n"_s.arg(command.name.leftJustified(10), command.summary);
    text += u"\nRun \"passerelle-cli <command> --help\" for a command's options.\n"
            "Exit codes: 0 success, 1 problems found, 2 wrong usage, 3 input/output error.\n"_s;
    std::fputs(qPrintable(text), stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"passerelle-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments[1] == u"--help" || arguments[1] == u"-h" || arguments[1] == u"help") {
        printUsage(arguments.size() < 2 ? stderr : stdout);
        return arguments.size() < 2 ? Usage : Ok;
    }
    if (arguments[1] == u"--version") {
        out(u"passerelle-cli "_s + QCoreApplication::applicationVersion());
        return Ok;
    }
    for (const Command &command : commands()) {
        if (command.name == arguments[1])
            return command.run(arguments.mid(1));
    }
    err(u"unknown command \"%1\"."_s.arg(arguments[1]));
    printUsage(stderr);
    return Usage;
}
