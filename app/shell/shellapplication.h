// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QGuiApplication;
class QQmlApplicationEngine;
class QQuickWindow;
class QTranslator;

namespace Passerelle {

class CatalogueCache;
class DisplayPreferences;
class LearnerSession;
class ModuleCatalogue;
class PluginRegistry;
class ProgressStore;

// How the app was asked to start (command line), with defaults from the install layout.
struct ShellOptions
{
    QString dataDir;            // holds progress.sqlite; default: the user's app data folder
    QStringList moduleDirs;     // bundled modules, one folder per module
    QString pluginDir;          // activity-type plugins
    QString language;           // interface and content language; default: the saved choice, or the system's
    QString theme;              // light, dark or high-contrast; default: the saved choice, or light
    QString learnerName;        // choose (or create) this profile at start
    QString openModule;         // open this module at start
    int openLesson = -1;        // with openModule: go to this lesson and page (from 0), or
    int openPage = -1;          // -1 for the learner's resume position
    QString startPage;          // "my-learning" or "settings" to start there; else the usual page
    QString searchQuery;        // start on the search results for these words (with a learner)
    QSize windowSize;           // the window's size at start; default 1280×800
    double textScale = 0;       // multiplies every text size (the Theme's and the lessons'); 0: the saved choice
    QString previewDir;         // preview this module source folder, reloaded on save
    QString screenshotPath;     // save the first frame here and quit
    bool quitAfterFirstFrame = false;
    bool adminPassphraseFromStdin = false; // unlock the admin area with the line read from stdin

    // Parses the arguments of the running QCoreApplication. On a usage error returns the
    // message to print and sets `exitCode`; on --help/--version prints and sets it to 0.
    static ShellOptions parse(const QStringList &arguments, QString *usageError, int *exitCode);
};

// The app: opens the store, reads plugins and modules, and shows Main.qml. main() of the
// passerelle binary is `ShellApplication(options).exec()`; the end-to-end test runs the same.
class ShellApplication : public QObject
{
    Q_OBJECT

public:
    explicit ShellApplication(ShellOptions options, QObject *parent = nullptr);
    ~ShellApplication() override;

    // Sets everything up and shows the window. Returns an error message on failure.
    QString start();
    int exec();
    // What the app does on a clean exit, after its window has closed: the progress backup.
    void shutdown();

    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickWindow *window() const;
    LearnerSession *session() const { return m_session; }
    DisplayPreferences *preferences() const { return m_preferences; }
    QString databasePath() const;
    // Where modules installed from packages live: <data dir>/modules/<id>/<version>/.
    QString installedModulesDir() const;

    // Sets the QGuiApplication's organisation and application names (for QStandardPaths).
    static void describeApplication();

private:
    void installTranslations();
    void switchLanguage();
    void onFirstFrame();

    ShellOptions m_options;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<PluginRegistry> m_plugins;
    std::unique_ptr<CatalogueCache> m_catalogueCache;
    std::unique_ptr<ModuleCatalogue> m_catalogue;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    LearnerSession *m_session = nullptr;
    DisplayPreferences *m_preferences = nullptr;
    QList<QTranslator *> m_translators;
    bool m_firstFrameSeen = false;
};

} // namespace Passerelle
