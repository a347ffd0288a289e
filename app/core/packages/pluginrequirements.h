// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QString>

namespace Passerelle {

struct Module;
class PluginRegistry;

// True when `version` ("1.2.0") meets `requirement`: comparisons joined by commas or
// spaces (">=1.0", ">=1.0, <2", "=1.2.0"), missing parts counting as 0; "" and "*" accept
// any version. False for a requirement that cannot be read.
bool versionSatisfies(const QString &version, const QString &requirement);

// Checks that this computer can run every activity of a module: each activity type the
// module requires or uses is installed, in a version it accepts, and accepts each
// activity's configuration. Names the first activity that cannot run.
Status checkActivityTypes(const Module &module, const PluginRegistry &registry);

} // namespace Passerelle
