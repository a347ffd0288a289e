// SPDX-License-Identifier: Apache-2.0
#include "progress/progressrecovery.h"

#include "logging.h"
#include "progress/databasehealth.h"
#include "progress/durablefiles.h"
#include "progress/progressbackup.h"
#include "progress/projections.h"
#include "progress/statementsalvage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString records(qint64 n)
{
    return n == 1 ? u"1 record"_s : u"%1 records"_s.arg(n);
}

// The files SQLite keeps beside a database while it is open.
const QStringList &companions()
{
    static const QStringList suffixes = {u"-wal"_s, u"-shm"_s, u"-journal"_s};
    return suffixes;
}

Status removeWithCompanions(const QString &path)
{
    for (const QString &file :
         QStringList{path} + QStringList{path + companions()[0], path + companions()[1], path + companions()[2]}) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return Error{u"Cannot remove %1, left by an unfinished repair."_s.arg(native(file))};
    }
    return success();
}

} // namespace

QString RecoveryReport::message() const
{
    if (finishedInterrupted)
        return keptAs.isEmpty()
                   ? u"Passerelle finished repairing your progress file; the repair had been interrupted."_s
                   : u"Passerelle finished repairing your progress file; the repair had been interrupted. The "
                     "damaged file is kept as %1."_s.arg(native(keptAs));
    const QString found = u"Your progress file was damaged (SQLite reports: %1)."_s.arg(problem);
    const QString kept =
        u"The damaged file is kept as %1, in case your administrator wants to look at it."_s.arg(native(keptAs));
    if (fromBackup) {
        const QString when = backupMadeAt.toLocalTime().toString(u"d MMMM yyyy 'at' HH:mm"_s);
        const QString recovered =
            recoveredStatements > 0
                ? u" and added %1 of your learning (answers, pages viewed) that could still be read from the damaged file"_s
                      .arg(records(recoveredStatements))
                : u"; nothing newer could be read from the damaged file"_s;
        return found +
               u" Passerelle restored the backup made on %1%2. Anything else done after the backup could "
               "not be recovered. "_s.arg(when, recovered) +
               kept;
    }
    const QString why = backupProblem.isEmpty() ? u"There was no backup to restore"_s
                                                : u"The backup could not be used (%1)"_s.arg(backupProblem);
    const QString rest =
        recoveredStatements > 0
            ? u", so Passerelle started a new progress file with the %1 of learning (answers, pages viewed) and %2 "
              "profile(s) that could still be read from the damaged file; anything else could not be recovered."_s
                  .arg(records(recoveredStatements))
                  .arg(recoveredLearners)
            : u", and nothing could be read from the damaged file, so Passerelle started a new, empty progress file."_s;
    return found + u' ' + why + rest + u' ' + kept;
}

ProgressRecovery::ProgressRecovery(const QString &databasePath, const QList<Migration> &migrations)
    : m_path(databasePath)
    , m_migrations(migrations)
{}

QString ProgressRecovery::keptPath() const
{
    const QString base = m_path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + u"-wal"_s); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

Status ProgressRecovery::moveAside(const QString &keptAs)
{
    // The WAL first: a WAL left beside a database that is not its own would be replayed
    // into it by the next connection.
    for (const QString &suffix : companions()) {
        if (QFileInfo::exists(m_path + suffix)) {
            if (Status s = DurableFiles::replace(m_path + suffix, keptAs + suffix); !s)
                return s;
        }
    }
    if (QFileInfo::exists(m_path))
        return DurableFiles::replace(m_path, keptAs);
    return success();
}

Expected<std::optional<RecoveryReport>> ProgressRecovery::finishInterrupted()
{
    if (Status s = removeWithCompanions(m_path + u".recovering"_s); !s)
        return s.error();
    const QString recovered = m_path + u".recovered"_s;
    if (!QFileInfo::exists(recovered))
        return std::optional<RecoveryReport>();
    // `.recovered` exists only once the repaired database is complete, and it was built from
    // everything the damaged file held: whatever is at the database's place now is that
    // damaged file (or nothing, if it was already moved).
    RecoveryReport report;
    report.finishedInterrupted = true;
    if (QFileInfo::exists(m_path))
        report.keptAs = keptPath();
    if (Status s = moveAside(report.keptAs.isEmpty() ? keptPath() : report.keptAs); !s)
        return s.error();
    if (Status s = DurableFiles::replace(recovered, m_path); !s)
        return s.error();
    qCWarning(lcProgress).noquote() << report.message();
    return std::optional<RecoveryReport>(report);
}

Expected<RecoveryReport> ProgressRecovery::recover(const QString &problem)
{
    RecoveryReport report;
    report.problem = problem;
    const QString folder = QFileInfo(m_path).absolutePath();

    // Salvage from a copy: SQLite may write to a file it opens (to replay its WAL), and the
    // damaged file is kept exactly as it was found.
    QTemporaryDir work(folder + u"/.salvage-XXXXXX"_s);
    if (!work.isValid())
        return Error{u"Your progress file is damaged, and Passerelle cannot repair it: it cannot create a working "
                     "folder in %1 (%2). Free some space, then start Passerelle again."_s.arg(native(folder),
                                                                                              work.errorString())};
    const QString copy = work.filePath(u"damaged.sqlite"_s);
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::copy(m_path + suffix, copy + suffix))
            return Error{u"Your progress file is damaged, and Passerelle cannot repair it: it cannot copy %1 (is the "
                         "disk full?). Free some space, then start Passerelle again."_s.arg(native(m_path + suffix))};
    }
    const StatementSalvage salvage = StatementSalvage::read(copy);

    const QString building = m_path + u".recovering"_s;
    if (Status s = removeWithCompanions(building); !s)
        return s.error();
    const QString backup = ProgressBackup::pathFor(m_path);
    if (QFileInfo::exists(backup)) {
        auto health = DatabaseHealth::check(backup);
        if (!health)
            report.backupProblem = health.errorMessage();
        else if (health->state != DatabaseHealth::State::Sound)
            report.backupProblem = u"it is damaged too: "_s + health->problem;
        else if (!QFile::copy(backup, building))
            report.backupProblem = u"it cannot be copied; is the disk full?"_s;
        else
            report.fromBackup = true;
    }
    {
        auto db = Database::open(building, m_migrations);
        if (!db && report.fromBackup) {
            report.fromBackup = false;
            report.backupProblem = db.errorMessage();
            if (Status s = removeWithCompanions(building); !s)
                return s.error();
            db = Database::open(building, m_migrations);
        }
        if (!db)
            return Error{
                u"Your progress file is damaged, and Passerelle cannot make a new one: %1"_s.arg(db.errorMessage())};
        if (report.fromBackup)
            report.backupMadeAt = ProgressBackup::madeAt(m_path);
        auto merged = salvage.mergeInto(**db);
        if (!merged)
            return Error{u"Your progress file is damaged, and repairing it failed: %1"_s.arg(merged.errorMessage())};
        report.recoveredStatements = merged->statements;
        report.recoveredLearners = merged->learners;
        if (auto rebuilt = Projections(**db).rebuild(); !rebuilt)
            return Error{u"Your progress file is damaged, and repairing it failed: %1"_s.arg(rebuilt.errorMessage())};
        // Fold the WAL into the file, so that the file alone is the whole database when it is
        // renamed; the next open switches back to WAL.
        if (auto q = (*db)->exec(u"PRAGMA journal_mode = DELETE"_s); !q)
            return q.error();
    }
    // From here on, renames only: `.recovered` marks a finished repair (finishInterrupted()).
    if (Status s = DurableFiles::replace(building, m_path + u".recovered"_s); !s)
        return s.error();
    report.keptAs = keptPath();
    if (Status s = moveAside(report.keptAs); !s)
        return s.error();
    if (Status s = DurableFiles::replace(m_path + u".recovered"_s, m_path); !s)
        return s.error();
    qCWarning(lcProgress).noquote() << report.message();
    return report;
}

} // namespace Passerelle
