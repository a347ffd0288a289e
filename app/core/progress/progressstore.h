// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activities/activitytype.h"
#include "expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace Passerelle {

class Database;

struct Learner
{
    QString id; // UUID, the xAPI account name
    QString name;
    QString language;
    QDateTime createdAt;
};

struct ResumePosition
{
    QString lessonId;
    int pageIndex = 0;
    QDateTime updatedAt;
};

// Everything needed to record one answer to an activity.
struct Answer
{
    QString learnerId;
    QString moduleId;
    QString moduleVersion;
    QString moduleTitle;
    QString language;
    QString lessonId;
    QString activityId;
    QString activityType;
    QJsonObject definition; // the plugin's xAPI definition (interactionType, choices...)
    QJsonValue response;    // as the view emitted it, kept to restore the view
    ActivityResult result;
    qint64 durationMs = -1;
};

// The learner's last answer to an activity, to show it again when they come back.
struct StoredAnswer
{
    QString statementId;
    QJsonValue response;
    double rawScore = 0.0;
    double maxScore = 0.0;
    bool success = false;
    int attempts = 0;
    QDateTime answeredAt;
};

// The learner's progress on this machine: learner profiles, the log of xAPI statements
// (one per answer), and what is derived from it. Every write is one durable transaction.
class ProgressStore
{
public:
    ~ProgressStore();

    static Expected<std::unique_ptr<ProgressStore>> open(const QString &filePath);
    static int schemaVersion();

    QString filePath() const;

    Expected<QList<Learner>> learners();
    Expected<Learner> learner(const QString &learnerId);
    // Names are unique regardless of case and surrounding spaces.
    Expected<Learner> createLearner(const QString &name, const QString &language = QString());

    // Writes the "answered" statement and the learner's latest answer together.
    // Returns the statement's UUID once it is on disk.
    Expected<QString> recordAnswer(const Answer &answer);
    Expected<std::optional<StoredAnswer>> lastAnswer(const QString &learnerId, const QString &moduleId,
                                                     const QString &activityId);

    // A learner's unsubmitted work in an activity, saved as they go (any JSON, up to 1 MiB).
    Status saveDraft(const QString &learnerId, const QString &moduleId, const QString &activityId,
                     const QJsonValue &state);
    // The saved draft, or a null QJsonValue when there is none.
    Expected<QJsonValue> draft(const QString &learnerId, const QString &moduleId, const QString &activityId);

    Status saveResumePosition(const QString &learnerId, const QString &moduleId,
                              const QString &lessonId, int pageIndex);
    Expected<std::optional<ResumePosition>> resumePosition(const QString &learnerId,
                                                           const QString &moduleId);

    // Module id -> ids of the activities the learner has answered.
    Expected<QHash<QString, QSet<QString>>> answeredActivities(const QString &learnerId);
    // Modules the learner has opened.
    Expected<QSet<QString>> modulesWithPosition(const QString &learnerId);

    Expected<int> statementCount(const QString &learnerId = QString());

    // Small machine-wide preferences (the last learner, for example). Empty when unset.
    QString setting(const QString &key);
    Status setSetting(const QString &key, const QString &value);

private:
    explicit ProgressStore(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace Passerelle
