// SPDX-License-Identifier: Apache-2.0
#include "packages/packagemanifest.h"

#include "modules/identifiers.h"
#include "packages/packagepath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

Error invalid(const QString &where, const QString &what)
{
    return Error{u"manifest.json is not a valid package manifest: at %1: %2. The package was not made by "
                 "\"passerelle-cli pack\" or was altered; get a fresh copy from its author."_s.arg(where, what)};
}

QString checkKeys(const QJsonObject &o, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

bool readSize(const QJsonValue &v, qint64 *size)
{
    // toInteger() gives the fallback for a number with a fraction.
    *size = v.isDouble() ? v.toInteger(-1) : -1;
    return *size >= 0;
}

} // namespace

bool PackageManifest::pathLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

const PackageFile *PackageManifest::file(const QString &path) const
{
    const auto it = std::lower_bound(files.cbegin(), files.cend(), path,
                                     [](const PackageFile &f, const QString &p) { return pathLess(f.path, p); });
    return it != files.cend() && it->path == path ? &*it : nullptr;
}

qint64 PackageManifest::totalSize() const
{
    qint64 total = 0;
    for (const PackageFile &f : files)
        total += f.size;
    return total;
}

QByteArray PackageManifest::toJson() const
{
    QJsonArray fileArray;
    for (const PackageFile &f : files) {
        QJsonObject fo{{u"path"_s, f.path}, {u"size"_s, f.size}, {u"sha256"_s, QString::fromLatin1(f.sha256.toHex())}};
        if (!f.deflatedSha256.isEmpty())
            fo.insert(u"deflatedSha256"_s, QString::fromLatin1(f.deflatedSha256.toHex()));
        fileArray.append(fo);
    }
    QJsonObject plugins;
    for (auto it = requiredPlugins.cbegin(); it != requiredPlugins.cend(); ++it)
        plugins.insert(it.key(), it.value());
    const QJsonObject o{{u"formatVersion"_s, formatVersion},
                        {u"id"_s, id},
                        {u"version"_s, version},
                        {u"languages"_s, QJsonArray::fromStringList(languages)},
                        {u"requires"_s, QJsonObject{{u"plugins"_s, plugins},
                                                    {u"modules"_s, QJsonArray::fromStringList(requiredModules)}}},
                        {u"packer"_s, packer},
                        {u"compiler"_s, compiler},
                        {u"files"_s, fileArray}};
    // QJsonObject keeps keys sorted, so the same manifest always gives the same bytes.
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Expected<PackageManifest> PackageManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"byte %1"_s.arg(parseError.offset), parseError.errorString());
    if (!doc.isObject())
        return invalid(u"(top level)"_s, u"it must be a JSON object"_s);
    const QJsonObject o = doc.object();
    if (const QString unknown = checkKeys(o, {u"formatVersion"_s, u"id"_s, u"version"_s, u"languages"_s, u"requires"_s,
                                              u"packer"_s, u"compiler"_s, u"files"_s});
        !unknown.isEmpty())
        return invalid(unknown, u"unknown field"_s);

    PackageManifest m;
    const QJsonValue format = o.value(u"formatVersion"_s);
    if (!format.isDouble() || format.toDouble() != static_cast<int>(format.toDouble()) || format.toInt() < 1)
        return invalid(u"formatVersion"_s, u"must be a whole number from 1"_s);
    m.formatVersion = format.toInt();
    if (m.formatVersion > FormatVersion)
        return Error{u"The package has format %1, newer than this Passerelle reads (%2). Update Passerelle to "
                     "install it."_s.arg(m.formatVersion).arg(FormatVersion)};

    m.id = o.value(u"id"_s).toString();
    if (!isValidIdentifier(m.id))
        return invalid(u"id"_s, identifierRule(m.id));
    m.version = o.value(u"version"_s).toString();
    if (!isValidVersion(m.version))
        return invalid(u"version"_s, u"\"%1\" is not a version of the form 1.2.3"_s.arg(m.version));
    const QJsonValue languages = o.value(u"languages"_s);
    if (!languages.isArray() || languages.toArray().isEmpty())
        return invalid(u"languages"_s, u"must be a non-empty list of language codes"_s);
    for (const QJsonValue &l : languages.toArray()) {
        if (!isValidLanguageTag(l.toString()) || m.languages.contains(l.toString()))
            return invalid(u"languages"_s, u"\"%1\" is not a language code, or is listed twice"_s.arg(l.toString()));
        m.languages.append(l.toString());
    }

    const QJsonValue requiresValue = o.value(u"requires"_s);
    if (!requiresValue.isObject())
        return invalid(u"requires"_s, u"must be an object with \"plugins\" and \"modules\""_s);
    const QJsonObject requires_ = requiresValue.toObject();
    if (const QString unknown = checkKeys(requires_, {u"plugins"_s, u"modules"_s}); !unknown.isEmpty())
        return invalid(u"requires."_s + unknown, u"unknown field"_s);
    if (!requires_.value(u"plugins"_s).isObject())
        return invalid(u"requires.plugins"_s, u"must be an object"_s);
    const QJsonObject plugins = requires_.value(u"plugins"_s).toObject();
    for (auto it = plugins.begin(); it != plugins.end(); ++it) {
        if (!isValidIdentifier(it.key()) || !it.value().isString())
            return invalid(u"requires.plugins."_s + it.key(), u"must map an activity type to a version requirement"_s);
        m.requiredPlugins.insert(it.key(), it.value().toString());
    }
    if (!requires_.value(u"modules"_s).isArray())
        return invalid(u"requires.modules"_s, u"must be a list"_s);
    for (const QJsonValue &v : requires_.value(u"modules"_s).toArray()) {
        if (!isValidIdentifier(v.toString()))
            return invalid(u"requires.modules"_s, u"\"%1\" is not a module id"_s.arg(v.toString()));
        m.requiredModules.append(v.toString());
    }

    for (const QString &key : {u"packer"_s, u"compiler"_s}) {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 200)
            return invalid(key, u"must be a short non-empty text"_s);
    }
    m.packer = o.value(u"packer"_s).toString();
    m.compiler = o.value(u"compiler"_s).toString();

    const QJsonValue files = o.value(u"files"_s);
    if (!files.isArray())
        return invalid(u"files"_s, u"must be a list"_s);
    const QJsonArray fileArray = files.toArray();
    QSet<QString> folded;
    for (qsizetype i = 0; i < fileArray.size(); ++i) {
        const QString where = u"files[%1]"_s.arg(i);
        if (!fileArray[i].isObject())
            return invalid(where, u"must be an object"_s);
        const QJsonObject fo = fileArray[i].toObject();
        if (const QString unknown = checkKeys(fo, {u"path"_s, u"size"_s, u"sha256"_s, u"deflatedSha256"_s}); !unknown.isEmpty())
            return invalid(where + u'.' + unknown, u"unknown field"_s);
        PackageFile f;
        f.path = fo.value(u"path"_s).toString();
        if (const QString problem = packagePathProblem(f.path); !problem.isEmpty())
            return invalid(where + u".path"_s, u"\"%1\" cannot be a file name: %2"_s.arg(f.path, problem));
        if (!isContentPath(f.path))
            return invalid(where + u".path"_s, u"\"%1\" is neither module.json nor under media/"_s.arg(f.path));
        if (!readSize(fo.value(u"size"_s), &f.size))
            return invalid(where + u".size"_s, u"must be a whole number of bytes"_s);
        static const auto isHash = [](const QString &hex) {
            return hex.size() == 64 && std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
                       return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
                   });
        };
        const QString hex = fo.value(u"sha256"_s).toString();
        if (!isHash(hex))
            return invalid(where + u".sha256"_s, u"must be 64 lower-case hexadecimal digits"_s);
        f.sha256 = QByteArray::fromHex(hex.toLatin1());
        if (fo.contains(u"deflatedSha256"_s)) {
            const QString deflated = fo.value(u"deflatedSha256"_s).toString();
            if (!isHash(deflated))
                return invalid(where + u".deflatedSha256"_s, u"must be 64 lower-case hexadecimal digits"_s);
            f.deflatedSha256 = QByteArray::fromHex(deflated.toLatin1());
        }
        if (!m.files.isEmpty() && !pathLess(m.files.constLast().path, f.path))
            return invalid(where + u".path"_s, u"\"%1\" is out of order or listed twice"_s.arg(f.path));
        const QString key = foldedPackagePath(f.path);
        if (folded.contains(key))
            return invalid(where + u".path"_s, u"\"%1\" differs from another file only by letter case or accents"_s.arg(f.path));
        folded.insert(key);
        m.files.append(f);
    }
    if (!m.file(QString::fromUtf16(PackagePaths::Module)))
        return invalid(u"files"_s, u"module.json is not listed"_s);
    // A file and a folder with the same name cannot both be extracted.
    for (const PackageFile &f : std::as_const(m.files)) {
        for (qsizetype slash = f.path.indexOf(u'/'); slash >= 0; slash = f.path.indexOf(u'/', slash + 1)) {
            if (folded.contains(foldedPackagePath(f.path.left(slash))))
                return invalid(u"files"_s, u"\"%1\" is both a file and the folder of \"%2\""_s.arg(f.path.left(slash), f.path));
        }
    }
    return m;
}

} // namespace Passerelle
