// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Passerelle {

// One file a package carries, as manifest.json lists it.
struct PackageFile
{
    QString path;      // "module.json" or "media/..."
    qint64 size = 0;   // bytes, uncompressed
    QByteArray sha256; // 32 raw bytes
    // For a deflated file, the SHA-256 of its compressed bytes; empty for a stored one.
    // Deflate can encode the same content in many ways: this pins the exact bytes, so that
    // a signature over the manifest covers every byte of the package.
    QByteArray deflatedSha256;

    friend bool operator==(const PackageFile &, const PackageFile &) = default;
};

// manifest.json: what a package is and every file it holds with its size and SHA-256.
// The signature covers these exact bytes, so listing each file's hash here is what makes
// the signature cover the whole package.
struct PackageManifest
{
    static constexpr int FormatVersion = 1;

    int formatVersion = FormatVersion;
    QString id;
    QString version;
    QStringList languages;
    QMap<QString, QString> requiredPlugins; // activity type -> version requirement
    QStringList requiredModules;
    QString packer;   // the program that made the package, "passerelle 0.1.0"
    QString compiler; // the compiler that made module.json, or "unknown"
    QList<PackageFile> files; // sorted by the UTF-8 bytes of their paths

    const PackageFile *file(const QString &path) const;
    qint64 totalSize() const;

    // The canonical bytes: sorted keys and files, two-space indent, a final newline.
    QByteArray toJson() const;
    // Strict: unknown fields, unsorted or duplicate files, bad hashes or paths are refused.
    static Expected<PackageManifest> fromJson(const QByteArray &json);

    // Orders paths the way manifest.json lists them and the package stores them.
    static bool pathLess(const QString &a, const QString &b);
};

} // namespace Passerelle
