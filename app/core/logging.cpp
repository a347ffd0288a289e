// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace Passerelle {
Q_LOGGING_CATEGORY(lcPlugins, "passerelle.plugins", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModules, "passerelle.modules", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProgress, "passerelle.progress", QtWarningMsg)
} // namespace Passerelle
