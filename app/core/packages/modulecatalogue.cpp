// SPDX-License-Identifier: Apache-2.0
#include "packages/modulecatalogue.h"

#include "logging.h"

#include "modules/identifiers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

static QString currentVersion(const QString &moduleDir)
{
    QFile file(moduleDir + u"/current.json"_s);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return {};
    const QString version = QJsonDocument::fromJson(file.readAll()).object().value(u"version"_s).toString();
    return isValidVersion(version) ? version : QString();
}

int ModuleCatalogue::addRoot(const QString &root, bool bundled)
{
    const QDir dir(root);
    if (!dir.exists()) {
        const QString message = u"The module folder %1 does not exist."_s.arg(QDir::toNativeSeparators(root));
        report(message);
        return 0;
    }
    int added = 0;
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        // An installed module keeps each version in a folder of its own and names the
        // current one in current.json (see PackageInstaller); a bundled one has none.
        QString moduleDir = dir.filePath(folder);
        const QString current = currentVersion(moduleDir);
        if (!current.isEmpty())
            moduleDir += u'/' + current;
        const QString moduleJson = moduleDir + u"/module.json"_s;
        Expected<Module> loaded = ModuleLoader::loadFile(moduleJson);
        if (!loaded) {
            const QString message = u"Module \"%1\" was left out: %2"_s.arg(folder, loaded.errorMessage());
            report(message);
            continue;
        }
        if (loaded->id != folder) {
            const QString message = u"Module \"%1\" was left out: its module.json has id \"%2\", "
                                    "which does not match its folder name."_s.arg(folder, loaded->id);
            report(message);
            continue;
        }
        if (find(loaded->id)) {
            const QString message = u"Module \"%1\" in %2 was left out: a module with that id is "
                                    "already in the catalogue."_s.arg(folder, QDir::toNativeSeparators(root));
            report(message);
            continue;
        }
        CatalogueEntry entry;
        entry.module = std::make_shared<const Module>(std::move(loaded).value());
        entry.directory = moduleDir;
        entry.bundled = bundled;
        m_entries.append(entry);
        ++added;
    }
    return added;
}

void ModuleCatalogue::report(const QString &message)
{
    qCWarning(lcModules).noquote() << message;
    m_problems.append(message);
}

const CatalogueEntry *ModuleCatalogue::find(const QString &moduleId) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const CatalogueEntry &e) { return e.module->id == moduleId; });
    return it == m_entries.cend() ? nullptr : &*it;
}

} // namespace Passerelle
