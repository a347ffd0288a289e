// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "progress/learner.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace Passerelle {

class ModuleSession;
class PluginRegistry;
class ProgressStore;

// A trainer's live preview of a module's source folder: compiled on start and again
// whenever a file in it is saved, shown as a learner would see it, or as the compiler's
// messages when it does not compile. Progress made in a preview goes to a throw-away
// database, never to a learner's.
class ModulePreview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Started by LearnerSession.startPreview()")
    Q_PROPERTY(QString sourceDir READ sourceDir CONSTANT)
    Q_PROPERTY(bool compiled READ compiled NOTIFY updated)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY updated)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY updated)
    // {location: "lessons/01-x.en.md:3:5", severity: "error" | "warning", message, hint, rule}
    Q_PROPERTY(QVariantList diagnostics READ diagnostics NOTIFY updated)
    Q_PROPERTY(ModuleSession *module READ module NOTIFY updated)
    Q_PROPERTY(int generation READ generation NOTIFY updated)
    Q_PROPERTY(QDateTime compiledAt READ compiledAt NOTIFY updated)

public:
    ModulePreview(const QString &sourceDir, const PluginRegistry &plugins, const QString &language,
                  QObject *parent = nullptr);
    ~ModulePreview() override;

    // Opens the throw-away store, compiles, and starts watching. Returns why it cannot
    // preview (not a folder, no module.yaml), or an empty string.
    QString start();

    QString sourceDir() const { return m_sourceDir; }
    bool compiled() const { return m_module != nullptr && m_errorCount == 0; }
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return m_warningCount; }
    QVariantList diagnostics() const { return m_diagnostics; }
    ModuleSession *module() const { return m_module; }
    int generation() const { return m_generation; }
    QDateTime compiledAt() const { return m_compiledAt; }

    Q_INVOKABLE void recompile();

signals:
    void updated();

private:
    void watch();
    void scheduleRecompile();

    QString m_sourceDir;
    const PluginRegistry &m_plugins;
    QString m_language;
    QTemporaryDir m_work;
    std::unique_ptr<ProgressStore> m_store;
    Learner m_learner;
    QPointer<ModuleSession> m_module;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QVariantList m_diagnostics;
    int m_errorCount = 0;
    int m_warningCount = 0;
    int m_generation = 0;
    QDateTime m_compiledAt;
};

} // namespace Passerelle
