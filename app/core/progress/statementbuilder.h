// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activities/activitytype.h"
#include "progress/statementrow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Passerelle {

struct Learner;
struct Module;
struct ModuleStatus;

// An answer to one activity, as the shell hands it to the store.
struct Answer
{
    QString lessonId;
    QString activityId;
    QString activityType;
    QJsonObject definition; // the plugin's xAPI definition (interactionType, choices...)
    QJsonValue response;    // as the view emitted it, kept to restore the view
    ActivityResult result;
    qint64 durationMs = -1;
};

// Writes the xAPI statements of one learner in one module attempt: the IRIs, the actor,
// the context (registration, parent and grouping activities, language, platform, module
// version) are the same for all of them, so they are set once here.
class StatementBuilder
{
public:
    StatementBuilder(const Learner &learner, const Module &module, const QString &language,
                     const QString &registration, QDateTime now = QDateTime::currentDateTimeUtc());

    StatementRow attemptedModule() const;
    StatementRow experiencedPage(int lessonIndex, int pageIndex) const;
    StatementRow experiencedLesson(int lessonIndex) const;
    StatementRow answered(const Answer &answer) const;
    StatementRow progressed(double progress) const;
    StatementRow completed() const;
    StatementRow passedOrFailed(const ModuleStatus &status) const;

private:
    StatementRow row(Xapi::Verb verb, const QJsonObject &object, const QJsonObject &contextActivities,
                     const QJsonObject &result = {}) const;
    QJsonObject moduleActivity() const;
    QJsonObject lessonActivity(int lessonIndex) const;

    const Learner &m_learner;
    const Module &m_module;
    QString m_language;
    QString m_registration;
    QDateTime m_now;
};

} // namespace Passerelle
