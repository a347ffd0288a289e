// SPDX-License-Identifier: Apache-2.0
// Packing: reproducible bytes, stored versus deflated entries, a strict manifest, and
// compiled folders that cannot be packed.
#include "packagetestsupport.h"

#include "packages/packagemanifest.h"
#include "packages/packagereader.h"
#include "packages/packagewriter.h"
#include "packages/sha256.h"
#include "packages/ziplayout.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace Passerelle;
using namespace PackageTestSupport;

class TestPackageWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCompiledModule(path(u"module"_s)));
    }

    void packingTwiceGivesTheSameBytes()
    {
        auto first = PackageWriter::packCompiledModule(path(u"module"_s), path(u"out1"_s) + u'/');
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(QFileInfo(*first).fileName(), u"demo-1.0.0.ptm"_s);

        // The same content with other dates, permissions and time zone must not change a byte.
        QTemporaryDir copy;
        QVERIFY(makeCompiledModule(copy.path()));
        QFile::setPermissions(copy.filePath(u"media/notes.txt"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile touched(copy.filePath(u"media/photo.png"_s));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6)), QFileDevice::FileModificationTime));
        touched.close();
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Pacific/Auckland");
        tzset();
        auto second = PackageWriter::packCompiledModule(copy.path(), path(u"out2/demo.ptm"_s));
        qputenv("TZ", oldTz);
        tzset();
        QVERIFY2(second, qPrintable(second.errorMessage()));
        const QByteArray a = readFile(*first), b = readFile(*second);
        QVERIFY(a.size() > 40'000);
        QCOMPARE(Sha256::of(a).toHex(), Sha256::of(b).toHex());
        QVERIFY(a == b);
    }

    void compressedMediaIsStoredAndTextDeflated()
    {
        auto package = PackageWriter::packCompiledModule(path(u"module"_s), path(u"stored.ptm"_s));
        QVERIFY2(package, qPrintable(package.errorMessage()));
        QFile file(*package);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto entries = readZipDirectory(file, 100);
        QVERIFY2(entries, qPrintable(entries.errorMessage()));
        QStringList order;
        for (const ZipEntryRecord &e : *entries) {
            const QString name = QString::fromUtf8(e.name);
            order << name;
            const bool stored = name == u"media/photo.png" || name == u"manifest.json";
            const quint16 expected = stored ? ZipEntryRecord::Stored : ZipEntryRecord::Deflated;
            QVERIFY2(e.method == expected, qPrintable(name));
            if (name == u"media/notes.txt")
                QVERIFY(e.compressedSize < e.size / 10);
        }
        QCOMPARE(order, (QStringList{u"media/maps/région.svg"_s, u"media/notes.txt"_s, u"media/photo.png"_s,
                                     u"module.json"_s, u"manifest.json"_s}));
        // The stored photo's bytes are in the package as they are.
        QVERIFY(readFile(*package).contains(noise(40'000, 1)));
        QVERIFY(PackageWriter::isCompressedFormat(u"media/Clip.MP4"_s));
        QVERIFY(PackageWriter::isCompressedFormat(u"media/font.woff2"_s));
        QVERIFY(!PackageWriter::isCompressedFormat(u"media/diagram.svg"_s));
    }

    void aFileThatDeflatesTooWellIsStored()
    {
        // 5 MB of one repeated line deflates over 300:1, past the reader's zip-bomb limit:
        // the writer must store it, and the package must install.
        const QString source = path(u"repetitive"_s);
        QVERIFY(makeCompiledModule(source, u"repetitive"_s, u"1.0.0"_s));
        QByteArray line = "the same transcript line, again and again\n";
        QByteArray text;
        while (text.size() < 5'000'000)
            text += line;
        QVERIFY(writeFile(source + u"/media/transcript.txt"_s, text));
        auto package = PackageWriter::packCompiledModule(source, path(u"repetitive.ptm"_s));
        QVERIFY2(package, qPrintable(package.errorMessage()));
        QFile file(*package);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto entries = readZipDirectory(file, 100);
        QVERIFY(entries);
        bool found = false;
        for (const ZipEntryRecord &e : *entries) {
            if (QString::fromUtf8(e.name) == u"media/transcript.txt") {
                found = true;
                QCOMPARE(e.method, ZipEntryRecord::Stored);
            } else if (QString::fromUtf8(e.name) == u"media/notes.txt") {
                QCOMPARE(e.method, ZipEntryRecord::Deflated); // ordinary text is still deflated
            }
        }
        QVERIFY(found);
        auto contents = PackageReader().read(*package);
        QVERIFY2(contents, qPrintable(contents.errorMessage()));
    }

    void aRelativeFolderPathWorks()
    {
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(path(QString())));
        auto package = PackageWriter::packCompiledModule(u"module"_s, u"relative.ptm"_s);
        QDir::setCurrent(previous);
        QVERIFY2(package, qPrintable(package.errorMessage()));
    }

    void manifestListsEveryFileWithItsHash()
    {
        auto package = PackageWriter::packCompiledModule(path(u"module"_s), path(u"manifest.ptm"_s));
        QVERIFY(package);
        auto contents = PackageReader().read(*package);
        QVERIFY2(contents, qPrintable(contents.errorMessage()));
        const PackageManifest &m = contents->manifest;
        QCOMPARE(m.id, u"demo"_s);
        QCOMPARE(m.version, u"1.0.0"_s);
        QCOMPARE(m.languages, (QStringList{u"en"_s, u"fr"_s}));
        QCOMPARE(m.requiredPlugins.value(u"quiz"_s), u">=1.0"_s);
        QCOMPARE(m.packer, u"passerelle " PASSERELLE_VERSION ""_s);
        QCOMPARE(m.compiler, u"unknown"_s);
        QCOMPARE(m.files.size(), 4);
        QCOMPARE(m.file(u"media/photo.png"_s)->size, 40'000);
        QCOMPARE(m.file(u"media/photo.png"_s)->sha256, Sha256::of(noise(40'000, 1)));
        // Stored files need no second hash; deflated ones list their compressed bytes' hash.
        QVERIFY(m.file(u"media/photo.png"_s)->deflatedSha256.isEmpty());
        QCOMPARE(m.file(u"module.json"_s)->deflatedSha256.size(), 32);
        QVERIFY(!contents->isSigned());
        // The manifest's bytes are its canonical form.
        QCOMPARE(contents->manifestJson, m.toJson());
    }

    void manifestIsParsedStrictly()
    {
        auto good = PackageWriter::manifestFor(path(u"module"_s));
        QVERIFY(good);
        const QJsonObject base = QJsonDocument::fromJson(good->toJson()).object();
        const auto rejects = [&](const std::function<void(QJsonObject &)> &edit, const QString &why) {
            QJsonObject o = base;
            edit(o);
            auto parsed = PackageManifest::fromJson(QJsonDocument(o).toJson());
            if (parsed || !parsed.errorMessage().contains(why))
                return u"expected \"%1\", got: %2"_s.arg(why, parsed ? u"accepted"_s : parsed.errorMessage());
            return QString();
        };
        const auto files = [&](QJsonObject &o, const std::function<void(QJsonArray &)> &edit) {
            QJsonArray a = o.value(u"files"_s).toArray();
            edit(a);
            o.insert(u"files"_s, a);
        };
        QString problem;
        QVERIFY2((problem = rejects([](QJsonObject &o) { o.insert(u"extra"_s, 1); }, u"unknown field"_s)).isEmpty(), qPrintable(problem));
        QVERIFY2((problem = rejects([](QJsonObject &o) { o.insert(u"formatVersion"_s, 2); }, u"newer than this Passerelle"_s)).isEmpty(), qPrintable(problem));
        QVERIFY2((problem = rejects([](QJsonObject &o) { o.insert(u"id"_s, u"Bad Id"_s); }, u"not a valid id"_s)).isEmpty(), qPrintable(problem));
        QVERIFY2((problem = rejects([&](QJsonObject &o) { files(o, [](QJsonArray &a) { a.removeAt(0); a.append(a.at(0)); }); }, u"out of order or listed twice"_s)).isEmpty(), qPrintable(problem));
        QVERIFY2((problem = rejects([&](QJsonObject &o) { files(o, [](QJsonArray &a) {
                      QJsonObject f = a.at(0).toObject(); f.insert(u"sha256"_s, u"ABC"_s); a.replace(0, f); }); }, u"64 lower-case hexadecimal"_s)).isEmpty(), qPrintable(problem));
        QVERIFY2((problem = rejects([&](QJsonObject &o) { files(o, [](QJsonArray &a) {
                      QJsonObject f = a.at(0).toObject(); f.insert(u"path"_s, u"media/../../x"_s); a.replace(0, f); }); }, u"\"..\""_s)).isEmpty(), qPrintable(problem));
        QVERIFY2((problem = rejects([&](QJsonObject &o) { files(o, [](QJsonArray &a) {
                      QJsonObject f = a.at(0).toObject(); f.insert(u"size"_s, 1.5); a.replace(0, f); }); }, u"whole number of bytes"_s)).isEmpty(), qPrintable(problem));
        QVERIFY2((problem = rejects([&](QJsonObject &o) { files(o, [](QJsonArray &a) { a.removeLast(); }); }, u"module.json is not listed"_s)).isEmpty(), qPrintable(problem));
        QVERIFY(PackageManifest::fromJson(QJsonDocument(base).toJson()));
    }

    void refusesFoldersThatAreNotCompiledModules()
    {
        QTemporaryDir dir;
        QVERIFY(makeCompiledModule(dir.path()));
        QVERIFY(writeFile(dir.filePath(u"lesson.md"_s), "# stray source"));
        auto stray = PackageWriter::packCompiledModule(dir.path(), path(u"x.ptm"_s));
        QVERIFY(!stray);
        QVERIFY2(stray.errorMessage().contains(u"holds \"lesson.md\""_s), qPrintable(stray.errorMessage()));
        QVERIFY(QFile::remove(dir.filePath(u"lesson.md"_s)));

        QVERIFY(QFile::link(dir.filePath(u"media/photo.png"_s), dir.filePath(u"media/link.png"_s)));
        auto link = PackageWriter::packCompiledModule(dir.path(), path(u"x.ptm"_s));
        QVERIFY(!link);
        QVERIFY2(link.errorMessage().contains(u"symbolic link"_s), qPrintable(link.errorMessage()));
        QVERIFY(QFile::remove(dir.filePath(u"media/link.png"_s)));

        QVERIFY(writeFile(dir.filePath(u"media/Photo.PNG"_s), "x"));
        auto cased = PackageWriter::packCompiledModule(dir.path(), path(u"x.ptm"_s));
        QVERIFY(!cased);
        QVERIFY2(cased.errorMessage().contains(u"letter case"_s), qPrintable(cased.errorMessage()));
        QVERIFY(QFile::remove(dir.filePath(u"media/Photo.PNG"_s)));

        QVERIFY(writeFile(dir.filePath(u"module.json"_s), "{\"format\": 1}"));
        auto invalid = PackageWriter::packCompiledModule(dir.path(), path(u"x.ptm"_s));
        QVERIFY(!invalid);
        QVERIFY2(invalid.errorMessage().contains(u"is not a valid module"_s), qPrintable(invalid.errorMessage()));
        QVERIFY(!QFile::exists(path(u"x.ptm"_s)));
    }

    void refusesWhatTheReaderWouldRefuse()
    {
        PackOptions options;
        options.limits.maxEntryBytes = 10'000;
        auto tooBig = PackageWriter::packCompiledModule(path(u"module"_s), path(u"big.ptm"_s), options);
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.errorMessage().contains(u"photo.png: it is 39"_s) || tooBig.errorMessage().contains(u"more than the"_s),
                 qPrintable(tooBig.errorMessage()));
        QVERIFY(!QFile::exists(path(u"big.ptm"_s)));
    }
};

QTEST_GUILESS_MAIN(TestPackageWriter)
#include "tst_packagewriter.moc"
