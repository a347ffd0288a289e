// SPDX-License-Identifier: Apache-2.0
#include "shellapplication.h"

#include "activities/pluginregistry.h"
#include "displaypreferences.h"
#include "learnersession.h"
#include "logging.h"
#include "modulesession.h"
#include "offlinenetworkaccess.h"
#include "packages/cataloguecache.h"
#include "packages/modulecatalogue.h"
#include "progress/progressstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <ctime>
#include <optional>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

QString besideBinary(const QString &subdir)
{
    // The binary lives in <prefix>/bin, in the build tree as in an install.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../"_s + subdir);
}

// "2:1" (lesson 2, page 1, as the app numbers them) as indexes from 0; nothing if malformed.
std::optional<std::pair<int, int>> pagePosition(const QString &text)
{
    static const QRegularExpression re(u"^([1-9][0-9]{0,3}):([1-9][0-9]{0,3})$"_s);
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.captured(1).toInt() - 1, match.captured(2).toInt() - 1};
}

} // namespace

void ShellApplication::describeApplication()
{
    QCoreApplication::setOrganizationName(u"Passerelle"_s);
    QCoreApplication::setApplicationName(u"passerelle"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Passerelle"_s);
    QGuiApplication::setDesktopFileName(u"io.github.passerelle.Passerelle"_s);
}

ShellOptions ShellOptions::parse(const QStringList &arguments, QString *usageError, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Passerelle: training modules for experts on peer-to-peer missions."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, u"Keep progress in <dir> instead of the user's data folder."_s, u"dir"_s);
    const QCommandLineOption modulesDir(u"modules-dir"_s, u"Read bundled modules from <dir> (repeatable)."_s, u"dir"_s);
    const QCommandLineOption pluginsDir(u"plugins-dir"_s, u"Load activity types from <dir>."_s, u"dir"_s);
    const QCommandLineOption language(u"language"_s,
                                      u"Interface and content language (en, fr) for this run (default: the one chosen in "
                                      "Settings, or the system's)."_s,
                                      u"code"_s);
    const QCommandLineOption theme(u"theme"_s,
                                   u"Colours for this run: light, dark or high-contrast (default: the ones chosen in "
                                   "Settings)."_s,
                                   u"name"_s);
    const QCommandLineOption learner(u"learner"_s, u"Choose the profile <name>, creating it if needed."_s, u"name"_s);
    const QCommandLineOption open(u"open"_s, u"Open the module <id> at start."_s, u"id"_s);
    const QCommandLineOption page(u"page"_s,
                                  u"With --open, go to lesson <lesson>, page <page>, both counted from 1 as the app "
                                  "shows them (default: where the learner stopped)."_s,
                                  u"lesson:page"_s);
    const QCommandLineOption textScale(u"text-scale"_s,
                                       u"Multiply every text size by <factor>, from 0.5 to 3, for this run (default: the size chosen "
                                         "in Settings, or 1; 2 for 200%)."_s,
                                       u"factor"_s);
    const QCommandLineOption preview(u"preview"_s, u"Preview the module source in <dir>, reloaded whenever a file is saved."_s,
                                     u"dir"_s);
    const QCommandLineOption show(u"show"_s,
                                  u"Start on the page <page>: catalogue, my-learning, review or admin (with a "
                                  "learner), or settings; admin can name its tab: admin:cohorts, admin:matrix, "
                                  "admin:learner, admin:items, admin:charts."_s,
                                  u"page"_s);
    // Screenshots and tests of the admin area without typing: the passphrase is still checked.
    const QCommandLineOption adminStdin(u"admin-passphrase-stdin"_s,
                                        u"Unlock the admin area at start with the passphrase read from standard input "
                                        "(one line)."_s);
    const QCommandLineOption search(u"search"_s, u"Start on the search results for <words> (with a learner)."_s,
                                    u"words"_s);
    const QCommandLineOption size(u"size"_s, u"Open the window at <width>x<height> pixels, such as 1024x768."_s,
                                  u"size"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, u"Save the first frame as <file.png> and quit."_s, u"file.png"_s);
    const QCommandLineOption quitAfterFirstFrame(u"quit-after-first-frame"_s,
                                                 u"Quit once the first frame is shown (for start-up benchmarks)."_s);
    parser.addOptions({dataDir, modulesDir, pluginsDir, language, theme, learner, open, page, preview, textScale, show,
                       search, size, screenshot, quitAfterFirstFrame, adminStdin});

    ShellOptions options;
    *exitCode = -1;
    const auto usage = [&](const QString &message) {
        *usageError = message + u"\n\n"_s + parser.helpText();
        *exitCode = 2;
        return options;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return options;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("passerelle %s\n", PASSERELLE_VERSION);
        *exitCode = 0;
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(u"Unexpected argument \"%1\"."_s.arg(parser.positionalArguments().first()));
    options.dataDir = parser.value(dataDir);
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.moduleDirs = parser.values(modulesDir);
    if (options.moduleDirs.isEmpty())
        options.moduleDirs << besideBinary(QStringLiteral(PASSERELLE_MODULES_SUBDIR));
    options.pluginDir = parser.value(pluginsDir);
    if (options.pluginDir.isEmpty())
        options.pluginDir = besideBinary(QStringLiteral(PASSERELLE_PLUGIN_SUBDIR));
    if (parser.isSet(language))
        options.language = DisplayPreferences::supportedLanguage(parser.value(language));
    options.theme = parser.value(theme);
    if (parser.isSet(theme) && !DisplayPreferences::themes().contains(options.theme))
        return usage(u"--theme expects light, dark or high-contrast, not \"%1\"."_s.arg(options.theme));
    options.learnerName = parser.value(learner);
    options.openModule = parser.value(open);
    if (parser.isSet(page)) {
        const auto position = pagePosition(parser.value(page));
        if (!position)
            return usage(u"--page expects <lesson>:<page>, such as 2:1, not \"%1\"."_s.arg(parser.value(page)));
        if (options.openModule.isEmpty())
            return usage(u"--page needs --open <id>: it says where to open that module."_s);
        std::tie(options.openLesson, options.openPage) = *position;
    }
    options.startPage = parser.value(show);
    static const QStringList pages{u"catalogue"_s,     u"my-learning"_s,  u"review"_s,        u"settings"_s,
                                   u"admin"_s,         u"admin:cohorts"_s, u"admin:matrix"_s, u"admin:learner"_s,
                                   u"admin:items"_s,   u"admin:charts"_s};
    if (!options.startPage.isEmpty() && !pages.contains(options.startPage))
        return usage(u"--show expects catalogue, my-learning, review, settings or admin[:cohorts|matrix|learner|"
                     "items|charts], not \"%1\"."_s.arg(options.startPage));
    options.adminPassphraseFromStdin = parser.isSet(adminStdin);
    options.searchQuery = parser.value(search);
    if (parser.isSet(size)) {
        static const QRegularExpression re(u"^([1-9][0-9]{2,4})x([1-9][0-9]{2,4})$"_s);
        const QRegularExpressionMatch match = re.match(parser.value(size));
        if (!match.hasMatch())
            return usage(u"--size expects <width>x<height>, such as 1024x768, not \"%1\"."_s.arg(parser.value(size)));
        options.windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (parser.isSet(textScale)) {
        bool ok = false;
        options.textScale = parser.value(textScale).toDouble(&ok);
        if (!ok || options.textScale < DisplayPreferences::MinTextScale || options.textScale > DisplayPreferences::MaxTextScale)
            return usage(u"--text-scale expects a number from 0.5 to 3, such as 1.5, not \"%1\"."_s.arg(parser.value(textScale)));
    }
    options.previewDir = parser.value(preview);
    options.screenshotPath = parser.value(screenshot);
    options.quitAfterFirstFrame = parser.isSet(quitAfterFirstFrame);
    return options;
}

ShellApplication::ShellApplication(ShellOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

ShellApplication::~ShellApplication()
{
    // QML objects reference the session and the store: tear the engine down first.
    m_engine.reset();
}

QString ShellApplication::installedModulesDir() const
{
    return QDir(m_options.dataDir).filePath(u"modules"_s);
}

QString ShellApplication::databasePath() const
{
    return QDir(m_options.dataDir).filePath(u"progress.sqlite"_s);
}

QQuickWindow *ShellApplication::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

QString ShellApplication::start()
{
    auto store = ProgressStore::open(databasePath());
    if (!store)
        return store.errorMessage();
    m_store = std::move(store).value();

    QStringList problems;
    if (m_store->recoveryReport())
        problems << m_store->recoveryReport()->message();
    m_plugins = std::make_unique<PluginRegistry>();
    m_plugins->loadDirectory(m_options.pluginDir);
    problems << m_plugins->problems();

    // The catalogue cache only saves time: without it, every module.json is read at start.
    auto cache = CatalogueCache::open(QDir(m_options.dataDir).filePath(u"catalogue.sqlite"_s));
    if (cache)
        m_catalogueCache = std::move(cache).value();
    else
        qCWarning(lcModules).noquote() << cache.errorMessage();
    m_catalogue = std::make_unique<ModuleCatalogue>(m_catalogueCache.get());
    for (const QString &dir : std::as_const(m_options.moduleDirs))
        m_catalogue->addRoot(dir, true);
    m_catalogue->addInstalledRoot(installedModulesDir());
    m_catalogue->saveCache();
    problems << m_catalogue->problems();

    m_preferences = new DisplayPreferences(m_store.get(), this);
    m_preferences->load();
    if (!m_options.language.isEmpty())
        m_preferences->overrideLanguage(m_options.language);
    if (!m_options.theme.isEmpty())
        m_preferences->overrideTheme(m_options.theme);
    if (m_options.textScale > 0)
        m_preferences->overrideTextScale(m_options.textScale);
    installTranslations();
    connect(m_preferences, &DisplayPreferences::languageChanged, this, &ShellApplication::switchLanguage);

    m_session = new LearnerSession(*m_store, *m_catalogue, *m_plugins, m_preferences->language(), problems,
                                   installedModulesDir(), this);
    if (!m_options.learnerName.isEmpty()) {
        if (const QString error = m_session->useLearnerNamed(m_options.learnerName); !error.isEmpty())
            return error;
    } else {
        m_session->restoreLastLearner();
    }
    if (!m_options.openModule.isEmpty()) {
        ModuleSession *module = m_session->openModule(m_options.openModule);
        if (!module)
            return u"There is no module \"%1\" to open."_s.arg(m_options.openModule);
        if (m_options.openLesson >= 0) {
            if (!module->hasPage(m_options.openLesson, m_options.openPage))
                return u"The module \"%1\" has no page %2:%3 (lesson %2, page %3)."_s.arg(m_options.openModule)
                    .arg(m_options.openLesson + 1)
                    .arg(m_options.openPage + 1);
            module->goTo(m_options.openLesson, m_options.openPage);
        }
    }
    if (m_options.adminPassphraseFromStdin) {
        QTextStream in(stdin);
        if (const QString error = m_session->admin()->unlock(in.readLine()); !error.isEmpty())
            return error;
    }
    if (!m_options.previewDir.isEmpty()) {
        if (const QString error = m_session->startPreview(QUrl::fromLocalFile(m_options.previewDir)); !error.isEmpty())
            return error;
    }

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setNetworkAccessManagerFactory(new OfflineNetworkAccessManagerFactory);
    m_engine->addImportPath(u"qrc:/qt/qml"_s);
    QVariantMap initial{{u"session"_s, QVariant::fromValue(m_session)},
                                    {u"preferences"_s, QVariant::fromValue(m_preferences)},
                                    {u"startPage"_s, m_options.startPage},
                                    {u"startSearch"_s, m_options.searchQuery}};
    // Set before the window exists, so that the first frame is laid out at this size.
    if (m_options.windowSize.isValid()) {
        initial.insert(u"width"_s, m_options.windowSize.width());
        initial.insert(u"height"_s, m_options.windowSize.height());
    }
    m_engine->setInitialProperties(initial);
    m_engine->load(QUrl(u"qrc:/qt/qml/Passerelle/qml/Main.qml"_s));
    QQuickWindow *win = window();
    if (!win)
        return u"The interface could not be loaded (see the messages above)."_s;

    if (m_options.quitAfterFirstFrame || !m_options.screenshotPath.isEmpty()) {
        connect(win, &QQuickWindow::frameSwapped, this, &ShellApplication::onFirstFrame,
                Qt::QueuedConnection);
    }
    return {};
}

void ShellApplication::onFirstFrame()
{
    if (m_firstFrameSeen)
        return;
    m_firstFrameSeen = true;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("passerelle: first frame at monotonic-ns %lld\n",
                static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec);
    std::fflush(stdout);
    if (!m_options.screenshotPath.isEmpty()) {
        // Give bindings and images one more frame to settle before grabbing.
        QTimer::singleShot(300, this, [this] {
            const QImage image = window()->grabWindow();
            if (!image.save(m_options.screenshotPath))
                std::fprintf(stderr, "passerelle: cannot write the screenshot %s\n", qPrintable(m_options.screenshotPath));
            else
                std::printf("passerelle: screenshot saved to %s\n", qPrintable(m_options.screenshotPath));
            QCoreApplication::quit();
        });
        return;
    }
    QCoreApplication::quit();
}

void ShellApplication::installTranslations()
{
    // English needs its file too: it holds the plural forms ("1 lesson", "2 lessons").
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    const QString language = m_preferences->language();
    auto install = [this](const QString &file, const QString &dir) {
        auto *translator = new QTranslator(this);
        if (translator->load(file, dir)) {
            QCoreApplication::installTranslator(translator);
            m_translators.append(translator);
        } else {
            delete translator;
        }
    };
    install(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(u"passerelle_"_s + language, u":/i18n"_s);
    for (const PluginInfo &plugin : m_plugins->plugins())
        install(plugin.id + u'_' + language, u":/activities/%1/i18n"_s.arg(plugin.id));
}

void ShellApplication::switchLanguage()
{
    // Without a restart: new translators, the catalogue in the new language, then every
    // qsTr() binding re-evaluated. An open module closes first (its text is in the old language).
    installTranslations();
    m_session->setLanguage(m_preferences->language());
    if (m_engine)
        m_engine->retranslate();
}

int ShellApplication::exec()
{
    if (const QString error = start(); !error.isEmpty()) {
        std::fprintf(stderr, "passerelle: %s\n", qPrintable(error));
        return 1;
    }
    const int code = QCoreApplication::exec();
    shutdown();
    return code;
}

void ShellApplication::shutdown()
{
    // After the event loop: the window has closed and saved the last drafts, so the backup
    // holds everything. A failed backup leaves the previous one in place; the progress itself
    // is safe in the database, so the app still exits normally.
    if (!m_store)
        return;
    if (Status s = m_store->backup(); !s)
        std::fprintf(stderr, "passerelle: %s\n", qPrintable(s.errorMessage()));
}

} // namespace Passerelle
