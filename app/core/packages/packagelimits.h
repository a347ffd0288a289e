// SPDX-License-Identifier: Apache-2.0
#pragma once

// How much a package may hold. The reader refuses anything beyond these before it
// decompresses a byte, and the writer refuses to make a package the reader would refuse.

#include <QtGlobal>

namespace Passerelle {

// Limits on what a package may contain; the defaults suit real modules, tests lower them.
struct PackageLimits
{
    // A module is one module.json and its media: thousands of files means something is wrong.
    qint64 maxEntries = 10'000;
    // One lesson video fits; a whole film does not.
    qint64 maxEntryBytes = qint64(1) << 30; // 1 GiB
    // Keeps packages in classic zip (no Zip64 records to parse) and well under the 4 GiB
    // file limit of the FAT32 USB sticks packages travel on.
    qint64 maxTotalBytes = qint64(2) << 30; // 2 GiB
    // Text deflates 3 to 10 times, JSON rarely beyond 30; only padding built to explode
    // (a "zip bomb") goes past 200.
    double maxCompressionRatio = 200.0;
    // Entries smaller than this are not ratio-checked: a small repetitive file is harmless.
    qint64 ratioCheckFromBytes = qint64(1) << 20; // 1 MiB
    // manifest.json lists every file (about 150 bytes each) and is read into memory.
    qint64 maxManifestBytes = qint64(8) << 20;
    // signature.json is a few hundred bytes.
    qint64 maxSignatureBytes = 64 * 1024;
};

} // namespace Passerelle
