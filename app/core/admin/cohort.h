// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Passerelle {

// A group of learners who must finish the same modules: a deployment (experts leaving on a
// mission) or a training group.
struct Cohort
{
    enum class Kind { Deployment, TrainingGroup };

    QString id; // UUID
    QString name;
    Kind kind = Kind::TrainingGroup;
    QString action;  // the programme or project it belongs to, free text
    QString country; // where the deployment goes, free text
    QDate startDate; // null when unknown
    QDate endDate;

    static QString kindName(Kind kind); // "deployment", "training-group"
    static bool kindFromName(const QString &name, Kind *kind);
};

// A module every member of a cohort must complete (or pass, when it is scored).
struct CohortRequirement
{
    QString moduleId;
    QDate dueDate; // null: no due date
};

// Where one member of a cohort stands.
struct MemberReadiness
{
    QString learnerId;
    QString learnerName;
    bool ready = false;  // every required module done
    QStringList missing; // required modules not done yet, in the cohort's order
    QStringList late;    // among them, those whose due date has passed
    int done = 0;
    int required = 0;
};

struct CohortReadiness
{
    Cohort cohort;
    QList<CohortRequirement> requirements;
    QList<MemberReadiness> members; // by name
    int readyCount() const;
    int lateCount() const;
};

} // namespace Passerelle
