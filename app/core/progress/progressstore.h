// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activities/activitytype.h"
#include "progress/certificate.h"
#include "progress/moduleprogress.h"
#include "progress/statementbuilder.h"
#include "progress/statementimport.h"
#include "progress/statementrow.h"
#include "expected.h"
#include "progress/learner.h"
#include "progress/progressrecovery.h"

#include <QDateTime>
#include <QJsonArray>
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

// A flashcard's place in its learner's SM-2 schedule (table flashcard_schedule).
struct ScheduledCard
{
    QString moduleId;
    QString activityId;
    QString cardId;
    int repetitions = 0;
    double ease = 2.5;
    int intervalDays = 0;
    QDateTime due;
    QDateTime reviewedAt;
    int reviews = 0;
    int lapses = 0;
};

// A learner's reflection: their last answer to a reflection activity.
struct StoredReflection
{
    QString moduleId;
    QString activityId;
    QString lessonId;
    QJsonValue response; // as the view emitted it
    QDateTime answeredAt;
};

// A statement not yet sent to an LRS: its place in the log and its JSON as stored.
struct PendingStatement
{
    qint64 seq = 0;
    QString id;
    QByteArray json;
};

// A statement an LRS refused, and why (409: it holds another statement with this id).
struct RefusedStatement
{
    QString id;
    int httpStatus = 0;
    QString reason;
};

// How to open the progress database.
struct ProgressStoreOptions
{
    // A cap on the database file, in bytes (0: none). Past it, a write fails as on a full
    // disk, with the same message, and changes nothing. For machines where the progress must
    // stay within a size (a kiosk, a small USB stick). See Database::setMaxSize.
    qint64 maxSizeBytes = 0;
    // Check the file at open (PRAGMA quick_check) and, if it is damaged, repair it from the
    // backup and from what can still be read (ProgressRecovery). Off only for tools that must
    // see a damaged file as it is.
    bool checkAndRecover = true;
};

// The learners' progress on this machine: learner profiles, the log of xAPI statements and
// the projections derived from it. Every learning event is one durable transaction holding
// its statements and the projections they change (see docs/xapi.md).
class ProgressStore
{
public:
    ~ProgressStore();

    // Opens the database, creating it if needed. A damaged file is repaired first (see
    // recoveryReport()); a file written by a newer version is refused and left untouched.
    static Expected<std::unique_ptr<ProgressStore>> open(const QString &filePath,
                                                         const ProgressStoreOptions &options = {});
    static int schemaVersion();

    QString filePath() const;
    // The connection, for the administration and report classes (app/core/admin, reports)
    // that read the log and the projections with their own queries.
    Database &database() { return *m_db; }

    // Set when open() found the file damaged and repaired it: what the learner must be told.
    const std::optional<RecoveryReport> &recoveryReport() const { return m_recoveryReport; }

    // Writes the backup (progress.sqlite.backup) that open() restores from if the database is
    // ever found damaged. Call on a clean exit. Refuses, keeping the previous backup, when the
    // database itself is damaged.
    Status backup();

    // Changes the size cap of ProgressStoreOptions on the open store (0: none).
    Status setMaxSize(qint64 bytes);

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
    // Practice that is not an attempt at the activity (a due-card review from the home page):
    // only the "answered" statement, in the module's current attempt; the projections it moves
    // (the flashcard schedule) move, the module's progress and result stay.
    Expected<QString> recordPractice(const Learner &learner, const Module &module, const QString &language,
                                     const Answer &answer);
    // The learner's cards due at `now` (due first), and how many cards they have in all.
    Expected<QList<ScheduledCard>> dueFlashcards(const QString &learnerId, const QDateTime &now);
    Expected<int> dueFlashcardCount(const QString &learnerId, const QDateTime &now);
    Expected<int> scheduledFlashcardCount(const QString &learnerId);
    // The learner's reflections, the most recent first.
    Expected<QList<StoredReflection>> reflections(const QString &learnerId);
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
    struct StoredDraft
    {
        QString moduleId;
        QString activityId;
        QJsonValue state;
        QDateTime savedAt;
    };
    // Every draft of a learner, the most recent first.
    Expected<QList<StoredDraft>> drafts(const QString &learnerId);
    // The saved draft, or a null QJsonValue when there is none.
    Expected<QJsonValue> draft(const QString &learnerId, const QString &moduleId, const QString &activityId);

    Expected<std::optional<ResumePosition>> resumePosition(const QString &learnerId,
                                                           const QString &moduleId);


    Expected<int> statementCount(const QString &learnerId = QString());
    // A learner's statements as stored (full xAPI JSON), in the order they were recorded.
    Expected<QJsonArray> statements(const QString &learnerId);

    // Merges statements from another machine (a progress file, an LRS) into the log by
    // statement UUID, with their learners and projections, in one transaction: importing
    // the same statements again changes nothing. A statement with a known id but another
    // content is a conflict, rejected with the reason; so is any statement not in the shape
    // Passerelle writes (docs/xapi.md). Returns an error only when the database fails.
    Expected<ImportSummary> importStatements(const QJsonArray &statements, const ImportOptions &options = {});

    // What is left to send to the LRS at `endpoint` (its statements URL's base): statements
    // after `afterSeq` in log order, at most `limit`, neither confirmed by that LRS nor
    // refused by it, and never a reflection (private to its learner).
    Expected<QList<PendingStatement>> unsentStatements(const QString &endpoint, int limit, qint64 afterSeq = 0);
    Expected<qint64> unsentCount(const QString &endpoint);
    // The LRS confirmed these ids: they are not sent again. Unknown ids are ignored.
    Status markSent(const QString &endpoint, const QStringList &statementIds);
    // The LRS refused this statement for good (a conflict, an invalid statement).
    Status markRefused(const QString &endpoint, const QString &statementId, int httpStatus, const QString &reason);
    Expected<QList<RefusedStatement>> refusedStatements(const QString &endpoint);
    // Lets the refused statements be tried again (after the LRS was fixed). Returns how many.
    Expected<qint64> forgetRefusals(const QString &endpoint);

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
    std::optional<RecoveryReport> m_recoveryReport;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace Passerelle
