// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "packages/packagelimits.h"
#include "packages/packagereader.h"
#include "packages/signingkey.h"

#include <QByteArray>
#include <QString>

namespace Passerelle {

// signature.json: the key that signed a package and its Ed25519 signature over the exact
// bytes of manifest.json. The manifest lists the SHA-256 of every other file and the reader
// checks the zip container byte by byte, so this one signature covers the whole package.
struct PackageSignature
{
    static constexpr int FormatVersion = 1;

    QString keyId;
    QByteArray signature; // 64 bytes

    QByteArray toJson() const;
    static Expected<PackageSignature> fromJson(const QByteArray &json);
    static PackageSignature create(const QByteArray &manifestJson, const SigningKey &key);

    // The trusted key that made this signature over `manifestJson`, or why there is none.
    Expected<PublicKey> verify(const QByteArray &manifestJson, const TrustedKeys &trusted) const;
};

// A package read in full whose signature was checked.
struct VerifiedPackage
{
    PackageContents contents;
    PublicKey signer;
};

// Adds (or replaces) the signature of a package in place. The package is read and checked
// in full first; the signed package replaces it only once completely written.
Status signPackage(const QString &packagePath, const SigningKey &key, const PackageLimits &limits = {});

// Puts `signatureJson` into a package as its last entry, replacing any signature it had,
// without decompressing or recompressing anything: the other bytes stay as they are.
Status addSignatureEntry(const QString &packagePath, const QByteArray &signatureJson, const PackageLimits &limits = {});

// Reads a package in full and checks its signature against the trusted keys.
Expected<VerifiedPackage> verifyPackage(const QString &packagePath, const TrustedKeys &trusted,
                                        const PackageLimits &limits = {});

} // namespace Passerelle
