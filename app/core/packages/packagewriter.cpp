// SPDX-License-Identifier: Apache-2.0
#include "packages/packagewriter.h"

#include "modules/module.h"
#include "packages/packagepath.h"
#include "packages/sha256.h"
#include "packages/utf8localescope.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <archive.h>
#include <zlib.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString bytes(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

Expected<QByteArray> hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"%1 cannot be read: %2."_s.arg(native(path), file.errorString())};
    Sha256 hash;
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error{u"%1 cannot be read: %2."_s.arg(native(path), file.errorString())};
        if (n == 0)
            break;
        hash.add(QByteArrayView(chunk.constData(), n));
    }
    return hash.result();
}

// Where libarchive's output goes: the package file, and while an entry's compressed bytes
// pass, a hash of them. The last 16 bytes of an entry are its data descriptor, so they are
// held back until the entry ends and then left out of the hash.
struct Output
{
    QIODevice *device = nullptr;
    bool capturing = false;
    Sha256 *hash = nullptr;
    QByteArray held;
};

constexpr qsizetype DescriptorBytes = 16;

la_ssize_t writeToDevice(archive *, void *data, const void *buffer, size_t length)
{
    auto *output = static_cast<Output *>(data);
    const qint64 n = output->device->write(static_cast<const char *>(buffer), qint64(length));
    if (n < 0)
        return ARCHIVE_FATAL;
    if (output->capturing) {
        output->held.append(static_cast<const char *>(buffer), qsizetype(n));
        if (output->held.size() > DescriptorBytes) {
            const qsizetype ready = output->held.size() - DescriptorBytes;
            output->hash->add(QByteArrayView(output->held.constData(), ready));
            output->held.remove(0, ready);
        }
    }
    return la_ssize_t(n);
}

struct WriterCloser
{
    void operator()(archive *a) const { archive_write_free(a); }
};

// One zip writer set up for packages, adding entries with fixed metadata.
class ZipOut
{
public:
    explicit ZipOut(QIODevice *device) : m_archive(archive_write_new())
    {
        m_output.device = device;
        archive *a = m_archive.get();
        m_ok = archive_write_set_format_zip(a) == ARCHIVE_OK
               && archive_write_set_format_option(a, "zip", "hdrcharset", "UTF-8") == ARCHIVE_OK
               // Unblocked: every byte reaches writeToDevice() at once, and no padding
               // follows the zip's end record.
               && archive_write_set_bytes_per_block(a, 0) == ARCHIVE_OK
               && archive_write_open(a, &m_output, nullptr, writeToDevice, nullptr) == ARCHIVE_OK;
    }

    bool ok() const { return m_ok; }
    QString error() const
    {
        const char *message = archive_error_string(m_archive.get());
        return message ? QString::fromUtf8(message) : u"the zip writer failed"_s;
    }

    bool begin(const QString &path, qint64 size, bool store)
    {
        archive *a = m_archive.get();
        if ((store ? archive_write_zip_set_compression_store(a) : archive_write_zip_set_compression_deflate(a)) != ARCHIVE_OK)
            return false;
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(), path.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), size);
        // Time 0 is before 1980, so the zip's local-time field is clamped to 1980-01-01 in
        // every time zone, and the UTC field holds 0: the same bytes everywhere.
        archive_entry_set_mtime(entry.get(), 0, 0);
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
            return false;
        m_hash = std::make_unique<Sha256>();
        m_output.hash = m_hash.get();
        m_output.held.clear();
        m_output.capturing = !store;
        return true;
    }

    bool data(QByteArrayView data)
    {
        return archive_write_data(m_archive.get(), data.data(), size_t(data.size())) == la_ssize_t(data.size());
    }

    // Ends the entry; for a deflated one, *rawSha256 gets the hash of its compressed bytes.
    bool finish(QByteArray *rawSha256)
    {
        const bool ok = archive_write_finish_entry(m_archive.get()) == ARCHIVE_OK;
        const bool captured = m_output.capturing;
        m_output.capturing = false;
        if (!ok)
            return false;
        if (!captured)
            return true;
        // What was held back must be exactly the data descriptor ("PK\7\8"...).
        if (m_output.held.size() != DescriptorBytes || !m_output.held.startsWith("PK\x07\x08"))
            return false;
        *rawSha256 = m_hash->result();
        return true;
    }

    bool close() { return archive_write_close(m_archive.get()) == ARCHIVE_OK; }

private:
    Output m_output;
    std::unique_ptr<archive, WriterCloser> m_archive;
    std::unique_ptr<Sha256> m_hash;
    bool m_ok = false;
};

} // namespace

bool PackageWriter::isCompressedFormat(const QString &path)
{
    static const QSet<QString> compressed{
        u"png"_s, u"jpg"_s, u"jpeg"_s, u"webp"_s, u"gif"_s, u"avif"_s, u"heic"_s, u"mp4"_s, u"m4v"_s, u"m4a"_s,
        u"mov"_s, u"webm"_s, u"mkv"_s, u"mp3"_s, u"ogg"_s, u"oga"_s, u"ogv"_s, u"opus"_s, u"aac"_s, u"flac"_s,
        u"woff"_s, u"woff2"_s, u"zip"_s, u"gz"_s, u"bz2"_s, u"xz"_s, u"zst"_s, u"7z"_s, u"docx"_s, u"xlsx"_s,
        u"pptx"_s, u"odt"_s, u"ods"_s, u"odp"_s, u"epub"_s};
    return compressed.contains(QFileInfo(path).suffix().toLower());
}

QString PackageWriter::packageFileName(const PackageManifest &manifest)
{
    return u"%1-%2.ptm"_s.arg(manifest.id, manifest.version);
}

// True when deflating the file would pass the reader's compression-ratio limit, as very
// repetitive text can: such a file is stored instead, so that a package the writer makes is
// never one the reader refuses as a zip bomb. Only large files are measured (the limit
// applies from ratioCheckFromBytes), with half the limit as a margin between zlib settings.
static bool deflatesBeyondLimit(const QString &path, qint64 size, const PackageLimits &limits)
{
    if (size < limits.ratioCheckFromBytes)
        return false;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false; // the writer reports unreadable files itself
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    QByteArray input(ChunkBytes, Qt::Uninitialized);
    QByteArray output(ChunkBytes, Qt::Uninitialized);
    qint64 compressed = 0;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 n = in.read(input.data(), input.size());
        flush = n <= 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(input.data());
        z.avail_in = uInt(std::max<qint64>(n, 0));
        do {
            z.next_out = reinterpret_cast<Bytef *>(output.data());
            z.avail_out = uInt(output.size());
            deflate(&z, flush);
            compressed += output.size() - qint64(z.avail_out);
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return double(size) > double(std::max<qint64>(compressed, 1)) * limits.maxCompressionRatio / 2.0;
}

Expected<PackageManifest> PackageWriter::manifestFor(const QString &compiledDir, const PackOptions &options)
{
    // Absolute, so that the paths of the files found below it are relative to it.
    const QDir dir(QFileInfo(compiledDir).absoluteFilePath());
    if (!QFileInfo(compiledDir).isDir())
        return Error{u"%1 is not a folder. Give the folder that holds the compiled module.json."_s.arg(native(compiledDir))};
    const QString moduleJson = dir.filePath(QString::fromUtf16(PackagePaths::Module));
    auto module = ModuleLoader::loadFile(moduleJson);
    if (!module)
        return Error{u"Cannot pack %1: %2"_s.arg(native(compiledDir), module.errorMessage())};

    PackageManifest m;
    m.id = module->id;
    m.version = module->version;
    m.languages = module->languages;
    m.requiredPlugins = module->requiredPlugins;
    m.requiredModules = module->requiredModules;
    m.packer = options.packer.isEmpty() ? QStringLiteral("passerelle " PASSERELLE_VERSION) : options.packer;
    m.compiler = options.compiler;
    if (m.compiler.isEmpty()) {
        QFile file(moduleJson);
        if (file.open(QIODevice::ReadOnly))
            m.compiler = QJsonDocument::fromJson(file.readAll()).object().value(u"compiler"_s).toString();
        if (m.compiler.isEmpty() || m.compiler.size() > 200)
            m.compiler = u"unknown"_s;
    }

    // Only module.json and media/ belong in a compiled module: anything else is refused
    // rather than silently left out, so the author sees it.
    QStringList paths{QString::fromUtf16(PackagePaths::Module)};
    for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (info.fileName() == QStringView(PackagePaths::Module) && info.isFile() && !info.isSymLink())
            continue;
        if (info.fileName() == u"media" && info.isDir() && !info.isSymLink())
            continue;
        return Error{u"Cannot pack %1: it holds \"%2\", but a compiled module folder holds only module.json and a "
                     "media folder. Move it out of the folder."_s.arg(native(compiledDir), info.fileName())};
    }
    QDirIterator it(dir.filePath(u"media"_s), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString relative = dir.relativeFilePath(info.filePath());
        if (info.isSymLink())
            return Error{u"Cannot pack %1: it is a symbolic link. Replace it with the file it points to."_s.arg(native(info.filePath()))};
        if (info.isDir())
            continue;
        if (!info.isFile())
            return Error{u"Cannot pack %1: it is not a plain file."_s.arg(native(info.filePath()))};
        if (relative.startsWith(u'.') || relative.contains(u"/."_s))
            return Error{u"Cannot pack %1: hidden files are not packed. Delete it or rename it."_s.arg(native(info.filePath()))};
        if (const QString problem = packagePathProblem(relative); !problem.isEmpty())
            return Error{u"Cannot pack %1: its name cannot be used in a package because %2. Rename it."_s.arg(native(info.filePath()), problem)};
        paths.append(relative);
    }
    std::sort(paths.begin(), paths.end(), PackageManifest::pathLess);
    if (paths.size() + 2 > options.limits.maxEntries)
        return Error{u"Cannot pack %1: it holds %2 files, more than the %3 a package may hold."_s.arg(native(compiledDir)).arg(paths.size()).arg(options.limits.maxEntries - 2)};

    QSet<QString> folded;
    for (const QString &path : std::as_const(paths)) {
        const QString full = dir.filePath(path);
        if (folded.contains(foldedPackagePath(path)))
            return Error{u"Cannot pack %1: another file has the same name but for letter case or accents, so they would "
                         "overwrite each other on Windows or macOS. Rename one."_s.arg(native(full))};
        folded.insert(foldedPackagePath(path));
        PackageFile f;
        f.path = path;
        f.size = QFileInfo(full).size();
        if (f.size > options.limits.maxEntryBytes)
            return Error{u"Cannot pack %1: it is %2, more than the %3 a file in a package may have."_s.arg(native(full), bytes(f.size), bytes(options.limits.maxEntryBytes))};
        auto hash = hashFile(full);
        if (!hash)
            return hash.error();
        f.sha256 = *hash;
        m.files.append(f);
    }
    if (m.totalSize() > options.limits.maxTotalBytes)
        return Error{u"Cannot pack %1: its files add up to %2, more than the %3 a package may hold."_s.arg(native(compiledDir), bytes(m.totalSize()), bytes(options.limits.maxTotalBytes))};
    return m;
}

Expected<PackageManifest> PackageWriter::write(const QString &packagePath, const PackageManifest &manifest,
                                                const QString &filesDir, const PackageLimits &limits)
{
    QSaveFile out(packagePath);
    if (!out.open(QIODevice::WriteOnly))
        return Error{u"Cannot write %1: %2."_s.arg(native(packagePath), out.errorString())};
    const auto failed = [&](const QString &what) {
        out.cancelWriting();
        return Error{u"Cannot write %1: %2."_s.arg(native(packagePath), what)};
    };

    Utf8LocaleScope utf8;
    ZipOut zip(&out);
    if (!zip.ok())
        return failed(zip.error());
    PackageManifest written = manifest;
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    const QDir dir(filesDir);
    for (PackageFile &f : written.files) {
        QFile in(dir.filePath(f.path));
        if (!in.open(QIODevice::ReadOnly))
            return failed(u"%1 cannot be read (%2)"_s.arg(native(in.fileName()), in.errorString()));
        if (in.size() != f.size)
            return failed(u"%1 changed while it was being packed; pack again"_s.arg(native(in.fileName())));
        const bool store = isCompressedFormat(f.path) || deflatesBeyondLimit(in.fileName(), f.size, limits);
        if (!zip.begin(f.path, f.size, store))
            return failed(zip.error());
        Sha256 hash;
        qint64 total = 0;
        for (;;) {
            const qint64 n = in.read(chunk.data(), chunk.size());
            if (n < 0)
                return failed(u"%1 cannot be read (%2)"_s.arg(native(in.fileName()), in.errorString()));
            if (n == 0)
                break;
            const QByteArrayView data(chunk.constData(), n);
            hash.add(data);
            total += n;
            if (total > f.size || !zip.data(data))
                return failed(total > f.size ? u"%1 changed while it was being packed; pack again"_s.arg(native(in.fileName())) : zip.error());
        }
        if (total != f.size || hash.result() != f.sha256)
            return failed(u"%1 changed while it was being packed; pack again"_s.arg(native(in.fileName())));
        f.deflatedSha256.clear();
        if (!zip.finish(&f.deflatedSha256))
            return failed(zip.error());
    }
    // Stored, so that its bytes in the package are exactly the bytes a signature covers.
    const QByteArray manifestJson = written.toJson();
    QByteArray unused;
    if (!zip.begin(QString::fromUtf16(PackagePaths::Manifest), manifestJson.size(), true) || !zip.data(manifestJson)
        || !zip.finish(&unused) || !zip.close())
        return failed(zip.error());
    if (!out.commit())
        return Error{u"Cannot write %1: %2."_s.arg(native(packagePath), out.errorString())};
    return written;
}

Expected<QString> PackageWriter::packCompiledModule(const QString &compiledDir, const QString &output, const PackOptions &options)
{
    auto manifest = manifestFor(compiledDir, options);
    if (!manifest)
        return manifest.error();
    QString path = output;
    if (QFileInfo(output).isDir() || output.endsWith(u'/'))
        path = QDir(output).filePath(packageFileName(*manifest));
    if (!QFileInfo(path).absoluteDir().exists() && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{u"Cannot create the folder %1."_s.arg(native(QFileInfo(path).absolutePath()))};
    const auto written = write(path, *manifest, QFileInfo(compiledDir).absoluteFilePath(), options.limits);
    if (!written)
        return written.error();
    return path;
}

} // namespace Passerelle
