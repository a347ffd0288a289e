// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/diagnostic.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Passerelle {

class PluginRegistry;
struct LessonSource;

// Proves that a module's languages are translations of one another: the same lessons in the
// same order, the same pages, the same activities in the same places, and the same answer
// keys. Only text may differ, and which config fields are text is what each activity type's
// plugin declares ("localizedFields" in its plugin.json).
class LanguageParity
{
public:
    // One lesson file name stem ("02-iceberg") and its file in each language, if any.
    struct LessonFiles
    {
        QString stem;
        QMap<QString, const LessonSource *> byLanguage;
    };

    // `reference` is the language the others are compared with (the module's default).
    // Without `plugins`, answer keys cannot be told from text and are not compared.
    LanguageParity(const QStringList &languages, const QString &reference, const PluginRegistry *plugins);

    void check(const QList<LessonFiles> &lessons, Diagnostics &diagnostics) const;

private:
    void checkLesson(const LessonSource &reference, const LessonSource &other, Diagnostics &diagnostics) const;
    void checkPage(const LessonSource &reference, const LessonSource &other, qsizetype page,
                   Diagnostics &diagnostics) const;

    QStringList m_languages;
    QString m_reference;
    const PluginRegistry *m_plugins;
};

} // namespace Passerelle
