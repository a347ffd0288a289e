// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activities/activitytype.h"
#include "progress/certificate.h"
#include "progress/moduleprogress.h"
#include "progress/statementbuilder.h"
#include "progress/statementrow.h"
#include "expected.h"
#include "progress/learner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Passerelle {

class Database;

struct ResumePosition
{
    QString lessonId;
    int pageIndex = 0;
    QDateTime updatedAt;
};

// Where a learner stands in a module (the module_progress projection).
struct ModuleProgress
{
    QString registration; // the current attempt; empty if never opened
    double progress = 0.0;
    double seconds = 0.0; // time spent, all attempts
    QDateTime lastActivity;
    bool completed = false;
    QDateTime completedAt;
    int passed = -1; // -1 not decided yet, 0 failed, 1 passed
    double scoreRaw = 0.0;
    double scoreMax = 0.0;
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

// The learners' progress on this machine: learner profiles, the log of xAPI statements and
// the projections derived from it. Every learning event is one durable transaction holding
// its statements and the projections they change (see docs/xapi.md).
class ProgressStore
{
public:
    ~ProgressStore();

    static Expected<std::unique_ptr<ProgressStore>> open(const QString &filePath);
    static int schemaVersion();

    QString filePath() const;

    // Where event times come from; the wall clock unless a test or a benchmark sets another.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Expected<QList<Learner>> learners();
    Expected<Learner> learner(const QString &learnerId);
    // Names are unique regardless of case and surrounding spaces.
    Expected<Learner> createLearner(const QString &name, const QString &language = QString());

    // The learner's current attempt at the module, started (an "attempted" statement) if
    // there is none. Returns its registration UUID.
    Expected<QString> beginAttempt(const Learner &learner, const Module &module, const QString &language);
    // The learner now sees a page: "experienced" for the page (and for the lesson when it was
    // its last unseen page), and the module's progress, completion and result if they changed.
    Status recordPageView(const Learner &learner, const Module &module, const QString &language,
                          const QString &registration, int lessonIndex, int pageIndex);
    // An answer: "answered", then progress, completion and result if they changed. Returns
    // the answer statement's UUID once everything is on disk.
    Expected<QString> recordAnswer(const Learner &learner, const Module &module, const QString &language,
                                   const QString &registration, const Answer &answer);
    Expected<ModuleProgress> moduleProgress(const QString &learnerId, const QString &moduleId);
    Expected<QHash<QString, ModuleProgress>> allModuleProgress(const QString &learnerId);
    // The learner's certificates, oldest first.
    Expected<QList<Certificate>> certificates(const QString &learnerId);
    // Finds the certificate with this code and checks it against its statement.
    Expected<Certificate> verifyCertificate(const QString &code);

    // Rebuilds every projection from the log; returns the number of statements replayed.
    Expected<qint64> rebuildProjections();
    Expected<std::optional<StoredAnswer>> lastAnswer(const QString &learnerId, const QString &moduleId,
                                                     const QString &activityId);

    // A learner's unsubmitted work in an activity, saved as they go (any JSON, up to 1 MiB).
    Status saveDraft(const QString &learnerId, const QString &moduleId, const QString &activityId,
                     const QJsonValue &state);
    // The saved draft, or a null QJsonValue when there is none.
    Expected<QJsonValue> draft(const QString &learnerId, const QString &moduleId, const QString &activityId);

    Expected<std::optional<ResumePosition>> resumePosition(const QString &learnerId,
                                                           const QString &moduleId);


    Expected<int> statementCount(const QString &learnerId = QString());

    // Small machine-wide preferences (the last learner, for example). Empty when unset.
    QString setting(const QString &key);
    Status setSetting(const QString &key, const QString &value);

private:
    explicit ProgressStore(std::unique_ptr<Database> db);
    Status append(const QList<StatementRow> &rows);
    Expected<ModuleStatus> statusFromProjections(const QString &learnerId, const Module &module);
    Expected<Certificate> certificateFromRow(const QSqlQuery &q);
    Status recordProgressIn(const StatementBuilder &builder, const Learner &learner, const Module &module);

    std::unique_ptr<Database> m_db;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace Passerelle
