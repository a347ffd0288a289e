// SPDX-License-Identifier: Apache-2.0
// The shell's ModuleSession on a real store, a real plugin and a module built here:
// what it records, what it refuses, what it restores.
#include "activities/pluginregistry.h"
#include "adminsession.h"
#include "learnersession.h"
#include "modulesession.h"
#include "packages/modulecatalogue.h"
#include "progress/progressstore.h"
#include "sync/progressfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject quizBlock(const QString &id, int maxAttempts)
{
    QJsonObject config{{u"question"_s, u"Q?"_s},
                       {u"options"_s, QJsonArray{QJsonObject{{u"id"_s, u"a"_s}, {u"text"_s, u"A"_s}, {u"correct"_s, true}, {u"feedback"_s, u"fa"_s}},
                                                 QJsonObject{{u"id"_s, u"b"_s}, {u"text"_s, u"B"_s}, {u"correct"_s, false}, {u"feedback"_s, u"fb"_s}}}}};
    if (maxAttempts > 0)
        config.insert(u"maxAttempts"_s, maxAttempts);
    return {{u"kind"_s, u"activity"_s}, {u"id"_s, id}, {u"type"_s, u"quiz"_s}, {u"config"_s, config}};
}

QJsonObject reflectionBlock()
{
    const QJsonObject prompt{{u"id"_s, u"lesson"_s}, {u"text"_s, u"What will you do differently?"_s}};
    return {{u"kind"_s, u"activity"_s}, {u"id"_s, u"thoughts"_s}, {u"type"_s, u"reflection"_s},
            {u"config"_s, QJsonObject{{u"prompts"_s, QJsonArray{prompt}}}}};
}

QByteArray moduleJson()
{
    const QJsonObject cards{{u"kind"_s, u"activity"_s}, {u"id"_s, u"cards"_s}, {u"type"_s, u"flashcards"_s},
                            {u"config"_s, QJsonObject{{u"glossaryTerms"_s, QJsonArray{u"briefing"_s}}}}};
    const QJsonArray pages{QJsonObject{{u"blocks"_s, QJsonArray{quizBlock(u"limited"_s, 2), cards}}},
                           QJsonObject{{u"blocks"_s, QJsonArray{quizBlock(u"free"_s, 0)}}},
                           QJsonObject{{u"blocks"_s, QJsonArray{QJsonObject{{u"kind"_s, u"markdown"_s}, {u"text"_s, u"End"_s}},
                                                                 reflectionBlock()}}}};
    const QJsonObject content{{u"title"_s, u"Test"_s},
                              {u"glossary"_s, QJsonObject{{u"briefing"_s, QJsonObject{{u"term"_s, u"Briefing"_s},
                                                                                      {u"definition"_s, u"Telling the interpreter what is coming."_s}}}}},
                              {u"lessons"_s, QJsonArray{QJsonObject{{u"id"_s, u"l1"_s}, {u"title"_s, u"L1"_s}, {u"minutes"_s, 1}, {u"pages"_s, pages}}}}};
    return QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"id"_s, u"test-module"_s}, {u"version"_s, u"1.0.0"_s},
                                     {u"languages"_s, QJsonArray{u"en"_s}}, {u"minutes"_s, 1},
                                     {u"content"_s, QJsonObject{{u"en"_s, content}}}})
        .toJson();
}

QVariantMap choose(const QString &id)
{
    return {{u"selected"_s, QVariantList{id}}};
}

} // namespace

class TestModuleSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PluginRegistry m_plugins;
    ModuleCatalogue m_catalogue;
    std::unique_ptr<ProgressStore> m_store;
    Learner m_learner;

    std::unique_ptr<ModuleSession> open()
    {
        const CatalogueEntry *entry = m_catalogue.find(u"test-module"_s);
        return std::make_unique<ModuleSession>(*entry, ModuleCatalogue::load(*entry).value(), m_learner, u"en"_s,
                                               *m_store, m_plugins);
    }
    static QVariantMap blockOf(ModuleSession &session)
    {
        return session.blocks().constFirst().toMap();
    }

private slots:
    void initTestCase()
    {
        m_plugins.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        QVERIFY(m_plugins.type(u"quiz"_s));
        QDir().mkpath(m_dir.filePath(u"modules/test-module"_s));
        QFile file(m_dir.filePath(u"modules/test-module/module.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(moduleJson());
        file.close();
        QCOMPARE(m_catalogue.addRoot(m_dir.filePath(u"modules"_s), true), 1);
        auto store = ProgressStore::open(m_dir.filePath(u"progress.sqlite"_s));
        QVERIFY(store);
        m_store = std::move(store).value();
        m_learner = m_store->createLearner(u"Ana"_s).value();
    }

    void enforcesMaxAttempts()
    {
        auto session = open();
        QCOMPARE(blockOf(*session).value(u"attempts"_s).toInt(), 0);
        QVariantMap first = session->submit(u"limited"_s, choose(u"b"_s));
        QVERIFY2(!first.contains(u"error"_s), qPrintable(first.value(u"error"_s).toString()));
        QCOMPARE(first.value(u"attempts"_s).toInt(), 1);
        QCOMPARE(first.value(u"success"_s).toBool(), false);
        QCOMPARE(session->submit(u"limited"_s, choose(u"a"_s)).value(u"attempts"_s).toInt(), 2);
        const int statements = m_store->statementCount(m_learner.id).value();
        const QVariantMap third = session->submit(u"limited"_s, choose(u"a"_s));
        QVERIFY(third.value(u"error"_s).toString().contains(u"used all 2 attempt"_s));
        QCOMPARE(m_store->statementCount(m_learner.id).value(), statements); // nothing recorded
        QCOMPARE(blockOf(*session).value(u"attempts"_s).toInt(), 2);
    }

    void givesGlossaryCardsTheirText()
    {
        auto session = open();
        session->goTo(0, 0);
        const QVariantMap cards = session->blocks().at(1).toMap();
        QCOMPARE(cards.value(u"activityType"_s).toString(), u"flashcards"_s);
        const QVariantMap entry = cards.value(u"config"_s).toMap().value(u"glossaryEntries"_s).toMap().value(u"briefing"_s).toMap();
        QCOMPARE(entry.value(u"term"_s).toString(), u"Briefing"_s);
        QCOMPARE(entry.value(u"definition"_s).toString(), u"Telling the interpreter what is coming."_s);
        // The same entries answer glossary links in the text.
        QCOMPARE(session->glossaryEntry(u"briefing"_s).value(u"term"_s).toString(), u"Briefing"_s);
        QVERIFY(session->glossaryEntry(u"no-such-term"_s).isEmpty());
    }

    // Cards practised in a module come back on the home page when due, reviewed there as one
    // deck; the ratings go back to the module as practice.
    void reviewsTheDueCardsFromTheHomePage()
    {
        const Learner learner = m_store->createLearner(u"Reviewer"_s).value();
        m_store->setClock([] { return QDateTime::currentDateTimeUtc().addDays(-3); });
        {
            const CatalogueEntry *entry = m_catalogue.find(u"test-module"_s);
            ModuleSession session(*entry, ModuleCatalogue::load(*entry).value(), learner, u"en"_s, *m_store, m_plugins);
            const QVariantMap answered = session.submit(
                u"cards"_s, QVariantMap{{u"reviews"_s, QVariantList{QVariantMap{{u"card"_s, u"briefing"_s}, {u"quality"_s, 4}}}}});
            QVERIFY2(answered.value(u"completion"_s).toBool(), qPrintable(answered.value(u"error"_s).toString()));
        }
        m_store->setClock([] { return QDateTime::currentDateTimeUtc(); });

        LearnerSession home(*m_store, m_catalogue, m_plugins, u"en"_s, {});
        QVERIFY(home.chooseLearner(learner.id));
        QCOMPARE(home.dueCardCount(), 1);
        QCOMPARE(home.scheduledCardCount(), 1);
        ReviewSession *review = home.startReview();
        QVERIFY(review);
        QCOMPARE(review->cardCount(), 1);
        const QVariantMap card = review->config().value(u"deck"_s).toList().value(0).toMap();
        QCOMPARE(card.value(u"front"_s).toString(), u"Briefing"_s);
        QVERIFY(card.value(u"back"_s).toString().startsWith(u"Telling the interpreter what is coming."_s));
        QVERIFY(card.value(u"back"_s).toString().endsWith(u"*Test*"_s)); // the module it comes from
        // Half an answer records nothing; a card of another deck is refused.
        const int before = m_store->statementCount(learner.id).value();
        QVERIFY(!review->submit(QVariantMap{{u"reviews"_s, QVariantList{}}}).value(u"completion"_s).toBool());
        QVERIFY(!review->submit(QVariantMap{{u"reviews"_s, QVariantList{QVariantMap{{u"card"_s, u"briefing"_s}, {u"quality"_s, 5}}}}})
                     .value(u"completion"_s).toBool());
        QCOMPARE(m_store->statementCount(learner.id).value(), before);
        const QVariantMap done =
            review->submit(QVariantMap{{u"reviews"_s, QVariantList{QVariantMap{{u"card"_s, card.value(u"id"_s)}, {u"quality"_s, 5}}}}});
        QVERIFY2(done.value(u"completion"_s).toBool(), qPrintable(done.value(u"error"_s).toString()));
        QCOMPARE(m_store->statementCount(learner.id).value(), before + 1);
        QCOMPARE(home.dueCardCount(), 0);
        QCOMPARE(home.scheduledCardCount(), 1);
        QCOMPARE(m_store->lastAnswer(learner.id, u"test-module"_s, u"cards"_s).value()->attempts, 1);
        QVERIFY(!home.startReview()); // nothing due any more
    }

    // My learning gathers the learner's reflections, answered or still a draft.
    void listsTheLearnersReflections()
    {
        const Learner learner = m_store->createLearner(u"Thinker"_s).value();
        LearnerSession home(*m_store, m_catalogue, m_plugins, u"en"_s, {});
        QVERIFY(home.chooseLearner(learner.id));
        QVERIFY(home.reflections().isEmpty());
        {
            const CatalogueEntry *entry = m_catalogue.find(u"test-module"_s);
            ModuleSession session(*entry, ModuleCatalogue::load(*entry).value(), learner, u"en"_s, *m_store, m_plugins);
            QVERIFY(session.saveDraft(u"thoughts"_s, QVariantMap{{u"answers"_s, QVariantMap{{u"lesson"_s, u"Brief the interpreter."_s}}}}));
        }
        home.refreshCatalogue();
        QCOMPARE(home.reflections().size(), 1);
        const QVariantMap reflection = home.reflections().constFirst().toMap();
        QCOMPARE(reflection.value(u"draft"_s).toBool(), true);
        QCOMPARE(reflection.value(u"pageIndex"_s).toInt(), 2);
        const QVariantMap entry = reflection.value(u"entries"_s).toList().value(0).toMap();
        QCOMPARE(entry.value(u"prompt"_s).toString(), u"What will you do differently?"_s);
        QCOMPARE(entry.value(u"answer"_s).toString(), u"Brief the interpreter."_s);
        // Another learner sees none of it.
        QVERIFY(home.chooseLearner(m_learner.id));
        QVERIFY(home.reflections().isEmpty());
    }

    void exportsTheLearnersProgress()
    {
        LearnerSession learner(*m_store, m_catalogue, m_plugins, u"en"_s, {});
        QVERIFY(learner.chooseLearner(m_learner.id));
        {
            auto session = open(); // some statements to export
            session->submit(u"limited"_s, choose(u"a"_s));
        }
        const QString path = m_dir.filePath(u"export/ana.json"_s);
        QDir().mkpath(m_dir.filePath(u"export"_s));
        QCOMPARE(learner.exportProgress(QUrl::fromLocalFile(path), false), QString());
        auto file = ProgressFile::read(path);
        QVERIFY2(file, qPrintable(file.errorMessage()));
        QCOMPARE(file->learnerId, m_learner.id);
        QCOMPARE(file->statements.size(), m_store->statementCount(m_learner.id).value());
        QVERIFY(!learner.exportProgress(QUrl::fromLocalFile(m_dir.filePath(u"no/such/folder/x.json"_s)), false).isEmpty());
    }

    // The administrator imports learners' files from the Admin page: file by file with
    // progress, each whole or not at all, twice without doubles; a tampered one is refused.
    void importsProgressFilesFromTheAdminPage()
    {
        LearnerSession learner(*m_store, m_catalogue, m_plugins, u"en"_s, {});
        QVERIFY(learner.chooseLearner(m_learner.id));
        {
            auto session = open();
            session->submit(u"free"_s, choose(u"a"_s));
        }
        QDir().mkpath(m_dir.filePath(u"handed-in"_s));
        const QString good = m_dir.filePath(u"handed-in/ana.json"_s);
        QCOMPARE(learner.exportProgress(QUrl::fromLocalFile(good), false), QString());
        const QString tampered = m_dir.filePath(u"handed-in/tampered.json"_s);
        {
            QFile in(good);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray bytes = in.readAll();
            const qsizetype at = bytes.indexOf("\"verb\"");
            QVERIFY(at > 0);
            bytes.insert(at, "\"x\":1,");
            QFile out(tampered);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }

        QTemporaryDir adminDir;
        auto adminStore = ProgressStore::open(adminDir.filePath(u"progress.sqlite"_s));
        QVERIFY(adminStore);
        AdminSession admin(**adminStore, m_catalogue, u"en"_s);
        QVERIFY(!admin.importProgressFiles({QUrl::fromLocalFile(good)}).isEmpty()); // locked
        QCOMPARE(admin.setPassphrase(u"admin passphrase"_s, u"admin passphrase"_s), QString());
        QSignalSpy finished(&admin, &AdminSession::taskFinished);
        QSignalSpy task(&admin, &AdminSession::taskChanged);
        QCOMPARE(admin.importProgressFiles({QUrl::fromLocalFile(good), QUrl::fromLocalFile(tampered)}), QString());
        QVERIFY(admin.busy());
        QVERIFY(finished.wait(10'000));
        QVERIFY(!admin.busy());
        QVERIFY(task.size() >= 3); // started, each file, finished
        const QString message = finished.constFirst().at(0).toString();
        QCOMPARE(finished.constFirst().at(1).toBool(), true); // the tampered file failed
        QVERIFY2(message.contains(u"ana.json (Ana): "_s) && message.contains(u" new, 0 already present"_s), qPrintable(message));
        QVERIFY2(message.contains(u"tampered.json was refused"_s), qPrintable(message));
        const int imported = (*adminStore)->statementCount().value();
        QCOMPARE(imported, m_store->statementCount(m_learner.id).value());
        QCOMPARE(admin.learners().size(), 1);

        finished.clear();
        QCOMPARE(admin.importProgressFiles({QUrl::fromLocalFile(good)}), QString());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QVERIFY(finished.constFirst().at(0).toString().contains(u": 0 new, %1 already present"_s.arg(imported)));
        QCOMPARE((*adminStore)->statementCount().value(), imported);
        // Sync needs an LRS: without one it says what to set, and starts nothing.
        QVERIFY(admin.syncWithLrs().contains(u"LRS"_s));
        QVERIFY(!admin.busy());
        QVERIFY(!admin.saveLrsSettings(u"not a url"_s, u"k"_s, u"s"_s).isEmpty());
        QCOMPARE(admin.saveLrsSettings(u"http://127.0.0.1:1/xAPI"_s, u"k"_s, u"s"_s), QString());
        QCOMPARE(admin.lrsEndpoint(), u"http://127.0.0.1:1/xAPI"_s);
        QVERIFY(admin.lrsSecretSet());
    }

    void refusesWhatIsNotAnAnswer()
    {
        auto session = open();
        const int before = m_store->statementCount().value();
        QVERIFY(session->submit(u"no-such-activity"_s, choose(u"a"_s)).contains(u"error"_s));
        const QVariantMap notAnAnswer = session->submit(u"limited"_s, choose(u"zzz"_s));
        QCOMPARE(notAnAnswer.value(u"completion"_s).toBool(), false);
        QCOMPARE(m_store->statementCount().value(), before);
    }

    void keepsDraftsAndGivesAStableSeed()
    {
        auto session = open();
        session->goTo(0, 1);
        QVERIFY(session->saveDraft(u"free"_s, choose(u"b"_s)));
        QVERIFY(!session->saveDraft(u"no-such-activity"_s, choose(u"b"_s)));
        const int seed = blockOf(*session).value(u"seed"_s).toInt();
        auto again = open(); // resumes on page 2, where the draft is
        QCOMPARE(again->pageIndex(), 1);
        const QVariantMap block = blockOf(*again);
        QCOMPARE(block.value(u"savedDraft"_s).toMap().value(u"selected"_s).toList().value(0).toString(), u"b"_s);
        QCOMPARE(block.value(u"seed"_s).toInt(), seed);
        QVERIFY(seed >= 0);
    }

    void clampsAResumePositionBeyondTheModule()
    {
        // A newer version of the module may have fewer pages than where the learner stopped:
        // the resume position is a projection, so set it as an older version left it.
        auto setPosition = [&](const QString &lesson, int page) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
                db.setDatabaseName(m_store->filePath());
                QVERIFY(db.open());
                QSqlQuery update(db);
                QVERIFY(update.exec(u"UPDATE resume_positions SET lesson_id = '%1', page_index = %2"_s.arg(lesson).arg(page)));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"raw"_s);
        };
        setPosition(u"l1"_s, 42);
        auto session = open();
        QVERIFY(session->resumed());
        QCOMPARE(session->pageIndex(), 2);
        session.reset();
        setPosition(u"gone-lesson"_s, 0);
        auto fresh = open();
        QVERIFY(!fresh->resumed());
        QCOMPARE(fresh->pageIndex(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModuleSession)
#include "tst_modulesession.moc"
