// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the package tests: compiled module folders made from the bundled
// getting-started module, with a chosen id, version and media.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace PackageTestSupport {

using namespace Qt::StringLiterals;

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.flush();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// module.json of the bundled getting-started module, renamed and re-versioned.
inline QByteArray moduleJson(const QString &id, const QString &version)
{
    const QString source = qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s;
    QJsonObject o = QJsonDocument::fromJson(readFile(source)).object();
    o.insert(u"id"_s, id);
    o.insert(u"version"_s, version);
    return QJsonDocument(o).toJson();
}

// Deterministic bytes that do not compress, standing in for a photo or a video.
inline QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x & 0xff);
    }
    return data;
}

// A compiled module folder: module.json, a "photo", a text file and a nested file.
inline bool makeCompiledModule(const QString &dir, const QString &id = u"demo"_s, const QString &version = u"1.0.0"_s)
{
    return writeFile(dir + u"/module.json"_s, moduleJson(id, version))
           && writeFile(dir + u"/media/photo.png"_s, noise(40'000, 1))
           && writeFile(dir + u"/media/notes.txt"_s, QByteArray("Une note de formation. ").repeated(400))
           && writeFile(dir + u"/media/maps/région.svg"_s, QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>\n"));
}

} // namespace PackageTestSupport
