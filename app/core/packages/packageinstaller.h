// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "packages/packagelimits.h"

#include <QList>
#include <QString>

#include <functional>

namespace Passerelle {

class PluginRegistry;

// The steps of an install, in order, for a progress display. Reading (hashing and
// extracting every file) takes most of the time.
enum class InstallStage { Reading, CheckingSignature, CheckingModule, MovingIntoPlace };
constexpr int InstallStageCount = 4;

// How strict an install is, and where it looks for what it needs.
struct InstallOptions
{
    bool force = false;            // allow a downgrade, or reinstall the same version
    bool requireSignature = false; // refuse packages not signed by a trusted key
    QString trustedKeysDir;        // empty: PackageInstaller::defaultTrustedKeysDir()
    const PluginRegistry *plugins = nullptr; // null: activity types are not checked
    PackageLimits limits;
    // Called as each stage starts, on the installing thread. May be empty.
    std::function<void(InstallStage)> onStage;
};

// A module version installed under the modules root, and how it was signed.
struct InstalledModule
{
    QString id;
    QString version;
    QString directory; // <root>/<id>/<version>
    bool isSigned = false;
    bool trusted = false; // signed by a key in the trusted folder at install time
    QString keyId;
};

// What an install did.
struct InstallResult
{
    enum class Outcome { Installed, Upgraded, Downgraded, Reinstalled, AlreadyInstalled };
    Outcome outcome = Outcome::Installed;
    InstalledModule module;
    QString previousVersion;
    QString message; // one sentence for the user
};

// Installs packages all or nothing. A package is read with limits and checked in full into
// a temporary folder beside the modules (<root>/.install-XXXXXX), validated as a module,
// then renamed into <root>/<id>/<version>/ and made current in <root>/<id>/current.json.
// A failed install changes nothing else; the version installed before still opens.
class PackageInstaller
{
public:
    explicit PackageInstaller(const QString &modulesRoot = defaultModulesRoot());

    // <app data>/modules and <app data>/trusted-keys.
    static QString defaultModulesRoot();
    static QString defaultTrustedKeysDir();

    QString root() const { return m_root; }

    Expected<InstallResult> install(const QString &packagePath, const InstallOptions &options = {}) const;
    // Removes every installed version of a module.
    Status uninstall(const QString &moduleId) const;
    // The current version of each installed module, sorted by id.
    QList<InstalledModule> installed() const;
    Expected<InstalledModule> current(const QString &moduleId) const;

private:
    QString m_root;
};

} // namespace Passerelle
