// SPDX-License-Identifier: Apache-2.0
#pragma once

// Logging categories of the core, one per concern. Enable with QT_LOGGING_RULES,
// for example QT_LOGGING_RULES="passerelle.*.info=true".

#include <QLoggingCategory>

namespace Passerelle {
Q_DECLARE_LOGGING_CATEGORY(lcPlugins)
Q_DECLARE_LOGGING_CATEGORY(lcModules)
Q_DECLARE_LOGGING_CATEGORY(lcProgress)
} // namespace Passerelle
