// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/module.h"

#include <QByteArray>
#include <QJsonObject>

namespace Passerelle {

// Writes a Module as module.json (format 1) in canonical form: UTF-8, keys sorted, four-space
// indentation, a final line end, every field present. Equal modules give equal bytes, so
// packages built from the same source are byte-identical.
class ModuleWriter
{
public:
    static QJsonObject toJsonObject(const Module &module);
    static QByteArray toJson(const Module &module);
};

} // namespace Passerelle
