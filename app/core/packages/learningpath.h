// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "packages/modulesummary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Passerelle {

// One module's place on the learning path.
struct LearningPathStep
{
    QString moduleId;
    int step = 0;          // 1-based
    QStringList prerequisites;  // the modules to take first that are on this computer
};

// The learning path: the recommended order of the modules that take part in a
// `requires.modules` relation (docs/authoring.md), each after every module it requires, ties
// kept in the order given. A module that requires none and is required by none is not on
// the path. A requirement that is not on this computer is left out; modules that require
// one another in a circle cannot be ordered and are left off the path, as is any module
// that requires one of them.
QList<LearningPathStep> learningPath(const QList<ModuleSummary> &modules);

} // namespace Passerelle
