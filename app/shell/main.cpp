// SPDX-License-Identifier: Apache-2.0
#include "shellapplication.h"

#include <QGuiApplication>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(PasserellePlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    Passerelle::ShellApplication::describeApplication();
    QString usageError;
    int exitCode = -1;
    const Passerelle::ShellOptions options =
        Passerelle::ShellOptions::parse(QCoreApplication::arguments(), &usageError, &exitCode);
    if (exitCode >= 0) {
        if (!usageError.isEmpty())
            std::fputs(qPrintable(usageError), stderr);
        return exitCode;
    }
    Passerelle::ShellApplication shell(options);
    return shell.exec();
}
