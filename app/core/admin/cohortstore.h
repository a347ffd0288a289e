// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "admin/cohort.h"
#include "expected.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Passerelle {

class Database;

// Cohorts in the progress database: create, edit and delete them, add and remove members,
// require modules with due dates, and tell who is ready and who is late.
//
// A module is "done" when module_progress says it is completed and not failed: a scored
// module must be passed. A due date is a calendar day: the module is late from the next day,
// UTC.
class CohortStore
{
public:
    explicit CohortStore(Database &db);

    Expected<QList<Cohort>> cohorts(); // by name
    Expected<Cohort> cohort(const QString &id);
    // A cohort by id, or else by name (regardless of case and spaces).
    Expected<Cohort> find(const QString &idOrName);
    // Names are unique regardless of case and surrounding spaces. Returns the new cohort (its id set).
    Expected<Cohort> create(Cohort cohort);
    Status update(const Cohort &cohort);
    Status remove(const QString &cohortId);

    Status addMember(const QString &cohortId, const QString &learnerId);
    Status removeMember(const QString &cohortId, const QString &learnerId);
    Expected<QStringList> memberIds(const QString &cohortId);

    // Adds the module, or changes its due date when it is already required.
    Status require(const QString &cohortId, const QString &moduleId, const QDate &dueDate = QDate());
    Status unrequire(const QString &cohortId, const QString &moduleId);
    Expected<QList<CohortRequirement>> requirements(const QString &cohortId); // by due date, then module

    Expected<CohortReadiness> readiness(const QString &cohortId, const QDateTime &now);

    // The moment a module due on `day` becomes late: the start of the next day, UTC.
    static qint64 lateFromMs(const QDate &day);

private:
    Status validate(const Cohort &cohort, const QString &ignoreId);

    Database &m_db;
};

} // namespace Passerelle
