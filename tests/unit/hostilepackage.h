// SPDX-License-Identifier: Apache-2.0
#pragma once

// Builds zip archives the way an attacker would, with libarchive, at test time: nothing big
// is checked in. Entries get the fixed metadata real packages have, so that each archive
// differs from a good package only by the trick under test.

#include "packages/packagemanifest.h"
#include "packages/sha256.h"

#include <QByteArray>
#include <QString>

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

#include <memory>

namespace HostilePackage {

using namespace Qt::StringLiterals;

class Zip
{
public:
    // `utf8Names` false writes names as raw bytes, as old zip tools do.
    explicit Zip(const QString &path, const QByteArray &passphrase = {}, bool utf8Names = true)
        : m_locale(newlocale(LC_ALL_MASK, "C.UTF-8", locale_t(nullptr)))
        , m_previous(uselocale(m_locale))
        , m_archive(archive_write_new())
    {
        archive_write_set_format_zip(m_archive);
        if (utf8Names)
            archive_write_set_format_option(m_archive, "zip", "hdrcharset", "UTF-8");
        // Level 1 keeps building the 1 GB bomb fast; zeros compress about as well.
        archive_write_set_format_option(m_archive, "zip", "compression-level", "1");
        if (!passphrase.isEmpty()) {
            archive_write_set_format_option(m_archive, "zip", "encryption", "zipcrypt");
            archive_write_set_passphrase(m_archive, passphrase.constData());
        }
        archive_write_set_bytes_per_block(m_archive, 0);
        m_ok = archive_write_open_filename(m_archive, path.toLocal8Bit().constData()) == ARCHIVE_OK;
    }
    ~Zip()
    {
        close();
        uselocale(m_previous);
        freelocale(m_locale);
    }

    bool ok() const { return m_ok; }

    // Stored by default: a deflated entry would also need its compressed bytes' hash listed.
    void add(const QByteArray &name, const QByteArray &data, bool store = true)
    {
        Entry e = entry(name, AE_IFREG, data.size(), store);
        m_ok = m_ok && archive_write_header(m_archive, e.get()) >= ARCHIVE_WARN
               && archive_write_data(m_archive, data.constData(), size_t(data.size())) == data.size();
    }
    // `size` zero bytes, written in chunks: a gigabyte never sits in memory.
    void addZeros(const QByteArray &name, qint64 size)
    {
        Entry e = entry(name, AE_IFREG, size, false);
        m_ok = m_ok && archive_write_header(m_archive, e.get()) >= ARCHIVE_WARN;
        const QByteArray zeros(1 << 20, '\0');
        for (qint64 left = size; left > 0 && m_ok; left -= zeros.size()) {
            const qint64 n = qMin<qint64>(left, zeros.size());
            m_ok = archive_write_data(m_archive, zeros.constData(), size_t(n)) == n;
        }
    }
    void addSymlink(const QByteArray &name, const QByteArray &target)
    {
        Entry e = entry(name, AE_IFLNK, 0, true);
        archive_entry_set_perm(e.get(), 0777);
        archive_entry_set_symlink(e.get(), target.constData());
        m_ok = m_ok && archive_write_header(m_archive, e.get()) >= ARCHIVE_WARN;
    }
    void addHardlink(const QByteArray &name, const QByteArray &target)
    {
        Entry e = entry(name, AE_IFREG, 0, true);
        archive_entry_set_hardlink(e.get(), target.constData());
        m_ok = m_ok && archive_write_header(m_archive, e.get()) >= ARCHIVE_WARN;
    }
    void addDirectory(const QByteArray &name)
    {
        Entry e = entry(name, AE_IFDIR, 0, true);
        archive_entry_set_perm(e.get(), 0755);
        m_ok = m_ok && archive_write_header(m_archive, e.get()) >= ARCHIVE_WARN;
    }
    bool close()
    {
        if (m_archive) {
            m_ok = archive_write_close(m_archive) == ARCHIVE_OK && m_ok;
            archive_write_free(m_archive);
            m_archive = nullptr;
        }
        return m_ok;
    }

private:
    using Entry = std::unique_ptr<archive_entry, decltype(&archive_entry_free)>;
    Entry entry(const QByteArray &name, unsigned type, qint64 size, bool store)
    {
        if (store)
            archive_write_zip_set_compression_store(m_archive);
        else
            archive_write_zip_set_compression_deflate(m_archive);
        Entry e(archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname(e.get(), name.constData());
        archive_entry_set_filetype(e.get(), type);
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_size(e.get(), size);
        archive_entry_set_mtime(e.get(), 0, 0);
        archive_entry_set_uid(e.get(), 0);
        archive_entry_set_gid(e.get(), 0);
        return e;
    }

    locale_t m_locale;
    locale_t m_previous;
    archive *m_archive;
    bool m_ok = false;
};

// A manifest for module "demo" listing `files` (stored) (path, content) with their true hashes.
inline Passerelle::PackageManifest manifest(const QList<std::pair<QString, QByteArray>> &files,
                                            const QString &version = u"2.0.0"_s)
{
    Passerelle::PackageManifest m;
    m.id = u"demo"_s;
    m.version = version;
    m.languages = {u"en"_s, u"fr"_s};
    m.requiredPlugins = {{u"quiz"_s, u">=1.0"_s}};
    m.packer = u"test"_s;
    m.compiler = u"unknown"_s;
    for (const auto &[path, data] : files)
        m.files.append({path, data.size(), Passerelle::Sha256::of(data), {}});
    std::sort(m.files.begin(), m.files.end(), [](const Passerelle::PackageFile &a, const Passerelle::PackageFile &b) {
        return Passerelle::PackageManifest::pathLess(a.path, b.path);
    });
    return m;
}

} // namespace HostilePackage
