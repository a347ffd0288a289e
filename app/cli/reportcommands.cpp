// SPDX-License-Identifier: Apache-2.0
// passerelle-cli report matrix|items|learner|cohort|statements: the administrator's reports
// as CSV, PDF, JSON or text.
#include "command.h"
#include "openstore.h"

#include "admin/cohortstore.h"
#include "cohortreport.h"
#include "documentwriter.h"
#include "modules/module.h"
#include "packages/modulecatalogue.h"
#include "reports/completionmatrix.h"
#include "reports/csvwriter.h"
#include "reports/itemanalysis.h"
#include "reports/learnerreport.h"
#include "reports/reportexports.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

namespace {

const QCommandLineOption
    CohortOption(u"cohort"_s, u"Only this cohort (id or name): its members and required modules."_s, u"cohort"_s);
const QCommandLineOption ModuleOption(u"module"_s, u"Only this module (id)."_s, u"module"_s);
const QCommandLineOption
    FormatOption(u"format"_s, u"csv, pdf, json or text (default: from the -o extension, else text)."_s, u"format"_s);
const QCommandLineOption OutputOption({u"o"_s, u"output"_s}, u"Write to <file> (default: standard output)."_s,
                                      u"file"_s);
const QCommandLineOption AtOption(u"at"_s, u"Judge lateness as of this day, YYYY-MM-DD (default: now)."_s, u"date"_s);
const QCommandLineOption LanguageOption(u"language"_s, u"Language of titles and option texts (default en)."_s,
                                        u"code"_s, u"en"_s);

struct Report
{
    QCommandLineParser parser;
    std::unique_ptr<ProgressStore> store;
    QString format;
    QString cohortId;
    QDateTime now;
    int code = Ok;
};

bool start(Report &r, const QString &name, const QString &description, const QStringList &arguments,
           const QList<QCommandLineOption> &options, const QStringList &formats)
{
    r.parser.addOptions(options);
    r.parser.addOptions({dataDirOption(), FormatOption, OutputOption, AtOption, LanguageOption});
    if (!parseCommand(r.parser, u"report "_s + name, description, arguments, &r.code))
        return false;
    r.format = r.parser.value(FormatOption);
    if (r.format.isEmpty()) {
        const QString suffix = QFileInfo(r.parser.value(OutputOption)).suffix().toLower();
        r.format = formats.contains(suffix) ? suffix : formats.contains(u"text"_s) ? u"text"_s : formats.constFirst();
    }
    if (!formats.contains(r.format)) {
        err(u"report %1 writes %2, not \"%3\"."_s.arg(name, formats.join(u", "_s), r.format));
        r.code = Usage;
        return false;
    }
    if (r.format == u"pdf" && !r.parser.isSet(OutputOption)) {
        err(u"A PDF needs a file: add -o <file>.pdf."_s);
        r.code = Usage;
        return false;
    }
    r.now = QDateTime::currentDateTimeUtc();
    if (r.parser.isSet(AtOption)) {
        const QDate day = QDate::fromString(r.parser.value(AtOption), Qt::ISODate);
        if (!day.isValid()) {
            err(u"--at takes a date as YYYY-MM-DD, not \"%1\"."_s.arg(r.parser.value(AtOption)));
            r.code = Usage;
            return false;
        }
        r.now = QDateTime(day, QTime(12, 0), Qt::UTC);
    }
    r.store = openProgressStore(r.parser, false, &r.code);
    if (!r.store)
        return false;
    const bool takesCohort = std::any_of(options.begin(), options.end(),
                                         [](const QCommandLineOption &o) { return o.names() == CohortOption.names(); });
    if (takesCohort) {
        if (!r.parser.value(CohortOption).isEmpty()) {
            auto c = CohortStore(r.store->database()).find(r.parser.value(CohortOption));
            if (!c) {
                err(c.errorMessage());
                r.code = Problems;
                return false;
            }
            r.cohortId = c->id;
        }
    }
    return true;
}

int writeOut(const Report &r, const QByteArray &data)
{
    if (!r.parser.isSet(OutputOption)) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        return Ok;
    }
    QSaveFile file(r.parser.value(OutputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err(u"Could not write %1: %2."_s.arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return IoError;
    }
    err(u"wrote %1"_s.arg(QDir::toNativeSeparators(file.fileName())));
    return Ok;
}

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QJsonObject cellJson(const MatrixCell &c)
{
    QJsonObject o{{u"learnerId"_s, c.learnerId}, {u"learner"_s, c.learnerName},
                  {u"module"_s, c.moduleId},     {u"status"_s, cellStatusName(c.status)},
                  {u"progress"_s, c.progress},   {u"minutes"_s, std::round(c.seconds / 6.0) / 10.0}};
    if (c.hasScore)
        o.insert(u"score"_s, QJsonObject{{u"raw"_s, c.scoreRaw}, {u"max"_s, c.scoreMax}});
    if (c.dueMs > 0)
        o.insert(u"due"_s, ReportExports::dueDate(c.dueMs));
    if (c.completedAtMs > 0)
        o.insert(u"completedAt"_s, ReportExports::isoDateTime(c.completedAtMs));
    return o;
}

int matrix(const QStringList &arguments)
{
    Report r;
    const QCommandLineOption status(u"status"_s,
                                    u"Only cells with this status: not-started, in-progress, failed, completed, passed "
                                    "or overdue."_s,
                                    u"status"_s);
    const QCommandLineOption name(u"name"_s, u"Only learners whose name contains <text>."_s, u"text"_s);
    const QCommandLineOption sort(u"sort"_s, u"learner, module, status, progress, score, due or last-activity."_s,
                                  u"key"_s, u"learner"_s);
    const QCommandLineOption descending(u"descending"_s, u"Sort from the highest."_s);
    if (!start(r, u"matrix"_s,
               u"The completion matrix: every learner × module, with status, progress, score and due date."_s,
               arguments, {CohortOption, ModuleOption, status, name, sort, descending},
               {u"csv"_s, u"json"_s, u"text"_s}))
        return r.code;
    MatrixFilter filter;
    filter.cohortId = r.cohortId;
    filter.moduleId = r.parser.value(ModuleOption);
    filter.nameText = r.parser.value(name);
    filter.descending = r.parser.isSet(descending);
    if (r.parser.isSet(status)) {
        CellStatus s;
        if (!cellStatusFromName(r.parser.value(status), &s)) {
            err(u"--status is not-started, in-progress, failed, completed, passed or overdue."_s);
            return Usage;
        }
        filter.status = int(s);
    }
    static const QHash<QString, MatrixFilter::Sort> sorts{{u"learner"_s, MatrixFilter::Sort::ByLearner},
                                                          {u"module"_s, MatrixFilter::Sort::ByModule},
                                                          {u"status"_s, MatrixFilter::Sort::ByStatus},
                                                          {u"progress"_s, MatrixFilter::Sort::ByProgress},
                                                          {u"score"_s, MatrixFilter::Sort::ByScore},
                                                          {u"due"_s, MatrixFilter::Sort::ByDue},
                                                          {u"last-activity"_s, MatrixFilter::Sort::ByLastActivity}};
    if (!sorts.contains(r.parser.value(sort))) {
        err(u"--sort is learner, module, status, progress, score, due or last-activity."_s);
        return Usage;
    }
    filter.sort = sorts.value(r.parser.value(sort));
    auto cells = CompletionMatrix::query(r.store->database(), filter, r.now.toMSecsSinceEpoch());
    auto titles = CompletionMatrix::moduleTitles(r.store->database(), r.parser.value(LanguageOption));
    if (!cells || !titles) {
        err(cells ? titles.errorMessage() : cells.errorMessage());
        return IoError;
    }
    if (r.format == u"csv")
        return writeOut(r, ReportExports::matrixCsv(*cells, *titles));
    if (r.format == u"json") {
        QJsonArray array;
        for (const MatrixCell &c : *cells)
            array.append(cellJson(c));
        return writeOut(r, jsonBytes({{u"cells"_s, array}}));
    }
    return writeOut(r, ReportExports::matrixText(*cells).toUtf8());
}

// The modules the report can read option texts from: bundled, installed and --modules-dir.
QList<Module> availableModules(const QCommandLineParser &parser, const QStringList &moduleDirs)
{
    ModuleCatalogue catalogue;
    catalogue.addRoot(bundledModulesDir(), true);
    catalogue.addInstalledRoot(QDir(dataDir(parser)).filePath(u"modules"_s));
    for (const QString &dir : moduleDirs)
        catalogue.addRoot(dir, false);
    return catalogue.loadAll();
}

int items(const QStringList &arguments)
{
    Report r;
    const QCommandLineOption learner(u"learner"_s, u"Only this learner (id or name)."_s, u"learner"_s);
    const QCommandLineOption modulesDir(u"modules-dir"_s, u"Also read module texts from <dir> (repeatable)."_s,
                                        u"dir"_s);
    if (!start(r, u"items"_s,
               u"Item analysis: per activity, attempts, learners, the share right at the first try and the wrong "
               "answer chosen most."_s,
               arguments, {CohortOption, ModuleOption, learner, modulesDir}, {u"csv"_s, u"json"_s, u"text"_s}))
        return r.code;
    ItemFilter filter;
    filter.cohortId = r.cohortId;
    filter.moduleId = r.parser.value(ModuleOption);
    if (r.parser.isSet(learner)) {
        const std::optional<Learner> who = findLearner(*r.store, r.parser.value(learner));
        if (!who) {
            err(u"There is no learner \"%1\"; \"passerelle-cli learners\" lists them."_s.arg(r.parser.value(learner)));
            return Problems;
        }
        filter.learnerId = who->id;
    }
    auto stats = ItemAnalysis::query(r.store->database(), filter, r.parser.value(LanguageOption),
                                     availableModules(r.parser, r.parser.values(modulesDir)));
    if (!stats) {
        err(stats.errorMessage());
        return IoError;
    }
    if (r.format == u"csv")
        return writeOut(r, ReportExports::itemsCsv(*stats));
    if (r.format == u"json") {
        QJsonArray array;
        for (const ItemStatistics &i : *stats) {
            QJsonObject o{{u"module"_s, i.moduleId},       {u"activity"_s, i.activityId},
                          {u"type"_s, i.activityType},     {u"question"_s, i.question},
                          {u"attempts"_s, i.attempts},     {u"learners"_s, i.learners},
                          {u"firstTries"_s, i.firstTries}, {u"firstTriesCorrect"_s, i.firstTriesCorrect}};
            if (i.commonWrongCount > 0)
                o.insert(u"mostChosenWrong"_s, QJsonObject{{u"response"_s, i.commonWrongResponse},
                                                           {u"text"_s, i.commonWrongLabel},
                                                           {u"count"_s, i.commonWrongCount}});
            array.append(o);
        }
        return writeOut(r, jsonBytes({{u"items"_s, array}}));
    }
    return writeOut(r, ReportExports::itemsText(*stats).toUtf8());
}

int learner(const QStringList &arguments)
{
    Report r;
    r.parser.addPositionalArgument(u"learner"_s, u"The learner: a profile id or name."_s);
    if (!start(r, u"learner"_s, u"One learner: results per module and activity, and the timeline of statements."_s,
               arguments, {}, {u"json"_s, u"text"_s}))
        return r.code;
    if (r.parser.positionalArguments().size() != 1) {
        err(u"report learner needs a learner's id or name."_s);
        return Usage;
    }
    const std::optional<Learner> who = findLearner(*r.store, r.parser.positionalArguments().constFirst());
    if (!who) {
        err(u"There is no learner \"%1\"; \"passerelle-cli learners\" lists them."_s.arg(
            r.parser.positionalArguments().constFirst()));
        return Problems;
    }
    auto report = LearnerReport::query(r.store->database(), who->id, r.now.toMSecsSinceEpoch());
    if (!report) {
        err(report.errorMessage());
        return IoError;
    }
    if (r.format == u"json") {
        QJsonArray modules, activities, timeline;
        for (const MatrixCell &c : report->modules)
            modules.append(cellJson(c));
        for (const ActivityScoreRow &a : report->activities)
            activities.append(QJsonObject{{u"module"_s, a.moduleId},
                                          {u"activity"_s, a.activityId},
                                          {u"raw"_s, a.scoreRaw},
                                          {u"max"_s, a.scoreMax},
                                          {u"success"_s, a.success},
                                          {u"attempts"_s, a.attempts}});
        for (const TimelineEntry &e : report->timeline) {
            QJsonObject o{
                {u"time"_s, ReportExports::isoDateTime(e.timestampMs)}, {u"verb"_s, e.verb}, {u"module"_s, e.moduleId}};
            if (!e.lessonId.isEmpty())
                o.insert(u"lesson"_s, e.lessonId);
            if (!e.activityId.isEmpty())
                o.insert(u"activity"_s, e.activityId);
            if (e.pageIndex >= 0)
                o.insert(u"page"_s, e.pageIndex + 1);
            if (e.success >= 0)
                o.insert(u"success"_s, e.success == 1);
            if (e.hasScore)
                o.insert(u"score"_s, QJsonObject{{u"raw"_s, e.scoreRaw}, {u"max"_s, e.scoreMax}});
            if (e.progress >= 0)
                o.insert(u"progress"_s, e.progress);
            timeline.append(o);
        }
        return writeOut(r, jsonBytes({{u"learner"_s, QJsonObject{{u"id"_s, who->id}, {u"name"_s, who->name}}},
                                      {u"modules"_s, modules},
                                      {u"activities"_s, activities},
                                      {u"timeline"_s, timeline}}));
    }
    QString text = u"%1 (%2)\n\nModules:\n"_s.arg(who->name, who->id);
    text += ReportExports::matrixText(report->modules);
    text += u"\nTimeline:\n"_s;
    for (const TimelineEntry &e : report->timeline) {
        QString what = e.moduleId;
        if (!e.activityId.isEmpty())
            what += u" / "_s + e.activityId;
        else if (e.pageIndex >= 0)
            what += u" / %1 page %2"_s.arg(e.lessonId).arg(e.pageIndex + 1);
        else if (!e.lessonId.isEmpty())
            what += u" / "_s + e.lessonId;
        text += u"  %1  %2 %3%4\n"_s.arg(ReportExports::isoDateTime(e.timestampMs), e.verb.leftJustified(11), what,
                                         e.success < 0 ? QString()
                                         : e.success   ? u" (right)"_s
                                                       : u" (wrong)"_s);
    }
    return writeOut(r, text.toUtf8());
}

int cohort(const QStringList &arguments)
{
    Report r;
    r.parser.addPositionalArgument(u"cohort"_s, u"The cohort: its id or name."_s);
    if (!start(r, u"cohort"_s,
               u"A cohort's report: requirements, readiness, lateness and results, as PDF, JSON or text."_s, arguments,
               {}, {u"pdf"_s, u"json"_s, u"text"_s}))
        return r.code;
    if (r.parser.positionalArguments().size() != 1) {
        err(u"report cohort needs the cohort's id or name."_s);
        return Usage;
    }
    CohortStore cohorts(r.store->database());
    auto c = cohorts.find(r.parser.positionalArguments().constFirst());
    if (!c) {
        err(c.errorMessage());
        return Problems;
    }
    auto readiness = cohorts.readiness(c->id, r.now);
    MatrixFilter filter;
    filter.cohortId = c->id;
    auto cells = CompletionMatrix::query(r.store->database(), filter, r.now.toMSecsSinceEpoch());
    auto titles = CompletionMatrix::moduleTitles(r.store->database(), r.parser.value(LanguageOption));
    if (!readiness || !cells || !titles) {
        err(!readiness ? readiness.errorMessage() : !cells ? cells.errorMessage() : titles.errorMessage());
        return IoError;
    }
    const Document document = cohortReportDocument(*readiness, *cells, *titles, r.now, r.parser.value(LanguageOption));
    if (r.format == u"pdf") {
        if (Status s = DocumentWriter::writePdf(document, r.parser.value(OutputOption)); !s) {
            err(s.errorMessage());
            return IoError;
        }
        err(u"wrote %1"_s.arg(QDir::toNativeSeparators(r.parser.value(OutputOption))));
        return Ok;
    }
    if (r.format == u"json") {
        QJsonArray members, cellArray;
        for (const MemberReadiness &m : readiness->members)
            members.append(QJsonObject{{u"id"_s, m.learnerId},
                                       {u"name"_s, m.learnerName},
                                       {u"ready"_s, m.ready},
                                       {u"missing"_s, QJsonArray::fromStringList(m.missing)},
                                       {u"late"_s, QJsonArray::fromStringList(m.late)}});
        for (const MatrixCell &cell : *cells)
            cellArray.append(cellJson(cell));
        return writeOut(r, jsonBytes({{u"cohort"_s, c->name},
                                      {u"ready"_s, readiness->readyCount()},
                                      {u"late"_s, readiness->lateCount()},
                                      {u"members"_s, members},
                                      {u"cells"_s, cellArray}}));
    }
    return writeOut(r, DocumentWriter::toMarkdown(document).toUtf8());
}

int statements(const QStringList &arguments)
{
    Report r;
    const QCommandLineOption learner(u"learner"_s, u"Only this learner (id or name)."_s, u"learner"_s);
    if (!start(r, u"statements"_s,
               u"The xAPI statements as a JSON array (for an LRS or another tool), without learners' private "
               "reflections."_s,
               arguments, {CohortOption, learner}, {u"json"_s}))
        return r.code;
    QString learnerId;
    if (r.parser.isSet(learner)) {
        const std::optional<Learner> who = findLearner(*r.store, r.parser.value(learner));
        if (!who) {
            err(u"There is no learner \"%1\"; \"passerelle-cli learners\" lists them."_s.arg(r.parser.value(learner)));
            return Problems;
        }
        learnerId = who->id;
    }
    qsizetype leftOut = 0;
    auto all = exportStatements(r.store->database(), r.cohortId, learnerId, &leftOut);
    if (!all) {
        err(all.errorMessage());
        return IoError;
    }
    if (leftOut > 0)
        err(u"left out %1 private reflection(s)"_s.arg(leftOut));
    return writeOut(r, QJsonDocument(*all).toJson(QJsonDocument::Indented));
}

int runReport(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == u"matrix")
        return matrix(rest);
    if (sub == u"items")
        return items(rest);
    if (sub == u"learner")
        return learner(rest);
    if (sub == u"cohort")
        return cohort(rest);
    if (sub == u"statements")
        return statements(rest);
    if (sub == u"--help" || sub == u"-h") {
        out(u"Usage: passerelle-cli report matrix|items|learner|cohort|statements [options]\n"
            "Run \"passerelle-cli report <report> --help\" for each one's options."_s);
        return Ok;
    }
    err(u"report needs a report name: matrix, items, learner, cohort or statements."_s);
    return Usage;
}

} // namespace

static const CommandRegistration reportCommand(
    {u"report"_s, u"Reports: matrix, items, learner, cohort (CSV, PDF, JSON, text) and statements (xAPI JSON)."_s,
     runReport, true});

} // namespace Passerelle::Cli
