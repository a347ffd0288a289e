// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/diagnostic.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Passerelle {

class YamlDocument;

// What a module's module.yaml says about it: identity, languages, texts per language,
// requirements and the completion rule. Read field by field so that every problem is
// reported at its line, and the fields that are right are still used.
struct ModuleDescription
{
    QString id;
    QString version;
    QStringList languages;
    QString defaultLanguage;
    QMap<QString, QString> title;    // language -> text
    QMap<QString, QString> summary;  // language -> text; may be empty
    QMap<QString, QString> audience; // language -> text; may be empty
    QStringList authors;
    QString licence;
    std::optional<int> minutes; // when absent, the lessons' minutes are added up
    QStringList tags;
    QMap<QString, QString> requiredPlugins; // type -> ">=1.0"
    QStringList requiredModules;
    bool allActivities = true;
    QStringList requiredActivities;
    double passMark = 0.0;

    static const QStringList &knownFields();
    static ModuleDescription read(const YamlDocument &document, Diagnostics &diagnostics);
};

} // namespace Passerelle
