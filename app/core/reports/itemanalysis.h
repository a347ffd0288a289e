// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Passerelle {

class Database;
struct Module;

// How learners did on one activity, from the answers in the statement log.
struct ItemStatistics
{
    QString moduleId;
    QString activityId;
    QString activityType;    // the plugin: quiz, incident, …
    QString interactionType; // xAPI: choice, sequencing, …
    QString question;        // the activity's description, when its statements carry one
    int attempts = 0;        // answers, all learners, all tries
    int learners = 0;
    int firstTries = 0; // learners whose first answer was scored
    int firstTriesCorrect = 0;
    bool scored = false;         // false for activities with no right answer (a reflection, scales)
    QString commonWrongResponse; // the xAPI response most often given by a wrong answer
    QString commonWrongLabel;    // the same in words (the options' texts), when they are known
    int commonWrongCount = 0;

    double shareCorrectFirstTry() const { return firstTries > 0 ? double(firstTriesCorrect) / firstTries : 0.0; }
};

struct ItemFilter
{
    QString cohortId; // empty: every learner
    QString moduleId; // empty: every module
    QString learnerId;
};

// Item analysis per activity: attempts, learners, the share right at the first try, and the
// wrong response chosen most. Option texts come from the module when it is given (in the
// language asked for), else from the definition the statements carry (in the language the
// learner answered in), else the response stays as recorded.
class ItemAnalysis
{
public:
    static Expected<QList<ItemStatistics>> query(Database &db, const ItemFilter &filter, const QString &language,
                                                 const QList<Module> &modules = {});
    // A recorded xAPI response in words, from an interaction definition ({choices, …}).
    static QString describeResponse(const QString &response, const QJsonObject &definition, const QString &language);
};

} // namespace Passerelle
