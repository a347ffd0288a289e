// SPDX-License-Identifier: Apache-2.0
#include "progress/durablefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Passerelle::DurableFiles {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Error{u"Cannot open %1 to flush it to the disk: %2."_s.arg(native(path), file.errorString())};
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return Error{
            u"Cannot flush %1 to the disk: %2."_s.arg(native(path), QString::fromLocal8Bit(std::strerror(errno)))};
#else
    if (!file.flush())
        return Error{u"Cannot flush %1 to the disk: %2."_s.arg(native(path), file.errorString())};
#endif
    return success();
}

Status syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error{
            u"Cannot open the folder %1: %2."_s.arg(native(path), QString::fromLocal8Bit(std::strerror(errno)))};
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return Error{u"Cannot flush the folder %1 to the disk: %2."_s.arg(
            native(path), QString::fromLocal8Bit(std::strerror(error)))};
#else
    Q_UNUSED(path);
#endif
    return success();
}

Status replace(const QString &from, const QString &to)
{
    if (Status s = syncFile(from); !s)
        return s;
    // QFile::rename refuses to replace; std::filesystem::rename replaces atomically (rename(2)
    // on POSIX, MoveFileExW with MOVEFILE_REPLACE_EXISTING on Windows).
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            error);
    if (error)
        return Error{
            u"Cannot rename %1 to %2: %3."_s.arg(native(from), native(to), QString::fromLocal8Bit(error.message()))};
    return syncFolder(QFileInfo(to).absolutePath());
}

} // namespace Passerelle::DurableFiles
