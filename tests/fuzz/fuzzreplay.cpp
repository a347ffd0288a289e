// SPDX-License-Identifier: Apache-2.0
// Runs a fuzz target over a seed corpus in an ordinary build (GCC, no libFuzzer), so that
// ctest checks every seed still runs cleanly. Seeds named "valid-*" must be accepted and
// "invalid-*" refused: the target sets passerelleFuzzAccepted after each input.
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern int passerelleFuzzAccepted;

int main(int argc, char *argv[])
{
    int ran = 0;
    int wrong = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(info.filePath()));
                return 1;
            }
            const QByteArray data = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++ran;
            const QString name = info.fileName();
            const bool expectAccepted = name.startsWith(QLatin1String("valid-"));
            const bool expectRefused = name.startsWith(QLatin1String("invalid-"));
            if ((expectAccepted && passerelleFuzzAccepted != 1) || (expectRefused && passerelleFuzzAccepted != 0)) {
                std::fprintf(stderr, "%s: expected the input to be %s\n", qPrintable(name), expectAccepted ? "accepted" : "refused");
                ++wrong;
            }
        }
    }
    std::printf("%d input(s) replayed, %d with an unexpected verdict\n", ran, wrong);
    if (ran == 0) {
        std::fprintf(stderr, "no seed inputs found: give the corpus folder(s) as arguments\n");
        return 1;
    }
    return wrong == 0 ? 0 : 1;
}
