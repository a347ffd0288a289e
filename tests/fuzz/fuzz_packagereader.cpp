// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any bytes given to PackageReader as a package, in memory, with limits
// small enough that no input can make a run slow. Extraction is exercised too, into a
// temporary folder that is emptied after each input.
#include "packages/packagereader.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>

#include <cstdint>

using namespace Qt::StringLiterals;

// Set for the replay runner in tests: 1 when the last input was accepted as a package.
int passerelleFuzzAccepted = 0;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    Passerelle::PackageLimits limits;
    limits.maxEntries = 64;
    limits.maxEntryBytes = 4 << 20;
    limits.maxTotalBytes = 8 << 20;
    limits.maxManifestBytes = 1 << 20;

    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Passerelle::PackageReader reader(limits);
    auto checked = reader.read(buffer, u"fuzz input"_s);

    const QString target = scratch.filePath(u"out"_s);
    QDir(target).removeRecursively();
    QDir().mkpath(target);
    buffer.seek(0);
    auto extracted = reader.read(buffer, u"fuzz input"_s, target);
    // Reading with and without extraction must agree.
    if (checked.ok() != extracted.ok())
        __builtin_trap();
    passerelleFuzzAccepted = checked.ok() ? 1 : 0;
    return 0;
}
