// SPDX-License-Identifier: Apache-2.0
#include "command.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

static QList<Command> &registry()
{
    static QList<Command> all;
    return all;
}

CommandRegistration::CommandRegistration(Command command)
{
    registry().append(std::move(command));
}

QList<Command> commands()
{
    QList<Command> sorted = registry();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return sorted;
}

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

// Qt's help names the program by its path; a command's help names the command as typed.
static QString commandHelp(const QCommandLineParser &parser, const QString &name)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, program.size(), u"passerelle-cli "_s + name);
    return text;
}

bool parseCommand(QCommandLineParser &parser, const QString &name, const QString &description,
                  const QStringList &arguments, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    QStringList args = arguments;
    args[0] = u"passerelle-cli "_s + name;
    if (!parser.parse(args)) {
        err(parser.errorText());
        std::fputs(qPrintable(commandHelp(parser, name)), stderr);
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(commandHelp(parser, name)), stdout);
        *exitCode = Ok;
        return false;
    }
    return true;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(u"json"_s, u"Print the result as JSON."_s);
}

QCommandLineOption pluginsDirOption()
{
    return QCommandLineOption(u"plugins-dir"_s, u"Load activity types from <dir>."_s, u"dir"_s);
}

static QString besideBinary(const QString &subdir)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../"_s + subdir);
}

QString pluginDir(const QCommandLineParser &parser)
{
    const QString dir = parser.value(u"plugins-dir"_s);
    return dir.isEmpty() ? besideBinary(QStringLiteral(PASSERELLE_PLUGIN_SUBDIR)) : dir;
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(u"data-dir"_s, u"The folder holding Passerelle's progress database (default: the app's data folder)."_s,
                              u"dir"_s);
}

QString dataDir(const QCommandLineParser &parser)
{
    const QString dir = parser.value(u"data-dir"_s);
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

QString bundledModulesDir()
{
    return besideBinary(QStringLiteral(PASSERELLE_MODULES_SUBDIR));
}

} // namespace Passerelle::Cli
