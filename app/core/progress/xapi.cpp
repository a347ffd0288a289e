// SPDX-License-Identifier: Apache-2.0
#include "progress/xapi.h"

using namespace Qt::StringLiterals;

namespace Passerelle::Xapi {

static QString verbName(Verb verb)
{
    switch (verb) {
    case Verb::Experienced: return u"experienced"_s;
    case Verb::Attempted: return u"attempted"_s;
    case Verb::Answered: return u"answered"_s;
    case Verb::Completed: return u"completed"_s;
    case Verb::Passed: return u"passed"_s;
    case Verb::Failed: return u"failed"_s;
    case Verb::Progressed: return u"progressed"_s;
    }
    Q_UNREACHABLE();
}

QString verbIri(Verb verb)
{
    return u"http://adlnet.gov/expapi/verbs/"_s + verbName(verb);
}

std::optional<Verb> verbFromIri(QStringView iri)
{
    // Built once: an import reads the verb of every statement.
    static const std::pair<QString, Verb> known[] = {
        {verbIri(Verb::Experienced), Verb::Experienced}, {verbIri(Verb::Attempted), Verb::Attempted},
        {verbIri(Verb::Answered), Verb::Answered},       {verbIri(Verb::Completed), Verb::Completed},
        {verbIri(Verb::Passed), Verb::Passed},           {verbIri(Verb::Failed), Verb::Failed},
        {verbIri(Verb::Progressed), Verb::Progressed}};
    for (const auto &[text, verb] : known) {
        if (iri == text)
            return verb;
    }
    return std::nullopt;
}

QJsonObject verbObject(Verb verb)
{
    return {{u"id"_s, verbIri(verb)}, {u"display"_s, QJsonObject{{u"en-US"_s, verbName(verb)}}}};
}

QString moduleIri(const QString &moduleId)
{
    return QString::fromUtf16(BaseIri) + u"modules/"_s + moduleId;
}

QString lessonIri(const QString &moduleId, const QString &lessonId)
{
    return moduleIri(moduleId) + u"/lessons/"_s + lessonId;
}

QString activityIri(const QString &moduleId, const QString &activityId)
{
    return moduleIri(moduleId) + u"/activities/"_s + activityId;
}

QString extensionIri(const QString &name)
{
    return QString::fromUtf16(BaseIri) + u"extensions/"_s + name;
}

QJsonObject accountActor(const QString &learnerUuid, const QString &displayName, const QString &homePage)
{
    return {{u"objectType"_s, u"Agent"_s},
            {u"name"_s, displayName},
            {u"account"_s, QJsonObject{{u"homePage"_s, homePage}, {u"name"_s, learnerUuid}}}};
}

QString isoDuration(qint64 milliseconds)
{
    if (milliseconds < 0)
        milliseconds = 0;
    const qint64 hours = milliseconds / 3'600'000;
    const qint64 minutes = (milliseconds / 60'000) % 60;
    const qint64 ms = milliseconds % 60'000;
    QString out = u"PT"_s;
    if (hours)
        out += QString::number(hours) + u'H';
    if (minutes)
        out += QString::number(minutes) + u'M';
    if (ms || (!hours && !minutes)) {
        // Seconds with at most two decimals, as xAPI recommends (0.01 s precision).
        const qint64 centis = ms / 10;
        out += QString::number(centis / 100);
        if (centis % 100)
            out += u'.' + QString::number(centis % 100).rightJustified(2, u'0');
        out += u'S';
    }
    return out;
}

} // namespace Passerelle::Xapi
