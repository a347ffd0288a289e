// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the statement importer on any bytes. A JSON array is merged as
// statements (as a pull from an LRS does); a JSON object is read as a progress file and, if
// it is one, merged whole or not at all (as import-progress does). All inputs go into one
// database, so later inputs also meet the statements of earlier ones. No input may crash
// the importer, and every import must add up: each statement counted once, a reason for
// each one refused, and the same input merged again changes nothing.
#include "progress/progressstore.h"
#include "sync/progressfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;

// Set for the replay runner in tests: 1 when the last input was merged with nothing refused.
int passerelleFuzzAccepted = 0;

namespace {

Passerelle::ProgressStore &store()
{
    static int argc = 1;
    static char name[] = "fuzz_statementimport";
    static char *argv[] = {name, nullptr};
    static std::unique_ptr<QCoreApplication> app(QCoreApplication::instance() ? nullptr
                                                                              : new QCoreApplication(argc, argv));
    static QTemporaryDir dir;
    static auto opened = Passerelle::ProgressStore::open(dir.filePath(u"progress.sqlite"_s));
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    return **opened;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    passerelleFuzzAccepted = 0;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    QJsonArray statements;
    Passerelle::ImportOptions options;
    if (doc.isArray()) {
        statements = doc.array();
    } else if (doc.isObject()) {
        auto file = Passerelle::ProgressFile::fromJson(input, u"fuzz input"_s);
        if (!file)
            return 0;
        statements = file->statements;
        options.allOrNothing = true;
    } else {
        return 0;
    }
    Passerelle::ProgressStore &s = store();
    auto summary = s.importStatements(statements, options);
    if (!summary)
        __builtin_trap(); // the database failed on input it should have refused or merged
    const qsizetype counted = summary->added + summary->alreadyPresent + summary->rejected;
    if ((!options.allOrNothing && counted != statements.size()) ||
        (summary->rejected > 0) != !summary->problems.isEmpty())
        __builtin_trap(); // a statement lost in the count, or refused without a reason
    const int before = s.statementCount().value();
    auto again = s.importStatements(statements, options);
    if (!again || again->added != 0 || s.statementCount().value() != before)
        __builtin_trap(); // not idempotent
    passerelleFuzzAccepted = summary->rejected == 0 && !statements.isEmpty() ? 1 : 0;
    return 0;
}
