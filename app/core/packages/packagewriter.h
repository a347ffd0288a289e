// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "packages/packagelimits.h"
#include "packages/packagemanifest.h"

#include <QByteArray>
#include <QString>

namespace Passerelle {

// What PackageWriter records about who made a package, and the limits it must respect.
struct PackOptions
{
    QString packer;   // empty: "passerelle <version>"
    QString compiler; // empty: the "compiler" field of module.json, or "unknown"
    PackageLimits limits;
};

// Writes packages (.ptm) reproducibly: the same files always give the same bytes (fixed
// order, date, permissions and owner; no field that depends on the machine or the time).
// Formats that are compressed already are stored as they are; the rest is deflated. Files
// are streamed, never read whole into memory.
class PackageWriter
{
public:
    // Packs a compiled module folder (module.json and an optional media/ folder) into
    // `output`: a .ptm file, or a folder that receives "<id>-<version>.ptm". Returns the
    // path written. This is the one entry point for packing; packing from sources will
    // compile into a temporary folder and call it.
    static Expected<QString> packCompiledModule(const QString &compiledDir, const QString &output,
                                                const PackOptions &options = {});

    // Checks a compiled module folder and lists its files with their sizes and SHA-256.
    static Expected<PackageManifest> manifestFor(const QString &compiledDir, const PackOptions &options = {});

    // Writes each file of `manifest` read from `filesDir`, checking that none changed since
    // it was hashed, then manifest.json, stored, listing them with the SHA-256 of each
    // deflated file's compressed bytes. Returns the manifest as written. The package appears
    // at `packagePath` only once complete.
    // Files that would deflate beyond the reader's compression-ratio limit are stored.
    static Expected<PackageManifest> write(const QString &packagePath, const PackageManifest &manifest,
                                           const QString &filesDir, const PackageLimits &limits = {});

    // True for file formats that are compressed already (PNG, JPEG, WebP, MP4, MP3, OGG,
    // WebM, WOFF2, ZIP...): deflating them again costs time and saves nothing.
    static bool isCompressedFormat(const QString &path);

    // "<id>-<version>.ptm"
    static QString packageFileName(const PackageManifest &manifest);
};

} // namespace Passerelle
