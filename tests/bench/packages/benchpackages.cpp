// SPDX-License-Identifier: Apache-2.0
// Packing and installing a module with ~200 MB of media, against bsdtar on the same files.
// Prints figures; asserts nothing about time. Run by hand on an idle machine:
//   build/bin/bench_packages [--media-mb 200] [--runs 3]
#include "packages/packageinstaller.h"
#include "packages/packagewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint64 x = seed * 0x9E3779B97F4A7C15ull + 1;
    auto *words = reinterpret_cast<quint64 *>(data.data());
    for (qsizetype i = 0; i < size / 8; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        words[i] = x;
    }
    return data;
}

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Three quarters incompressible "photos" and "videos", a quarter compressible text.
bool makeModule(const QString &dir, qint64 mediaBytes)
{
    QFile source(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/passerelle/modules/getting-started/module.json"));
    if (!source.open(QIODevice::ReadOnly) || !write(dir + u"/module.json"_s, source.readAll()))
        return false;
    const qint64 binary = mediaBytes * 3 / 4;
    int n = 0;
    for (qint64 done = 0; done < binary; done += 8 << 20, ++n) {
        const QString name = n % 2 ? u"media/video/clip-%1.mp4"_s.arg(n) : u"media/photos/photo-%1.png"_s.arg(n);
        if (!write(dir + u'/' + name, noise(8 << 20, quint32(n))))
            return false;
    }
    QByteArray text;
    for (int line = 0; text.size() < (1 << 20); ++line)
        text += "Ligne " + QByteArray::number(line) + " : travailler efficacement à travers les cultures, "
                "écouter, reformuler, vérifier ce qui a été compris.\n";
    for (qint64 done = 0; done < mediaBytes - binary; done += text.size(), ++n) {
        if (!write(dir + u"/media/text/notes-%1.md"_s.arg(n), text))
            return false;
    }
    return true;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

double run(const QString &program, const QStringList &arguments, const QString &workingDir)
{
    QProcess p;
    p.setWorkingDirectory(workingDir);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(600'000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    return seconds(t);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Pack and install a large module; compare with bsdtar."_s);
    parser.addHelpOption();
    const QCommandLineOption mediaMb(u"media-mb"_s, u"Megabytes of media (default 200)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs of each step (default 3); the median is shown."_s, u"n"_s, u"3"_s);
    parser.addOptions({mediaMb, runs});
    parser.process(app);
    if (QStandardPaths::findExecutable(u"bsdtar"_s).isEmpty()) {
        std::fprintf(stderr, "bsdtar is missing: install libarchive-tools (scripts/deps does).\n");
        return 1;
    }
    QTemporaryDir work;
    const QString module = work.filePath(u"module"_s);
    std::printf("Generating %s MB of media...\n", qPrintable(parser.value(mediaMb)));
    if (!makeModule(module, parser.value(mediaMb).toLongLong() << 20))
        return 1;

    QList<double> pack, tarPack, install, tarExtract;
    QString package;
    qint64 packageBytes = 0, zipBytes = 0;
    for (int i = 0; i < parser.value(runs).toInt(); ++i) {
        QFile::remove(work.filePath(u"m.ptm"_s));
        QElapsedTimer t;
        t.start();
        auto written = PackageWriter::packCompiledModule(module, work.filePath(u"m.ptm"_s));
        pack << seconds(t);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.errorMessage()));
            return 1;
        }
        package = *written;
        packageBytes = QFileInfo(package).size();

        QFile::remove(work.filePath(u"m.zip"_s));
        tarPack << run(u"bsdtar"_s, {u"--format"_s, u"zip"_s, u"-cf"_s, work.filePath(u"m.zip"_s), u"module.json"_s, u"media"_s}, module);
        zipBytes = QFileInfo(work.filePath(u"m.zip"_s)).size();

        const QString root = work.filePath(u"root%1"_s.arg(i));
        t.restart();
        auto installed = PackageInstaller(root).install(package);
        install << seconds(t);
        if (!installed) {
            std::fprintf(stderr, "%s\n", qPrintable(installed.errorMessage()));
            return 1;
        }
        QDir(root).removeRecursively();

        const QString extract = work.filePath(u"x%1"_s.arg(i));
        QDir().mkpath(extract);
        tarExtract << run(u"bsdtar"_s, {u"-xf"_s, package}, extract);
        QDir(extract).removeRecursively();
    }
    const double p = median(pack), tp = median(tarPack), in = median(install), tx = median(tarExtract);
    std::printf("package: %.1f MB (bsdtar's zip of the same files: %.1f MB)\n", packageBytes / 1e6, zipBytes / 1e6);
    std::printf("pack:    %.2f s   bsdtar --format zip -cf: %.2f s   ratio %.2f (target <= 1.0)\n", p, tp, p / tp);
    std::printf("install: %.2f s   bsdtar -xf (same .ptm):  %.2f s   ratio %.2f (target <= 1.5)\n", in, tx, in / tx);
    std::printf("install checks every SHA-256, the compressed bytes of deflated files, and writes to a\n"
                "temporary folder renamed into place; bsdtar checks CRC-32 only.\n");
    return 0;
}
