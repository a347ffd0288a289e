// SPDX-License-Identifier: Apache-2.0
// Certificates: checking one (by code or from its PDF) and printing one again.
#include "command.h"
#include "openstore.h"

#include "certificatewriter.h"
#include "progress/progressstore.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

namespace {

QJsonObject toJson(const Certificate &c)
{
    return {{u"code"_s, c.code},
            {u"learner"_s, QJsonObject{{u"id"_s, c.learnerId}, {u"name"_s, c.learnerName}}},
            {u"module"_s, QJsonObject{{u"id"_s, c.moduleId}, {u"version"_s, c.moduleVersion}, {u"title"_s, c.moduleTitle}}},
            {u"score"_s, QJsonObject{{u"raw"_s, c.scoreRaw}, {u"max"_s, c.scoreMax}, {u"scaled"_s, c.scaled()}}},
            {u"issuedAt"_s, c.issuedAt.toString(Qt::ISODateWithMs)},
            {u"statement"_s, c.statementId}};
}


int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOptions({json, dataDirOption()});
    parser.addPositionalArgument(u"certificate"_s, u"A certificate's PDF file, or its verification code."_s);
    int code = Ok;
    if (!parseCommand(parser, u"verify-certificate"_s,
                      u"Check a certificate against the progress database that issued it."_s, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(u"verify-certificate needs one PDF file or one code."_s);
        return Usage;
    }
    QString typed = parser.positionalArguments().constFirst();
    if (QFileInfo(typed).isFile()) {
        auto fromPdf = CertificateWriter::codeFromPdf(typed);
        if (!fromPdf) {
            err(fromPdf.errorMessage());
            return Problems;
        }
        typed = fromPdf.value();
    }
    auto store = openProgressStore(parser, false, &code);
    if (!store)
        return code;
    auto certificate = store->verifyCertificate(typed);
    if (parser.isSet(json)) {
        printJson(certificate ? QJsonObject{{u"valid"_s, true}, {u"certificate"_s, toJson(*certificate)}}
                              : QJsonObject{{u"valid"_s, false}, {u"reason"_s, certificate.errorMessage()}});
    } else if (certificate) {
        out(u"Valid certificate %1: %2 passed \"%3\" (version %4) on %5 with %6%."_s.arg(
            certificate->code, certificate->learnerName, certificate->moduleTitle, certificate->moduleVersion,
            certificate->issuedAt.toString(u"yyyy-MM-dd"_s), QString::number(qRound(certificate->scaled() * 100))));
    } else {
        err(certificate.errorMessage());
    }
    return certificate ? Ok : Problems;
}

int runPrint(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(u"o"_s, u"Write the PDF to <file>."_s, u"file"_s);
    const QCommandLineOption language(u"language"_s, u"Language of the certificate (en, fr); default: the module's."_s, u"code"_s);
    parser.addOptions({output, language, dataDirOption()});
    parser.addPositionalArgument(u"code"_s, u"The certificate's verification code."_s);
    int code = Ok;
    if (!parseCommand(parser, u"print-certificate"_s, u"Write a certificate again as a PDF."_s, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
        err(u"print-certificate needs a code and -o <file.pdf>."_s);
        return Usage;
    }
    auto store = openProgressStore(parser, false, &code);
    if (!store)
        return code;
    auto certificate = store->verifyCertificate(parser.positionalArguments().constFirst());
    if (!certificate) {
        err(certificate.errorMessage());
        return Problems;
    }
    const QString lang = parser.isSet(language) ? parser.value(language) : certificate->language;
    if (Status s = CertificateWriter::writePdf(*certificate, lang, parser.value(output)); !s) {
        err(s.errorMessage());
        return IoError;
    }
    out(u"Wrote %1"_s.arg(parser.value(output)));
    return Ok;
}

} // namespace

static const CommandRegistration verifyCommand(
    {u"verify-certificate"_s, u"Check a certificate (PDF or code) against the progress database."_s, runVerify});
static const CommandRegistration printCommand(
    {u"print-certificate"_s, u"Write a certificate again as a PDF."_s, runPrint, true});

} // namespace Passerelle::Cli
