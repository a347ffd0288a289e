// SPDX-License-Identifier: Apache-2.0
#include "learnersession.h"

#include "activities/pluginregistry.h"
#include "certificatewriter.h"
#include "documentwriter.h"
#include "packages/modulecatalogue.h"
#include "packages/packageinstaller.h"
#include "progress/progressstore.h"
#include "sync/progressfile.h"

#include <QFileInfo>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace Passerelle {

static const QString LastLearnerKey = u"shell/lastLearner"_s;

LearnerSession::LearnerSession(ProgressStore &store, ModuleCatalogue &catalogue, const PluginRegistry &plugins,
                               const QString &language, QStringList problems, QString installRoot, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalogue(catalogue)
    , m_plugins(plugins)
    , m_language(language)
    , m_problems(std::move(problems))
    , m_installRoot(std::move(installRoot))
    , m_learnerModel(new LearnerListModel(this))
    , m_catalogueModel(new CatalogueModel(this))
    , m_admin(new AdminSession(store, catalogue, language, this))
{
    reloadLearners();
    refreshCatalogue();
}

LearnerSession::~LearnerSession()
{
    // An install in progress finishes before the catalogue and the registry go away.
    if (m_installThread)
        m_installThread->wait();
}

void LearnerSession::installPackage(const QUrl &file)
{
    if (m_installThread)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_installFailed = false;
    m_installProgress = 0;
    const QString fileName = QFileInfo(path).fileName();
    m_installMessage = tr("Installing %1…").arg(fileName);
    auto result = std::make_shared<std::optional<Expected<InstallResult>>>();
    const QString root = m_installRoot.isEmpty() ? PackageInstaller::defaultModulesRoot() : m_installRoot;
    const PluginRegistry *plugins = &m_plugins;
    // Each stage reported from the installing thread is shown on the UI thread.
    const auto onStage = [this, fileName](InstallStage stage) {
        QMetaObject::invokeMethod(this, [this, fileName, stage] {
            if (!m_installThread)
                return;
            m_installProgress = double(static_cast<int>(stage)) / InstallStageCount;
            switch (stage) {
            case InstallStage::Reading:
                m_installMessage = tr("Installing %1: reading and checking every file…").arg(fileName);
                break;
            case InstallStage::CheckingSignature:
                m_installMessage = tr("Installing %1: checking who signed it…").arg(fileName);
                break;
            case InstallStage::CheckingModule:
                m_installMessage = tr("Installing %1: checking the module and its activities…").arg(fileName);
                break;
            case InstallStage::MovingIntoPlace:
                m_installMessage = tr("Installing %1: putting it in place…").arg(fileName);
                break;
            }
            emit installStateChanged();
        }, Qt::QueuedConnection);
    };
    // Reading, hashing and extracting a large package takes seconds: not on the UI thread.
    m_installThread = QThread::create([result, root, path, plugins, onStage] {
        InstallOptions options;
        options.plugins = plugins;
        options.onStage = onStage;
        // Trusted signing keys live beside the installed modules, in the same data folder.
        options.trustedKeysDir = QFileInfo(root).absolutePath() + u"/trusted-keys"_s;
        result->emplace(PackageInstaller(root).install(path, options));
    });
    connect(m_installThread, &QThread::finished, this, [this, result] {
        m_installThread->deleteLater();
        m_installThread = nullptr;
        m_installProgress = 1;
        const Expected<InstallResult> &r = **result;
        if (r) {
            m_installFailed = false;
            m_catalogue.reload();
            m_searchIndexBuilt = false;
            m_loadedModules.clear(); // a module may have a new version
            refreshCatalogue();
            m_installMessage = installOutcome(*r);
        } else {
            m_installMessage = tr("The module was not installed: %1").arg(r.errorMessage());
            m_installFailed = true;
        }
        emit installStateChanged();
    });
    emit installStateChanged();
    m_installThread->start();
}

QString LearnerSession::startPreview(const QUrl &folder)
{
    stopPreview();
    auto *preview = new ModulePreview(folder.isLocalFile() ? folder.toLocalFile() : folder.toString(), m_plugins,
                                      m_language, this);
    if (const QString error = preview->start(); !error.isEmpty()) {
        delete preview;
        return error;
    }
    m_preview = preview;
    emit previewChanged();
    return {};
}

void LearnerSession::stopPreview()
{
    if (!m_preview)
        return;
    m_preview->deleteLater();
    m_preview = nullptr;
    emit previewChanged();
}

void LearnerSession::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    (void)dropModule();
    m_language = language;
    refreshCatalogue();
    emit languageChanged();
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
    (void)dropModule();
    m_learner = learner;
    if (!learner.id.isEmpty())
        (void)m_store.setSetting(LastLearnerKey, learner.id);
    refreshCatalogue();
    emit learnerChanged();
}

void LearnerSession::refreshCatalogue()
{
    QHash<QString, CatalogueModel::Progress> progress;
    QList<QPair<QDateTime, QVariantMap>> learning;
    m_certificates.clear();
    if (hasLearner()) {
        auto all = m_store.allModuleProgress(m_learner.id);
        if (all) {
            for (auto it = all->cbegin(); it != all->cend(); ++it) {
                progress.insert(it.key(), {it->progress, !it->registration.isEmpty(), it->completed});
                const CatalogueEntry *entry = m_catalogue.find(it.key());
                if (!entry)
                    continue; // a module since removed: its progress stays in the log
                learning.append({it->lastActivity,
                                 QVariantMap{{u"moduleId"_s, it.key()},
                                             {u"title"_s, entry->summary.title(m_language)},
                                             {u"progress"_s, it->progress},
                                             {u"minutes"_s, qRound(it->seconds / 60.0)},
                                             {u"completed"_s, it->completed},
                                             {u"passed"_s, it->passed}}});
            }
        }
        auto certificates = m_store.certificates(m_learner.id);
        if (certificates) {
            for (const Certificate &c : *certificates)
                m_certificates.append(QVariantMap{{u"code"_s, c.code},
                                                  {u"moduleTitle"_s, c.moduleTitle},
                                                  {u"moduleVersion"_s, c.moduleVersion},
                                                  {u"issuedAt"_s, c.issuedAt},
                                                  {u"score"_s, qRound(c.scaled() * 100)}});
        }
    }
    std::sort(learning.begin(), learning.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    m_learning.clear();
    for (const auto &item : std::as_const(learning))
        m_learning.append(item.second);
    m_catalogueModel->setEntries(m_catalogue.entries(), m_language, progress);
    refreshPractice();
    emit learningChanged();
}

// What an install did, in the learner's language, with the module's title when it is known.
QString LearnerSession::installOutcome(const InstallResult &result) const
{
    const InstalledModule &m = result.module;
    const CatalogueEntry *entry = m.id.isEmpty() ? nullptr : m_catalogue.find(m.id);
    const QString name = entry ? entry->summary.title(m_language) : m.id;
    const QString mark = m.trusted ? tr("signed by a trusted key")
                         : m.isSigned ? tr("signed by a key this computer does not trust")
                                      : tr("unsigned: its author could not be checked");
    switch (result.outcome) {
    case InstallResult::Outcome::Installed:
        return tr("Installed “%1”, version %2 (%3).").arg(name, m.version, mark);
    case InstallResult::Outcome::Upgraded:
        return tr("Updated “%1” from version %2 to %3 (%4).").arg(name, result.previousVersion, m.version, mark);
    case InstallResult::Outcome::Downgraded:
        return tr("Went back from version %2 to %3 of “%1” (%4).").arg(name, result.previousVersion, m.version, mark);
    case InstallResult::Outcome::Reinstalled:
        return tr("Installed “%1”, version %2, again (%3).").arg(name, m.version, mark);
    case InstallResult::Outcome::AlreadyInstalled:
        return tr("“%1”, version %2, is already installed: nothing to do.").arg(name, m.version);
    }
    return result.message;
}

std::shared_ptr<const Module> LearnerSession::loadedModule(const QString &moduleId) const
{
    if (auto it = m_loadedModules.constFind(moduleId); it != m_loadedModules.cend())
        return *it;
    const CatalogueEntry *entry = m_catalogue.find(moduleId);
    std::shared_ptr<const Module> module;
    if (entry) {
        if (auto loaded = ModuleCatalogue::load(*entry))
            module = std::move(loaded).value();
    }
    m_loadedModules.insert(moduleId, module);
    return module;
}

// The flashcard counts for the catalogue and My learning: two small queries. The reflections,
// which need the modules' text, are gathered only when a page asks for them.
void LearnerSession::refreshPractice()
{
    m_reflections.reset();
    m_dueCardCount = 0;
    m_scheduledCardCount = 0;
    if (!hasLearner())
        return;
    if (auto due = m_store.dueFlashcardCount(m_learner.id, QDateTime::currentDateTimeUtc()))
        m_dueCardCount = *due;
    if (auto count = m_store.scheduledFlashcardCount(m_learner.id))
        m_scheduledCardCount = *count;
}

QVariantList LearnerSession::reflections() const
{
    if (!m_reflections)
        m_reflections = gatherReflections();
    return *m_reflections;
}

// The learner's reflections, the most recent first: for each reflection activity, what was
// typed last (a draft newer than the answer is the learner's latest text).
QVariantList LearnerSession::gatherReflections() const
{
    if (!hasLearner())
        return {};
    struct Candidate
    {
        QString moduleId;
        QString activityId;
        QJsonValue response;
        QDateTime savedAt;
        bool draft = false;
    };
    QList<Candidate> candidates;
    if (auto drafts = m_store.drafts(m_learner.id)) {
        for (const ProgressStore::StoredDraft &d : std::as_const(*drafts))
            candidates.append({d.moduleId, d.activityId, d.state, d.savedAt, true});
    }
    if (auto answered = m_store.reflections(m_learner.id)) {
        for (const StoredReflection &r : std::as_const(*answered))
            candidates.append({r.moduleId, r.activityId, r.response, r.answeredAt, false});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.savedAt > b.savedAt; });

    QVariantList reflections;
    QSet<QString> seen;
    for (const Candidate &c : std::as_const(candidates)) {
        const QString key = c.moduleId + u'/' + c.activityId;
        if (seen.contains(key))
            continue;
        const std::shared_ptr<const Module> module = loadedModule(c.moduleId);
        if (!module)
            continue;
        const QString language = module->resolveLanguage(m_language);
        for (const Module::ActivityRef &ref : module->activities(language)) {
            if (ref.block->activityId != c.activityId || ref.block->activityType != u"reflection")
                continue;
            const QJsonObject answers = c.response.toObject().value(u"answers"_s).toObject();
            QVariantList entries;
            for (const QJsonValue &prompt : ref.block->config.value(u"prompts"_s).toArray()) {
                const QString answer = answers.value(prompt[u"id"_s].toString()).toString().trimmed();
                if (!answer.isEmpty())
                    entries.append(QVariantMap{{u"prompt"_s, prompt[u"text"_s].toString()}, {u"answer"_s, answer}});
            }
            if (entries.isEmpty())
                break; // nothing written yet: an older text of the same activity may show
            seen.insert(key);
            const int lessonIndex = module->lessonIndex(ref.lessonId);
            const QList<Lesson> &lessons = module->contentFor(language).lessons;
            reflections.append(QVariantMap{{u"moduleId"_s, c.moduleId},
                                           {u"moduleTitle"_s, module->contentFor(language).title},
                                           {u"activityId"_s, c.activityId},
                                           {u"lessonTitle"_s, lessonIndex >= 0 ? lessons[lessonIndex].title : QString()},
                                           {u"lessonIndex"_s, lessonIndex},
                                           {u"pageIndex"_s, ref.pageIndex},
                                           {u"draft"_s, c.draft},
                                           {u"savedAt"_s, c.savedAt},
                                           {u"entries"_s, entries}});
            break;
        }
    }
    return reflections;
}

ReviewSession *LearnerSession::startReview()
{
    if (!hasLearner())
        return nullptr;
    const ActivityType *flashcards = m_plugins.type(u"flashcards"_s);
    if (!flashcards) {
        setLastError(tr("Flashcards cannot be reviewed: the \"flashcards\" activity type is not installed."));
        return nullptr;
    }
    auto due = m_store.dueFlashcards(m_learner.id, QDateTime::currentDateTimeUtc());
    if (!due) {
        setLastError(due.errorMessage());
        return nullptr;
    }
    QList<ReviewSession::Card> cards;
    for (const ScheduledCard &scheduled : std::as_const(*due)) {
        if (cards.size() >= MaxReviewCards)
            break;
        const std::shared_ptr<const Module> module = loadedModule(scheduled.moduleId);
        if (!module)
            continue; // the module was removed: its cards wait for it
        const QString language = module->resolveLanguage(m_language);
        for (const Module::ActivityRef &ref : module->activities(language)) {
            if (ref.block->activityId != scheduled.activityId || ref.block->activityType != u"flashcards")
                continue;
            const QJsonObject &config = ref.block->config;
            ReviewSession::Card card{module, ref.lessonId, scheduled.activityId, config, scheduled.cardId, {}, {}};
            for (const QJsonValue &deckCard : config.value(u"deck"_s).toArray()) {
                if (deckCard[u"id"_s].toString() == scheduled.cardId) {
                    card.front = deckCard[u"front"_s].toString();
                    card.back = deckCard[u"back"_s].toString();
                }
            }
            if (card.front.isEmpty() && config.value(u"glossaryTerms"_s).toArray().contains(scheduled.cardId)) {
                const auto &glossary = module->contentFor(language).glossary;
                if (auto term = glossary.constFind(scheduled.cardId); term != glossary.cend()) {
                    card.front = term->term;
                    card.back = term->definition;
                }
            }
            if (!card.front.isEmpty()) {
                // Where the card comes from, under its answer: the deck mixes modules.
                card.back += u"\n\n*"_s + module->contentFor(language).title + u'*';
                cards.append(card);
            }
        }
    }
    if (cards.isEmpty())
        return nullptr;
    if (m_review)
        m_review->deleteLater();
    m_review = new ReviewSession(cards, m_learner, m_language, m_store, *flashcards, this);
    connect(m_review, &ReviewSession::recorded, this, &LearnerSession::refreshCatalogue);
    return m_review;
}

QString LearnerSession::saveCertificate(const QString &code, const QUrl &file)
{
    auto certificate = m_store.verifyCertificate(code);
    if (!certificate)
        return certificate.errorMessage();
    if (certificate->learnerId != m_learner.id)
        return tr("This certificate belongs to another profile.");
    Status s = CertificateWriter::writePdf(*certificate, m_language, file.toLocalFile());
    return s ? QString() : s.errorMessage();
}

QString LearnerSession::exportProgress(const QUrl &file, bool withReflections)
{
    auto statements = m_store.statements(m_learner.id);
    if (!statements)
        return statements.errorMessage();
    const ProgressFile progress =
        ProgressFile::forLearner(m_learner.id, m_learner.name, *statements, withReflections);
    Status s = progress.write(file.toLocalFile());
    return s ? QString() : s.errorMessage();
}

QString LearnerSession::saveDocument(const QVariantMap &document, const QUrl &file)
{
    Status s = DocumentWriter::write(Document::fromVariant(document), file.toLocalFile());
    return s ? QString() : s.errorMessage();
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

QVariantList LearnerSession::search(const QString &query)
{
    if (!m_searchIndexBuilt) {
        m_searchIndex.clear();
        for (const CatalogueEntry &entry : m_catalogue.entries()) {
            // A module that cannot be read is already reported by the catalogue.
            if (auto module = ModuleCatalogue::load(entry))
                m_searchIndex.add(**module);
        }
        m_searchIndexBuilt = true;
    }
    static const QString kinds[] = {u"module"_s, u"lesson"_s, u"page"_s, u"glossary"_s};
    QVariantList results;
    for (const SearchHit &hit : m_searchIndex.search(query, m_language)) {
        results.append(QVariantMap{{u"moduleId"_s, hit.moduleId},
                                   {u"moduleTitle"_s, hit.moduleTitle},
                                   {u"kind"_s, kinds[static_cast<int>(hit.kind)]},
                                   {u"lessonIndex"_s, hit.lessonIndex},
                                   {u"pageIndex"_s, hit.pageIndex},
                                   {u"title"_s, hit.title},
                                   {u"snippet"_s, hit.snippet}});
    }
    return results;
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
    if (dropModule())
        refreshCatalogue(); // the progress just made shows on the cards
}

// Closes the open module, if any, without refreshing: for callers that refresh anyway.
bool LearnerSession::dropModule()
{
    if (!m_module)
        return false;
    m_module->deleteLater();
    m_module = nullptr;
    emit currentModuleChanged();
    return true;
}

} // namespace Passerelle
