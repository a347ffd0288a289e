// SPDX-License-Identifier: Apache-2.0
#pragma once

// Opening the progress database named by --data-dir, for every command that reads or writes
// progress, the way the app opens it (a damaged file is repaired, and the report printed).

#include "progress/learner.h"
#include "progress/progressstore.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace Passerelle::Cli {

// Prints why and sets *code when it cannot. Without `create`, a missing database is an
// error: reading commands must not leave an empty file behind; with it, the data folder is
// created if needed.
std::unique_ptr<ProgressStore> openProgressStore(const QCommandLineParser &parser, bool create, int *code);
// A learner by id, or else by name (regardless of case and spaces).
std::optional<Learner> findLearner(ProgressStore &store, const QString &idOrName);

} // namespace Passerelle::Cli
