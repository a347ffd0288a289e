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

// The key that keeps profile names unique regardless of case and surrounding spaces.
inline QString learnerNameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace Passerelle
