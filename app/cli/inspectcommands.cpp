// SPDX-License-Identifier: Apache-2.0
// Commands that look at what is installed: plugins, modules, and a compiled module.json.
#include "command.h"

#include "activities/pluginregistry.h"
#include "modules/module.h"
#include "packages/modulecatalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

namespace {

int runPlugins(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOptions({json, pluginsDirOption()});
    int code = Ok;
    if (!parseCommand(parser, u"plugins"_s, u"List the activity types that load, and the files that do not."_s, arguments, &code))
        return code;
    PluginRegistry registry;
    registry.loadDirectory(pluginDir(parser));
    if (parser.isSet(json)) {
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
    const QCommandLineOption json = jsonOption();
    parser.addOptions({json, pluginsDirOption()});
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
        registry.loadDirectory(pluginDir(parser));
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
    if (parser.isSet(json)) {
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
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption modulesDir(u"modules-dir"_s, u"Read modules from <dir> (repeatable)."_s, u"dir"_s);
    parser.addOptions({json, modulesDir});
    int code = Ok;
    if (!parseCommand(parser, u"modules"_s, u"List the modules in the module folders."_s, arguments, &code))
        return code;
    QStringList dirs = parser.values(modulesDir);
    if (dirs.isEmpty())
        dirs << bundledModulesDir();
    ModuleCatalogue catalogue;
    for (const QString &dir : dirs)
        catalogue.addRoot(dir, true);
    if (parser.isSet(json)) {
        QJsonArray modules;
        for (const CatalogueEntry &entry : catalogue.entries())
            modules.append(QJsonObject{{u"id"_s, entry.summary.id}, {u"version"_s, entry.summary.version},
                                       {u"languages"_s, QJsonArray::fromStringList(entry.summary.languages)},
                                       {u"title"_s, entry.summary.title(u"en"_s)},
                                       {u"directory"_s, entry.directory}});
        printJson({{u"modules"_s, modules}, {u"problems"_s, QJsonArray::fromStringList(catalogue.problems())}});
    } else {
        for (const CatalogueEntry &entry : catalogue.entries())
            out(u"%1 %2 [%3] %4"_s.arg(entry.summary.id, entry.summary.version, entry.summary.languages.join(u','),
                                        entry.summary.title(u"en"_s)));
        for (const QString &problem : catalogue.problems())
            err(problem);
    }
    return catalogue.problems().isEmpty() ? Ok : Problems;
}

} // namespace

static const CommandRegistration checkCommand(
    {u"check"_s, u"Check a compiled module.json and every activity in it."_s, runCheck});
static const CommandRegistration modulesCommand(
    {u"modules"_s, u"List the modules in the module folders."_s, runModules});
static const CommandRegistration pluginsCommand(
    {u"plugins"_s, u"List the activity types that load, and the files that do not."_s, runPlugins});

} // namespace Passerelle::Cli
