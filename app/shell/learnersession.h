// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "adminsession.h"
#include "cataloguemodel.h"
#include "learnerlistmodel.h"
#include "modulepreview.h"
#include "modulesession.h"
#include "reviewsession.h"
#include "modules/modulesearch.h"

#include <QObject>
#include <QThread>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

#include <optional>
#include <QtQml/qqmlregistration.h>

namespace Passerelle {

class ModuleCatalogue;
struct InstallResult;
class PluginRegistry;
class ProgressStore;

// What the shell shows to the person at the keyboard: the profiles, the chosen learner,
// the catalogue with their progress, and the module they have open.
class LearnerSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(LearnerListModel *learners READ learners CONSTANT)
    Q_PROPERTY(CatalogueModel *catalogue READ catalogue CONSTANT)
    Q_PROPERTY(bool hasLearner READ hasLearner NOTIFY learnerChanged)
    Q_PROPERTY(QString learnerId READ learnerId NOTIFY learnerChanged)
    Q_PROPERTY(QString learnerName READ learnerName NOTIFY learnerChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(ModuleSession *currentModule READ currentModule NOTIFY currentModuleChanged)
    Q_PROPERTY(QStringList problems READ problems CONSTANT)
    // Why the last action failed (a module that could not be opened), in words; or empty.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // My learning: modules started, most recent first: {moduleId, title, progress (0..1),
    // minutes (time spent), completed, passed (-1 unknown, 0, 1)}.
    Q_PROPERTY(QVariantList learning READ learning NOTIFY learningChanged)
    // Certificates earned: {code, moduleTitle, moduleVersion, issuedAt, score (0..100)}.
    Q_PROPERTY(QVariantList certificates READ certificates NOTIFY learningChanged)
    // Flashcards: how many are due now across every module, and how many are scheduled.
    Q_PROPERTY(int dueCardCount READ dueCardCount NOTIFY learningChanged)
    Q_PROPERTY(int scheduledCardCount READ scheduledCardCount NOTIFY learningChanged)
    // The learner's reflections, the most recent first: {moduleId, moduleTitle, activityId,
    // lessonTitle, lessonIndex, pageIndex, draft, savedAt, entries: [{prompt, answer}]}.
    Q_PROPERTY(QVariantList reflections READ reflections NOTIFY learningChanged)
    // Installing a package: whether one is being installed, and what the last install said.
    Q_PROPERTY(bool installing READ installing NOTIFY installStateChanged)
    Q_PROPERTY(QString installMessage READ installMessage NOTIFY installStateChanged)
    Q_PROPERTY(bool installFailed READ installFailed NOTIFY installStateChanged)
    // How far the install in progress is, from 0 to 1 (by stage: reading, signature, module, into place).
    Q_PROPERTY(double installProgress READ installProgress NOTIFY installStateChanged)
    // The live preview of a module's source, when a trainer has started one.
    Q_PROPERTY(ModulePreview *preview READ preview NOTIFY previewChanged)
    // The admin area (behind its passphrase).
    Q_PROPERTY(AdminSession *admin READ admin CONSTANT)

public:
    LearnerSession(ProgressStore &store, ModuleCatalogue &catalogue, const PluginRegistry &plugins,
                   const QString &language, QStringList problems, QString installRoot = QString(),
                   QObject *parent = nullptr);
    ~LearnerSession() override;

    LearnerListModel *learners() const { return m_learnerModel; }
    CatalogueModel *catalogue() const { return m_catalogueModel; }
    bool hasLearner() const { return !m_learner.id.isEmpty(); }
    QString learnerId() const { return m_learner.id; }
    QString learnerName() const { return m_learner.name; }
    QString language() const { return m_language; }
    ModuleSession *currentModule() const { return m_module; }
    QStringList problems() const { return m_problems; }
    QString lastError() const { return m_lastError; }
    QVariantList learning() const { return m_learning; }
    QVariantList certificates() const { return m_certificates; }
    int dueCardCount() const { return m_dueCardCount; }
    int scheduledCardCount() const { return m_scheduledCardCount; }
    QVariantList reflections() const;
    bool installing() const { return m_installThread != nullptr; }
    QString installMessage() const { return m_installMessage; }
    bool installFailed() const { return m_installFailed; }
    double installProgress() const { return m_installProgress; }
    ModulePreview *preview() const { return m_preview; }
    AdminSession *admin() const { return m_admin; }

    // Creates a profile and chooses it. Returns an empty string, or why it failed.
    Q_INVOKABLE QString createLearner(const QString &name);
    Q_INVOKABLE bool chooseLearner(const QString &learnerId);
    Q_INVOKABLE void signOut();
    // Opens a module for the chosen learner at their resume position.
    Q_INVOKABLE ModuleSession *openModule(const QString &moduleId);
    Q_INVOKABLE void closeModule();
    Q_INVOKABLE void refreshCatalogue();
    // A review of the flashcards due now, across every module (at most MaxReviewCards, the
    // longest overdue first); null when none is due. The session belongs to this object.
    Q_INVOKABLE ReviewSession *startReview();
    static constexpr int MaxReviewCards = 50;

    // Writes a certificate as PDF to `file`. Returns an empty string, or why it failed.
    Q_INVOKABLE QString saveCertificate(const QString &code, const QUrl &file);
    // Writes a document an activity describes (see Document::fromVariant) as PDF or Markdown,
    // by the file's extension. Returns an empty string, or why it failed.
    Q_INVOKABLE QString saveDocument(const QVariantMap &document, const QUrl &file);
    // Writes the learner's progress file for an administrator; reflections only if asked.
    // Returns an empty string, or why it failed.
    Q_INVOKABLE QString exportProgress(const QUrl &file, bool withReflections);
    // Installs a module package (.ptm) in the background; installStateChanged() tells how it
    // went, and the catalogue shows the module as soon as it is in place.
    Q_INVOKABLE void installPackage(const QUrl &file);
    // Previews a module's source folder, replacing any preview running. Returns an empty
    // string, or why the folder cannot be previewed.
    Q_INVOKABLE QString startPreview(const QUrl &folder);
    Q_INVOKABLE void stopPreview();

    // Shows the catalogue and My learning in another language ("en" or "fr"). Closes the
    // open module, whose text is in the old language.
    void setLanguage(const QString &language);

    // Searches the installed modules' titles, text and glossary in the current language.
    // Each result: {moduleId, moduleTitle, kind ("module", "lesson", "page" or "glossary"),
    // lessonIndex, pageIndex (from 0; -1 for a module), title, snippet}. Best first.
    Q_INVOKABLE QVariantList search(const QString &query);

    // Chooses the last learner of this machine, if there is one. Returns whether one was.
    bool restoreLastLearner();
    // Chooses the learner with this name, creating the profile if needed.
    QString useLearnerNamed(const QString &name);

signals:
    void learnerChanged();
    void currentModuleChanged();
    void lastErrorChanged();
    void learningChanged();
    void installStateChanged();
    void previewChanged();
    void languageChanged();

private:
    void reloadLearners();
    void setLearner(const Learner &learner);
    void setLastError(const QString &error);
    void refreshPractice();
    bool dropModule();
    QString installOutcome(const InstallResult &result) const;
    // The module with this id as compiled, loaded once per refresh.
    std::shared_ptr<const Module> loadedModule(const QString &moduleId) const;
    QVariantList gatherReflections() const;

    ProgressStore &m_store;
    ModuleCatalogue &m_catalogue;
    const PluginRegistry &m_plugins;
    QString m_language;
    QStringList m_problems;
    QString m_lastError;
    QVariantList m_learning;
    QVariantList m_certificates;
    // Gathered on first read after a refresh (see reflections()).
    mutable std::optional<QVariantList> m_reflections;
    int m_dueCardCount = 0;
    int m_scheduledCardCount = 0;
    mutable QHash<QString, std::shared_ptr<const Module>> m_loadedModules;
    QPointer<ReviewSession> m_review;
    QString m_installRoot;
    QThread *m_installThread = nullptr;
    QString m_installMessage;
    bool m_installFailed = false;
    double m_installProgress = 0;
    QPointer<ModulePreview> m_preview;
    // Built at the first search, again after an install: start-up does not pay for it.
    ModuleSearchIndex m_searchIndex;
    bool m_searchIndexBuilt = false;
    Learner m_learner;
    LearnerListModel *m_learnerModel;
    CatalogueModel *m_catalogueModel;
    QPointer<ModuleSession> m_module;
    AdminSession *m_admin;
};

} // namespace Passerelle
