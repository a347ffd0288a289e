// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "progress/xapi.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Passerelle {

// One xAPI statement of the log: the full statement, and beside it, in columns, the parts
// the projections read. Rebuilding the projections reads only the columns, never the JSON.
struct StatementRow
{
    QString id;
    QString learnerId;
    Xapi::Verb verb = Xapi::Verb::Experienced;
    QString moduleId;
    QString registration;
    QString lessonId;
    QString activityId;     // answered: the activity; experienced page: empty
    QString activityType;   // answered: the activity's type (quiz, flashcards...)
    int pageIndex = -1;     // experienced page: 0-based
    qint64 timestampMs = 0; // UTC milliseconds since the epoch
    std::optional<double> scoreRaw;
    std::optional<double> scoreMax;
    std::optional<bool> success;
    std::optional<double> progress; // progressed: 0..1
    QString response;               // answered: the view's response as compact JSON
    QJsonObject json;
};

} // namespace Passerelle
