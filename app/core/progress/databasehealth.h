// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QString>

namespace Passerelle {

// What SQLite's PRAGMA quick_check says about a database file, asked through a connection
// of its own that sets nothing and migrates nothing, so that a damaged file is judged before
// anything is written to it.
struct DatabaseHealth
{
    enum class State { Missing, Sound, Damaged };
    State state = State::Missing;
    QString problem; // Damaged: what SQLite found, in its words

    // Checks `path`. Damage (a malformed file, a file that is not a database) is a result;
    // an error means the file could not be judged (locked by another program, unreadable).
    static Expected<DatabaseHealth> check(const QString &path);
};

} // namespace Passerelle
