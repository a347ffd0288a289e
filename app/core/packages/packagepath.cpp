// SPDX-License-Identifier: Apache-2.0
#include "packages/packagepath.h"

#include <QStringDecoder>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

constexpr qsizetype MaxPathBytes = 512;
constexpr qsizetype MaxPartBytes = 255;
constexpr qsizetype MaxDepth = 16;

bool isWindowsDeviceName(const QString &part)
{
    // "con", "nul.txt", "com1.png"... name a device on Windows whatever the extension.
    const QString stem = part.section(u'.', 0, 0).toLower();
    static const QStringList devices{u"con"_s, u"prn"_s, u"aux"_s, u"nul"_s};
    if (devices.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(u"com"_s) || stem.startsWith(u"lpt"_s)) && stem[3] >= u'1'
           && stem[3] <= u'9';
}

} // namespace

QString packagePathProblem(const QString &path)
{
    if (path.isEmpty())
        return u"the name is empty"_s;
    if (path.toUtf8().size() > MaxPathBytes)
        return u"the name is longer than %1 bytes"_s.arg(MaxPathBytes);
    if (path.startsWith(u'/'))
        return u"it is an absolute path"_s;
    for (const QChar c : path) {
        if (c == u'\\')
            return u"it contains a backslash (\\); use \"/\" between folders"_s;
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return u"it contains a control character"_s;
        if (QStringView(u":*?\"<>|").contains(c))
            return u"it contains \"%1\", which Windows does not allow in file names"_s.arg(c);
    }
    const QStringList parts = path.split(u'/');
    if (parts.size() > MaxDepth)
        return u"it is nested more than %1 folders deep"_s.arg(MaxDepth);
    for (const QString &part : parts) {
        if (part.isEmpty())
            return path.endsWith(u'/') ? u"it names a folder, not a file"_s : u"it contains an empty folder name (\"//\")"_s;
        if (part == u"..")
            return u"it contains \"..\", which could write outside the module's folder"_s;
        if (part == u".")
            return u"it contains \".\" as a folder name"_s;
        if (part.endsWith(u'.') || part.endsWith(u' '))
            return u"\"%1\" ends with a dot or a space, which Windows drops"_s.arg(part);
        if (part.toUtf8().size() > MaxPartBytes)
            return u"\"%1\" is longer than %2 bytes"_s.arg(part.left(32) + u"…"_s).arg(MaxPartBytes);
        if (isWindowsDeviceName(part))
            return u"\"%1\" is a device name on Windows"_s.arg(part);
    }
    return {};
}

bool decodeUtf8Name(const QByteArray &bytes, QString *name)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *name = decoder.decode(bytes);
    return !decoder.hasError();
}

QString foldedPackagePath(const QString &path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

bool isContentPath(const QString &path)
{
    return path == QStringView(PackagePaths::Module) || path.startsWith(QStringView(PackagePaths::MediaPrefix));
}

} // namespace Passerelle
