// SPDX-License-Identifier: Apache-2.0
// Commands that change or list the installed modules: install, uninstall, list.
#include "command.h"

#include "activities/pluginregistry.h"
#include "packages/packageinstaller.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

int exitCodeFor(const Error &error); // packagecommands.cpp

namespace {

QCommandLineOption modulesRootOption()
{
    return QCommandLineOption(u"modules-root"_s, u"Installed modules live in <dir> (default: the app's data folder/modules)."_s, u"dir"_s);
}

QString modulesRoot(const QCommandLineParser &parser)
{
    const QString dir = parser.value(u"modules-root"_s);
    return dir.isEmpty() ? PackageInstaller::defaultModulesRoot() : dir;
}

QJsonObject moduleJson(const InstalledModule &m)
{
    return {{u"id"_s, m.id}, {u"version"_s, m.version}, {u"directory"_s, m.directory},
            {u"signed"_s, m.isSigned}, {u"trusted"_s, m.trusted}, {u"keyId"_s, m.keyId}};
}

QString outcomeName(InstallResult::Outcome outcome)
{
    switch (outcome) {
    case InstallResult::Outcome::Installed: return u"installed"_s;
    case InstallResult::Outcome::Upgraded: return u"upgraded"_s;
    case InstallResult::Outcome::Downgraded: return u"downgraded"_s;
    case InstallResult::Outcome::Reinstalled: return u"reinstalled"_s;
    case InstallResult::Outcome::AlreadyInstalled: return u"already-installed"_s;
    }
    return {};
}

int runInstall(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption force(u"force"_s, u"Install an older version, or the same version again."_s);
    const QCommandLineOption requireSignature(u"require-signature"_s, u"Refuse packages not signed by a trusted key."_s);
    const QCommandLineOption trusted(u"trusted"_s, u"Folder of trusted public keys (*.pub); default: the app's trusted-keys folder."_s, u"dir"_s);
    parser.addOptions({json, force, requireSignature, trusted, modulesRootOption(), pluginsDirOption()});
    parser.addPositionalArgument(u"package"_s, u"The package to install (.ptm)."_s);
    int code = Ok;
    if (!parseCommand(parser, u"install"_s, u"Install a package, all or nothing."_s, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(u"install needs exactly one package."_s);
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile()) {
        err(u"%1 is not a file."_s.arg(path));
        return IoError;
    }
    PluginRegistry registry;
    registry.loadDirectory(pluginDir(parser));
    InstallOptions options;
    options.force = parser.isSet(force);
    options.requireSignature = parser.isSet(requireSignature);
    options.trustedKeysDir = parser.value(trusted);
    options.plugins = &registry;
    auto result = PackageInstaller(modulesRoot(parser)).install(path, options);
    if (parser.isSet(json)) {
        QJsonObject o{{u"package"_s, path}, {u"ok"_s, result.ok()}, {u"error"_s, result.errorMessage()}};
        if (result) {
            o.insert(u"outcome"_s, outcomeName(result->outcome));
            o.insert(u"message"_s, result->message);
            o.insert(u"previousVersion"_s, result->previousVersion);
            o.insert(u"module"_s, moduleJson(result->module));
        }
        printJson(o);
    } else if (result) {
        out(result->message);
    }
    if (!result) {
        if (!parser.isSet(json))
            err(result.errorMessage());
        return exitCodeFor(result.error());
    }
    return Ok;
}

int runUninstall(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOptions({json, modulesRootOption()});
    parser.addPositionalArgument(u"id"_s, u"The id of the module to remove."_s);
    int code = Ok;
    if (!parseCommand(parser, u"uninstall"_s, u"Remove an installed module (every version of it)."_s, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(u"uninstall needs exactly one module id."_s);
        return Usage;
    }
    const QString id = parser.positionalArguments().constFirst();
    const Status removed = PackageInstaller(modulesRoot(parser)).uninstall(id);
    if (parser.isSet(json))
        printJson({{u"id"_s, id}, {u"ok"_s, removed.ok()}, {u"error"_s, removed.errorMessage()}});
    else if (removed)
        out(u"Removed module \"%1\"."_s.arg(id));
    if (!removed) {
        if (!parser.isSet(json))
            err(removed.errorMessage());
        return exitCodeFor(removed.error());
    }
    return Ok;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOptions({json, modulesRootOption()});
    int code = Ok;
    if (!parseCommand(parser, u"list"_s, u"List the installed modules, their version and signature."_s, arguments, &code))
        return code;
    const QList<InstalledModule> modules = PackageInstaller(modulesRoot(parser)).installed();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const InstalledModule &m : modules)
            array.append(moduleJson(m));
        printJson({{u"modulesRoot"_s, modulesRoot(parser)}, {u"modules"_s, array}});
        return Ok;
    }
    for (const InstalledModule &m : modules) {
        const QString mark = m.trusted ? u"signed by trusted key %1"_s.arg(m.keyId)
                             : m.isSigned ? u"signed by untrusted key %1"_s.arg(m.keyId) : u"unsigned"_s;
        out(u"%1 %2 (%3)"_s.arg(m.id, m.version, mark));
    }
    if (modules.isEmpty())
        out(u"No modules installed in %1."_s.arg(modulesRoot(parser)));
    return Ok;
}

} // namespace

static const CommandRegistration installCommand({u"install"_s, u"Install a package, all or nothing."_s, runInstall});
static const CommandRegistration uninstallCommand({u"uninstall"_s, u"Remove an installed module."_s, runUninstall});
static const CommandRegistration listCommand(
    {u"list"_s, u"List the installed modules, their version and signature."_s, runList});

} // namespace Passerelle::Cli
