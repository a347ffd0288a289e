// SPDX-License-Identifier: Apache-2.0
// Commands on the learners' progress database: learners, rebuild-progress, export-progress,
// and simulate-learner (a scripted learner, for the durability test and sample data).
#include "command.h"
#include "openstore.h"

#include "activities/pluginregistry.h"
#include "modules/module.h"
#include "progress/progressstore.h"
#include "sync/progressfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

namespace {

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(u"data-dir"_s,
                              u"The app's data folder, holding progress.sqlite (default: the app's own, "
                              "the folder the passerelle app uses)."_s,
                              u"dir"_s);
}

int runLearners(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOptions({json, dataDirOption()});
    int code = Ok;
    if (!parseCommand(parser, u"learners"_s, u"List the learner profiles and how many statements each has."_s,
                      arguments, &code))
        return code;
    auto store = openProgressStore(parser, false, &code);
    if (!store)
        return code;
    auto learners = store->learners();
    if (!learners) {
        err(learners.errorMessage());
        return IoError;
    }
    QJsonArray array;
    for (const Learner &learner : *learners) {
        auto count = store->statementCount(learner.id);
        if (!count) {
            err(count.errorMessage());
            return IoError;
        }
        if (parser.isSet(json))
            array.append(QJsonObject{{u"id"_s, learner.id}, {u"name"_s, learner.name}, {u"statements"_s, *count}});
        else
            out(u"%1  %2  (%3 statement(s))"_s.arg(learner.id, learner.name).arg(*count));
    }
    if (parser.isSet(json))
        printJson({{u"database"_s, store->filePath()}, {u"learners"_s, array}});
    else if (learners->isEmpty())
        out(u"No learner profiles in %1."_s.arg(QDir::toNativeSeparators(store->filePath())));
    return Ok;
}

int runRebuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOptions({json, dataDirOption()});
    int code = Ok;
    if (!parseCommand(parser, u"rebuild-progress"_s,
                      u"Rebuild every progress table (module progress, answers, pages seen, resume positions) from "
                      "the statement log."_s,
                      arguments, &code))
        return code;
    auto store = openProgressStore(parser, false, &code);
    if (!store)
        return code;
    QElapsedTimer timer;
    timer.start();
    auto replayed = store->rebuildProjections();
    const qint64 ns = timer.nsecsElapsed();
    if (!replayed) {
        err(replayed.errorMessage());
        return IoError;
    }
    const double seconds = double(ns) / 1e9;
    const double perSecond = seconds > 0 ? double(*replayed) / seconds : 0.0;
    if (parser.isSet(json))
        printJson({{u"database"_s, store->filePath()},
                   {u"statements"_s, *replayed},
                   {u"milliseconds"_s, double(ns) / 1e6},
                   {u"statementsPerSecond"_s, std::round(perSecond)}});
    else
        out(u"Rebuilt the progress tables from %1 statement(s) in %2 ms (%3 statements per second)."_s.arg(*replayed)
                .arg(double(ns) / 1e6, 0, 'f', 1)
                .arg(perSecond, 0, 'f', 0));
    return Ok;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption learnerOption(u"learner"_s, u"The learner to export: a profile id or name."_s,
                                           u"id-or-name"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"Write the progress file to <file>."_s, u"file"_s);
    const QCommandLineOption reflections(u"with-reflections"_s,
                                         u"Include the learner's reflections, which are private and left out unless "
                                         "the learner asks for them."_s);
    parser.addOptions({json, dataDirOption(), learnerOption, output, reflections});
    int code = Ok;
    if (!parseCommand(parser, u"export-progress"_s,
                      u"Write one learner's statements to a progress file, to hand to an administrator."_s, arguments,
                      &code))
        return code;
    if (!parser.isSet(learnerOption) || !parser.isSet(output)) {
        err(u"export-progress needs --learner <id-or-name> and -o <file>."_s);
        return Usage;
    }
    auto store = openProgressStore(parser, false, &code);
    if (!store)
        return code;
    const std::optional<Learner> learner = findLearner(*store, parser.value(learnerOption));
    if (!learner) {
        err(u"There is no learner \"%1\" in %2; \"passerelle-cli learners\" lists them."_s.arg(
            parser.value(learnerOption), QDir::toNativeSeparators(store->filePath())));
        return Problems;
    }
    auto statements = store->statements(learner->id);
    if (!statements) {
        err(statements.errorMessage());
        return IoError;
    }
    qsizetype leftOut = 0;
    const ProgressFile file =
        ProgressFile::forLearner(learner->id, learner->name, *statements, parser.isSet(reflections), &leftOut);
    const QString path = parser.value(output);
    if (Status s = file.write(path); !s) {
        err(s.errorMessage());
        return IoError;
    }
    if (parser.isSet(json)) {
        printJson({{u"file"_s, path},
                   {u"learner"_s, QJsonObject{{u"id"_s, learner->id}, {u"name"_s, learner->name}}},
                   {u"statements"_s, file.statements.size()},
                   {u"reflectionsLeftOut"_s, leftOut},
                   {u"digest"_s, ProgressFile::digest(file.statements)}});
    } else {
        out(u"Wrote %1 statement(s) of %2 to %3."_s.arg(file.statements.size()).arg(learner->name, path));
        if (leftOut > 0)
            out(u"Left out %1 private reflection(s); add --with-reflections if %2 agrees to share them."_s.arg(leftOut)
                    .arg(learner->name));
    }
    return Ok;
}

// The response a scripted learner gives: the right one for choice questions (from the
// plugin's own xAPI definition), except one time in four when it picks an option at random
// so that the log holds failures and retries too; every card of a flashcards deck rated at
// random; a sentence for each prompt of a reflection; an empty response for other types,
// which the plugin may or may not count as an answer.
QJsonValue scriptedResponse(const Block &block, const QJsonObject &definition, QRandomGenerator &random)
{
    if (block.activityType == u"flashcards") {
        QJsonArray reviews;
        for (const QJsonValue &card : block.config.value(u"deck"_s).toArray())
            reviews.append(QJsonObject{{u"card"_s, card[u"id"_s]}, {u"quality"_s, random.bounded(1, 6)}});
        for (const QJsonValue &term : block.config.value(u"glossaryTerms"_s).toArray())
            reviews.append(QJsonObject{{u"card"_s, term}, {u"quality"_s, random.bounded(1, 6)}});
        return QJsonObject{{u"reviews"_s, reviews}};
    }
    if (block.activityType == u"reflection") {
        QJsonObject answers;
        for (const QJsonValue &prompt : block.config.value(u"prompts"_s).toArray())
            answers.insert(prompt[u"id"_s].toString(),
                           u"A scripted answer: brief the interpreter the day before and agree on the terms."_s);
        return QJsonObject{{u"answers"_s, answers}};
    }
    const QString type = definition.value(u"interactionType"_s).toString();
    if (type != u"choice" && type != u"true-false")
        return QJsonObject{};
    QStringList ids =
        definition.value(u"correctResponsesPattern"_s).toArray().at(0).toString().split(u"[,]"_s, Qt::SkipEmptyParts);
    const QJsonArray choices = definition.value(u"choices"_s).toArray();
    if (!choices.isEmpty() && random.bounded(4) == 0)
        ids = {choices.at(random.bounded(int(choices.size()))).toObject().value(u"id"_s).toString()};
    return QJsonObject{{u"selected"_s, QJsonArray::fromStringList(ids)}};
}

int runSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption moduleOption(u"module"_s, u"The module to take: a module.json or the folder holding it."_s,
                                          u"module"_s);
    const QCommandLineOption learnerOption(u"learner"_s,
                                           u"The learner's profile name, created if needed (default: "
                                           "\"Simulated learner\")."_s,
                                           u"name"_s, u"Simulated learner"_s);
    const QCommandLineOption answersOption(u"answers"_s,
                                           u"How many answers to give (default 10); the module is taken "
                                           "again from the start until they are all given."_s,
                                           u"N"_s, u"10"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the random choices (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption languageOption(u"language"_s, u"The content language (default: the module's)."_s,
                                            u"code"_s);
    // For demonstrations and screenshots: a course taken some days ago, whose flashcards are
    // due now. Each statement is 20 seconds after the one before.
    const QCommandLineOption daysAgoOption(u"days-ago"_s,
                                           u"Date the answers <days> days in the past (default 0: now)."_s,
                                           u"days"_s, u"0"_s);
    parser.addOptions({dataDirOption(), moduleOption, learnerOption, answersOption, seedOption, languageOption,
                       daysAgoOption, pluginsDirOption()});
    int code = Ok;
    if (!parseCommand(parser, u"simulate-learner"_s,
                      u"Take a module as a scripted learner: open it, view its pages and answer its activities in "
                      "order, through the real plugins and the real progress store. After each answer is safely on "
                      "disk, prints \"acknowledged <statement-id>\". Writes the backup on a clean exit, as the app "
                      "does."_s,
                      arguments, &code))
        return code;
    bool numbers = true, ok = false;
    const int answers = parser.value(answersOption).toInt(&ok);
    numbers = numbers && ok && answers >= 0;
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    numbers = numbers && ok;
    const int daysAgo = parser.value(daysAgoOption).toInt(&ok);
    numbers = numbers && ok && daysAgo >= 0 && daysAgo <= 3650;
    if (!parser.isSet(moduleOption) || !numbers) {
        err(u"simulate-learner needs --module <module.json or folder>, and --answers, --seed and --days-ago (up to "
            "3650) take whole numbers from 0."_s);
        return Usage;
    }
    QString modulePath = parser.value(moduleOption);
    if (QFileInfo(modulePath).isDir())
        modulePath = QDir(modulePath).filePath(u"module.json"_s);
    if (!QFileInfo::exists(modulePath)) {
        err(u"There is no module at %1."_s.arg(QDir::toNativeSeparators(modulePath)));
        return IoError;
    }
    auto loaded = ModuleLoader::loadFile(modulePath);
    if (!loaded) {
        err(loaded.errorMessage());
        return Problems;
    }
    const Module &module = *loaded;
    PluginRegistry plugins;
    plugins.loadDirectory(pluginDir(parser));

    auto store = openProgressStore(parser, true, &code);
    if (!store)
        return code;
    if (daysAgo > 0) {
        QDateTime clock = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        store->setClock([clock]() mutable {
            clock = clock.addSecs(20);
            return clock;
        });
    }
    std::optional<Learner> learner = findLearner(*store, parser.value(learnerOption));
    if (!learner) {
        auto created = store->createLearner(parser.value(learnerOption));
        if (!created) {
            err(created.errorMessage());
            return IoError;
        }
        learner = *created;
    }
    const QString language = module.resolveLanguage(parser.value(languageOption));
    auto registration = store->beginAttempt(*learner, module, language);
    if (!registration) {
        err(registration.errorMessage());
        return IoError;
    }

    QRandomGenerator random(seed);
    const ModuleContent &content = module.contentFor(language);
    int given = 0;
    while (given < answers) {
        const int before = given;
        for (int l = 0; l < content.lessons.size() && given < answers; ++l) {
            const Lesson &lesson = content.lessons.at(l);
            for (int p = 0; p < lesson.pages.size() && given < answers; ++p) {
                if (Status s = store->recordPageView(*learner, module, language, *registration, l, p); !s) {
                    err(s.errorMessage());
                    return IoError;
                }
                for (const Block &block : lesson.pages.at(p).blocks) {
                    const ActivityType *type = plugins.type(block.activityType);
                    if (block.kind != Block::Kind::Activity || !type || given >= answers)
                        continue;
                    Answer answer;
                    answer.lessonId = lesson.id;
                    answer.activityId = block.activityId;
                    answer.activityType = block.activityType;
                    answer.definition = type->xapiDefinition(block.config, language);
                    answer.response = scriptedResponse(block, answer.definition, random);
                    answer.result = type->evaluate(block.config, answer.response);
                    answer.durationMs = random.bounded(5'000, 120'000);
                    if (!answer.result.completion)
                        continue; // the plugin does not count it as an answer, as in the app
                    auto id = store->recordAnswer(*learner, module, language, *registration, answer);
                    if (!id) {
                        err(id.errorMessage());
                        return IoError;
                    }
                    // Only now is the answer on disk: this line is the acknowledgement.
                    out(u"acknowledged "_s + *id);
                    std::fflush(stdout);
                    ++given;
                }
            }
        }
        if (given == before) {
            err(u"No activity of module \"%1\" can be answered with the activity types in %2."_s.arg(
                module.id, QDir::toNativeSeparators(pluginDir(parser))));
            return Problems;
        }
    }
    if (Status s = store->backup(); !s) {
        err(s.errorMessage());
        return IoError;
    }
    out(u"finished: %1 answer(s) by %2 in module \"%3\"."_s.arg(given).arg(learner->name, module.id));
    return Ok;
}

} // namespace

static const CommandRegistration
    learnersCommand({u"learners"_s, u"List the learner profiles and their statement counts."_s, runLearners});
static const CommandRegistration rebuildCommand({u"rebuild-progress"_s,
                                                 u"Rebuild the progress tables from the statement log."_s, runRebuild});
static const CommandRegistration exportCommand({u"export-progress"_s,
                                                u"Write a learner's statements to a progress file."_s, runExport});
static const CommandRegistration simulateCommand({u"simulate-learner"_s,
                                                  u"Take a module as a scripted learner (tests, sample data)."_s,
                                                  runSimulate});

} // namespace Passerelle::Cli
