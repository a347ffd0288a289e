// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the module compiler on any bytes. The input is split at the first line
// "%%%%" into module.yaml and one lesson (lessons/01-fuzz.en.md), written to a temporary
// source folder and compiled. No input may crash or hang the compiler; each compilation
// must end either with a module or with at least one error.
#include "modules/modulecompiler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace Qt::StringLiterals;

// Set for the replay runner in tests: 1 when the last input compiled.
int passerelleFuzzAccepted = 0;

static void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf("\n%%%%\n");
    const QByteArray moduleYaml = split < 0 ? input : input.left(split);
    const QByteArray lesson = split < 0 ? QByteArray() : input.mid(split + 6);

    const QString source = scratch.filePath(u"fuzz-module"_s);
    QDir(source).removeRecursively();
    QDir().mkpath(source + u"/lessons"_s);
    write(source + u"/module.yaml"_s, moduleYaml);
    if (split >= 0)
        write(source + u"/lessons/01-fuzz.en.md"_s, lesson);

    const Passerelle::CompileResult result = Passerelle::ModuleCompiler(Passerelle::CompileOptions{}).compile(source);
    if (!result.ok() && result.count(Passerelle::Diagnostic::Severity::Error) == 0)
        __builtin_trap(); // refused without saying why
    passerelleFuzzAccepted = result.ok() ? 1 : 0;
    return 0;
}
