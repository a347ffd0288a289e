// SPDX-License-Identifier: Apache-2.0
// passerelle-cli cohort create|edit|add-member|remove-member|require|list|readiness: cohorts
// (deployments, training groups) with their members and required modules.
#include "command.h"
#include "openstore.h"

#include "admin/cohortstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

namespace {

bool parseDate(const QString &text, QDate *date)
{
    if (text.isEmpty()) {
        *date = QDate();
        return true;
    }
    *date = QDate::fromString(text, Qt::ISODate);
    if (date->isValid())
        return true;
    err(u"\"%1\" is not a date: write it as YYYY-MM-DD, such as 2027-01-15."_s.arg(text));
    return false;
}

QJsonObject cohortJson(const Cohort &c)
{
    return {{u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"kind"_s, Cohort::kindName(c.kind)},
            {u"action"_s, c.action},
            {u"country"_s, c.country},
            {u"start"_s, c.startDate.toString(Qt::ISODate)},
            {u"end"_s, c.endDate.toString(Qt::ISODate)}};
}

struct Sub
{
    QCommandLineParser parser;
    std::unique_ptr<ProgressStore> store;
    int code = Ok;
};

// Parses a subcommand's arguments and opens the database; false (with sub.code set) to stop.
bool start(Sub &sub, const QString &name, const QString &description, const QStringList &arguments,
           const QList<QCommandLineOption> &options, bool create = false)
{
    sub.parser.addOptions(options);
    sub.parser.addOption(dataDirOption());
    sub.parser.addOption(jsonOption());
    if (!parseCommand(sub.parser, u"cohort "_s + name, description, arguments, &sub.code))
        return false;
    sub.store = openProgressStore(sub.parser, create, &sub.code);
    return sub.store != nullptr;
}

std::optional<Cohort> findCohort(Sub &sub, const QString &idOrName)
{
    auto c = CohortStore(sub.store->database()).find(idOrName);
    if (!c) {
        err(c.errorMessage());
        sub.code = Problems;
        return std::nullopt;
    }
    return *c;
}

const QCommandLineOption KindOption(u"kind"_s, u"deployment or training-group (default training-group)."_s, u"kind"_s);
const QCommandLineOption ActionOption(u"action"_s, u"The programme or action it belongs to."_s, u"text"_s);
const QCommandLineOption CountryOption(u"country"_s, u"The partner country."_s, u"text"_s);
const QCommandLineOption StartOption(u"start"_s, u"First day, YYYY-MM-DD."_s, u"date"_s);
const QCommandLineOption EndOption(u"end"_s, u"Last day, YYYY-MM-DD."_s, u"date"_s);
const QCommandLineOption NameOption(u"name"_s, u"A new name."_s, u"name"_s);

bool readCohortOptions(const QCommandLineParser &parser, Cohort *c, bool renames)
{
    if (parser.isSet(KindOption) && !Cohort::kindFromName(parser.value(KindOption), &c->kind)) {
        err(u"--kind is deployment or training-group, not \"%1\"."_s.arg(parser.value(KindOption)));
        return false;
    }
    if (parser.isSet(ActionOption))
        c->action = parser.value(ActionOption);
    if (parser.isSet(CountryOption))
        c->country = parser.value(CountryOption);
    if (parser.isSet(StartOption) && !parseDate(parser.value(StartOption), &c->startDate))
        return false;
    if (parser.isSet(EndOption) && !parseDate(parser.value(EndOption), &c->endDate))
        return false;
    if (renames && parser.isSet(NameOption))
        c->name = parser.value(NameOption);
    return true;
}

int create(const QStringList &arguments)
{
    Sub sub;
    sub.parser.addPositionalArgument(u"name"_s, u"The cohort's name."_s);
    if (!start(sub, u"create"_s, u"Create a cohort (a deployment or a training group)."_s, arguments,
               {KindOption, ActionOption, CountryOption, StartOption, EndOption}, true))
        return sub.code;
    if (sub.parser.positionalArguments().size() != 1) {
        err(u"cohort create needs the cohort's name, in quotes if it has spaces."_s);
        return Usage;
    }
    Cohort c;
    c.name = sub.parser.positionalArguments().constFirst();
    if (!readCohortOptions(sub.parser, &c, false))
        return Usage;
    auto created = CohortStore(sub.store->database()).create(c);
    if (!created) {
        err(created.errorMessage());
        return Problems;
    }
    if (sub.parser.isSet(jsonOption()))
        printJson(cohortJson(*created));
    else
        out(u"Created cohort \"%1\" (%2)."_s.arg(created->name, created->id));
    return Ok;
}

int edit(const QStringList &arguments)
{
    Sub sub;
    sub.parser.addPositionalArgument(u"cohort"_s, u"The cohort: its id or name."_s);
    if (!start(sub, u"edit"_s, u"Change a cohort's name, kind, action, country or dates."_s, arguments,
               {NameOption, KindOption, ActionOption, CountryOption, StartOption, EndOption}))
        return sub.code;
    if (sub.parser.positionalArguments().size() != 1) {
        err(u"cohort edit needs the cohort's id or name."_s);
        return Usage;
    }
    std::optional<Cohort> c = findCohort(sub, sub.parser.positionalArguments().constFirst());
    if (!c)
        return sub.code;
    if (!readCohortOptions(sub.parser, &*c, true))
        return Usage;
    if (Status s = CohortStore(sub.store->database()).update(*c); !s) {
        err(s.errorMessage());
        return Problems;
    }
    out(u"Updated cohort \"%1\"."_s.arg(c->name));
    return Ok;
}

int members(const QStringList &arguments, bool add)
{
    Sub sub;
    sub.parser.addPositionalArgument(u"cohort"_s, u"The cohort: its id or name."_s);
    sub.parser.addPositionalArgument(u"learners"_s, u"Learners: profile ids or names."_s, u"<learner>..."_s);
    const QString name = add ? u"add-member"_s : u"remove-member"_s;
    if (!start(sub, name, add ? u"Add learners to a cohort."_s : u"Remove learners from a cohort."_s, arguments, {}))
        return sub.code;
    const QStringList args = sub.parser.positionalArguments();
    if (args.size() < 2) {
        err(u"cohort %1 needs the cohort and at least one learner."_s.arg(name));
        return Usage;
    }
    std::optional<Cohort> c = findCohort(sub, args.constFirst());
    if (!c)
        return sub.code;
    CohortStore cohorts(sub.store->database());
    for (const QString &who : args.mid(1)) {
        const std::optional<Learner> learner = findLearner(*sub.store, who);
        if (!learner) {
            err(u"There is no learner \"%1\"; \"passerelle-cli learners\" lists them."_s.arg(who));
            return Problems;
        }
        Status s = add ? cohorts.addMember(c->id, learner->id) : cohorts.removeMember(c->id, learner->id);
        if (!s) {
            err(s.errorMessage());
            return IoError;
        }
        out(add ? u"%1 is in \"%2\"."_s.arg(learner->name, c->name) : u"%1 left \"%2\"."_s.arg(learner->name, c->name));
    }
    return Ok;
}

int require(const QStringList &arguments)
{
    Sub sub;
    const QCommandLineOption due(u"due"_s, u"The due date, YYYY-MM-DD (late from the next day, UTC)."_s, u"date"_s);
    const QCommandLineOption drop(u"remove"_s, u"No longer require the module."_s);
    sub.parser.addPositionalArgument(u"cohort"_s, u"The cohort: its id or name."_s);
    sub.parser.addPositionalArgument(u"module"_s, u"The module's id."_s);
    if (!start(sub, u"require"_s, u"Require a module of a cohort's members, with an optional due date."_s, arguments,
               {due, drop}))
        return sub.code;
    const QStringList args = sub.parser.positionalArguments();
    if (args.size() != 2) {
        err(u"cohort require needs the cohort and a module id."_s);
        return Usage;
    }
    QDate date;
    if (!parseDate(sub.parser.value(due), &date))
        return Usage;
    std::optional<Cohort> c = findCohort(sub, args.at(0));
    if (!c)
        return sub.code;
    CohortStore cohorts(sub.store->database());
    Status s = sub.parser.isSet(drop) ? cohorts.unrequire(c->id, args.at(1)) : cohorts.require(c->id, args.at(1), date);
    if (!s) {
        err(s.errorMessage());
        return Problems;
    }
    if (sub.parser.isSet(drop))
        out(u"\"%1\" no longer requires %2."_s.arg(c->name, args.at(1)));
    else
        out(date.isValid() ? u"\"%1\" requires %2 by %3."_s.arg(c->name, args.at(1), date.toString(Qt::ISODate))
                           : u"\"%1\" requires %2 (no due date)."_s.arg(c->name, args.at(1)));
    return Ok;
}

int list(const QStringList &arguments)
{
    Sub sub;
    if (!start(sub, u"list"_s, u"List the cohorts with their members and required modules."_s, arguments, {}))
        return sub.code;
    CohortStore cohorts(sub.store->database());
    auto all = cohorts.cohorts();
    if (!all) {
        err(all.errorMessage());
        return IoError;
    }
    QJsonArray array;
    for (const Cohort &c : *all) {
        const auto memberIds = cohorts.memberIds(c.id);
        const auto requirements = cohorts.requirements(c.id);
        if (!memberIds || !requirements) {
            err(memberIds ? requirements.errorMessage() : memberIds.errorMessage());
            return IoError;
        }
        const QList<CohortRequirement> &required = *requirements;
        if (sub.parser.isSet(jsonOption())) {
            QJsonObject o = cohortJson(c);
            o.insert(u"members"_s, QJsonArray::fromStringList(*memberIds));
            QJsonArray modules;
            for (const CohortRequirement &r : required)
                modules.append(QJsonObject{{u"module"_s, r.moduleId}, {u"due"_s, r.dueDate.toString(Qt::ISODate)}});
            o.insert(u"requires"_s, modules);
            array.append(o);
        } else {
            QStringList modules;
            for (const CohortRequirement &r : required)
                modules << (r.dueDate.isValid() ? u"%1 by %2"_s.arg(r.moduleId, r.dueDate.toString(Qt::ISODate))
                                                : r.moduleId);
            out(u"%1  %2  [%3] %4 member(s); requires: %5"_s.arg(c.id, c.name, Cohort::kindName(c.kind))
                    .arg(memberIds->size())
                    .arg(modules.isEmpty() ? u"nothing yet"_s : modules.join(u", "_s)));
        }
    }
    if (sub.parser.isSet(jsonOption()))
        printJson({{u"cohorts"_s, array}});
    else if (all->isEmpty())
        out(u"No cohorts yet; \"passerelle-cli cohort create\" makes one."_s);
    return Ok;
}

int readiness(const QStringList &arguments)
{
    Sub sub;
    const QCommandLineOption at(u"at"_s, u"Judge lateness as of this day, YYYY-MM-DD (default: now)."_s, u"date"_s);
    sub.parser.addPositionalArgument(u"cohort"_s, u"The cohort: its id or name."_s);
    if (!start(sub, u"readiness"_s, u"Who in a cohort is ready, who is late, and what each still has to do."_s,
               arguments, {at}))
        return sub.code;
    if (sub.parser.positionalArguments().size() != 1) {
        err(u"cohort readiness needs the cohort's id or name."_s);
        return Usage;
    }
    QDate day;
    if (!parseDate(sub.parser.value(at), &day))
        return Usage;
    const QDateTime now = day.isValid() ? QDateTime(day, QTime(12, 0), Qt::UTC) : QDateTime::currentDateTimeUtc();
    std::optional<Cohort> c = findCohort(sub, sub.parser.positionalArguments().constFirst());
    if (!c)
        return sub.code;
    auto r = CohortStore(sub.store->database()).readiness(c->id, now);
    if (!r) {
        err(r.errorMessage());
        return IoError;
    }
    if (sub.parser.isSet(jsonOption())) {
        QJsonArray members;
        for (const MemberReadiness &m : r->members)
            members.append(QJsonObject{{u"id"_s, m.learnerId},
                                       {u"name"_s, m.learnerName},
                                       {u"ready"_s, m.ready},
                                       {u"done"_s, m.done},
                                       {u"required"_s, m.required},
                                       {u"missing"_s, QJsonArray::fromStringList(m.missing)},
                                       {u"late"_s, QJsonArray::fromStringList(m.late)}});
        printJson({{u"cohort"_s, cohortJson(c.value())},
                   {u"ready"_s, r->readyCount()},
                   {u"late"_s, r->lateCount()},
                   {u"members"_s, members}});
        return Ok;
    }
    out(u"%1: %2 of %3 member(s) ready, %4 late."_s.arg(c->name)
            .arg(r->readyCount())
            .arg(r->members.size())
            .arg(r->lateCount()));
    for (const MemberReadiness &m : r->members) {
        if (m.ready)
            out(u"  ready    %1"_s.arg(m.learnerName));
        else
            out(u"  %1 %2: missing %3%4"_s.arg(
                m.late.isEmpty() ? u"waiting "_s : u"LATE    "_s, m.learnerName, m.missing.join(u", "_s),
                m.late.isEmpty() ? QString() : u" (late: %1)"_s.arg(m.late.join(u", "_s))));
    }
    return Ok;
}

int runCohort(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == u"create")
        return create(rest);
    if (sub == u"edit")
        return edit(rest);
    if (sub == u"add-member")
        return members(rest, true);
    if (sub == u"remove-member")
        return members(rest, false);
    if (sub == u"require")
        return require(rest);
    if (sub == u"list")
        return list(rest);
    if (sub == u"readiness")
        return readiness(rest);
    if (sub == u"--help" || sub == u"-h") {
        out(u"Usage: passerelle-cli cohort create|edit|add-member|remove-member|require|list|readiness [options]\n"
            "Run \"passerelle-cli cohort <subcommand> --help\" for each one's options."_s);
        return Ok;
    }
    err(u"cohort needs a subcommand: create, edit, add-member, remove-member, require, list or readiness."_s);
    return Usage;
}

} // namespace

static const CommandRegistration cohortCommand(
    {u"cohort"_s, u"Cohorts: create, edit, add-member, remove-member, require, list, readiness."_s, runCohort});

} // namespace Passerelle::Cli
