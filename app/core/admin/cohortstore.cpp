// SPDX-License-Identifier: Apache-2.0
#include "admin/cohortstore.h"

#include "progress/database.h"
#include "progress/learner.h"

#include <QSqlError>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

// Qt binds a null QString as SQL NULL; optional text columns hold '' instead.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s.simplified();
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

Cohort cohortFrom(const QSqlQuery &q)
{
    Cohort c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    Cohort::kindFromName(q.value(2).toString(), &c.kind);
    c.action = q.value(3).toString();
    c.country = q.value(4).toString();
    c.startDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.endDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    return c;
}

const QString CohortColumns = u"id, name, kind, action, country, start_date, end_date"_s;

} // namespace

QString Cohort::kindName(Kind kind)
{
    return kind == Kind::Deployment ? u"deployment"_s : u"training-group"_s;
}

bool Cohort::kindFromName(const QString &name, Kind *kind)
{
    if (name == u"deployment")
        *kind = Kind::Deployment;
    else if (name == u"training-group")
        *kind = Kind::TrainingGroup;
    else
        return false;
    return true;
}

int CohortReadiness::readyCount() const
{
    return int(std::count_if(members.begin(), members.end(), [](const MemberReadiness &m) { return m.ready; }));
}

int CohortReadiness::lateCount() const
{
    return int(
        std::count_if(members.begin(), members.end(), [](const MemberReadiness &m) { return !m.late.isEmpty(); }));
}

CohortStore::CohortStore(Database &db)
    : m_db(db)
{}

qint64 CohortStore::lateFromMs(const QDate &day)
{
    return QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

Expected<QList<Cohort>> CohortStore::cohorts()
{
    auto q = m_db.exec(u"SELECT %1 FROM cohorts ORDER BY name_key"_s.arg(CohortColumns));
    if (!q)
        return q.error();
    QList<Cohort> all;
    while (q->next())
        all.append(cohortFrom(*q));
    return all;
}

Expected<Cohort> CohortStore::cohort(const QString &id)
{
    auto q = m_db.exec(u"SELECT %1 FROM cohorts WHERE id = ?"_s.arg(CohortColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{u"There is no cohort with id %1."_s.arg(id)};
    return cohortFrom(*q);
}

Expected<Cohort> CohortStore::find(const QString &idOrName)
{
    auto q = m_db.exec(u"SELECT %1 FROM cohorts WHERE id = ? OR name_key = ? ORDER BY id = ? DESC"_s.arg(CohortColumns),
                       {idOrName, learnerNameKey(idOrName), idOrName});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{u"There is no cohort \"%1\"; \"passerelle-cli cohort list\" lists them."_s.arg(idOrName)};
    return cohortFrom(*q);
}

Status CohortStore::validate(const Cohort &c, const QString &ignoreId)
{
    if (c.name.simplified().isEmpty())
        return Error{u"Enter a name for the cohort."_s};
    if (c.name.simplified().size() > 120)
        return Error{u"A cohort name can have at most 120 characters."_s};
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
        return Error{u"The cohort ends (%1) before it starts (%2): check the dates."_s.arg(
            c.endDate.toString(Qt::ISODate), c.startDate.toString(Qt::ISODate))};
    auto existing = m_db.exec(u"SELECT name FROM cohorts WHERE name_key = ? AND id <> ?"_s,
                              {learnerNameKey(c.name), ignoreId.isNull() ? u""_s : ignoreId});
    if (!existing)
        return existing.error();
    if (existing->next())
        return Error{
            u"A cohort named \"%1\" already exists; choose another name."_s.arg(existing->value(0).toString())};
    return success();
}

Expected<Cohort> CohortStore::create(Cohort c)
{
    c.name = c.name.simplified();
    if (Status s = validate(c, QString()); !s)
        return s.error();
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto q = m_db.exec(
        uR"(INSERT INTO cohorts(id, name, name_key, kind, action, country, start_date, end_date, created_at_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"_s,
        {c.id, c.name, learnerNameKey(c.name), Cohort::kindName(c.kind), text(c.action), text(c.country),
         dateValue(c.startDate), dateValue(c.endDate), QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return c;
}

Status CohortStore::update(const Cohort &c)
{
    if (Status s = validate(c, c.id); !s)
        return s;
    auto q = m_db.exec(
        uR"(UPDATE cohorts SET name = ?, name_key = ?, kind = ?, action = ?, country = ?, start_date = ?, end_date = ?
            WHERE id = ?)"_s,
        {c.name.simplified(), learnerNameKey(c.name), Cohort::kindName(c.kind), text(c.action), text(c.country),
         dateValue(c.startDate), dateValue(c.endDate), c.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{u"There is no cohort with id %1."_s.arg(c.id)};
    return success();
}

Status CohortStore::remove(const QString &cohortId)
{
    // Members and requirements go with it (ON DELETE CASCADE); learners and their progress stay.
    auto q = m_db.exec(u"DELETE FROM cohorts WHERE id = ?"_s, {cohortId});
    if (!q)
        return q.error();
    return success();
}

Status CohortStore::addMember(const QString &cohortId, const QString &learnerId)
{
    if (auto c = cohort(cohortId); !c)
        return c.error();
    auto known = m_db.exec(u"SELECT 1 FROM learners WHERE id = ?"_s, {learnerId});
    if (!known)
        return known.error();
    if (!known->next())
        return Error{u"There is no learner with id %1; \"passerelle-cli learners\" lists them."_s.arg(learnerId)};
    auto q = m_db.exec(u"INSERT OR IGNORE INTO cohort_members(cohort_id, learner_id) VALUES (?, ?)"_s,
                       {cohortId, learnerId});
    if (!q)
        return q.error();
    return success();
}

Status CohortStore::removeMember(const QString &cohortId, const QString &learnerId)
{
    auto q = m_db.exec(u"DELETE FROM cohort_members WHERE cohort_id = ? AND learner_id = ?"_s, {cohortId, learnerId});
    if (!q)
        return q.error();
    return success();
}

Expected<QStringList> CohortStore::memberIds(const QString &cohortId)
{
    auto q = m_db.exec(uR"(SELECT m.learner_id FROM cohort_members m JOIN learners l ON l.id = m.learner_id
                           WHERE m.cohort_id = ? ORDER BY l.name_key)"_s,
                       {cohortId});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

Status CohortStore::require(const QString &cohortId, const QString &moduleId, const QDate &dueDate)
{
    if (auto c = cohort(cohortId); !c)
        return c.error();
    if (moduleId.trimmed().isEmpty())
        return Error{u"Name the module to require (its id, such as cultural-agility)."_s};
    auto q = m_db.exec(uR"(INSERT INTO cohort_modules(cohort_id, module_id, due_date, due_ms) VALUES (?, ?, ?, ?)
            ON CONFLICT(cohort_id, module_id) DO UPDATE SET due_date = excluded.due_date, due_ms = excluded.due_ms)"_s,
                       {cohortId, moduleId.trimmed(), dateValue(dueDate),
                        dueDate.isValid() ? QVariant(lateFromMs(dueDate)) : QVariant(QMetaType(QMetaType::LongLong))});
    if (!q)
        return q.error();
    return success();
}

Status CohortStore::unrequire(const QString &cohortId, const QString &moduleId)
{
    auto q = m_db.exec(u"DELETE FROM cohort_modules WHERE cohort_id = ? AND module_id = ?"_s, {cohortId, moduleId});
    if (!q)
        return q.error();
    return success();
}

Expected<QList<CohortRequirement>> CohortStore::requirements(const QString &cohortId)
{
    auto q = m_db.exec(uR"(SELECT module_id, due_date FROM cohort_modules WHERE cohort_id = ?
                           ORDER BY due_ms IS NULL, due_ms, module_id)"_s,
                       {cohortId});
    if (!q)
        return q.error();
    QList<CohortRequirement> all;
    while (q->next())
        all.append({q->value(0).toString(), QDate::fromString(q->value(1).toString(), Qt::ISODate)});
    return all;
}

Expected<CohortReadiness> CohortStore::readiness(const QString &cohortId, const QDateTime &now)
{
    auto c = cohort(cohortId);
    if (!c)
        return c.error();
    auto required = requirements(cohortId);
    if (!required)
        return required.error();
    CohortReadiness result{*c, *required, {}};
    // One row per member and required module, with whether it is done and whether it is late.
    auto q = m_db.exec(uR"(SELECT l.id, l.name, r.module_id,
                   p.completed_at_ms IS NOT NULL AND coalesce(p.passed, 1) = 1 AS done,
                   r.due_ms IS NOT NULL AND r.due_ms <= ? AS past_due
            FROM cohort_members m
            JOIN learners l ON l.id = m.learner_id
            LEFT JOIN cohort_modules r ON r.cohort_id = m.cohort_id
            LEFT JOIN module_progress p ON p.learner_id = m.learner_id AND p.module_id = r.module_id
            WHERE m.cohort_id = ?
            ORDER BY l.name_key, l.id, r.due_ms IS NULL, r.due_ms, r.module_id)"_s,
                       {now.toMSecsSinceEpoch(), cohortId});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString learnerId = q->value(0).toString();
        if (result.members.isEmpty() || result.members.last().learnerId != learnerId)
            result.members.append(MemberReadiness{learnerId, q->value(1).toString(), false, {}, {}, 0, 0});
        MemberReadiness &member = result.members.last();
        if (q->value(2).isNull())
            continue; // the cohort requires nothing yet
        ++member.required;
        if (q->value(3).toInt() != 0) {
            ++member.done;
            continue;
        }
        member.missing.append(q->value(2).toString());
        if (q->value(4).toInt() != 0)
            member.late.append(q->value(2).toString());
    }
    for (MemberReadiness &member : result.members)
        member.ready = member.missing.isEmpty();
    return result;
}

} // namespace Passerelle
