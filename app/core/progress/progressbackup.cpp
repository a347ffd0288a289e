// SPDX-License-Identifier: Apache-2.0
#include "progress/progressbackup.h"

#include "logging.h"
#include "progress/database.h"
#include "progress/databasehealth.h"
#include "progress/durablefiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Passerelle {

QString ProgressBackup::pathFor(const QString &databasePath)
{
    return databasePath + u".backup"_s;
}

QDateTime ProgressBackup::madeAt(const QString &databasePath)
{
    const QFileInfo info(pathFor(databasePath));
    // The rename keeps the time the copy was written: the file's own time is the backup's.
    return info.exists() ? info.lastModified().toUTC() : QDateTime();
}

Status ProgressBackup::write(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    const QString target = pathFor(db.filePath());
    const QString temporary = target + u".tmp"_s;

    auto problems = db.quickCheck();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error{u"The backup was not updated: the progress database %1 looks damaged (%2), and a damaged "
                     "copy must not replace the last good backup. Passerelle will repair the database from the "
                     "backup the next time it starts."_s.arg(QDir::toNativeSeparators(db.filePath()),
                                                             problems->mid(0, 3).join(u"; "_s))};

    // A copy left by an interrupted backup: VACUUM INTO refuses to write over a file.
    if (QFileInfo::exists(temporary) && !QFile::remove(temporary))
        return Error{u"Cannot remove the unfinished backup %1."_s.arg(QDir::toNativeSeparators(temporary))};
    if (auto q = db.exec(u"VACUUM INTO ?"_s, {temporary}); !q) {
        QFile::remove(temporary);
        return Error{u"The backup could not be written: %1"_s.arg(q.errorMessage())};
    }
    auto health = DatabaseHealth::check(temporary);
    if (!health || health->state != DatabaseHealth::State::Sound) {
        QFile::remove(temporary);
        return Error{u"The backup was not updated: the new copy %1 did not pass its check (%2)."_s.arg(
            QDir::toNativeSeparators(temporary), health ? health->problem : health.errorMessage())};
    }
    if (Status s = DurableFiles::replace(temporary, target); !s) {
        QFile::remove(temporary);
        return s;
    }
    qCInfo(lcProgress).noquote() << "backup written to" << target << "in" << timer.elapsed() << "ms";
    return success();
}

} // namespace Passerelle
