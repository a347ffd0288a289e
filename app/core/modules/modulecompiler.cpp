// SPDX-License-Identifier: Apache-2.0
#include "modules/modulecompiler.h"

#include "activities/localizedfields.h"
#include "activities/pluginregistry.h"
#include "modules/glossary.h"
#include "modules/identifiers.h"
#include "modules/languageparity.h"
#include "modules/lessonsource.h"
#include "modules/moduledescription.h"
#include "modules/modulewriter.h"
#include "modules/sourcetext.h"
#include "modules/yamldocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Passerelle {

qsizetype CompileResult::count(Diagnostic::Severity severity) const
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                         [severity](const Diagnostic &d) { return d.severity == severity; });
}

namespace {

const QString ModuleFile = u"module.yaml"_s;
const QStringList ImageSuffixes{u"svg"_s, u"png"_s, u"jpg"_s, u"jpeg"_s, u"webp"_s, u"gif"_s};

// "1.0" -> "1.0.0", so that a requirement compares as a version.
QString fullVersion(QString version)
{
    while (version.count(u'.') < 2)
        version += u".0"_s;
    return version;
}

// Every text value at or below the fields that `fields` names (a plugin's glossaryFields or
// mediaFields), with its concrete JSON path: ("glossaryTerms[2]", "power-distance").
void collectFieldValues(const QJsonValue &value, const QString &path, const LocalizedFields &fields,
                        QList<std::pair<QString, QString>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectFieldValues(it.value(), path.isEmpty() ? it.key() : QString(path + u'.' + it.key()), fields, out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectFieldValues(array.at(i), QString(path + u'[' + QString::number(i) + u']'), fields, out);
    } else if (value.isString() && !path.isEmpty() && fields.contains(path)) {
        out.append({path, value.toString()});
    }
}

// One run of the compiler over one source folder.
class Compilation
{
public:
    Compilation(const CompileOptions &options, const QString &sourceDir)
        : m_options(options)
        , m_root(sourceDir)
    {}

    CompileResult run()
    {
        CompileResult result;
        if (!m_root.exists()) {
            m_d.error(SourceLocation{QDir::toNativeSeparators(m_root.path())}, u"source-missing"_s,
                      u"the module source folder does not exist"_s,
                      u"give the folder that holds module.yaml and lessons/ (passerelle-cli new creates one)"_s);
        } else {
            readDescription();
            readLessons();
            checkIds();
            checkActivities();
            collectActivityReferences();
            checkRequirements();
            checkCompletion();
            checkMedia();
            checkGlossaryLinks();
            checkParity();
        }
        if (m_options.strict) {
            QList<Diagnostic> all = m_d.list();
            m_d = Diagnostics();
            for (Diagnostic &diagnostic : all) {
                diagnostic.severity = Diagnostic::Severity::Error;
                m_d.add(diagnostic);
            }
        }
        if (!m_d.hasErrors())
            result.module = build();
        result.diagnostics = m_d.sorted();
        return result;
    }

private:
    // --- module.yaml -------------------------------------------------------------------

    void readDescription()
    {
        if (!QFileInfo(m_root.filePath(ModuleFile)).isFile()) {
            m_d.error(
                SourceLocation{ModuleFile}, u"module-yaml-missing"_s, u"the folder has no module.yaml"_s,
                u"create module.yaml with id, version, languages and title; \"passerelle-cli new <id>\" writes a complete example"_s);
            return;
        }
        const auto text = SourceText::read(m_root.filePath(ModuleFile), ModuleFile, m_d);
        if (!text)
            return;
        m_moduleYaml = YamlDocument::parse(*text, m_d);
        if (!m_moduleYaml)
            return;
        m_description = ModuleDescription::read(*m_moduleYaml, m_d);
        const QString folder = QDir(m_root.absolutePath()).dirName();
        if (!m_description.id.isEmpty() && folder != m_description.id) {
            m_d.warning(
                moduleLocation(u"id"_s), u"module-id-folder"_s,
                u"the module id \"%1\" differs from its folder name \"%2\""_s.arg(m_description.id, folder),
                u"rename the folder to %1: installed and bundled modules live in a folder named after their id"_s.arg(
                    m_description.id));
        }
    }

    SourceLocation moduleLocation(const QString &path) const
    {
        return m_moduleYaml ? m_moduleYaml->locate(path) : SourceLocation{ModuleFile};
    }

    // --- lessons/ ----------------------------------------------------------------------

    void readLessons()
    {
        const QDir lessons(m_root.filePath(u"lessons"_s));
        if (!lessons.exists()) {
            m_d.error(SourceLocation{u"lessons"_s}, u"lessons-missing"_s, u"the module has no lessons/ folder"_s,
                      u"create lessons/ with one file per lesson and language, such as lessons/01-welcome.en.md"_s);
            return;
        }
        static const QRegularExpression name(u"^([0-9]+-[a-z0-9][a-z0-9-]*)\\.([a-z]{2,3}(?:-[A-Z]{2})?)\\.md$"_s);
        const QFileInfoList entries =
            lessons.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QStringList languagesSeen;
        bool anyLessonFile = false;
        for (const QFileInfo &entry : entries) {
            const QString display = u"lessons/"_s + entry.fileName();
            if (entry.isDir() || entry.suffix() != u"md") {
                m_d.warning(SourceLocation{display}, u"lesson-file-unexpected"_s,
                            u"this is not a lesson file; it is ignored"_s,
                            u"lessons/ holds only lesson files (NN-slug.<language>.md); keep images in media/"_s);
                continue;
            }
            anyLessonFile = true;
            const auto m = name.match(entry.fileName());
            if (!m.hasMatch()) {
                m_d.error(SourceLocation{display}, u"lesson-file-name"_s,
                          u"the file name is not of the form NN-slug.<language>.md"_s,
                          u"rename it, for example to lessons/01-welcome.en.md: the number sets the order, the "
                          "language code says which translation it is"_s);
                continue;
            }
            if (m_lessons.size() >= ModuleCompiler::MaxLessonFiles) {
                m_d.error(SourceLocation{display}, u"lessons-too-many"_s,
                          u"the module has more than %1 lesson files; the rest are not read"_s.arg(
                              ModuleCompiler::MaxLessonFiles),
                          u"split it into several modules"_s);
                break;
            }
            const QString language = m.captured(2);
            if (!m_description.languages.isEmpty() && !m_description.languages.contains(language)) {
                m_d.error(
                    SourceLocation{display}, u"lesson-language-unknown"_s,
                    u"the lesson is written in \"%1\", which module.yaml does not list in languages"_s.arg(language),
                    u"add %1 to languages in module.yaml, or fix the language code in the file name"_s.arg(language));
                continue;
            }
            if (!languagesSeen.contains(language))
                languagesSeen << language;
            const auto text = SourceText::read(entry.filePath(), display, m_d);
            // A file that cannot be read still exists: parity must not call it missing.
            auto lesson = std::make_unique<LessonSource>(text ? LessonSource::parse(*text, m_d)
                                                              : LessonSource::unreadable(display));
            m_byStem[m.captured(1)].insert(language, lesson.get());
            m_lessons.push_back(std::move(lesson));
        }
        // With a broken module.yaml, still check the lessons against one another.
        m_languages = m_description.languages.isEmpty() ? languagesSeen : m_description.languages;
        m_reference = m_description.defaultLanguage.isEmpty() ? m_languages.value(0) : m_description.defaultLanguage;
        if (!anyLessonFile) {
            m_d.error(
                SourceLocation{u"lessons"_s}, u"lessons-missing"_s, u"the lessons/ folder has no lesson"_s,
                u"add a lesson file per language, such as lessons/01-welcome.en.md and lessons/01-welcome.fr.md"_s);
        }
    }

    // Every lesson of one language, in file name order.
    QList<const LessonSource *> lessonsIn(const QString &language) const
    {
        QList<const LessonSource *> result;
        for (const auto &files : m_byStem) {
            if (const LessonSource *lesson = files.value(language))
                result << lesson;
        }
        return result;
    }

    void checkIds()
    {
        for (const QString &language : std::as_const(m_languages)) {
            QHash<QString, SourceLocation> lessonIds, activityIds;
            for (const LessonSource *lesson : lessonsIn(language)) {
                if (lesson->headerComplete) {
                    if (lessonIds.contains(lesson->id))
                        m_d.error(lesson->idLocation, u"lesson-id-duplicate"_s,
                                  u"lesson id \"%1\" is already used at %2"_s.arg(
                                      lesson->id, lessonIds.value(lesson->id).toString()),
                                  u"give each lesson its own id"_s);
                    else
                        lessonIds.insert(lesson->id, lesson->idLocation);
                }
                for (const PageSource &page : lesson->pages) {
                    for (const ActivitySource &activity : page.activities) {
                        if (!activity.complete)
                            continue;
                        if (activityIds.contains(activity.id))
                            m_d.error(
                                activity.locate(u"id"_s), u"activity-id-duplicate"_s,
                                u"activity id \"%1\" is already used at %2"_s.arg(
                                    activity.id, activityIds.value(activity.id).toString()),
                                u"activity ids are unique in a module: learners' answers are recorded under them"_s);
                        else
                            activityIds.insert(activity.id, activity.locate(u"id"_s));
                    }
                }
            }
        }
    }

    // --- activities ---------------------------------------------------------------------

    void checkActivities()
    {
        const QStringList installed = installedTypes();
        for (const auto &lesson : m_lessons) {
            for (const PageSource &page : lesson->pages) {
                for (const ActivitySource &activity : page.activities) {
                    if (!activity.complete)
                        continue;
                    m_usedTypes.insert(activity.type);
                    const ActivityType *type = m_options.plugins ? m_options.plugins->type(activity.type) : nullptr;
                    if (!type) {
                        m_d.error(
                            activity.locate(u"type"_s), u"activity-type-unknown"_s,
                            u"activity type \"%1\" is not installed"_s.arg(activity.type),
                            installed.isEmpty()
                                ? u"no activity type is installed: check the plugin folder"_s
                                : u"installed types: %1; check the spelling, or install the plugin for \"%2\""_s.arg(
                                      installed.join(u", "_s), activity.type));
                        continue;
                    }
                    for (const ConfigIssue &issue : type->validate(activity.config)) {
                        if (issue.severity == ConfigIssue::Severity::Error)
                            m_configErrors[&activity].insert(issue.path);
                        const QString message =
                            issue.path.isEmpty()
                                ? u"activity \"%1\": %2"_s.arg(activity.id, issue.message)
                                : u"activity \"%1\", %2: %3"_s.arg(activity.id, issue.path, issue.message);
                        const QString hint =
                            issue.hint.isEmpty()
                                ? u"see the fields of a %1 activity in docs/authoring.md"_s.arg(activity.type)
                                : issue.hint;
                        if (issue.severity == ConfigIssue::Severity::Error)
                            m_d.error(activity.locate(issue.path), u"activity-config"_s, message, hint);
                        else
                            m_d.warning(activity.locate(issue.path), u"activity-config"_s, message, hint);
                    }
                }
            }
        }
    }

    // The glossary terms and media files that activity configs name, through the fields
    // their plugin.json declares (glossaryFields, mediaFields). They are checked and shipped
    // like glossary links and images in the Markdown. A field the plugin itself already
    // refused is not reported twice.
    void collectActivityReferences()
    {
        if (!m_options.plugins)
            return;
        for (const QString &language : std::as_const(m_languages)) {
            for (const LessonSource *lesson : lessonsIn(language)) {
                for (const PageSource &page : lesson->pages) {
                    for (const ActivitySource &activity : page.activities) {
                        const PluginInfo *info = activity.complete ? m_options.plugins->info(activity.type) : nullptr;
                        if (!info)
                            continue;
                        const QSet<QString> refused = m_configErrors.value(&activity);
                        const auto collect = [&](const QStringList &patterns, QList<MarkdownReference> &into) {
                            QList<std::pair<QString, QString>> values;
                            collectFieldValues(activity.config, {}, LocalizedFields(patterns), values);
                            for (const auto &[path, value] : std::as_const(values)) {
                                if (!refused.contains(path))
                                    into.append({QString(), value, activity.locate(path)});
                            }
                        };
                        if (!info->glossaryFields.isEmpty())
                            collect(info->glossaryFields, m_activityTerms[language]);
                        if (!info->mediaFields.isEmpty())
                            collect(info->mediaFields, m_activityMedia);
                    }
                }
            }
        }
    }

    QStringList installedTypes() const
    {
        QStringList types;
        if (m_options.plugins) {
            for (const PluginInfo &info : m_options.plugins->plugins())
                types << info.id;
        }
        return types;
    }

    // --- requires -----------------------------------------------------------------------

    void checkRequirements()
    {
        QStringList used(m_usedTypes.cbegin(), m_usedTypes.cend());
        used.sort();
        for (const QString &type : std::as_const(used)) {
            const PluginInfo *info = m_options.plugins ? m_options.plugins->info(type) : nullptr;
            if (!info)
                continue; // reported at each activity as a type that is not installed
            if (!m_description.requiredPlugins.contains(type)) {
                if (!m_moduleYaml)
                    continue; // module.yaml itself is missing or unreadable, already reported
                const QString version = isValidVersion(info->version) ? info->version.section(u'.', 0, 1) : u"1.0"_s;
                m_d.warning(moduleLocation(u"requires.plugins"_s), u"requires-plugin-missing"_s,
                            u"the lessons use activity type \"%1\", which requires.plugins does not list"_s.arg(type),
                            u"add it to module.yaml: requires: {plugins: {%1: \">=%2\"}}, so that Passerelle can tell "
                            "learners which plugin the module needs"_s.arg(type, version));
                continue;
            }
            if (!isValidVersion(info->version))
                continue;
            const QString wanted = fullVersion(m_description.requiredPlugins.value(type).mid(2));
            if (compareVersions(info->version, wanted) < 0) {
                m_d.error(
                    moduleLocation(u"requires.plugins."_s + type), u"requires-plugin-version"_s,
                    u"the module requires %1 %2 or newer, but the installed %1 is %3"_s.arg(type, wanted,
                                                                                            info->version),
                    u"install a newer %1 plugin, or lower the requirement if the module does not need it"_s.arg(type));
            }
        }

        for (qsizetype i = 0; i < m_description.requiredModules.size(); ++i) {
            const QString &id = m_description.requiredModules.at(i);
            bool found = false;
            for (const QString &root : m_options.moduleRoots) {
                const QDir dir(QDir(root).filePath(id));
                found = found || QFileInfo(dir.filePath(ModuleFile)).isFile() ||
                        QFileInfo(dir.filePath(u"module.json"_s)).isFile();
            }
            if (found)
                continue;
            QStringList roots;
            QSet<QString> seen; // the same folder given twice (relative and absolute) is named once
            for (const QString &root : m_options.moduleRoots) {
                if (!seen.contains(QFileInfo(root).absoluteFilePath()))
                    roots << QDir::toNativeSeparators(root);
                seen.insert(QFileInfo(root).absoluteFilePath());
            }
            m_d.warning(moduleLocation(YamlDocument::index(u"requires.modules"_s, i)), u"requires-module-unknown"_s,
                        u"required module \"%1\" is not among the known modules"_s.arg(id),
                        roots.isEmpty() ? u"no module folder was given to look in; pass --modules-dir"_s
                                        : u"check the id; looked in %1"_s.arg(roots.join(u", "_s)));
        }
    }

    void checkCompletion()
    {
        QSet<QString> ids;
        for (const LessonSource *lesson : lessonsIn(m_reference)) {
            for (const PageSource &page : lesson->pages) {
                for (const ActivitySource &activity : page.activities)
                    ids.insert(activity.id);
            }
        }
        for (qsizetype i = 0; i < m_description.requiredActivities.size(); ++i) {
            const QString &id = m_description.requiredActivities.at(i);
            if (!ids.contains(id))
                m_d.error(moduleLocation(YamlDocument::index(u"completion.required"_s, i)),
                          u"completion-unknown-activity"_s,
                          u"completion.required names activity \"%1\", which no lesson has"_s.arg(id),
                          u"use the id: of an activity block, or write required: all"_s);
        }
    }

    // --- media --------------------------------------------------------------------------

    void checkMedia()
    {
        const QString mediaRoot = QFileInfo(m_root.filePath(u"media"_s)).canonicalFilePath();
        for (const auto &lesson : m_lessons) {
            for (const MarkdownReference &image : lesson->images)
                checkMediaFile(image, mediaRoot, true);
        }
        for (const MarkdownReference &file : std::as_const(m_activityMedia))
            checkMediaFile(file, mediaRoot, false);
        if (mediaRoot.isEmpty())
            return;
        QDirIterator it(mediaRoot, QDir::Files, QDirIterator::Subdirectories);
        QStringList unused;
        while (it.hasNext()) {
            const QString relative = u"media/"_s + QDir(mediaRoot).relativeFilePath(it.next());
            if (!m_mediaFiles.contains(relative))
                unused << relative;
        }
        unused.sort();
        for (const QString &file : std::as_const(unused))
            m_d.warning(SourceLocation{file}, u"media-unused"_s, u"no lesson shows this file"_s,
                        u"remove it, or show it with ![alt text](%1)"_s.arg(file));
    }

    // One image of a lesson's Markdown, or one file an activity's config names (whose type
    // and text alternative its plugin checks): it must be a file inside media/.
    void checkMediaFile(const MarkdownReference &reference, const QString &mediaRoot, bool image)
    {
        const QString &target = reference.target;
        const QString what = image ? u"image"_s : u"file"_s;
        if (target.contains(u"://"_s) || target.startsWith(u"//"_s) || target.startsWith(u"data:"_s)) {
            m_d.error(
                reference.location, u"media-remote"_s, u"the %1 %2 is not a file of the module"_s.arg(what, target),
                image ? u"Passerelle works offline: save the image in media/ and write ![alt](media/name.svg)"_s
                      : u"Passerelle works offline: save the file in media/ and write its path, media/name.ogg"_s);
            return;
        }
        const QString path = QDir::cleanPath(target);
        if (QDir::isAbsolutePath(path) || !path.startsWith(u"media/"_s)) {
            m_d.error(
                reference.location, u"media-outside"_s,
                u"the %1 %2 is not in the module's media/ folder"_s.arg(what, target),
                image ? u"put the image in media/ and write its path from the module folder: ![alt](media/name.svg)"_s
                      : u"put the file in media/ and write its path from the module folder: media/name.ogg"_s);
            return;
        }
        const QFileInfo file(m_root.filePath(path));
        if (!file.isFile()) {
            m_d.error(reference.location, u"media-missing"_s, u"the %1 %2 does not exist"_s.arg(what, path),
                      u"add the file to media/, or fix the name (names are case-sensitive)"_s);
            return;
        }
        // A link out of media/ would ship a file from elsewhere on the author's disk.
        if (!file.canonicalFilePath().startsWith(mediaRoot + u'/')) {
            m_d.error(reference.location, u"media-outside"_s,
                      u"the %1 %2 leads outside media/ (a link?)"_s.arg(what, path),
                      u"copy the %1 itself into media/"_s.arg(what));
            return;
        }
        if (image && !ImageSuffixes.contains(file.suffix().toLower())) {
            m_d.error(reference.location, u"media-type"_s, u"%1 is not an image type Passerelle shows"_s.arg(path),
                      u"use SVG (preferred), PNG, JPEG, WebP or GIF"_s);
            return;
        }
        if (image && reference.text.trimmed().isEmpty())
            m_d.warning(reference.location, u"media-alt-missing"_s, u"the image %1 has no alt text"_s.arg(path),
                        u"describe the image between the brackets, ![A ship's wheel](%1): screen readers read "
                        u"it aloud, "
                        "and it shows when the image cannot"_s.arg(path));
        m_mediaFiles.insert(path);
    }

    // --- glossary -----------------------------------------------------------------------

    void checkGlossaryLinks()
    {
        const MarkdownReference *first = nullptr;
        for (const auto &lesson : m_lessons) {
            if (!lesson->glossaryLinks.isEmpty() && !first)
                first = &lesson->glossaryLinks.constFirst();
        }
        for (auto it = m_activityTerms.cbegin(); it != m_activityTerms.cend() && !first; ++it) {
            if (!it->isEmpty())
                first = &it->constFirst();
        }
        if (!first)
            return;
        if (m_options.glossaryDir.isEmpty()) {
            m_d.warning(first->location, u"glossary-unchecked"_s,
                        u"glossary links are not checked: no glossary folder was given"_s,
                        u"give the glossary folder (passerelle-cli validate --glossary content/glossary)"_s);
            return;
        }
        const Glossary glossary = Glossary::load(m_options.glossaryDir, m_root.absolutePath(), m_d);
        for (const QString &language : std::as_const(m_languages)) {
            const auto check = [&](const MarkdownReference &link) {
                const GlossaryTerm *term = glossary.find(link.target);
                if (!term) {
                    m_d.error(link.location, u"glossary-unknown-term"_s,
                              u"glossary term \"%1\" is not in the glossary"_s.arg(link.target),
                              u"check the term id, or add the term to a file in %1"_s.arg(
                                  QDir::toNativeSeparators(m_options.glossaryDir)));
                    return;
                }
                if (!term->languages.contains(language)) {
                    m_d.error(link.location, u"glossary-term-untranslated"_s,
                              u"glossary term \"%1\" has no \"%2\" entry"_s.arg(link.target, language),
                              u"add %1: {term: ..., definition: ...} to the term at %2"_s.arg(
                                  language, term->location.toString()));
                    return;
                }
                m_glossary[language].insert(term->id, term->languages.value(language));
            };
            for (const LessonSource *lesson : lessonsIn(language)) {
                for (const MarkdownReference &link : lesson->glossaryLinks)
                    check(link);
            }
            for (const MarkdownReference &term : m_activityTerms.value(language))
                check(term);
        }
    }

    // --- parity -------------------------------------------------------------------------

    void checkParity()
    {
        QList<LanguageParity::LessonFiles> lessons;
        for (auto it = m_byStem.cbegin(); it != m_byStem.cend(); ++it)
            lessons.append({it.key(), *it});
        LanguageParity(m_languages, m_reference, m_options.plugins).check(lessons, m_d);
    }

    // --- output -------------------------------------------------------------------------

    std::optional<CompiledModule> build()
    {
        Module m;
        m.id = m_description.id;
        m.version = m_description.version;
        m.languages = m_description.languages;
        m.defaultLanguage = m_description.defaultLanguage;
        m.authors = m_description.authors;
        m.licence = m_description.licence;
        m.tags = m_description.tags;
        m.requiredPlugins = m_description.requiredPlugins;
        m.requiredModules = m_description.requiredModules;
        m.completion.allActivities = m_description.allActivities;
        m.completion.requiredActivities = m_description.requiredActivities;
        m.completion.passMark = m_description.passMark;
        for (const QString &language : std::as_const(m_languages)) {
            ModuleContent content;
            content.title = m_description.title.value(language);
            content.summary = m_description.summary.value(language);
            content.audience = m_description.audience.value(language);
            content.glossary = m_glossary.value(language);
            for (const LessonSource *lesson : lessonsIn(language))
                content.lessons.append(lesson->toLesson());
            m.content.insert(language, content);
        }
        int minutes = 0;
        for (const Lesson &lesson : std::as_const(m.content[m.defaultLanguage].lessons))
            minutes += lesson.minutes;
        m.minutes = m_description.minutes.value_or(minutes);

        CompiledModule compiled;
        compiled.moduleJson = ModuleWriter::toJson(m);
        // The loader is the judge of what the app accepts: a module it refuses is a compiler bug.
        auto loaded = ModuleLoader::fromJson(compiled.moduleJson, u"module.json"_s);
        if (!loaded) {
            m_d.error(SourceLocation{ModuleFile}, u"internal-output"_s,
                      u"the compiled module does not load: %1"_s.arg(loaded.errorMessage()),
                      u"this is a bug in the compiler; please report it with the module's source"_s);
            return std::nullopt;
        }
        compiled.module = std::move(loaded).value();
        compiled.mediaFiles = QStringList(m_mediaFiles.cbegin(), m_mediaFiles.cend());
        compiled.mediaFiles.sort();
        return compiled;
    }

    const CompileOptions &m_options;
    QDir m_root;
    Diagnostics m_d;
    std::optional<YamlDocument> m_moduleYaml;
    ModuleDescription m_description;
    std::vector<std::unique_ptr<LessonSource>> m_lessons;
    QMap<QString, QMap<QString, const LessonSource *>> m_byStem; // stem -> language -> lesson
    QStringList m_languages;
    QString m_reference;
    QSet<QString> m_usedTypes;
    QSet<QString> m_mediaFiles;
    QMap<QString, QMap<QString, GlossaryEntry>> m_glossary; // language -> term id -> entry
    QHash<const ActivitySource *, QSet<QString>> m_configErrors; // paths each plugin refused
    QMap<QString, QList<MarkdownReference>> m_activityTerms;     // language -> terms configs name
    QList<MarkdownReference> m_activityMedia;                    // files configs name
};

} // namespace

ModuleCompiler::ModuleCompiler(CompileOptions options)
    : m_options(std::move(options))
{}

CompileResult ModuleCompiler::compile(const QString &sourceDir) const
{
    return Compilation(m_options, sourceDir).run();
}

CompileOptions CompileOptions::forSource(const QString &sourceDir, const PluginRegistry *plugins)
{
    CompileOptions options;
    options.plugins = plugins;
    const QString parent = QFileInfo(sourceDir).absoluteDir().absolutePath();
    options.moduleRoots << parent;
    // A module in a checkout sits at modules/<id>/, beside content/glossary.
    const QString repositoryGlossary = QDir(parent).filePath(u"../content/glossary"_s);
    if (QFileInfo(repositoryGlossary).isDir())
        options.glossaryDir = QDir::cleanPath(repositoryGlossary);
    return options;
}

Status ModuleCompiler::writeOutput(const CompiledModule &module, const QString &sourceDir, const QString &outputDir)
{
    const auto write = [](const QString &path, const QByteArray &bytes) -> Status {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString())};
        return success();
    };
    const QDir target(outputDir);
    for (const QString &media : module.mediaFiles) {
        QFile source(QDir(sourceDir).filePath(media));
        if (!source.open(QIODevice::ReadOnly))
            return Error{u"Cannot read %1: %2."_s.arg(QDir::toNativeSeparators(source.fileName()), source.errorString())};
        if (Status s = write(target.filePath(media), source.readAll()); !s)
            return s;
    }
    // module.json last: a folder with a module.json is a complete module.
    return write(target.filePath(u"module.json"_s), module.moduleJson);
}

} // namespace Passerelle
