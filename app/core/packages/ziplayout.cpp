// SPDX-License-Identifier: Apache-2.0
#include "packages/ziplayout.h"

#include <QIODevice>
#include <QString>

#include <optional>

#include "packages/sha256.h"

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint32 Zip64EndSignature = 0x06064b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;
constexpr quint32 DescriptorSignature = 0x08074b50;
constexpr qint64 EndSize = 22;
constexpr qint64 Zip64LocatorSize = 20;
constexpr qint64 CentralHeaderSize = 46;
constexpr qint64 LocalHeaderSize = 30;
constexpr qint64 DescriptorSize = 16;

// Little-endian fields from a byte buffer, with bounds checked once by the caller.
class Fields
{
public:
    explicit Fields(const QByteArray &data, qint64 at = 0) : m_data(data), m_at(at) {}
    quint16 u16()
    {
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_at);
        m_at += 2;
        return quint16(p[0] | (p[1] << 8));
    }
    quint32 u32()
    {
        const quint32 low = u16();
        return low | (quint32(u16()) << 16);
    }
    quint64 u64()
    {
        const quint64 low = u32();
        return low | (quint64(u32()) << 32);
    }
    qint64 position() const { return m_at; }

private:
    const QByteArray &m_data;
    qint64 m_at;
};

Error damaged(const QString &detail)
{
    return Error{u"The package is damaged or was altered: %1. Get a fresh copy from its author."_s.arg(detail)};
}

std::optional<QByteArray> readAt(QIODevice &device, qint64 offset, qint64 length)
{
    if (offset < 0 || length < 0 || offset + length > device.size() || !device.seek(offset))
        return std::nullopt;
    QByteArray data = device.read(length);
    if (data.size() != length)
        return std::nullopt;
    return data;
}

QString entryName(const ZipEntryRecord &e, qsizetype index)
{
    return u"entry %1 (\"%2\")"_s.arg(index + 1).arg(QString::fromUtf8(e.name));
}

// The end record of a zip with more than 65,535 entries or 4 GiB is a Zip64 one. Packages
// never need it, but its entry count is read so that a huge archive is refused for its size.
Error refuseZip64(QIODevice &device, qint64 endOffset, qint64 maxEntries)
{
    const auto locator = readAt(device, endOffset - Zip64LocatorSize, Zip64LocatorSize);
    if (locator) {
        Fields f(*locator);
        if (f.u32() == Zip64LocatorSignature) {
            f.u32();
            const quint64 recordOffset = f.u64();
            const auto record = readAt(device, qint64(recordOffset), 56);
            if (record && Fields(*record).u32() == Zip64EndSignature) {
                Fields r(*record, 32);
                const quint64 entries = r.u64();
                if (entries > quint64(maxEntries))
                    return Error{u"The package holds %1 files, more than the %2 a package may hold. It is not a "
                                 "Passerelle module package, or it was built to exhaust this computer."_s
                                     .arg(entries).arg(maxEntries)};
            }
        }
    }
    return damaged(u"it uses Zip64 records, which packages never need"_s);
}

} // namespace

Expected<QList<ZipEntryRecord>> readZipDirectory(QIODevice &device, qint64 maxEntries)
{
    const qint64 fileSize = device.size();
    if (fileSize < EndSize)
        return damaged(u"it is only %1 bytes long, too short to be a package (it may have been cut short while "
                       "copying)"_s.arg(fileSize));
    const auto end = readAt(device, fileSize - EndSize, EndSize);
    if (!end || Fields(*end).u32() != EndSignature)
        return damaged(u"its last bytes are not the end of a zip archive, so it is incomplete or not a package "
                       "(it may have been cut short while copying)"_s);
    Fields e(*end, 4);
    const quint16 disk = e.u16(), directoryDisk = e.u16(), entriesHere = e.u16(), entries = e.u16();
    const quint32 directorySize = e.u32(), directoryOffset = e.u32();
    const quint16 commentLength = e.u16();
    if (entries == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff)
        return refuseZip64(device, fileSize - EndSize, maxEntries);
    if (qint64(entries) * CentralHeaderSize > qint64(directorySize))
        return damaged(u"its end record counts more entries than its directory can hold"_s);
    if (entries > maxEntries)
        return Error{u"The package holds %1 files, more than the %2 a package may hold."_s.arg(entries).arg(maxEntries)};
    if (disk != 0 || directoryDisk != 0 || entriesHere != entries)
        return damaged(u"it claims to span several disks"_s);
    if (commentLength != 0)
        return damaged(u"its end record has a comment"_s);
    if (qint64(directoryOffset) + qint64(directorySize) != fileSize - EndSize)
        return damaged(u"its directory is not where its end record says"_s);

    const auto directory = readAt(device, directoryOffset, directorySize);
    if (!directory)
        return damaged(u"its directory cannot be read"_s);

    QList<ZipEntryRecord> records;
    records.reserve(entries);
    qint64 at = 0;
    qint64 expectedLocal = 0;
    for (qsizetype i = 0; i < entries; ++i) {
        if (at + CentralHeaderSize > directory->size())
            return damaged(u"its directory ends in the middle of entry %1"_s.arg(i + 1));
        Fields c(*directory, at);
        if (c.u32() != CentralHeaderSignature)
            return damaged(u"entry %1 of its directory has no valid header"_s.arg(i + 1));
        ZipEntryRecord r;
        r.versionMadeBy = c.u16();
        r.versionNeeded = c.u16();
        r.flags = c.u16();
        r.method = c.u16();
        r.dosTime = c.u16();
        r.dosDate = c.u16();
        r.crc = c.u32();
        const quint32 compressed = c.u32(), size = c.u32();
        const quint16 nameLength = c.u16(), extraLength = c.u16(), fileCommentLength = c.u16(), diskStart = c.u16();
        r.internalAttributes = c.u16();
        r.externalAttributes = c.u32();
        const quint32 localOffset = c.u32();
        if (at + CentralHeaderSize + nameLength + extraLength + fileCommentLength > directory->size())
            return damaged(u"its directory ends in the middle of entry %1"_s.arg(i + 1));
        r.name = directory->mid(at + CentralHeaderSize, nameLength);
        r.centralExtra = directory->mid(at + CentralHeaderSize + nameLength, extraLength);
        at += CentralHeaderSize + nameLength + extraLength + fileCommentLength;
        r.compressedSize = compressed;
        r.size = size;
        r.localHeaderOffset = localOffset;
        const QString name = entryName(r, i);
        if (compressed == 0xffffffff || size == 0xffffffff || localOffset == 0xffffffff)
            return damaged(u"%1 uses Zip64 sizes, which packages never need"_s.arg(name));
        if (fileCommentLength != 0 || diskStart != 0)
            return damaged(u"%1 has a comment or a disk number"_s.arg(name));
        if (localOffset != expectedLocal)
            return damaged(u"%1 does not start right after the previous one (bytes were added, removed or "
                           "overlap)"_s.arg(name));

        const auto local = readAt(device, localOffset, LocalHeaderSize);
        if (!local)
            return damaged(u"%1 lies beyond the end of the file"_s.arg(name));
        Fields l(*local);
        if (l.u32() != LocalHeaderSignature)
            return damaged(u"%1 has no valid local header"_s.arg(name));
        const quint16 needed = l.u16(), flags = l.u16(), method = l.u16(), time = l.u16(), date = l.u16();
        const quint32 crc = l.u32(), localCompressed = l.u32(), localSize = l.u32();
        const quint16 localNameLength = l.u16(), localExtraLength = l.u16();
        const bool deferred = r.flags & ZipEntryRecord::DataDescriptorFlag;
        if (needed != r.versionNeeded || flags != r.flags || method != r.method || time != r.dosTime || date != r.dosDate)
            return damaged(u"%1 has a local header that disagrees with the directory"_s.arg(name));
        if ((crc != r.crc && !(deferred && crc == 0)) || (localCompressed != compressed && !(deferred && localCompressed == 0))
            || (localSize != size && !(deferred && localSize == 0)))
            return damaged(u"%1 has a checksum or size in its local header that disagrees with the directory"_s.arg(name));
        const auto localName = readAt(device, localOffset + LocalHeaderSize, localNameLength);
        if (!localName || *localName != r.name)
            return damaged(u"%1 has another name in its local header"_s.arg(name));
        const auto localExtra = readAt(device, localOffset + LocalHeaderSize + localNameLength, localExtraLength);
        if (!localExtra)
            return damaged(u"%1 lies beyond the end of the file"_s.arg(name));
        r.localExtra = *localExtra;
        r.dataOffset = localOffset + LocalHeaderSize + localNameLength + localExtraLength;
        qint64 next = localOffset + LocalHeaderSize + localNameLength + localExtraLength + compressed;
        if (deferred) {
            const auto descriptor = readAt(device, next, DescriptorSize);
            if (!descriptor)
                return damaged(u"%1 lies beyond the end of the file"_s.arg(name));
            Fields d(*descriptor);
            if (d.u32() != DescriptorSignature || d.u32() != r.crc || d.u32() != compressed || d.u32() != size)
                return damaged(u"%1 has a data descriptor that disagrees with the directory"_s.arg(name));
            next += DescriptorSize;
        }
        if (next > directoryOffset)
            return damaged(u"%1 runs into the directory"_s.arg(name));
        expectedLocal = next;
        records.append(std::move(r));
    }
    if (at != directory->size())
        return damaged(u"its directory has %1 bytes after the last entry"_s.arg(directory->size() - at));
    if (expectedLocal != directoryOffset)
        return damaged(u"it has %1 unexplained bytes between the last entry and the directory"_s.arg(directoryOffset - expectedLocal));
    return records;
}

Status checkDeflateStream(QIODevice &device, const ZipEntryRecord &entry, QByteArray *rawSha256)
{
    Sha256 raw;
    const QString name = QString::fromUtf8(entry.name);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return Error{u"The decompressor cannot start (out of memory?)."_s};
    struct End
    {
        z_stream *s;
        ~End() { inflateEnd(s); }
    } end{&stream};
    if (!device.seek(entry.dataOffset))
        return damaged(u"entry \"%1\" cannot be read"_s.arg(name));
    QByteArray in(qBound<qint64>(1, entry.compressedSize, qint64(256 * 1024)), Qt::Uninitialized);
    QByteArray out(qBound<qint64>(1024, entry.size, qint64(256 * 1024)), Qt::Uninitialized);
    qint64 left = entry.compressedSize;
    qint64 produced = 0;
    uchar previousLast = 0; // the last byte of the previous chunk of input
    bool paddingChecked = false;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (stream.avail_in == 0 && left > 0) {
            if (stream.next_in)
                previousLast = uchar(in[in.size() - 1]);
            const qint64 n = device.read(in.data(), qMin<qint64>(left, in.size()));
            if (n <= 0)
                return damaged(u"entry \"%1\" cannot be read"_s.arg(name));
            left -= n;
            raw.add(QByteArrayView(in.constData(), n));
            if (n < in.size())
                in.truncate(n);
            stream.next_in = reinterpret_cast<Bytef *>(in.data());
            stream.avail_in = uInt(n);
        }
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        // Z_BLOCK stops after each block, so the end of the last one is seen before zlib
        // drops the unused bits of its final byte.
        status = inflate(&stream, Z_BLOCK);
        if (status == Z_BUF_ERROR && stream.avail_in == 0 && left == 0)
            return damaged(u"entry \"%1\" has compressed data that ends too early"_s.arg(name));
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            return damaged(u"entry \"%1\" has compressed data that cannot be decompressed"_s.arg(name));
        produced += out.size() - stream.avail_out;
        // Stops a stream that inflates beyond what the directory promised: no bomb runs on.
        if (produced > entry.size)
            return damaged(u"entry \"%1\" decompresses to more than the zip directory says"_s.arg(name));
        const bool endOfLastBlock = (stream.data_type & 128) && (stream.data_type & 64);
        if (endOfLastBlock && !paddingChecked) {
            paddingChecked = true;
            const int unusedBits = stream.data_type & 7;
            const uchar last = reinterpret_cast<const char *>(stream.next_in) > in.constData()
                                   ? uchar(reinterpret_cast<const char *>(stream.next_in)[-1]) : previousLast;
            if (unusedBits > 0 && (last >> (8 - unusedBits)) != 0)
                return damaged(u"entry \"%1\" has altered bits at the end of its compressed data"_s.arg(name));
        }
    }
    if (left != 0 || stream.avail_in != 0)
        return damaged(u"entry \"%1\" has bytes after the end of its compressed data"_s.arg(name));
    if (produced != entry.size || !paddingChecked)
        return damaged(u"entry \"%1\" decompresses to another size than the zip directory says"_s.arg(name));
    *rawSha256 = raw.result();
    return success();
}

namespace {

// The extended-timestamp ("UT") and Unix owner ("ux") fields, with the only values a
// package may give them: time 0, owner and group 0.
QString extraFieldProblem(const QByteArray &extra)
{
    static const QByteArray timestamp = QByteArray::fromHex("0100000000");
    static const QByteArray owner = QByteArray::fromHex("01040000000004000000" "00");
    bool seenTimestamp = false, seenOwner = false;
    qint64 at = 0;
    while (at < extra.size()) {
        if (at + 4 > extra.size())
            return u"its extra fields are cut short"_s;
        Fields f(extra, at);
        const quint16 id = f.u16(), length = f.u16();
        if (at + 4 + length > extra.size())
            return u"its extra fields are cut short"_s;
        const QByteArray value = extra.mid(at + 4, length);
        if (id == 0x5455 && !seenTimestamp && value == timestamp)
            seenTimestamp = true;
        else if (id == 0x7875 && !seenOwner && value == owner)
            seenOwner = true;
        else
            return u"it carries an extra field (0x%1) with data packages never have"_s.arg(id, 4, 16, QChar(u'0'));
        at += 4 + length;
    }
    return {};
}

} // namespace

QString canonicalEntryProblem(const ZipEntryRecord &e)
{
    constexpr quint16 DosDate1980 = 0x0021; // 1980-01-01, the earliest a zip can say
    if (e.method != ZipEntryRecord::Stored && e.method != ZipEntryRecord::Deflated)
        return u"it is compressed with method %1; packages use only \"stored\" and \"deflate\""_s.arg(e.method);
    if (e.flags & ~(ZipEntryRecord::DataDescriptorFlag | ZipEntryRecord::Utf8Flag))
        return u"it has zip flags 0x%1 that packages never use"_s.arg(e.flags, 4, 16, QChar(u'0'));
    if ((e.versionNeeded != 10 && e.versionNeeded != 20) || e.versionMadeBy != (0x0300 | e.versionNeeded))
        return u"its zip version fields are not those of a package"_s;
    if (e.dosTime != 0 || e.dosDate != DosDate1980)
        return u"its date is not the fixed date packages carry (1980-01-01)"_s;
    if (e.internalAttributes != 0 || e.unixMode() != 0100644 || (e.externalAttributes & 0xffff) != 0)
        return u"its file attributes are not those of a plain file with permissions 0644"_s;
    if (const QString problem = extraFieldProblem(e.localExtra); !problem.isEmpty())
        return problem;
    return extraFieldProblem(e.centralExtra);
}

} // namespace Passerelle

namespace Passerelle {

namespace {

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

QByteArray centralHeader(const ZipEntryRecord &r)
{
    QByteArray h;
    put32(h, CentralHeaderSignature);
    put16(h, r.versionMadeBy);
    put16(h, r.versionNeeded);
    put16(h, r.flags);
    put16(h, r.method);
    put16(h, r.dosTime);
    put16(h, r.dosDate);
    put32(h, r.crc);
    put32(h, quint32(r.compressedSize));
    put32(h, quint32(r.size));
    put16(h, quint16(r.name.size()));
    put16(h, quint16(r.centralExtra.size()));
    put16(h, 0); // comment
    put16(h, 0); // disk
    put16(h, r.internalAttributes);
    put32(h, r.externalAttributes);
    put32(h, quint32(r.localHeaderOffset));
    return h + r.name + r.centralExtra;
}

} // namespace

Status writeZipWithStoredEntry(QIODevice &in, const QList<ZipEntryRecord> &keep, const QByteArray &name,
                               const QByteArray &data, QIODevice &out)
{
    const auto failed = [&] { return Error{u"Cannot write the package: %1."_s.arg(out.errorString())}; };
    // The entries kept, byte for byte.
    const qint64 end = keep.isEmpty() ? 0 : keep.constLast().endOffset();
    if (!in.seek(0))
        return Error{u"Cannot read the package."_s};
    for (qint64 copied = 0; copied < end;) {
        const QByteArray chunk = in.read(qMin<qint64>(end - copied, 1 << 20));
        if (chunk.isEmpty())
            return Error{u"Cannot read the package."_s};
        if (out.write(chunk) != chunk.size())
            return failed();
        copied += chunk.size();
    }

    // The new entry, in the canonical form canonicalEntryProblem() accepts.
    static const QByteArray extra = QByteArray::fromHex("555405000100000000" "75780b000104000000000400000000");
    ZipEntryRecord r;
    r.name = name;
    r.versionNeeded = 10;
    r.versionMadeBy = 0x0300 | r.versionNeeded;
    r.flags = ZipEntryRecord::DataDescriptorFlag;
    for (const char c : name) {
        if (uchar(c) >= 0x80)
            r.flags |= ZipEntryRecord::Utf8Flag;
    }
    r.method = ZipEntryRecord::Stored;
    r.dosDate = 0x0021;
    r.crc = quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    r.compressedSize = r.size = data.size();
    r.externalAttributes = 0100644u << 16;
    r.localHeaderOffset = end;
    r.centralExtra = r.localExtra = extra;
    QByteArray entry;
    put32(entry, LocalHeaderSignature);
    put16(entry, r.versionNeeded);
    put16(entry, r.flags);
    put16(entry, r.method);
    put16(entry, r.dosTime);
    put16(entry, r.dosDate);
    put32(entry, 0); // the checksum follows the data, as libarchive writes it
    put32(entry, quint32(r.compressedSize));
    put32(entry, quint32(r.size));
    put16(entry, quint16(name.size()));
    put16(entry, quint16(extra.size()));
    entry += name + extra + data;
    put32(entry, DescriptorSignature);
    put32(entry, r.crc);
    put32(entry, quint32(r.compressedSize));
    put32(entry, quint32(r.size));

    QByteArray directory;
    for (const ZipEntryRecord &k : keep)
        directory += centralHeader(k);
    directory += centralHeader(r);
    QByteArray endRecord;
    put32(endRecord, EndSignature);
    put32(endRecord, 0); // disks
    put16(endRecord, quint16(keep.size() + 1));
    put16(endRecord, quint16(keep.size() + 1));
    put32(endRecord, quint32(directory.size()));
    put32(endRecord, quint32(end + entry.size()));
    put16(endRecord, 0); // comment
    if (out.write(entry) != entry.size() || out.write(directory) != directory.size()
        || out.write(endRecord) != endRecord.size())
        return failed();
    return success();
}

} // namespace Passerelle
