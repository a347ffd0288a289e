// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "completionmatrixmodel.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace Passerelle {

class AdminAuth;
class LrsClient;
class ModuleCatalogue;
class ProgressStore;

// The admin area's service: the passphrase gate, cohorts, reports and exports. Everything but
// the gate refuses to work (returns an error, or nothing) until unlock() succeeded, so no QML
// path can reach the data without the passphrase. Lists are plain QVariant data for small
// panels; the matrix, which can hold 50,000 cells, is a table model.
class AdminSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given by LearnerSession")
    Q_PROPERTY(bool passphraseSet READ passphraseSet NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY stateChanged)
    // Cohorts: {id, name, kind ("deployment" | "training-group"), action, country, start, end,
    // members (count), ready, late}.
    Q_PROPERTY(QVariantList cohorts READ cohorts NOTIFY dataChanged)
    // Learner profiles: {id, name}. Modules (installed, and any that appear in results): {id, title}.
    Q_PROPERTY(QVariantList learners READ learners NOTIFY dataChanged)
    Q_PROPERTY(QVariantList modules READ modules NOTIFY dataChanged)
    Q_PROPERTY(CompletionMatrixModel *matrix READ matrix CONSTANT)
    // A long task under way (importing files, syncing with the LRS): what it is doing, and
    // how far it is (done of total; total -1 when unknown, as on a pull).
    Q_PROPERTY(bool busy READ busy NOTIFY taskChanged)
    Q_PROPERTY(QString taskText READ taskText NOTIFY taskChanged)
    Q_PROPERTY(double taskDone READ taskDone NOTIFY taskChanged)
    Q_PROPERTY(double taskTotal READ taskTotal NOTIFY taskChanged)
    // The organisation's LRS, as set here (the secret is never given back).
    Q_PROPERTY(QString lrsEndpoint READ lrsEndpoint NOTIFY lrsChanged)
    Q_PROPERTY(QString lrsKey READ lrsKey NOTIFY lrsChanged)
    Q_PROPERTY(bool lrsSecretSet READ lrsSecretSet NOTIFY lrsChanged)

public:
    AdminSession(ProgressStore &store, ModuleCatalogue &catalogue, const QString &language, QObject *parent = nullptr);
    ~AdminSession() override;

    void setClock(std::function<QDateTime()> clock);

    bool passphraseSet() const;
    bool unlocked() const { return m_unlocked; }
    QVariantList cohorts() const { return m_cohorts; }
    QVariantList learners() const { return m_learners; }
    QVariantList modules() const { return m_modules; }
    CompletionMatrixModel *matrix() const { return m_matrix; }
    bool busy() const { return !m_taskText.isEmpty(); }
    QString taskText() const { return m_taskText; }
    double taskDone() const { return double(m_taskDone); }
    double taskTotal() const { return double(m_taskTotal); }
    QString lrsEndpoint() const;
    QString lrsKey() const;
    bool lrsSecretSet() const;

    // The gate. Each returns an empty string, or why it failed.
    Q_INVOKABLE QString setPassphrase(const QString &passphrase, const QString &confirmation);
    Q_INVOKABLE QString unlock(const QString &passphrase);
    Q_INVOKABLE QString changePassphrase(const QString &current, const QString &replacement,
                                         const QString &confirmation);
    Q_INVOKABLE void lock();

    // Cohorts. `cohort` is {id (empty for a new one), name, kind, action, country, start, end}.
    Q_INVOKABLE QString saveCohort(const QVariantMap &cohort);
    Q_INVOKABLE QString removeCohort(const QString &cohortId);
    Q_INVOKABLE QString addMember(const QString &cohortId, const QString &learnerId);
    Q_INVOKABLE QString removeMember(const QString &cohortId, const QString &learnerId);
    // `due` is YYYY-MM-DD, or empty for none.
    Q_INVOKABLE QString requireModule(const QString &cohortId, const QString &moduleId, const QString &due);
    Q_INVOKABLE QString unrequireModule(const QString &cohortId, const QString &moduleId);
    // {cohort fields…, requirements: [{moduleId, title, due}], members: [{id, name, ready, done,
    // required, missing: [titles], late: [titles]}], ready, late}
    Q_INVOKABLE QVariantMap cohortDetails(const QString &cohortId);

    // {name, modules: [{moduleId, title, status, progress, score, minutes, due}],
    //  activities: [{moduleId, activityId, score, success, attempts}],
    //  timeline: [{time, verb, moduleId, what, success}]}
    Q_INVOKABLE QVariantMap learnerReport(const QString &learnerId);
    // [{moduleId, activityId, type, question, attempts, learners, firstTryPercent (-1: not
    //   scored), wrong, wrongCount}]
    Q_INVOKABLE QVariantList itemAnalysis(const QString &cohortId, const QString &moduleId);
    // Charts. By module: [{moduleId, title, done, started, total}]. Over time, the required
    // modules done by the cohort's members by each day something was done: [{day, done, total}].
    Q_INVOKABLE QVariantList completionByModule(const QString &cohortId);
    Q_INVOKABLE QVariantList completionOverTime(const QString &cohortId);

    // Exports; each returns an empty string, or why it failed.
    Q_INVOKABLE QString exportMatrixCsv(const QUrl &file);
    Q_INVOKABLE QString exportItemsCsv(const QString &cohortId, const QUrl &file);
    Q_INVOKABLE QString exportCohortPdf(const QString &cohortId, const QUrl &file);
    Q_INVOKABLE QString exportStatementsJson(const QString &cohortId, const QString &learnerId, const QUrl &file);

    // ---- To be wired by the import / LRS sync work (issue 8, the exchange half) ----------
    // The Admin page's "Import progress files" and "Sync with LRS" buttons call these. Until
    // the import and sync services exist they emit the signals below (so the other half can
    // connect to them) and say that the feature is not available yet.
    // Imports learners' progress files (passerelle-cli export-progress), one after the other:
    // each whole or not at all. Returns an empty string when the import started, or why not;
    // taskFinished() tells how it went.
    Q_INVOKABLE QString importProgressFiles(const QList<QUrl> &files);
    // Saves the LRS's endpoint, key and secret (an empty secret keeps the one set). Returns an
    // empty string, or what is wrong.
    Q_INVOKABLE QString saveLrsSettings(const QString &endpoint, const QString &key, const QString &secret);
    // Pushes the statements the LRS has not confirmed, then pulls what it holds from other
    // machines. Returns an empty string when it started, or why not; taskFinished() tells how
    // it went.
    Q_INVOKABLE QString syncWithLrs();

    // Reads everything again (after an import, or when the page opens).
    Q_INVOKABLE void reload();

signals:
    void stateChanged();
    void dataChanged();
    void taskChanged();
    void lrsChanged();
    // A long task ended: what it did, in words, and whether it failed.
    void taskFinished(const QString &message, bool failed);

private:
    QString refuseLocked() const;
    QString title(const QString &moduleId) const;
    void reloadTitles();
    void setTask(const QString &text, qint64 done, qint64 total);
    void finishTask(const QString &message, bool failed);
    void importNextFile();

    ProgressStore &m_store;
    ModuleCatalogue &m_catalogue;
    QString m_language;
    std::unique_ptr<AdminAuth> m_auth;
    bool m_unlocked = false;
    QVariantList m_cohorts;
    QVariantList m_learners;
    QVariantList m_modules;
    QHash<QString, QString> m_titles;
    CompletionMatrixModel *m_matrix;
    QString m_taskText;
    qint64 m_taskDone = 0;
    qint64 m_taskTotal = 0;
    QList<QUrl> m_importQueue;
    qsizetype m_importCount = 0;
    QStringList m_importLines;
    bool m_importFailed = false;
    LrsClient *m_lrs = nullptr;
    QString m_pushSummary;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace Passerelle
