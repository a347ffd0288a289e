// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "packages/packagelimits.h"
#include "packages/packagemanifest.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Passerelle {

// What a package holds once every byte of it has been checked.
struct PackageContents
{
    PackageManifest manifest;
    QByteArray manifestJson;  // the exact bytes a signature covers
    QByteArray signatureJson; // empty for an unsigned package
    qint64 packageBytes = 0;

    bool isSigned() const { return !signatureJson.isEmpty(); }
};

// Reads a package (.ptm) and checks all of it, streaming, within PackageLimits: the zip
// container byte by byte, each name, the size and SHA-256 of each file against
// manifest.json. Everything that can be judged from the zip directory (names, sizes,
// compression ratios, files missing or unlisted) is judged before anything is
// decompressed. Optionally writes the files into an empty folder as they are checked; the
// caller discards that folder when the read fails.
class PackageReader
{
public:
    explicit PackageReader(PackageLimits limits = {}) : m_limits(limits) {}

    Expected<PackageContents> read(const QString &packagePath, const QString &extractTo = {}) const;
    // `sourceName` names the package in messages. The device must be open and seekable.
    Expected<PackageContents> read(QIODevice &device, const QString &sourceName, const QString &extractTo = {}) const;

private:
    PackageLimits m_limits;
};

} // namespace Passerelle
