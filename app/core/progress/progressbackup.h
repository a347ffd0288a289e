// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QDateTime>
#include <QString>

namespace Passerelle {

class Database;

// The copy of the progress database kept beside it (`progress.sqlite.backup`): written on
// a clean exit, read back when the database is found damaged at start (ProgressRecovery).
class ProgressBackup
{
public:
    static QString pathFor(const QString &databasePath);

    // Writes a consistent copy of `db` (VACUUM INTO a temporary file), checks it, and only
    // then renames it over the previous backup, so a backup on disk is always whole. Refuses,
    // keeping the previous backup, when `db` itself fails PRAGMA quick_check: a damaged
    // database must never replace a good backup.
    static Status write(Database &db);

    // When the backup of `databasePath` was written; invalid when there is none.
    static QDateTime madeAt(const QString &databasePath);
};

} // namespace Passerelle
