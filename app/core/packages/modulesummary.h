// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "modules/module.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Passerelle {

// What the catalogue shows of a module without reading its whole module.json: titles,
// summaries, size and languages. Cached in
// SQLite so that start-up never parses a module that has not changed.
struct ModuleSummary
{
    QString id;
    QString version;
    QStringList languages;
    QString defaultLanguage;
    int minutes = 0;
    int lessonCount = 0;
    QMap<QString, QString> titles;    // language -> title
    QMap<QString, QString> summaries; // language -> summary
    QStringList requiredModules;
    // Where the module came from: "bundled" with the app, or installed from a package
    // "trusted" (signed by a trusted key), "signed" (by a key not trusted here) or "unsigned".
    QString origin;

    static ModuleSummary of(const Module &module);

    QString title(const QString &language) const;
    QString summary(const QString &language) const;

    QJsonObject toJson() const;
    static Expected<ModuleSummary> fromJson(const QJsonObject &json);
};

} // namespace Passerelle
