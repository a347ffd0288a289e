// SPDX-License-Identifier: Apache-2.0
#include "modulesession.h"

#include "activityjson.h"

#include "activities/pluginregistry.h"
#include "lessonlistmodel.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QJSValue>
#include <QtEndian>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Passerelle {

ModuleSession::ModuleSession(const CatalogueEntry &entry, std::shared_ptr<const Module> module, const Learner &learner,
                             const QString &language, ProgressStore &store, const PluginRegistry &plugins,
                             QObject *parent)
    : QObject(parent)
    , m_module(std::move(module))
    , m_directory(entry.directory)
    , m_learner(learner)
    , m_language(m_module->resolveLanguage(language))
    , m_store(store)
    , m_plugins(plugins)
{
    m_lessons = new LessonListModel(content().lessons, this);
    auto position = m_store.resumePosition(m_learner.id, m_module->id);
    if (!position) {
        setError(position.errorMessage());
    } else if (position->has_value()) {
        // The module may have changed since: resume at the same lesson if it still exists,
        // and clamp the page to what the lesson has now.
        const int lesson = m_module->lessonIndex((*position)->lessonId);
        if (lesson >= 0) {
            m_lessonIndex = lesson;
            m_pageIndex = std::clamp((*position)->pageIndex, 0, static_cast<int>(currentLesson().pages.size()) - 1);
            m_resumed = true;
        }
    }
    m_lessons->setCurrent(m_lessonIndex);
    m_pageTimer.start();
    auto registration = m_store.beginAttempt(m_learner, *m_module, m_language);
    if (registration)
        m_registration = registration.value();
    else
        setError(registration.errorMessage());
    recordPageView();
    qCInfo(lcModules).noquote() << "opened module" << m_module->id << "for" << m_learner.id << "at lesson"
                                << currentLesson().id << "page" << m_pageIndex + 1
                                << (m_resumed ? "(resumed)" : "(start)");
}

ModuleSession::~ModuleSession() = default;

const ModuleContent &ModuleSession::content() const
{
    return m_module->contentFor(m_language);
}

const Lesson &ModuleSession::currentLesson() const
{
    return content().lessons.at(m_lessonIndex);
}

QUrl ModuleSession::baseUrl() const
{
    return QUrl::fromLocalFile(m_directory + u'/');
}

int ModuleSession::pageCount() const
{
    return static_cast<int>(currentLesson().pages.size());
}

QString ModuleSession::lessonTitle() const
{
    return currentLesson().title;
}

QString ModuleSession::pageTitle() const
{
    return currentLesson().pages.at(m_pageIndex).title;
}

bool ModuleSession::hasPrevious() const
{
    return m_lessonIndex > 0 || m_pageIndex > 0;
}

bool ModuleSession::hasNext() const
{
    return m_lessonIndex < content().lessons.size() - 1 || m_pageIndex < pageCount() - 1;
}

void ModuleSession::next()
{
    if (m_pageIndex < pageCount() - 1)
        goTo(m_lessonIndex, m_pageIndex + 1);
    else if (m_lessonIndex < content().lessons.size() - 1)
        goTo(m_lessonIndex + 1, 0);
}

void ModuleSession::previous()
{
    if (m_pageIndex > 0)
        goTo(m_lessonIndex, m_pageIndex - 1);
    else if (m_lessonIndex > 0)
        goTo(m_lessonIndex - 1, static_cast<int>(content().lessons.at(m_lessonIndex - 1).pages.size()) - 1);
}

bool ModuleSession::hasPage(int lessonIndex, int pageIndex) const
{
    return lessonIndex >= 0 && lessonIndex < content().lessons.size() && pageIndex >= 0 &&
           pageIndex < content().lessons.at(lessonIndex).pages.size();
}

void ModuleSession::goTo(int lessonIndex, int pageIndex)
{
    if (!hasPage(lessonIndex, pageIndex))
        return;
    if (lessonIndex == m_lessonIndex && pageIndex == m_pageIndex)
        return;
    m_lessonIndex = lessonIndex;
    m_pageIndex = pageIndex;
    m_lessons->setCurrent(m_lessonIndex);
    m_pageTimer.restart();
    recordPageView();
    emit positionChanged();
}

void ModuleSession::recordPageView()
{
    // The page view is the resume position: the log says where the learner is.
    if (Status s = m_store.recordPageView(m_learner, *m_module, m_language, m_registration, m_lessonIndex, m_pageIndex); !s)
        setError(s.errorMessage());
    else
        qCInfo(lcModules).noquote() << "position" << m_module->id << currentLesson().id << "page" << m_pageIndex + 1;
}

QVariantList ModuleSession::blocks() const
{
    QVariantList result;
    for (const Block &block : currentLesson().pages.at(m_pageIndex).blocks) {
        if (block.kind == Block::Kind::Markdown)
            result.append(QVariantMap{{u"kind"_s, u"markdown"_s}, {u"text"_s, block.markdown}});
        else
            result.append(activityBlock(block));
    }
    return result;
}

QVariantMap ModuleSession::activityBlock(const Block &block) const
{
    QVariantMap map{{u"kind"_s, u"activity"_s},
                    {u"activityId"_s, block.activityId},
                    {u"activityType"_s, block.activityType}};
    const ActivityType *type = m_plugins.type(block.activityType);
    map.insert(u"available"_s, type != nullptr);
    if (!type)
        return map;
    map.insert(u"viewUrl"_s, type->viewUrl());
    QVariantMap config = block.config.toVariantMap();
    // Glossary cards: the terms and definitions the module carries, in the learner's language.
    if (block.config.contains(u"glossaryTerms"_s)) {
        const QMap<QString, GlossaryEntry> &glossary = content().glossary;
        QVariantMap entries;
        for (const QJsonValue &id : block.config.value(u"glossaryTerms"_s).toArray()) {
            const auto it = glossary.constFind(id.toString());
            if (it != glossary.cend())
                entries.insert(id.toString(), QVariantMap{{u"term"_s, it->term}, {u"definition"_s, it->definition}});
        }
        config.insert(u"glossaryEntries"_s, entries);
    }
    map.insert(u"config"_s, config);
    auto draft = m_store.draft(m_learner.id, m_module->id, block.activityId);
    map.insert(u"savedDraft"_s, draft ? draft->toVariant() : QVariant());
    map.insert(u"seed"_s, activitySeed(block.activityId));
    auto saved = m_store.lastAnswer(m_learner.id, m_module->id, block.activityId);
    map.insert(u"attempts"_s, saved && saved->has_value() ? (*saved)->attempts : 0);
    if (saved && saved->has_value()) {
        const QJsonValue response = (*saved)->response;
        map.insert(u"savedResponse"_s, response.toVariant());
        // Show the feedback of the last answer again: re-scored with the current config,
        // so a corrected module gives corrected feedback.
        map.insert(u"evaluation"_s, evaluationMap(type->evaluate(block.config, response)));
    }
    return map;
}

QVariantMap ModuleSession::submit(const QString &activityId, const QVariant &response)
{
    const Block *block = m_module->findActivity(m_language, activityId);
    if (!block)
        return {{u"error"_s, tr("This page has no activity \"%1\".").arg(activityId)}};
    const ActivityType *type = m_plugins.type(block->activityType);
    if (!type)
        return {{u"error"_s, tr("The activity type \"%1\" is not installed.").arg(block->activityType)}};

    // Retries are limited per activity by the config's optional "maxAttempts"; the limit is
    // enforced here, not in the view.
    const int maxAttempts = block->config.value(u"maxAttempts"_s).toInt(0);
    int attempts = 0;
    if (auto saved = m_store.lastAnswer(m_learner.id, m_module->id, activityId); saved && saved->has_value())
        attempts = (*saved)->attempts;
    if (maxAttempts > 0 && attempts >= maxAttempts)
        return {{u"error"_s, tr("You have used all %n attempt(s) at this activity.", "", maxAttempts)},
                {u"attempts"_s, attempts}};

    const QJsonValue jsonResponse = plainJson(response);
    const ActivityResult result = type->evaluate(block->config, jsonResponse);
    if (!result.completion) // not an answer (nothing chosen, unknown option): nothing to record
        return evaluationMap(result);

    Answer answer;
    answer.lessonId = currentLesson().id;
    answer.activityId = activityId;
    answer.activityType = block->activityType;
    answer.definition = type->xapiDefinition(block->config, m_language);
    answer.response = jsonResponse;
    answer.result = result;
    answer.durationMs = m_pageTimer.elapsed();
    auto recorded = m_store.recordAnswer(m_learner, *m_module, m_language, m_registration, answer);
    if (!recorded) {
        setError(recorded.errorMessage());
        return {{u"error"_s, tr("Your answer could not be saved: %1").arg(recorded.errorMessage())}};
    }
    qCInfo(lcModules).noquote() << "answered" << activityId << "score" << result.rawScore << "/" << result.maxScore
                                << "statement" << recorded.value();
    QVariantMap map = evaluationMap(result);
    map.insert(u"statementId"_s, recorded.value());
    map.insert(u"attempts"_s, attempts + 1);
    return map;
}

QVariantMap ModuleSession::glossaryEntry(const QString &termId) const
{
    const auto it = content().glossary.constFind(termId);
    if (it == content().glossary.cend())
        return {};
    return {{u"term"_s, it->term}, {u"definition"_s, it->definition}};
}

int ModuleSession::activitySeed(const QString &activityId) const
{
    // Stable for a learner and an activity across runs and machines (qHash is salted per
    // process, so it cannot be used): the first 31 bits of a SHA-256.
    const QByteArray digest = QCryptographicHash::hash((m_learner.id + u':' + activityId).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return static_cast<int>(qFromBigEndian<quint32>(digest.constData()) & 0x7fffffff);
}

bool ModuleSession::saveDraft(const QString &activityId, const QVariant &draft)
{
    if (!m_module->findActivity(m_language, activityId))
        return false;
    if (Status s = m_store.saveDraft(m_learner.id, m_module->id, activityId, plainJson(draft)); !s) {
        setError(s.errorMessage());
        return false;
    }
    return true;
}

void ModuleSession::setError(const QString &error)
{
    qCWarning(lcModules).noquote() << error;
    m_lastError = error;
    emit lastErrorChanged();
}

} // namespace Passerelle
