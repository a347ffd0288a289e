// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "progress/statementrow.h"

#include <QList>
#include <QStringList>

namespace Passerelle {

class Database;

// The tables derived from the statement log: module progress (percent, time, completion,
// pass), the last answer to each activity, the pages seen and the resume position. One
// function, applied to one statement at a time, defines them; the live path applies it to
// each new statement in the writer's transaction, and rebuild() replays the whole log
// through the same function, so a rebuilt table equals the live one by construction.
class Projections
{
public:
    explicit Projections(Database &db);

    // The projection tables, in a fixed order.
    static QStringList tables();

    // Updates the projections for statements just appended to the log. Call inside the
    // transaction that appended them.
    Status applyLive(const QList<StatementRow> &rows);

    // Empties the projections and replays every statement, in one transaction. Returns how
    // many statements were replayed.
    Expected<qint64> rebuild();

private:
    Database &m_db;
};

// How a gap between two events of one learner in one module counts as time spent: gaps up
// to five minutes count in full, longer ones count five minutes (the learner was reading
// or thinking), and gaps over thirty minutes count nothing (they left and came back).
inline constexpr qint64 IdleCapMs = 5 * 60 * 1000;
inline constexpr qint64 SessionBreakMs = 30 * 60 * 1000;

} // namespace Passerelle
