// SPDX-License-Identifier: Apache-2.0
#pragma once

// The zip container of a package, read byte by byte before libarchive decompresses it.
// Packages are zips laid out one exact way (see docs/cli-packages.md, "Package format"), so
// every byte has one allowed value or is covered by a checksum or the manifest: a byte
// changed anywhere is noticed, even in fields zip readers usually ignore.

#include "expected.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace Passerelle {

// One entry of the zip's central directory, with what its local header said.
struct ZipEntryRecord
{
    QByteArray name; // raw bytes, not yet known to be UTF-8
    quint16 versionMadeBy = 0;
    quint16 versionNeeded = 0;
    quint16 flags = 0;
    quint16 method = 0; // 0 stored, 8 deflated
    quint16 dosTime = 0;
    quint16 dosDate = 0;
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 size = 0;
    quint16 internalAttributes = 0;
    quint32 externalAttributes = 0;
    qint64 localHeaderOffset = 0;
    qint64 dataOffset = 0; // where the compressed bytes start
    QByteArray centralExtra;
    QByteArray localExtra;

    static constexpr quint16 EncryptedFlag = 0x0001;
    static constexpr quint16 DataDescriptorFlag = 0x0008;
    static constexpr quint16 Utf8Flag = 0x0800;
    static constexpr quint16 Stored = 0;
    static constexpr quint16 Deflated = 8;

    bool encrypted() const { return (flags & EncryptedFlag) || method == 99; }
    // Where the entry's bytes end, data descriptor included.
    qint64 endOffset() const { return dataOffset + compressedSize + ((flags & DataDescriptorFlag) ? 16 : 0); }
    // The Unix file type and permissions the writer recorded (e.g. 0100644).
    quint32 unixMode() const { return externalAttributes >> 16; }
};

// Reads the central directory of the zip in `device` and checks the container: one end
// record at the very end and no comment, entries back to back from byte 0 up to the
// directory, and local headers and data descriptors that agree with the directory. Stops
// as soon as the end record announces more than `maxEntries` entries.
Expected<QList<ZipEntryRecord>> readZipDirectory(QIODevice &device, qint64 maxEntries);

// Inflates a deflated entry straight from `device`, with no output kept, and checks that
// the stream ends exactly at the entry's last byte, gives the size the directory says, and
// leaves its unused final bits zero, as deflate writes them. Those bits are the only part
// of a package no checksum covers; a change there would otherwise go unnoticed.
// On success, *rawSha256 receives the SHA-256 of the compressed bytes, which manifest.json
// lists: deflate can say the same thing in several ways, so only that hash pins every bit.
Status checkDeflateStream(QIODevice &device, const ZipEntryRecord &entry, QByteArray *rawSha256);

// Writes the zip in `in` up to the end of the entries `keep` (the start of its directory),
// then `data` as a stored entry called `name` written the way packages are, then a
// directory of `keep` and the new entry. Used to add signature.json to a package without
// decompressing or recompressing anything.
Status writeZipWithStoredEntry(QIODevice &in, const QList<ZipEntryRecord> &keep, const QByteArray &name,
                               const QByteArray &data, QIODevice &out);

// What in an entry differs from how packages are written (fixed time, 0644 permissions, no
// owner, known extra fields only), or an empty string.
QString canonicalEntryProblem(const ZipEntryRecord &entry);

} // namespace Passerelle
