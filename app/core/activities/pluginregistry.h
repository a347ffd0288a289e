// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activities/activitytype.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QPluginLoader;

namespace Passerelle {

// What a plugin says about itself in its plugin.json, read before its library is loaded.
struct PluginInfo
{
    QString file;
    QString id;
    QString version;
    QString compatVersion;
    int apiVersion = 0;
    QString xapiInteractionType;
    QJsonObject name;        // per language: {"en": "Quiz", "fr": "Quiz"}
    QJsonObject description; // per language
    // JSON paths of the config fields that hold translatable text ("options[].text",
    // "feedback.*"). Everything else in a config must be the same in every language.
    QStringList localizedFields;
    // Config fields that name terms of the shared glossary (a term id, or a list of them):
    // the compiler checks them and embeds their entries in the module, as it does for
    // [text](glossary:id) links ("glossaryTerms").
    QStringList glossaryFields;
    // Config fields that name files of the module's media/ folder: the compiler checks them
    // and ships the files with the module, as it does for images in lessons ("src").
    QStringList mediaFields;

    QString displayName(const QString &language) const;
};

// Finds activity-type plugins in folders, checks their metadata, loads the compatible ones
// and hands out their ActivityType. A plugin that cannot be used is reported and skipped:
// one bad file never stops the others from loading.
class PluginRegistry
{
public:
    PluginRegistry();
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry &) = delete;
    PluginRegistry &operator=(const PluginRegistry &) = delete;

    // Loads every plugin file in `directory`. Returns the number loaded.
    int loadDirectory(const QString &directory);
    // Loads one file. On failure returns false and records the reason in problems().
    bool loadFile(const QString &filePath);

    const ActivityType *type(const QString &typeId) const;
    const PluginInfo *info(const QString &typeId) const;
    QList<PluginInfo> plugins() const; // sorted by id
    bool hasType(const QString &typeId) const { return type(typeId) != nullptr; }

    // One sentence per file that was skipped, naming the file and the reason.
    QStringList problems() const { return m_problems; }

private:
    struct Entry
    {
        PluginInfo info;
        std::unique_ptr<QPluginLoader> loader;
        ActivityType *type = nullptr;
    };

    void reject(const QString &filePath, const QString &reason);

    std::map<QString, Entry> m_entries;
    QStringList m_problems;
};

} // namespace Passerelle
