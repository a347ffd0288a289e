// SPDX-License-Identifier: Apache-2.0
#pragma once

// The names a file may have inside a package. A name must extract to the same single file
// on Linux, Windows and macOS, so the rules are those of the strictest of the three.

#include <QByteArray>
#include <QString>

namespace Passerelle {

// The fixed entries of a package, and the folder that holds everything else.
namespace PackagePaths {
inline constexpr char16_t Manifest[] = u"manifest.json";
inline constexpr char16_t Signature[] = u"signature.json";
inline constexpr char16_t Module[] = u"module.json";
inline constexpr char16_t MediaPrefix[] = u"media/";
} // namespace PackagePaths

// Why `path` cannot name a file in a package, or an empty string when it can. Refuses
// absolute paths, "..", ".", empty parts, backslashes, drive letters, control characters,
// characters Windows forbids, Windows device names and over-long names.
QString packagePathProblem(const QString &path);

// Decodes an entry name that must be UTF-8; returns false for any invalid sequence.
bool decodeUtf8Name(const QByteArray &bytes, QString *name);

// The form two names share when Windows or macOS would store them as the same file
// ("Media/A.png" and "media/a.png", or the two Unicode spellings of "é").
QString foldedPackagePath(const QString &path);

// True for module.json and files under media/: the only content a package carries.
bool isContentPath(const QString &path);

} // namespace Passerelle
