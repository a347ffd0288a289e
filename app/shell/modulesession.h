// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "packages/modulecatalogue.h"
#include "progress/progressstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace Passerelle {

class LessonListModel;
class PluginRegistry;

// One learner reading one module: where they are, what the current page holds, and the
// answers they give. Every move is saved as the resume position; every answer is scored by
// the activity's plugin and recorded before the view shows the feedback.
class ModuleSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by LearnerSession.openModule()")
    Q_PROPERTY(QString moduleId READ moduleId CONSTANT)
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString language READ language CONSTANT)
    Q_PROPERTY(QUrl baseUrl READ baseUrl CONSTANT)
    Q_PROPERTY(LessonListModel *lessons READ lessons CONSTANT)
    Q_PROPERTY(int lessonIndex READ lessonIndex NOTIFY positionChanged)
    Q_PROPERTY(int pageIndex READ pageIndex NOTIFY positionChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY positionChanged)
    Q_PROPERTY(QString lessonTitle READ lessonTitle NOTIFY positionChanged)
    Q_PROPERTY(QString pageTitle READ pageTitle NOTIFY positionChanged)
    Q_PROPERTY(QVariantList blocks READ blocks NOTIFY positionChanged)
    Q_PROPERTY(bool hasPrevious READ hasPrevious NOTIFY positionChanged)
    Q_PROPERTY(bool hasNext READ hasNext NOTIFY positionChanged)
    Q_PROPERTY(bool resumed READ resumed CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    ModuleSession(const CatalogueEntry &entry, std::shared_ptr<const Module> module, const Learner &learner,
                  const QString &language, ProgressStore &store, const PluginRegistry &plugins,
                  QObject *parent = nullptr);
    ~ModuleSession() override;

    QString moduleId() const { return m_module->id; }
    QString title() const { return content().title; }
    QString language() const { return m_language; }
    QUrl baseUrl() const;
    LessonListModel *lessons() const { return m_lessons; }
    int lessonIndex() const { return m_lessonIndex; }
    int pageIndex() const { return m_pageIndex; }
    int pageCount() const;
    QString lessonTitle() const;
    QString pageTitle() const;
    QVariantList blocks() const;
    bool hasPrevious() const;
    bool hasNext() const;
    bool resumed() const { return m_resumed; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    // Whether the module has this page (both indexes from 0).
    bool hasPage(int lessonIndex, int pageIndex) const;
    Q_INVOKABLE void goTo(int lessonIndex, int pageIndex = 0);

    // Scores and records an answer. Returns the evaluation the view shows:
    // {rawScore, maxScore, success, completion, feedback} or {error: "..."}.
    Q_INVOKABLE QVariantMap submit(const QString &activityId, const QVariant &response);
    // A glossary term the module's text links to ([text](glossary:id)), in the learner's
    // language: {term, definition}, or an empty map for an unknown id.
    Q_INVOKABLE QVariantMap glossaryEntry(const QString &termId) const;
    // Saves the learner's unsubmitted work in an activity (a view's draft), so that it
    // survives leaving the page or a restart. Returns false if it could not be saved.
    Q_INVOKABLE bool saveDraft(const QString &activityId, const QVariant &draft);

signals:
    void positionChanged();
    void lastErrorChanged();

private:
    const ModuleContent &content() const;
    const Lesson &currentLesson() const;
    QVariantMap activityBlock(const Block &block) const;
    void setError(const QString &error);
    // A number for shuffling the activity's options the same way every time for this learner.
    int activitySeed(const QString &activityId) const;
    void recordPageView();

    std::shared_ptr<const Module> m_module;
    QString m_directory;
    Learner m_learner;
    QString m_language;
    QString m_registration; // this attempt at the module (xAPI context.registration)
    ProgressStore &m_store;
    const PluginRegistry &m_plugins;
    LessonListModel *m_lessons = nullptr;
    int m_lessonIndex = 0;
    int m_pageIndex = 0;
    bool m_resumed = false;
    QString m_lastError;
    QElapsedTimer m_pageTimer; // time on the current page, reported as the answer's duration
};

} // namespace Passerelle
