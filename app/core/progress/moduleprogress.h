// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/module.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>

namespace Passerelle {

// Where a learner stands in a module, by the module's own rules: how far they are, whether
// they have completed it and whether they passed. Computed in C++ when an event is recorded;
// the result is written to the log as progressed / completed / passed / failed statements.
struct ModuleStatus
{
    double progress = 0.0; // 0..1: pages seen and required activities answered
    bool completed = false;
    double scoreRaw = 0.0; // over the required activities that are scored
    double scoreMax = 0.0;
    bool passed = false;

    double scaled() const { return scoreMax > 0 ? scoreRaw / scoreMax : 0.0; }
};

struct ActivityScore
{
    double raw = 0.0;
    double max = 0.0;
};

// The rules, in one place:
// - progress: share of (pages seen + required activities answered) among all pages and
//   required activities; 1 once completed;
// - completed: every required activity answered (a module without activities: every page seen);
// - passed: completed, and the required activities' points reach the pass mark (a pass mark
//   of 0, or no scored activity, passes on completion).
ModuleStatus moduleStatus(const Module &module, const QSet<QPair<QString, int>> &pagesSeen,
                          const QHash<QString, ActivityScore> &answered);

} // namespace Passerelle
