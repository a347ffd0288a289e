// SPDX-License-Identifier: Apache-2.0
#include "learnersession.h"

#include "activities/pluginregistry.h"
#include "packages/modulecatalogue.h"
#include "progress/progressstore.h"

using namespace Qt::StringLiterals;

namespace Passerelle {

static const QString LastLearnerKey = u"shell/lastLearner"_s;

LearnerSession::LearnerSession(ProgressStore &store, const ModuleCatalogue &catalogue,
                               const PluginRegistry &plugins, const QString &language,
                               QStringList problems, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalogue(catalogue)
    , m_plugins(plugins)
    , m_language(language)
    , m_problems(std::move(problems))
    , m_learnerModel(new LearnerListModel(this))
    , m_catalogueModel(new CatalogueModel(this))
{
    reloadLearners();
    refreshCatalogue();
}

void LearnerSession::reloadLearners()
{
    auto all = m_store.learners();
    if (all)
        m_learnerModel->setLearners(*all);
    else
        m_problems.append(all.errorMessage());
}

QString LearnerSession::createLearner(const QString &name)
{
    auto learner = m_store.createLearner(name, m_language);
    if (!learner)
        return learner.errorMessage();
    reloadLearners();
    setLearner(*learner);
    return {};
}

bool LearnerSession::chooseLearner(const QString &learnerId)
{
    auto learner = m_store.learner(learnerId);
    if (!learner)
        return false;
    setLearner(*learner);
    return true;
}

void LearnerSession::signOut()
{
    closeModule();
    setLearner(Learner{});
}

bool LearnerSession::restoreLastLearner()
{
    const QString last = m_store.setting(LastLearnerKey);
    return !last.isEmpty() && chooseLearner(last);
}

QString LearnerSession::useLearnerNamed(const QString &name)
{
    auto all = m_store.learners();
    if (!all)
        return all.errorMessage();
    for (const Learner &learner : *all) {
        if (learner.name.compare(name.simplified(), Qt::CaseInsensitive) == 0) {
            setLearner(learner);
            return {};
        }
    }
    return createLearner(name);
}

void LearnerSession::setLearner(const Learner &learner)
{
    closeModule();
    m_learner = learner;
    if (!learner.id.isEmpty())
        (void)m_store.setSetting(LastLearnerKey, learner.id);
    refreshCatalogue();
    emit learnerChanged();
}

void LearnerSession::refreshCatalogue()
{
    QHash<QString, CatalogueModel::Progress> progress;
    if (hasLearner()) {
        auto all = m_store.allModuleProgress(m_learner.id);
        if (all) {
            for (auto it = all->cbegin(); it != all->cend(); ++it)
                progress.insert(it.key(), {it->progress, !it->registration.isEmpty()});
        }
    }
    m_catalogueModel->setEntries(m_catalogue.entries(), m_language, progress);
}

ModuleSession *LearnerSession::openModule(const QString &moduleId)
{
    if (!hasLearner())
        return nullptr;
    const CatalogueEntry *entry = m_catalogue.find(moduleId);
    if (!entry)
        return nullptr;
    auto module = ModuleCatalogue::load(*entry);
    if (!module) {
        setLastError(tr("The module could not be opened: %1").arg(module.errorMessage()));
        return nullptr;
    }
    setLastError({});
    closeModule();
    m_module = new ModuleSession(*entry, std::move(module).value(), m_learner, m_language, m_store, m_plugins, this);
    emit currentModuleChanged();
    return m_module;
}

void LearnerSession::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

void LearnerSession::closeModule()
{
    if (!m_module)
        return;
    m_module->deleteLater();
    m_module = nullptr;
    refreshCatalogue();
    emit currentModuleChanged();
}

} // namespace Passerelle
