// SPDX-License-Identifier: Apache-2.0
#include "modulepreview.h"

#include "activities/pluginregistry.h"
#include "logging.h"
#include "modules/modulecompiler.h"
#include "modulesession.h"
#include "packages/modulecatalogue.h"
#include "progress/progressstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Passerelle {

ModulePreview::ModulePreview(const QString &sourceDir, const PluginRegistry &plugins, const QString &language,
                             QObject *parent)
    : QObject(parent), m_sourceDir(QDir(sourceDir).absolutePath()), m_plugins(plugins), m_language(language)
{
    // Editors save in bursts (a temporary file, a rename, a second write): wait for quiet.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ModulePreview::recompile);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ModulePreview::scheduleRecompile);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ModulePreview::scheduleRecompile);
}

ModulePreview::~ModulePreview()
{
    delete m_module; // before the store it writes to
}

QString ModulePreview::start()
{
    if (!QFileInfo(m_sourceDir).isDir())
        return tr("%1 is not a folder.").arg(QDir::toNativeSeparators(m_sourceDir));
    if (!QFileInfo::exists(QDir(m_sourceDir).filePath(u"module.yaml"_s)))
        return tr("%1 holds no module.yaml: choose the folder of a module's source.").arg(QDir::toNativeSeparators(m_sourceDir));
    if (!m_work.isValid())
        return tr("No temporary folder is available for the preview.");
    auto store = ProgressStore::open(m_work.filePath(u"preview-progress.sqlite"_s));
    if (!store)
        return store.errorMessage();
    m_store = std::move(store).value();
    auto learner = m_store->createLearner(tr("Preview"), m_language);
    if (!learner)
        return learner.errorMessage();
    m_learner = learner.value();
    recompile();
    return {};
}

void ModulePreview::scheduleRecompile()
{
    m_debounce.start();
}

void ModulePreview::watch()
{
    // Files saved by replacing them drop out of the watcher: watch everything again.
    const QStringList old = m_watcher.files() + m_watcher.directories();
    if (!old.isEmpty())
        m_watcher.removePaths(old);
    QStringList paths{m_sourceDir};
    QDirIterator it(m_sourceDir, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && paths.size() < 2000)
        paths << it.next();
    m_watcher.addPaths(paths);
}

void ModulePreview::recompile()
{
    watch();
    const CompileResult result = ModuleCompiler(CompileOptions::forSource(m_sourceDir, &m_plugins)).compile(m_sourceDir);
    m_diagnostics.clear();
    for (const Diagnostic &d : result.diagnostics)
        m_diagnostics.append(QVariantMap{{u"location"_s, d.location.toString()},
                                         {u"severity"_s, Diagnostic::severityName(d.severity)},
                                         {u"rule"_s, d.rule},
                                         {u"message"_s, d.message},
                                         {u"hint"_s, d.hint}});
    m_errorCount = static_cast<int>(result.count(Diagnostic::Severity::Error));
    m_warningCount = static_cast<int>(result.count(Diagnostic::Severity::Warning));
    m_compiledAt = QDateTime::currentDateTime();
    ++m_generation;

    if (result.ok()) {
        // A new folder each time, so that images the page shows are never stale copies.
        const QString output = m_work.filePath(u"build-%1/%2"_s.arg(m_generation).arg(result.module->module.id));
        if (Status s = ModuleCompiler::writeOutput(*result.module, m_sourceDir, output); !s) {
            m_diagnostics.prepend(QVariantMap{{u"location"_s, m_sourceDir}, {u"severity"_s, u"error"_s},
                                              {u"message"_s, s.errorMessage()}, {u"hint"_s, QString()}});
            ++m_errorCount;
        } else {
            // Keep the reader where they were, as far as the new version allows.
            const int lesson = m_module ? m_module->lessonIndex() : 0;
            const int page = m_module ? m_module->pageIndex() : 0;
            const CatalogueEntry entry{ModuleSummary::of(result.module->module), output, false};
            auto module = std::make_shared<const Module>(result.module->module);
            const QList<Lesson> &lessons = module->content.value(module->defaultLanguage).lessons;
            delete m_module;
            m_module = new ModuleSession(entry, module, m_learner, m_language, *m_store, m_plugins, this);
            if (lesson < lessons.size())
                m_module->goTo(lesson, std::min(page, static_cast<int>(lessons.at(lesson).pages.size()) - 1));
        }
    }
    qCInfo(lcModules).noquote() << "preview" << m_sourceDir << "compiled, generation" << m_generation << ":"
                                << m_errorCount << "error(s)," << m_warningCount << "warning(s)";
    emit updated();
}

} // namespace Passerelle
