// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace Passerelle {

// A learner profile on this machine.
struct Learner
{
    QString id; // UUID, the xAPI account name
    QString name;
    QString language;
    QDateTime createdAt;
};

} // namespace Passerelle
