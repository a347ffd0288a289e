// SPDX-License-Identifier: Apache-2.0
#pragma once

// Opening the progress database named by --data-dir, for the administration commands
// (cohort, report, admin), the way the app opens it.

#include "progress/learner.h"
#include "progress/progressstore.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace Passerelle::Cli {

// Prints why and sets *code when it cannot. Without `create`, a missing database is an
// error: reading commands must not leave an empty file behind.
std::unique_ptr<ProgressStore> openProgressStore(const QCommandLineParser &parser, bool create, int *code);
// A learner by id, or else by name (regardless of case and spaces).
std::optional<Learner> findLearner(ProgressStore &store, const QString &idOrName);

} // namespace Passerelle::Cli
