// SPDX-License-Identifier: Apache-2.0
#pragma once

// The commands of passerelle-cli. Each command lives in a file of its own and registers
// itself with a static `CommandRegistration`; main() finds it by name.
//
// Exit codes (docs/cli.md): 0 success; 1 the command ran and found problems (an invalid
// module, a plugin that did not load, a failed verification); 2 wrong usage; 3 a file could
// not be read or written.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Passerelle::Cli {

enum ExitCode { Ok = 0, Problems = 1, Usage = 2, IoError = 3 };

struct Command
{
    QString name;
    QString summary;
    // Receives the arguments from the command name on ("validate", "dir", "--json").
    std::function<int(const QStringList &arguments)> run;
    // Commands that draw (PDF documents) need a QGuiApplication; it runs offscreen.
    bool needsGui = false;
};

// Every registered command, sorted by name.
QList<Command> commands();

struct CommandRegistration
{
    explicit CommandRegistration(Command command);
};

// Output helpers: results to stdout, problems to stderr prefixed with "passerelle-cli: ".
void out(const QString &text);
void err(const QString &text);
void printJson(const QJsonObject &object);

// Parses a command's arguments with --help added. Returns false when the command should
// stop, with *exitCode set (0 after --help, 2 on a usage error, which it prints).
bool parseCommand(QCommandLineParser &parser, const QString &name, const QString &description,
                  const QStringList &arguments, int *exitCode);

// Options several commands share.
QCommandLineOption jsonOption();
QCommandLineOption pluginsDirOption();
// The plugin folder from --plugins-dir, or the one installed beside the binary.
QString pluginDir(const QCommandLineParser &parser);
// The bundled modules folder installed beside the binary.
QString bundledModulesDir();
// --data-dir: the folder holding progress.sqlite; the app's own data folder by default.
QCommandLineOption dataDirOption();
QString dataDir(const QCommandLineParser &parser);

} // namespace Passerelle::Cli
