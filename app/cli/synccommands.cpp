// SPDX-License-Identifier: Apache-2.0
// Commands that move statements between machines: import-progress (progress files from
// learners' laptops) and sync (push to and pull from the organisation's LRS).
#include "command.h"
#include "openstore.h"

#include "lrsclient.h"
#include "progress/progressstore.h"
#include "sync/progressfile.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

namespace {


QJsonObject summaryJson(const ImportSummary &s)
{
    return {{u"added"_s, s.added},
            {u"alreadyPresent"_s, s.alreadyPresent},
            {u"rejected"_s, s.rejected},
            {u"problems"_s, QJsonArray::fromStringList(s.problems)}};
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOptions({json, dataDirOption()});
    parser.addPositionalArgument(u"file"_s, u"Progress files written by export-progress."_s, u"<file>..."_s);
    int code = Ok;
    if (!parseCommand(parser, u"import-progress"_s,
                      u"Merge learners' progress files into this machine's log, by statement UUID: a statement "
                      "already here is left as it is, so importing a file twice changes nothing. A file that is "
                      "damaged, edited after export, or holds a statement Passerelle cannot read is refused whole: "
                      "nothing of it is imported."_s,
                      arguments, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err(u"import-progress needs at least one progress file."_s);
        return Usage;
    }
    auto store = openProgressStore(parser, true, &code);
    if (!store)
        return code;

    int result = Ok;
    ImportSummary total;
    QJsonArray reports;
    for (const QString &path : files) {
        QJsonObject report{{u"file"_s, path}};
        if (!QFileInfo(path).isReadable()) {
            const QString why =
                u"Cannot read %1: there is no such file, or it may not be read."_s.arg(QDir::toNativeSeparators(path));
            err(why);
            report.insert(u"error"_s, why);
            reports.append(report);
            result = IoError;
            continue;
        }
        auto file = ProgressFile::read(path);
        if (!file) {
            err(u"refused: "_s + file.errorMessage() + u" Nothing was imported from it."_s);
            report.insert(u"error"_s, file.errorMessage());
            reports.append(report);
            result = qMax(result, int(Problems));
            continue;
        }
        ImportOptions options;
        options.allOrNothing = true;
        auto summary = store->importStatements(file->statements, options);
        if (!summary) {
            err(summary.errorMessage());
            return IoError;
        }
        report.insert(u"learner"_s, QJsonObject{{u"id"_s, file->learnerId}, {u"name"_s, file->learnerName}});
        report.insert(u"summary"_s, summaryJson(*summary));
        reports.append(report);
        if (summary->rejected > 0) {
            result = qMax(result, int(Problems));
            err(u"refused: %1 (%2): %3 statement(s) cannot be imported, so nothing was imported from it:"_s
                    .arg(QDir::toNativeSeparators(path), file->learnerName)
                    .arg(summary->rejected));
            for (const QString &problem : std::as_const(summary->problems))
                err(u"  "_s + problem);
        } else if (!parser.isSet(json)) {
            out(u"%1 (%2): %3 new, %4 already present, 0 rejected."_s
                    .arg(QDir::toNativeSeparators(path), file->learnerName)
                    .arg(summary->added)
                    .arg(summary->alreadyPresent));
        }
        total.added += summary->added;
        total.alreadyPresent += summary->alreadyPresent;
        total.rejected += summary->rejected;
    }
    if (parser.isSet(json))
        printJson({{u"database"_s, store->filePath()}, {u"files"_s, reports}, {u"total"_s, summaryJson(total)}});
    else if (files.size() > 1)
        out(u"Total: %1 new, %2 already present, %3 rejected."_s.arg(total.added)
                .arg(total.alreadyPresent)
                .arg(total.rejected));
    return result;
}

bool positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    return ok && *value >= minimum;
}

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption pushOption(u"push"_s, u"Send the statements the LRS does not have yet."_s);
    const QCommandLineOption pullOption(u"pull"_s, u"Bring the statements stored in the LRS since the last pull."_s);
    const QCommandLineOption endpointOption(u"endpoint"_s,
                                            u"The LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI "
                                            "(remembered)."_s,
                                            u"url"_s);
    const QCommandLineOption keyOption(u"key"_s, u"The LRS client key (remembered)."_s, u"key"_s);
    const QCommandLineOption secretOption(u"secret"_s, u"The LRS client secret (remembered, never shown)."_s,
                                          u"secret"_s);
    const QCommandLineOption batchOption(
        u"batch-size"_s, u"Statements per request when pushing (default %1)."_s.arg(LrsClient::DefaultBatchSize),
        u"N"_s);
    const QCommandLineOption pageOption(
        u"page-size"_s,
        u"Statements per page asked of the LRS when pulling (default %1)."_s.arg(LrsClient::DefaultPageSize), u"N"_s);
    const QCommandLineOption retriesOption(
        u"retries"_s, u"Attempts per request when the LRS cannot be reached (default 5)."_s, u"N"_s);
    const QCommandLineOption delayOption(
        u"retry-delay-ms"_s, u"Wait before the second attempt, doubled each time (default 1000)."_s, u"ms"_s);
    const QCommandLineOption retryRefused(u"retry-refused"_s,
                                          u"Send again the statements the LRS refused before (after it was fixed)."_s);
    parser.addOptions({json, dataDirOption(), pushOption, pullOption, endpointOption, keyOption, secretOption,
                       batchOption, pageOption, retriesOption, delayOption, retryRefused});
    int code = Ok;
    if (!parseCommand(parser, u"sync"_s,
                      u"Push this machine's statements to the organisation's xAPI LRS and pull the statements "
                      "stored there into the reports (both unless --push or --pull is given). Statements are marked "
                      "sent only once the LRS confirms them; private reflections are never sent."_s,
                      arguments, &code))
        return code;
    int batchSize = LrsClient::DefaultBatchSize;
    int pageSize = LrsClient::DefaultPageSize;
    RetryPolicy retry;
    if (!positiveNumber(parser, batchOption, 1, &batchSize) || !positiveNumber(parser, pageOption, 1, &pageSize) ||
        !positiveNumber(parser, retriesOption, 1, &retry.maxAttempts) ||
        !positiveNumber(parser, delayOption, 0, &retry.initialDelayMs)) {
        err(u"--batch-size, --page-size and --retries take whole numbers from 1, --retry-delay-ms from 0."_s);
        return Usage;
    }
    auto store = openProgressStore(parser, true, &code);
    if (!store)
        return code;
    LrsSettings settings = LrsSettings::load(*store);
    if (parser.isSet(endpointOption))
        settings.endpoint = QUrl(parser.value(endpointOption));
    if (parser.isSet(keyOption))
        settings.key = parser.value(keyOption);
    if (parser.isSet(secretOption))
        settings.secret = parser.value(secretOption);
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        err(problem);
        return Usage;
    }
    if (Status s = settings.save(*store); !s) {
        err(s.errorMessage());
        return IoError;
    }
    const bool doPush = parser.isSet(pushOption) || !parser.isSet(pullOption);
    const bool doPull = parser.isSet(pullOption) || !parser.isSet(pushOption);
    const bool quiet = parser.isSet(json);
    if (!quiet)
        out(u"LRS %1 (key %2, secret set)."_s.arg(settings.endpointKey(), settings.key));
    // Basic authentication over plain HTTP shows the secret to anyone on the way; only on
    // this machine is that harmless.
    const QString host = settings.endpoint.host();
    if (settings.endpoint.scheme() == u"http" && host != u"localhost" && !host.startsWith(u"127.") && host != u"::1")
        err(u"warning: %1 is not HTTPS: the key and secret travel unencrypted. Use the LRS's https:// endpoint."_s.arg(
            settings.endpointKey()));

    if (parser.isSet(retryRefused)) {
        auto forgotten = store->forgetRefusals(settings.endpointKey());
        if (!forgotten) {
            err(forgotten.errorMessage());
            return IoError;
        }
        if (!quiet)
            out(u"%1 statement(s) the LRS refused before will be sent again."_s.arg(*forgotten));
    }

    LrsClient client(*store, settings);
    client.setBatchSize(batchSize);
    client.setPageSize(pageSize);
    client.setRetryPolicy(retry);
    QEventLoop loop;
    QObject::connect(&client, &LrsClient::pushFinished, &loop, &QEventLoop::quit);
    QObject::connect(&client, &LrsClient::pullFinished, &loop, &QEventLoop::quit);
    int result = Ok;
    QJsonObject report{{u"endpoint"_s, settings.endpointKey()}};

    if (doPush) {
        PushReport pushed;
        QObject::connect(&client, &LrsClient::pushFinished, &loop, [&](const PushReport &r) { pushed = r; });
        client.push();
        if (client.isBusy()) // it may be done already (nothing to send, no settings)
            loop.exec();
        QJsonArray refused;
        for (const RefusedStatement &r : std::as_const(pushed.newlyRefused))
            refused.append(QJsonObject{{u"id"_s, r.id}, {u"status"_s, r.httpStatus}, {u"reason"_s, r.reason}});
        report.insert(u"push"_s, QJsonObject{{u"pending"_s, pushed.pendingAtStart},
                                             {u"sent"_s, pushed.sent},
                                             {u"refused"_s, refused},
                                             {u"error"_s, pushed.error}});
        if (!quiet) {
            out(u"Pushed %1 of %2 statement(s) waiting to be sent."_s.arg(pushed.sent).arg(pushed.pendingAtStart));
            for (const RefusedStatement &r : std::as_const(pushed.newlyRefused))
                out(u"refused by the LRS: statement %1: %2"_s.arg(r.id, r.reason));
        }
        if (!pushed.ok()) {
            err(pushed.error);
            result = IoError;
        } else if (!pushed.newlyRefused.isEmpty()) {
            err(u"The LRS refused %1 statement(s) (listed above); they are set aside and will not be sent again "
                "unless you add --retry-refused."_s.arg(pushed.newlyRefused.size()));
            result = Problems;
        }
    }
    if (doPull && result != IoError) {
        PullReport pulled;
        QObject::connect(&client, &LrsClient::pullFinished, &loop, [&](const PullReport &r) { pulled = r; });
        client.pull();
        if (client.isBusy())
            loop.exec();
        report.insert(u"pull"_s, QJsonObject{{u"received"_s, pulled.received},
                                             {u"pages"_s, pulled.pages},
                                             {u"summary"_s, summaryJson(pulled.imported)},
                                             {u"pulledUntil"_s, pulled.since},
                                             {u"error"_s, pulled.error}});
        if (!quiet) {
            out(u"Pulled %1 statement(s) in %2 page(s): %3 new, %4 already present, %5 rejected."_s.arg(pulled.received)
                    .arg(pulled.pages)
                    .arg(pulled.imported.added)
                    .arg(pulled.imported.alreadyPresent)
                    .arg(pulled.imported.rejected));
            for (const QString &problem : std::as_const(pulled.imported.problems))
                out(u"  not imported: "_s + problem);
        }
        if (!pulled.ok()) {
            err(pulled.error);
            result = IoError;
        } else if (pulled.imported.rejected > 0) {
            result = qMax(result, int(Problems));
        }
    }
    if (quiet)
        printJson(report);
    return result;
}

} // namespace

static const CommandRegistration
    importCommand({u"import-progress"_s, u"Merge learners' progress files into this machine's log."_s, runImport});
static const CommandRegistration syncCommand({u"sync"_s, u"Push statements to and pull them from an xAPI LRS."_s,
                                              runSync});

} // namespace Passerelle::Cli
