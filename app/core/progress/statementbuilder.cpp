// SPDX-License-Identifier: Apache-2.0
#include "progress/statementbuilder.h"

#include "modules/module.h"
#include "progress/moduleprogress.h"
#include "progress/learner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

const QString TypeCourse = u"http://adlnet.gov/expapi/activities/course"_s;
const QString TypeLesson = u"http://adlnet.gov/expapi/activities/lesson"_s;
const QString TypePage = u"http://activitystrea.ms/schema/1.0/page"_s;
const QString TypeInteraction = u"http://adlnet.gov/expapi/activities/cmi.interaction"_s;
// cmi5's progress extension: an integer percentage, understood by most LRS reports.
const QString ProgressExtension = u"https://w3id.org/xapi/cmi5/result/extensions/progress"_s;

QJsonObject activity(const QString &iri, const QString &type, const QString &language, const QString &name)
{
    QJsonObject definition{{u"type"_s, type}};
    if (!name.isEmpty())
        definition.insert(u"name"_s, QJsonObject{{language, name}});
    return {{u"objectType"_s, u"Activity"_s}, {u"id"_s, iri}, {u"definition"_s, definition}};
}

QJsonObject scoreOf(double raw, double max)
{
    QJsonObject score{{u"raw"_s, raw}, {u"min"_s, 0}, {u"max"_s, max}};
    if (max > 0)
        score.insert(u"scaled"_s, raw / max);
    return score;
}

} // namespace

StatementBuilder::StatementBuilder(const Learner &learner, const Module &module, const QString &language,
                                   const QString &registration, QDateTime now)
    : m_learner(learner)
    , m_module(module)
    , m_language(module.resolveLanguage(language))
    , m_registration(registration)
    , m_now(std::move(now))
{
}

QJsonObject StatementBuilder::moduleActivity() const
{
    return activity(Xapi::moduleIri(m_module.id), TypeCourse, m_language, m_module.contentFor(m_language).title);
}

QJsonObject StatementBuilder::lessonActivity(int lessonIndex) const
{
    const Lesson &lesson = m_module.contentFor(m_language).lessons.at(lessonIndex);
    return activity(Xapi::lessonIri(m_module.id, lesson.id), TypeLesson, m_language, lesson.title);
}

StatementRow StatementBuilder::row(Xapi::Verb verb, const QJsonObject &object, const QJsonObject &contextActivities,
                                   const QJsonObject &result) const
{
    StatementRow r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.learnerId = m_learner.id;
    r.verb = verb;
    r.moduleId = m_module.id;
    r.registration = m_registration;
    r.timestampMs = m_now.toMSecsSinceEpoch();
    QJsonObject context{{u"registration"_s, m_registration},
                        {u"language"_s, m_language},
                        {u"platform"_s, u"Passerelle"_s},
                        {u"extensions"_s, QJsonObject{{Xapi::extensionIri(u"module-version"_s), m_module.version}}}};
    if (!contextActivities.isEmpty())
        context.insert(u"contextActivities"_s, contextActivities);
    r.json = {{u"id"_s, r.id},
              {u"version"_s, QString::fromUtf16(Xapi::Version)},
              {u"actor"_s, Xapi::accountActor(m_learner.id, m_learner.name)},
              {u"verb"_s, Xapi::verbObject(verb)},
              {u"object"_s, object},
              {u"context"_s, context},
              {u"timestamp"_s, m_now.toString(Qt::ISODateWithMs)}};
    if (!result.isEmpty())
        r.json.insert(u"result"_s, result);
    return r;
}

StatementRow StatementBuilder::attemptedModule() const
{
    return row(Xapi::Verb::Attempted, moduleActivity(), {});
}

StatementRow StatementBuilder::experiencedPage(int lessonIndex, int pageIndex) const
{
    const Lesson &lesson = m_module.contentFor(m_language).lessons.at(lessonIndex);
    const QString title = lesson.pages.at(pageIndex).title.isEmpty()
                              ? u"%1 (%2)"_s.arg(lesson.title).arg(pageIndex + 1)
                              : lesson.pages.at(pageIndex).title;
    const QString iri = Xapi::lessonIri(m_module.id, lesson.id) + u"/pages/"_s + QString::number(pageIndex + 1);
    StatementRow r = row(Xapi::Verb::Experienced, activity(iri, TypePage, m_language, title),
                         {{u"parent"_s, QJsonArray{lessonActivity(lessonIndex)}},
                          {u"grouping"_s, QJsonArray{moduleActivity()}}});
    r.lessonId = lesson.id;
    r.pageIndex = pageIndex;
    return r;
}

StatementRow StatementBuilder::experiencedLesson(int lessonIndex) const
{
    StatementRow r = row(Xapi::Verb::Experienced, lessonActivity(lessonIndex),
                         {{u"parent"_s, QJsonArray{moduleActivity()}}});
    r.lessonId = m_module.contentFor(m_language).lessons.at(lessonIndex).id;
    return r;
}

StatementRow StatementBuilder::answered(const Answer &a) const
{
    QJsonObject definition = a.definition;
    definition.insert(u"type"_s, TypeInteraction);
    QJsonObject result{{u"success"_s, a.result.success},
                       {u"completion"_s, a.result.completion},
                       {u"response"_s, a.result.xapiResponse},
                       // The view's own response, so the view can be restored from the log alone.
                       {u"extensions"_s, QJsonObject{{Xapi::extensionIri(u"view-response"_s), a.response}}}};
    // xAPI wants max > min: an activity that is not scored (a reflection) has no score.
    if (a.result.maxScore > 0)
        result.insert(u"score"_s, scoreOf(a.result.rawScore, a.result.maxScore));
    if (a.durationMs >= 0)
        result.insert(u"duration"_s, Xapi::isoDuration(a.durationMs));
    const int lessonIndex = m_module.lessonIndex(a.lessonId);
    StatementRow r = row(Xapi::Verb::Answered,
                         QJsonObject{{u"objectType"_s, u"Activity"_s},
                                     {u"id"_s, Xapi::activityIri(m_module.id, a.activityId)},
                                     {u"definition"_s, definition}},
                         {{u"parent"_s, QJsonArray{lessonIndex >= 0 ? lessonActivity(lessonIndex)
                                                                    : activity(Xapi::lessonIri(m_module.id, a.lessonId), TypeLesson, m_language, {})}},
                          {u"grouping"_s, QJsonArray{moduleActivity()}}},
                         result);
    QJsonObject extensions = r.json[u"context"_s][u"extensions"_s].toObject();
    extensions.insert(Xapi::extensionIri(u"activity-type"_s), a.activityType);
    QJsonObject context = r.json[u"context"_s].toObject();
    context.insert(u"extensions"_s, extensions);
    r.json.insert(u"context"_s, context);
    r.lessonId = a.lessonId;
    r.activityId = a.activityId;
    r.activityType = a.activityType;
    r.scoreRaw = a.result.rawScore;
    r.scoreMax = a.result.maxScore;
    r.success = a.result.success;
    r.response = QString::fromUtf8(QJsonDocument(QJsonObject{{u"response"_s, a.response}}).toJson(QJsonDocument::Compact));
    return r;
}

StatementRow StatementBuilder::progressed(double progress) const
{
    const int percent = static_cast<int>(std::lround(std::clamp(progress, 0.0, 1.0) * 100.0));
    StatementRow r = row(Xapi::Verb::Progressed, moduleActivity(), {},
                         {{u"extensions"_s, QJsonObject{{ProgressExtension, percent}}}});
    r.progress = percent / 100.0;
    return r;
}

StatementRow StatementBuilder::completed() const
{
    StatementRow r = row(Xapi::Verb::Completed, moduleActivity(), {}, {{u"completion"_s, true}});
    r.progress = 1.0;
    return r;
}

StatementRow StatementBuilder::passedOrFailed(const ModuleStatus &status) const
{
    QJsonObject result{{u"success"_s, status.passed}, {u"completion"_s, true}};
    if (status.scoreMax > 0)
        result.insert(u"score"_s, scoreOf(status.scoreRaw, status.scoreMax));
    StatementRow r = row(status.passed ? Xapi::Verb::Passed : Xapi::Verb::Failed, moduleActivity(), {}, result);
    r.scoreRaw = status.scoreRaw;
    r.scoreMax = status.scoreMax;
    r.success = status.passed;
    return r;
}

} // namespace Passerelle
