// SPDX-License-Identifier: Apache-2.0
#include "activities/pluginregistry.h"

#include "activities/localizedfields.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace Passerelle {

QString PluginInfo::displayName(const QString &language) const
{
    const QString localized = name.value(language).toString();
    if (!localized.isEmpty())
        return localized;
    const QString english = name.value(u"en"_s).toString();
    return english.isEmpty() ? id : english;
}

PluginRegistry::PluginRegistry() = default;

PluginRegistry::~PluginRegistry()
{
    // Plugins stay loaded for the life of the process: QML views from their resources may
    // still be referenced by an engine being torn down after us.
    for (auto &[id, entry] : m_entries)
        (void)entry.loader.release();
}

int PluginRegistry::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        reject(directory, u"the plugin folder does not exist"_s);
        return 0;
    }
    int loaded = 0;
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!QLibrary::isLibrary(file.fileName()))
            continue;
        if (loadFile(file.absoluteFilePath()))
            ++loaded;
    }
    return loaded;
}

bool PluginRegistry::loadFile(const QString &filePath)
{
    auto loader = std::make_unique<QPluginLoader>(filePath);
    // metaData() reads the plugin's embedded JSON without running any of its code.
    const QJsonObject raw = loader->metaData();
    if (raw.isEmpty()) {
        reject(filePath, u"it is not a Qt plugin (no plugin metadata found)"_s);
        return false;
    }
    if (raw.value(u"IID"_s).toString() != QLatin1StringView(PASSERELLE_ACTIVITY_IID)) {
        reject(filePath, u"it is a Qt plugin but not a Passerelle activity type (IID \"%1\")"_s
                             .arg(raw.value(u"IID"_s).toString()));
        return false;
    }
    const QJsonObject meta = raw.value(u"MetaData"_s).toObject();
    PluginInfo info;
    info.file = filePath;
    info.id = meta.value(u"id"_s).toString();
    info.version = meta.value(u"version"_s).toString();
    info.compatVersion = meta.value(u"compatVersion"_s).toString(info.version);
    info.apiVersion = meta.value(u"apiVersion"_s).toInt(0);
    info.xapiInteractionType = meta.value(u"xapiInteractionType"_s).toString();
    info.name = meta.value(u"name"_s).toObject();
    info.description = meta.value(u"description"_s).toObject();

    if (info.id.isEmpty()) {
        reject(filePath, u"its plugin.json has no \"id\""_s);
        return false;
    }
    // The module compiler trusts these lists (to tell text from answer keys, and to find the
    // glossary terms and media files a config names), so a malformed entry would silently
    // weaken its checks: refuse the plugin instead.
    const auto readFields = [&](const QString &key, QStringList &fields) {
        const QJsonValue value = meta.value(key);
        if (!value.isUndefined() && !value.isArray()) {
            reject(filePath, u"its plugin.json \"%1\" must be a list of field paths"_s.arg(key));
            return false;
        }
        for (const QJsonValue &field : value.toArray()) {
            if (!LocalizedFields::isValidPattern(field.toString())) {
                reject(filePath, u"its plugin.json \"%1\" entry \"%2\" is not a field path such as "
                                 "\"options[].text\" or \"feedback.*\""_s.arg(key, field.isString() ? field.toString()
                                                                                                    : u"(not text)"_s));
                return false;
            }
            fields.append(field.toString());
        }
        return true;
    };
    if (!readFields(u"localizedFields"_s, info.localizedFields) ||
        !readFields(u"glossaryFields"_s, info.glossaryFields) || !readFields(u"mediaFields"_s, info.mediaFields))
        return false;
    if (info.apiVersion != ActivityApiVersion) {
        reject(filePath, u"activity type \"%1\" was built for activity API version %2, but this "
                          "Passerelle provides version %3; rebuild the plugin against this version"_s
                             .arg(info.id)
                             .arg(info.apiVersion)
                             .arg(ActivityApiVersion));
        return false;
    }
    if (const auto existing = m_entries.find(info.id); existing != m_entries.end()) {
        reject(filePath, u"activity type \"%1\" is already provided by %2"_s.arg(
                             info.id, existing->second.info.file));
        return false;
    }
    if (!loader->load()) {
        reject(filePath, u"it could not be loaded: %1"_s.arg(loader->errorString()));
        return false;
    }
    auto *type = qobject_cast<ActivityType *>(loader->instance());
    if (!type) {
        reject(filePath, u"its plugin object does not implement the activity interface"_s);
        loader->unload();
        return false;
    }
    if (type->apiVersion() != ActivityApiVersion) {
        reject(filePath, u"activity type \"%1\" declares API version %2 in plugin.json but was "
                          "compiled against version %3"_s
                             .arg(info.id)
                             .arg(info.apiVersion)
                             .arg(type->apiVersion()));
        loader->unload();
        return false;
    }
    qCInfo(lcPlugins).noquote() << "loaded activity type" << info.id << info.version << "from"
                                << filePath;
    Entry entry;
    entry.info = info;
    entry.type = type;
    entry.loader = std::move(loader);
    m_entries.emplace(info.id, std::move(entry));
    return true;
}

const ActivityType *PluginRegistry::type(const QString &typeId) const
{
    const auto it = m_entries.find(typeId);
    return it == m_entries.end() ? nullptr : it->second.type;
}

const PluginInfo *PluginRegistry::info(const QString &typeId) const
{
    const auto it = m_entries.find(typeId);
    return it == m_entries.end() ? nullptr : &it->second.info;
}

QList<PluginInfo> PluginRegistry::plugins() const
{
    QList<PluginInfo> result;
    for (const auto &[id, entry] : m_entries) // std::map: already sorted by id
        result.append(entry.info);
    return result;
}

void PluginRegistry::reject(const QString &filePath, const QString &reason)
{
    const QString message = u"Skipped plugin %1: %2."_s.arg(QDir::toNativeSeparators(filePath), reason);
    qCWarning(lcPlugins).noquote() << message;
    m_problems.append(message);
}

} // namespace Passerelle
