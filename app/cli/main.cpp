// SPDX-License-Identifier: Apache-2.0
// passerelle-cli: Passerelle's tools for trainers and administrators, without a window.
// Each command is in a file of its own (see command.h); this file only dispatches.
#include "command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Passerelle::Cli;

static void printUsage(FILE *stream)
{
    QString text = u"Usage: passerelle-cli <command> [options]\n\nCommands:\n"_s;
    for (const Command &command : commands())
        text += u"  %1  %2\n"_s.arg(command.name.leftJustified(18), command.summary);
    text += u"\nRun \"passerelle-cli <command> --help\" for a command's options.\n"
            "Exit codes: 0 success, 1 problems found, 2 wrong usage, 3 input/output error.\n"_s;
    std::fputs(qPrintable(text), stream);
}

static const Command *findCommand(const char *name)
{
    static QList<Command> all = commands();
    for (const Command &command : all) {
        if (command.name == QLatin1StringView(name))
            return &command;
    }
    return nullptr;
}

int main(int argc, char *argv[])
{
    // Only commands that draw pay for a GUI application, and it never needs a display.
    const Command *requested = argc > 1 ? findCommand(argv[1]) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (requested && requested->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"Passerelle"_s);
    QCoreApplication::setApplicationName(u"passerelle"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(stderr);
        return Usage;
    }
    const QString name = arguments[1];
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(stdout);
        return Ok;
    }
    if (name == u"--version") {
        out(u"passerelle-cli "_s + QCoreApplication::applicationVersion());
        return Ok;
    }
    if (requested)
        return requested->run(arguments.mid(1));
    err(u"unknown command \"%1\"."_s.arg(name));
    printUsage(stderr);
    return Usage;
}
