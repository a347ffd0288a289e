// SPDX-License-Identifier: Apache-2.0
#include "packages/packagereader.h"

#include "packages/packagepath.h"
#include "packages/sha256.h"
#include "packages/utf8localescope.h"
#include "packages/ziplayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;

QString refusedMessage(const QString &entry, const QString &why)
{
    return u"The package was refused: its entry \"%1\" %2. Packages made by \"passerelle-cli pack\" never contain "
           "this; do not install it, and tell whoever sent it."_s.arg(entry, why);
}

Error refused(const QString &entry, const QString &why)
{
    return Error{refusedMessage(entry, why)};
}

Error damaged(const QString &detail)
{
    return Error{u"The package is damaged or was altered: %1. Get a fresh copy from its author."_s.arg(detail)};
}

QString bytes(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

// libarchive reads the package through these, so a file and a buffer in memory (the fuzzer)
// take the same path.
struct Source
{
    QIODevice *device = nullptr;
    QByteArray buffer = QByteArray(ChunkBytes, Qt::Uninitialized);
};

la_ssize_t readSource(archive *, void *data, const void **block)
{
    auto *source = static_cast<Source *>(data);
    const qint64 n = source->device->read(source->buffer.data(), source->buffer.size());
    *block = source->buffer.constData();
    return n < 0 ? ARCHIVE_FATAL : la_ssize_t(n);
}

la_int64_t seekSource(archive *, void *data, la_int64_t offset, int whence)
{
    auto *source = static_cast<Source *>(data);
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target += source->device->pos();
    else if (whence == SEEK_END)
        target += source->device->size();
    if (target < 0 || !source->device->seek(qMin(target, source->device->size())))
        return ARCHIVE_FATAL;
    return source->device->pos();
}

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

bool isSignatureName(const ZipEntryRecord &r)
{
    return r.name == "signature.json";
}

struct Entry;
bool contentsSigned(const QList<Entry> &entries);

// The bytes of a stored entry, read straight from the package, with their checksum checked.
Expected<QByteArray> readStored(QIODevice &device, const ZipEntryRecord &r, const QString &name)
{
    if (!device.seek(r.dataOffset))
        return damaged(u"entry \"%1\" cannot be read"_s.arg(name));
    QByteArray data = device.read(r.size);
    if (data.size() != r.size)
        return damaged(u"entry \"%1\" cannot be read"_s.arg(name));
    if (quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()))) != r.crc)
        return damaged(u"entry \"%1\" does not match its checksum"_s.arg(name));
    return data;
}

// One entry as the directory describes it, once its name is known to be acceptable.
struct Entry
{
    QString name;
    ZipEntryRecord record;
};

bool contentsSigned(const QList<Entry> &entries)
{
    return !entries.isEmpty() && isSignatureName(entries.constLast().record);
}

} // namespace

Expected<PackageContents> PackageReader::read(const QString &packagePath, const QString &extractTo) const
{
    QFile file(packagePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"%1 cannot be opened: %2."_s.arg(QDir::toNativeSeparators(packagePath), file.errorString())};
    return read(file, QDir::toNativeSeparators(packagePath), extractTo);
}

Expected<PackageContents> PackageReader::read(QIODevice &device, const QString &sourceName, const QString &extractTo) const
{
    PackageContents contents;
    contents.packageBytes = device.size();
    const qint64 maxPackageBytes = m_limits.maxTotalBytes + m_limits.maxManifestBytes + m_limits.maxSignatureBytes
                                   + m_limits.maxEntries * 2048;
    if (contents.packageBytes > maxPackageBytes)
        return Error{u"%1 is %2, larger than a package may be (%3)."_s.arg(sourceName, bytes(contents.packageBytes),
                                                                           bytes(maxPackageBytes))};

    // 1. The container, then each entry as the directory describes it.
    auto directory = readZipDirectory(device, m_limits.maxEntries);
    if (!directory)
        return directory.error();
    QList<Entry> entries;
    QSet<QString> folded;
    qint64 total = 0;
    for (qsizetype i = 0; i < directory->size(); ++i) {
        const ZipEntryRecord &r = directory->at(i);
        Entry entry{{}, r};
        if (!decodeUtf8Name(r.name, &entry.name))
            return refused(entry.name, u"has a name that is not valid UTF-8 (bytes: %1)"_s.arg(QString::fromLatin1(r.name.toHex(' '))));
        if (r.encrypted())
            return refused(entry.name, u"is encrypted; packages are never encrypted"_s);
        const quint32 type = r.unixMode() & 0170000;
        if (type == 0120000)
            return refused(entry.name, u"is a symbolic link, which could point anywhere on this computer"_s);
        if (type == 0040000)
            return refused(entry.name, u"is a folder entry; packages hold files only"_s);
        if (type != 0100000)
            return refused(entry.name, u"is not a plain file (it is a device, a pipe or a link)"_s);
        if (const QString problem = packagePathProblem(entry.name); !problem.isEmpty())
            return refused(entry.name, u"cannot be installed because %1"_s.arg(problem));
        const bool isManifest = entry.name == QStringView(PackagePaths::Manifest);
        const bool isSignature = entry.name == QStringView(PackagePaths::Signature);
        if (!isManifest && !isSignature && !isContentPath(entry.name))
            return refused(entry.name, u"is an unknown top-level entry (a package holds manifest.json, signature.json, "
                                       "module.json and media/ only)"_s);
        const QString key = foldedPackagePath(entry.name);
        if (folded.contains(key)) {
            for (const Entry &other : std::as_const(entries)) {
                if (foldedPackagePath(other.name) == key && other.name == entry.name)
                    return refused(entry.name, u"appears twice"_s);
            }
            return refused(entry.name, u"differs only by letter case or accents from another entry, and would overwrite "
                                       "it on Windows or macOS"_s);
        }
        folded.insert(key);
        // Content first, in order; then manifest.json; then signature.json if signed.
        const qsizetype manifestIndex = directory->size() - 1 - (isSignatureName(directory->constLast()) ? 1 : 0);
        if (isManifest != (i == manifestIndex))
            return damaged(isManifest ? u"manifest.json is not the last entry before the signature"_s
                                      : u"entry \"%1\" stands where manifest.json should"_s.arg(entry.name));
        if (isSignature && i != directory->size() - 1)
            return damaged(u"signature.json is not the last entry"_s);
        if (!isManifest && !isSignature && !entries.isEmpty() && i < manifestIndex
            && !PackageManifest::pathLess(entries.constLast().name, entry.name))
            return damaged(u"entry \"%1\" is out of order"_s.arg(entry.name));
        if ((isManifest || isSignature) && r.method != ZipEntryRecord::Stored)
            return damaged(u"%1 is compressed; packages store it as it is"_s.arg(entry.name));
        if (const QString problem = canonicalEntryProblem(r); !problem.isEmpty())
            return damaged(u"entry \"%1\" is not written the way packages are: %2"_s.arg(entry.name, problem));
        const qint64 limit = isManifest ? m_limits.maxManifestBytes
                             : isSignature ? m_limits.maxSignatureBytes : m_limits.maxEntryBytes;
        if (r.size > limit)
            return refused(entry.name, u"is %1, more than the %2 such a file may have"_s.arg(bytes(r.size), bytes(limit)));
        if (r.size >= m_limits.ratioCheckFromBytes && double(r.size) > double(qMax<qint64>(r.compressedSize, 1)) * m_limits.maxCompressionRatio)
            return refused(entry.name, u"would expand from %1 to %2, more than %3 times: this is how \"zip bombs\" fill a "
                                       "disk"_s.arg(bytes(r.compressedSize), bytes(r.size)).arg(m_limits.maxCompressionRatio));
        total += r.size;
        if (total > m_limits.maxTotalBytes)
            return Error{u"The package was refused: its files add up to more than %1, the most a package may hold."_s.arg(bytes(m_limits.maxTotalBytes))};
        entries.append(std::move(entry));
    }
    if (entries.isEmpty())
        return damaged(u"it holds no files"_s);
    // 2. manifest.json and signature.json, stored, read directly; the manifest must list
    // exactly the other entries, with their sizes and how they are compressed.
    const qsizetype manifestIndex = entries.size() - 1 - (contentsSigned(entries) ? 1 : 0);
    auto manifestJson = readStored(device, entries[manifestIndex].record, entries[manifestIndex].name);
    if (!manifestJson)
        return manifestJson.error();
    auto manifest = PackageManifest::fromJson(*manifestJson);
    if (!manifest)
        return manifest.error();
    contents.manifest = std::move(manifest).value();
    contents.manifestJson = *manifestJson;
    if (manifestIndex + 1 < entries.size()) {
        auto signatureJson = readStored(device, entries.constLast().record, entries.constLast().name);
        if (!signatureJson)
            return signatureJson.error();
        contents.signatureJson = *signatureJson;
    }
    QSet<QString> present;
    for (qsizetype i = 0; i < manifestIndex; ++i) {
        const Entry &e = entries[i];
        present.insert(e.name);
        const PackageFile *f = contents.manifest.file(e.name);
        if (!f)
            return refused(e.name, u"is not listed in manifest.json"_s);
        if (f->size != e.record.size)
            return damaged(u"entry \"%1\" is %2 in the zip directory but %3 in manifest.json"_s.arg(e.name, bytes(e.record.size), bytes(f->size)));
        if (f->deflatedSha256.isEmpty() != (e.record.method == ZipEntryRecord::Stored))
            return damaged(u"entry \"%1\" is compressed otherwise than manifest.json says"_s.arg(e.name));
    }
    for (const PackageFile &f : std::as_const(contents.manifest.files)) {
        if (!present.contains(f.path))
            return damaged(u"\"%1\" is listed in manifest.json but missing from the package"_s.arg(f.path));
    }
    // Deflated entries: the exact compressed bytes, before libarchive decompresses them.
    for (qsizetype i = 0; i < manifestIndex; ++i) {
        const Entry &e = entries[i];
        if (e.record.method != ZipEntryRecord::Deflated)
            continue;
        QByteArray raw;
        const Status stream = checkDeflateStream(device, e.record, &raw);
        if (!stream)
            return stream.error();
        if (raw != contents.manifest.file(e.name)->deflatedSha256)
            return damaged(u"entry \"%1\" does not match the SHA-256 of its compressed bytes in manifest.json"_s.arg(e.name));
    }

    // 2. The data, through libarchive, checked against the manifest as it streams.
    Utf8LocaleScope utf8;
    Source source;
    source.device = &device;
    if (!device.seek(0))
        return Error{u"%1 cannot be read from the start."_s.arg(sourceName)};
    std::unique_ptr<archive, ArchiveCloser> a(archive_read_new());
    archive_read_support_format_zip_seekable(a.get());
    archive_read_set_callback_data(a.get(), &source);
    archive_read_set_read_callback(a.get(), readSource);
    archive_read_set_seek_callback(a.get(), seekSource);
    if (archive_read_open1(a.get()) != ARCHIVE_OK)
        return damaged(u"it cannot be opened as a zip archive (%1)"_s.arg(QString::fromUtf8(archive_error_string(a.get()))));

    const QDir target(extractTo);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries[i];
        archive_entry *ae = nullptr;
        const int status = archive_read_next_header(a.get(), &ae);
        if (status != ARCHIVE_OK)
            return damaged(u"entry \"%1\" cannot be read (%2)"_s.arg(entry.name, QString::fromUtf8(archive_error_string(a.get()))));
        const char *name = archive_entry_pathname_utf8(ae);
        if (!name || QString::fromUtf8(name) != entry.name || archive_entry_filetype(ae) != AE_IFREG
            || archive_entry_hardlink(ae) || archive_entry_symlink(ae))
            return damaged(u"entry \"%1\" is not what the zip directory says"_s.arg(entry.name));

        if (i >= manifestIndex) {
            // Read and checked above; copied beside the module so it can be checked again.
            if (!extractTo.isEmpty()) {
                QFile copy(target.filePath(entry.name));
                const QByteArray &data = i == manifestIndex ? contents.manifestJson : contents.signatureJson;
                if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly) || copy.write(data) != data.size() || !copy.flush())
                    return Error{u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(copy.fileName()), copy.errorString())};
            }
            continue;
        }
        const PackageFile *listed = contents.manifest.file(entry.name);
        QFile out;
        if (!extractTo.isEmpty()) {
            const QString path = target.filePath(entry.name);
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return Error{u"Cannot create a folder for %1 under %2."_s.arg(entry.name, QDir::toNativeSeparators(extractTo))};
            out.setFileName(path);
            // NewOnly: never write through something already there, such as a link.
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Error{u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(path), out.errorString())};
        }
        Sha256 hash;
        qint64 count = 0;
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), chunk.data(), size_t(chunk.size()));
            if (n < 0)
                return damaged(u"entry \"%1\" cannot be decompressed (%2)"_s.arg(entry.name, QString::fromUtf8(archive_error_string(a.get()))));
            if (n == 0)
                break;
            count += n;
            if (count > listed->size)
                return damaged(u"entry \"%1\" holds more data than manifest.json says (%2)"_s.arg(entry.name, bytes(listed->size)));
            const QByteArrayView data(chunk.constData(), n);
            hash.add(data);
            if (out.isOpen() && out.write(data.data(), n) != n)
                return Error{u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(out.fileName()), out.errorString())};
        }
        if (out.isOpen() && !out.flush())
            return Error{u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(out.fileName()), out.errorString())};
        if (count != listed->size)
            return damaged(u"entry \"%1\" holds %2 but manifest.json says %3"_s.arg(entry.name, bytes(count), bytes(listed->size)));
        if (hash.result() != listed->sha256)
            return damaged(u"entry \"%1\" does not match its SHA-256 in manifest.json"_s.arg(entry.name));
    }
    archive_entry *extra = nullptr;
    if (archive_read_next_header(a.get(), &extra) != ARCHIVE_EOF)
        return damaged(u"it holds more entries than its directory lists"_s);
    return contents;
}

} // namespace Passerelle
