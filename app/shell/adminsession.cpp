// SPDX-License-Identifier: Apache-2.0
#include "adminsession.h"

#include "admin/adminauth.h"
#include "admin/cohortstore.h"
#include "cohortreport.h"
#include "documentwriter.h"
#include "packages/modulecatalogue.h"
#include "progress/database.h"
#include "progress/progressstore.h"
#include "reports/csvwriter.h"
#include "reports/itemanalysis.h"
#include "reports/learnerreport.h"
#include "reports/reportexports.h"
#include "lrsclient.h"
#include "progress/statementimport.h"
#include "sync/progressfile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QSaveFile>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

QString errorOf(const Status &s)
{
    return s ? QString() : s.errorMessage();
}

QString writeFile(const QUrl &file, const QByteArray &data)
{
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return AdminSession::tr("Could not write %1: %2.").arg(file.toLocalFile(), out.errorString());
    return QString();
}

} // namespace

AdminSession::AdminSession(ProgressStore &store, ModuleCatalogue &catalogue, const QString &language, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalogue(catalogue)
    , m_language(language)
    , m_auth(std::make_unique<AdminAuth>(store.database()))
    , m_matrix(new CompletionMatrixModel(this))
{}

AdminSession::~AdminSession() = default;

void AdminSession::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_auth->setClock(clock);
    m_matrix->setNow(std::move(clock));
}

bool AdminSession::passphraseSet() const
{
    auto set = m_auth->isSet();
    return set && *set;
}

QString AdminSession::refuseLocked() const
{
    return tr("The admin area is locked: enter the admin passphrase first.");
}

QString AdminSession::setPassphrase(const QString &passphrase, const QString &confirmation)
{
    if (passphrase != confirmation)
        return tr("The two passphrases are not the same: type it again.");
    if (Status s = m_auth->setInitial(passphrase); !s)
        return s.errorMessage();
    m_unlocked = true;
    emit stateChanged();
    reload();
    return QString();
}

QString AdminSession::unlock(const QString &passphrase)
{
    if (Status s = m_auth->unlock(passphrase); !s)
        return s.errorMessage();
    m_unlocked = true;
    emit stateChanged();
    reload();
    return QString();
}

QString AdminSession::changePassphrase(const QString &current, const QString &replacement, const QString &confirmation)
{
    if (!m_unlocked)
        return refuseLocked();
    if (replacement != confirmation)
        return tr("The two new passphrases are not the same: type it again.");
    return errorOf(m_auth->change(current, replacement));
}

void AdminSession::lock()
{
    m_unlocked = false;
    m_cohorts.clear();
    m_learners.clear();
    m_modules.clear();
    m_titles.clear();
    m_matrix->setSource(nullptr, {});
    m_matrix->refresh();
    emit stateChanged();
    emit dataChanged();
}

void AdminSession::reloadTitles()
{
    m_titles.clear();
    if (auto fromStatements = CompletionMatrix::moduleTitles(m_store.database(), m_language))
        m_titles = *fromStatements;
    for (const CatalogueEntry &entry : m_catalogue.entries())
        m_titles.insert(entry.summary.id, entry.summary.title(m_language));
}

QString AdminSession::title(const QString &moduleId) const
{
    return m_titles.value(moduleId, moduleId);
}

void AdminSession::reload()
{
    if (!m_unlocked)
        return;
    reloadTitles();
    m_modules.clear();
    QStringList ids = m_titles.keys();
    std::sort(ids.begin(), ids.end(),
              [this](const QString &a, const QString &b) { return title(a).localeAwareCompare(title(b)) < 0; });
    for (const QString &id : ids)
        m_modules.append(QVariantMap{{u"id"_s, id}, {u"title"_s, title(id)}});
    m_learners.clear();
    if (auto all = m_store.learners()) {
        for (const Learner &l : *all)
            m_learners.append(QVariantMap{{u"id"_s, l.id}, {u"name"_s, l.name}});
    }
    m_cohorts.clear();
    CohortStore cohorts(m_store.database());
    if (auto all = cohorts.cohorts()) {
        for (const Cohort &c : *all) {
            auto r = cohorts.readiness(c.id, m_clock());
            m_cohorts.append(QVariantMap{{u"id"_s, c.id},
                                         {u"name"_s, c.name},
                                         {u"kind"_s, Cohort::kindName(c.kind)},
                                         {u"action"_s, c.action},
                                         {u"country"_s, c.country},
                                         {u"start"_s, c.startDate.toString(Qt::ISODate)},
                                         {u"end"_s, c.endDate.toString(Qt::ISODate)},
                                         {u"members"_s, r ? r->members.size() : 0},
                                         {u"ready"_s, r ? r->readyCount() : 0},
                                         {u"late"_s, r ? r->lateCount() : 0}});
        }
    }
    m_matrix->setSource(&m_store.database(), m_titles);
    m_matrix->refresh();
    emit dataChanged();
}

QString AdminSession::saveCohort(const QVariantMap &map)
{
    if (!m_unlocked)
        return refuseLocked();
    Cohort c;
    c.id = map.value(u"id"_s).toString();
    c.name = map.value(u"name"_s).toString();
    Cohort::kindFromName(map.value(u"kind"_s).toString(), &c.kind);
    c.action = map.value(u"action"_s).toString();
    c.country = map.value(u"country"_s).toString();
    for (const auto &[key, date] : {std::pair{u"start"_s, &c.startDate}, std::pair{u"end"_s, &c.endDate}}) {
        const QString text = map.value(key).toString().trimmed();
        *date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date->isValid())
            return tr("\"%1\" is not a date: write it as YYYY-MM-DD, such as 2027-01-15.").arg(text);
    }
    CohortStore cohorts(m_store.database());
    QString error;
    if (c.id.isEmpty()) {
        auto created = cohorts.create(c);
        error = created ? QString() : created.errorMessage();
    } else {
        error = errorOf(cohorts.update(c));
    }
    if (error.isEmpty())
        reload();
    return error;
}

QString AdminSession::removeCohort(const QString &cohortId)
{
    if (!m_unlocked)
        return refuseLocked();
    const QString error = errorOf(CohortStore(m_store.database()).remove(cohortId));
    reload();
    return error;
}

QString AdminSession::addMember(const QString &cohortId, const QString &learnerId)
{
    if (!m_unlocked)
        return refuseLocked();
    const QString error = errorOf(CohortStore(m_store.database()).addMember(cohortId, learnerId));
    reload();
    return error;
}

QString AdminSession::removeMember(const QString &cohortId, const QString &learnerId)
{
    if (!m_unlocked)
        return refuseLocked();
    const QString error = errorOf(CohortStore(m_store.database()).removeMember(cohortId, learnerId));
    reload();
    return error;
}

QString AdminSession::requireModule(const QString &cohortId, const QString &moduleId, const QString &due)
{
    if (!m_unlocked)
        return refuseLocked();
    const QDate date = QDate::fromString(due.trimmed(), Qt::ISODate);
    if (!due.trimmed().isEmpty() && !date.isValid())
        return tr("\"%1\" is not a date: write it as YYYY-MM-DD, such as 2027-01-15.").arg(due);
    const QString error = errorOf(CohortStore(m_store.database()).require(cohortId, moduleId, date));
    reload();
    return error;
}

QString AdminSession::unrequireModule(const QString &cohortId, const QString &moduleId)
{
    if (!m_unlocked)
        return refuseLocked();
    const QString error = errorOf(CohortStore(m_store.database()).unrequire(cohortId, moduleId));
    reload();
    return error;
}

QVariantMap AdminSession::cohortDetails(const QString &cohortId)
{
    if (!m_unlocked || cohortId.isEmpty())
        return {};
    auto r = CohortStore(m_store.database()).readiness(cohortId, m_clock());
    if (!r)
        return {{u"error"_s, r.errorMessage()}};
    QVariantList requirements, members;
    for (const CohortRequirement &q : r->requirements)
        requirements.append(QVariantMap{
            {u"moduleId"_s, q.moduleId}, {u"title"_s, title(q.moduleId)}, {u"due"_s, q.dueDate.toString(Qt::ISODate)}});
    const auto titles = [this](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out << title(id);
        return out;
    };
    for (const MemberReadiness &m : r->members)
        members.append(QVariantMap{{u"id"_s, m.learnerId},
                                   {u"name"_s, m.learnerName},
                                   {u"ready"_s, m.ready},
                                   {u"done"_s, m.done},
                                   {u"required"_s, m.required},
                                   {u"missing"_s, titles(m.missing)},
                                   {u"late"_s, titles(m.late)}});
    const Cohort &c = r->cohort;
    return {{u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"kind"_s, Cohort::kindName(c.kind)},
            {u"action"_s, c.action},
            {u"country"_s, c.country},
            {u"start"_s, c.startDate.toString(Qt::ISODate)},
            {u"end"_s, c.endDate.toString(Qt::ISODate)},
            {u"requirements"_s, requirements},
            {u"members"_s, members},
            {u"ready"_s, r->readyCount()},
            {u"late"_s, r->lateCount()}};
}

QVariantMap AdminSession::learnerReport(const QString &learnerId)
{
    if (!m_unlocked || learnerId.isEmpty())
        return {};
    auto r = LearnerReport::query(m_store.database(), learnerId, m_clock().toMSecsSinceEpoch());
    if (!r)
        return {{u"error"_s, r.errorMessage()}};
    QVariantList modules, activities, timeline;
    for (const MatrixCell &c : r->modules)
        modules.append(QVariantMap{{u"moduleId"_s, c.moduleId},
                                   {u"title"_s, title(c.moduleId)},
                                   {u"status"_s, int(c.status)},
                                   {u"progress"_s, c.progress},
                                   {u"score"_s, c.hasScore ? c.scorePercent() : -1.0},
                                   {u"minutes"_s, qRound(c.seconds / 60.0)},
                                   {u"due"_s, ReportExports::dueDate(c.dueMs)}});
    for (const ActivityScoreRow &a : r->activities)
        activities.append(QVariantMap{{u"moduleId"_s, a.moduleId},
                                      {u"activityId"_s, a.activityId},
                                      {u"score"_s, a.scoreMax > 0 ? 100.0 * a.scoreRaw / a.scoreMax : -1.0},
                                      {u"success"_s, a.success},
                                      {u"attempts"_s, a.attempts}});
    // Newest first: what an administrator looks for is what happened last.
    for (auto it = r->timeline.crbegin(); it != r->timeline.crend(); ++it) {
        QString what = it->activityId;
        if (what.isEmpty() && !it->lessonId.isEmpty())
            what = it->pageIndex >= 0 ? u"%1 · %2"_s.arg(it->lessonId).arg(it->pageIndex + 1) : it->lessonId;
        timeline.append(QVariantMap{{u"time"_s, QDateTime::fromMSecsSinceEpoch(it->timestampMs, Qt::UTC).toLocalTime()},
                                    {u"verb"_s, it->verb},
                                    {u"moduleId"_s, it->moduleId},
                                    {u"module"_s, title(it->moduleId)},
                                    {u"what"_s, what},
                                    {u"success"_s, it->success}});
    }
    return {{u"name"_s, r->learner.name},
            {u"modules"_s, modules},
            {u"activities"_s, activities},
            {u"timeline"_s, timeline}};
}

QVariantList AdminSession::itemAnalysis(const QString &cohortId, const QString &moduleId)
{
    if (!m_unlocked)
        return {};
    const QList<Module> modules = m_catalogue.loadAll(moduleId);
    ItemFilter filter;
    filter.cohortId = cohortId;
    filter.moduleId = moduleId;
    auto items = ItemAnalysis::query(m_store.database(), filter, m_language, modules);
    if (!items)
        return {};
    QVariantList list;
    for (const ItemStatistics &i : *items)
        list.append(
            QVariantMap{{u"moduleId"_s, i.moduleId},
                        {u"module"_s, title(i.moduleId)},
                        {u"activityId"_s, i.activityId},
                        {u"type"_s, i.activityType},
                        {u"question"_s, i.question},
                        {u"attempts"_s, i.attempts},
                        {u"learners"_s, i.learners},
                        {u"firstTryPercent"_s, i.scored && i.firstTries > 0 ? 100.0 * i.shareCorrectFirstTry() : -1.0},
                        {u"wrong"_s, i.commonWrongLabel.isEmpty() ? i.commonWrongResponse : i.commonWrongLabel},
                        {u"wrongCount"_s, i.commonWrongCount}});
    return list;
}

QVariantList AdminSession::completionByModule(const QString &cohortId)
{
    if (!m_unlocked)
        return {};
    MatrixFilter filter;
    filter.cohortId = cohortId;
    auto cells = CompletionMatrix::query(m_store.database(), filter, m_clock().toMSecsSinceEpoch());
    if (!cells)
        return {};
    struct Counts
    {
        int done = 0, started = 0, total = 0;
    };
    std::map<QString, Counts> byModule;
    for (const MatrixCell &c : *cells) {
        Counts &k = byModule[c.moduleId];
        ++k.total;
        if (c.status == CellStatus::Passed || c.status == CellStatus::Completed)
            ++k.done;
        else if (c.status != CellStatus::NotStarted && c.progress > 0)
            ++k.started;
    }
    QVariantList list;
    for (const auto &[id, k] : byModule)
        list.append(QVariantMap{{u"moduleId"_s, id},
                                {u"title"_s, title(id)},
                                {u"done"_s, k.done},
                                {u"started"_s, k.started},
                                {u"total"_s, k.total}});
    std::sort(list.begin(), list.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(u"title"_s).toString().localeAwareCompare(b.toMap().value(u"title"_s).toString()) < 0;
    });
    return list;
}

QVariantList AdminSession::completionOverTime(const QString &cohortId)
{
    if (!m_unlocked || cohortId.isEmpty())
        return {};
    // Each required module a member has done, on the day it was done (UTC).
    auto q = m_store.database().exec(uR"(SELECT date(p.completed_at_ms / 1000, 'unixepoch') AS day, count(*)
            FROM cohort_members m
            JOIN cohort_modules r ON r.cohort_id = m.cohort_id
            JOIN module_progress p ON p.learner_id = m.learner_id AND p.module_id = r.module_id
            WHERE m.cohort_id = ? AND p.completed_at_ms IS NOT NULL AND coalesce(p.passed, 1) = 1
            GROUP BY day ORDER BY day)"_s,
                                     {cohortId});
    auto total = m_store.database().exec(
        u"SELECT (SELECT count(*) FROM cohort_members WHERE cohort_id = ?) * (SELECT count(*) FROM cohort_modules WHERE cohort_id = ?)"_s,
        {cohortId, cohortId});
    if (!q || !total || !total->next())
        return {};
    const int all = total->value(0).toInt();
    QVariantList points;
    int done = 0;
    while (q->next()) {
        done += q->value(1).toInt();
        points.append(QVariantMap{{u"day"_s, q->value(0).toString()}, {u"done"_s, done}, {u"total"_s, all}});
    }
    return points;
}

QString AdminSession::exportMatrixCsv(const QUrl &file)
{
    if (!m_unlocked)
        return refuseLocked();
    return writeFile(file, ReportExports::matrixCsv(m_matrix->cells(), m_titles));
}

QString AdminSession::exportItemsCsv(const QString &cohortId, const QUrl &file)
{
    if (!m_unlocked)
        return refuseLocked();
    ItemFilter filter;
    filter.cohortId = cohortId;
    // With the modules' own texts, as on the screen.
    auto items = ItemAnalysis::query(m_store.database(), filter, m_language, m_catalogue.loadAll());
    if (!items)
        return items.errorMessage();
    return writeFile(file, ReportExports::itemsCsv(*items));
}

QString AdminSession::exportCohortPdf(const QString &cohortId, const QUrl &file)
{
    if (!m_unlocked)
        return refuseLocked();
    auto r = CohortStore(m_store.database()).readiness(cohortId, m_clock());
    if (!r)
        return r.errorMessage();
    MatrixFilter filter;
    filter.cohortId = cohortId;
    auto cells = CompletionMatrix::query(m_store.database(), filter, m_clock().toMSecsSinceEpoch());
    if (!cells)
        return cells.errorMessage();
    return errorOf(DocumentWriter::writePdf(cohortReportDocument(*r, *cells, m_titles, m_clock(), m_language),
                                            file.toLocalFile()));
}

QString AdminSession::exportStatementsJson(const QString &cohortId, const QString &learnerId, const QUrl &file)
{
    if (!m_unlocked)
        return refuseLocked();
    auto all = exportStatements(m_store.database(), cohortId, learnerId);
    if (!all)
        return all.errorMessage();
    return writeFile(file, QJsonDocument(*all).toJson(QJsonDocument::Indented));
}

void AdminSession::setTask(const QString &text, qint64 done, qint64 total)
{
    m_taskText = text;
    m_taskDone = done;
    m_taskTotal = total;
    emit taskChanged();
}

void AdminSession::finishTask(const QString &message, bool failed)
{
    setTask({}, 0, 0);
    reload();
    emit taskFinished(message, failed);
}

QString AdminSession::importProgressFiles(const QList<QUrl> &files)
{
    if (!m_unlocked)
        return refuseLocked();
    if (busy())
        return tr("Wait until the task under way has finished.");
    if (files.isEmpty())
        return tr("Choose one or more progress files.");
    m_importQueue = files;
    m_importCount = files.size();
    m_importLines.clear();
    m_importFailed = false;
    // One file per turn of the event loop, so that the page shows how far the import is.
    QTimer::singleShot(0, this, &AdminSession::importNextFile);
    setTask(tr("Importing progress files…"), 0, m_importCount);
    return {};
}

void AdminSession::importNextFile()
{
    if (m_importQueue.isEmpty()) {
        finishTask(m_importLines.join(u'\n'), m_importFailed);
        return;
    }
    const QUrl url = m_importQueue.takeFirst();
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    const QString name = QFileInfo(path).fileName();
    setTask(tr("Importing %1 (%2 of %3)…").arg(name).arg(m_importCount - m_importQueue.size()).arg(m_importCount),
            m_importCount - m_importQueue.size() - 1, m_importCount);
    auto file = ProgressFile::read(path);
    if (!file) {
        m_importFailed = true;
        m_importLines << tr("%1 was refused, nothing from it was imported: %2").arg(name, file.errorMessage());
    } else {
        ImportOptions options;
        options.allOrNothing = true; // a learner's file whole or not at all
        auto summary = m_store.importStatements(file->statements, options);
        if (!summary) {
            m_importFailed = true;
            m_importLines << tr("%1 could not be imported: %2").arg(name, summary.errorMessage());
        } else if (summary->rejected > 0) {
            m_importFailed = true;
            m_importLines << tr("%1 (%2) was refused, nothing from it was imported: %3")
                                 .arg(name, file->learnerName, summary->problems.value(0));
        } else {
            m_importLines << tr("%1 (%2): %3 new, %4 already present.")
                                 .arg(name, file->learnerName)
                                 .arg(summary->added)
                                 .arg(summary->alreadyPresent);
        }
    }
    QTimer::singleShot(0, this, &AdminSession::importNextFile);
}

QString AdminSession::lrsEndpoint() const
{
    return LrsSettings::load(m_store).endpoint.toString();
}

QString AdminSession::lrsKey() const
{
    return LrsSettings::load(m_store).key;
}

bool AdminSession::lrsSecretSet() const
{
    return !LrsSettings::load(m_store).secret.isEmpty();
}

QString AdminSession::saveLrsSettings(const QString &endpoint, const QString &key, const QString &secret)
{
    if (!m_unlocked)
        return refuseLocked();
    LrsSettings settings;
    settings.endpoint = QUrl(endpoint.trimmed(), QUrl::StrictMode);
    settings.key = key.trimmed();
    settings.secret = secret.isEmpty() ? LrsSettings::load(m_store).secret : secret;
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return problem;
    if (Status s = settings.save(m_store); !s)
        return s.errorMessage();
    emit lrsChanged();
    return {};
}

QString AdminSession::syncWithLrs()
{
    if (!m_unlocked)
        return refuseLocked();
    if (busy())
        return tr("Wait until the task under way has finished.");
    const LrsSettings settings = LrsSettings::load(m_store);
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return tr("Set the LRS first (LRS settings): %1").arg(problem);
    delete m_lrs;
    m_lrs = new LrsClient(m_store, settings, this);
    connect(m_lrs, &LrsClient::progress, this, [this](qint64 done, qint64 total) {
        setTask(total >= 0 ? tr("Sending statements to the LRS…") : tr("Receiving statements from the LRS…"), done, total);
    });
    connect(m_lrs, &LrsClient::pushFinished, this, [this](const PushReport &report) {
        if (!report.ok()) {
            finishTask(tr("Sending to the LRS stopped: %1 (%2 of %3 statements sent; the others will be sent next time).")
                           .arg(report.error)
                           .arg(report.sent)
                           .arg(report.pendingAtStart),
                       true);
            return;
        }
        m_pushSummary = tr("%n statement(s) sent to the LRS.", "", int(report.sent));
        if (!report.newlyRefused.isEmpty())
            m_pushSummary += u' ' + tr("%n refused by the LRS: %1", "", int(report.newlyRefused.size()))
                                        .arg(report.newlyRefused.constFirst().reason);
        setTask(tr("Receiving statements from the LRS…"), 0, -1);
        m_lrs->pull();
    });
    connect(m_lrs, &LrsClient::pullFinished, this, [this](const PullReport &report) {
        const QString received = tr("%n statement(s) received: %1 new, %2 already here, %3 refused.", "",
                                    int(report.received))
                                     .arg(report.imported.added)
                                     .arg(report.imported.alreadyPresent)
                                     .arg(report.imported.rejected);
        if (!report.ok())
            finishTask(m_pushSummary + u' ' + tr("Receiving stopped: %1").arg(report.error), true);
        else
            finishTask(m_pushSummary + u' ' + received, false);
    });
    setTask(tr("Sending statements to the LRS…"), 0, 0);
    m_lrs->push();
    return {};
}

} // namespace Passerelle
