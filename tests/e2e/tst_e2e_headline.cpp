// SPDX-License-Identifier: Apache-2.0
// The headline module, "Working effectively across cultures", taken as a learner would
// through the shell's ModuleSession (the C++ behind the module page) with the real plugins
// and the real compiled module: every page read, every quiz answered. Right answers end in
// a pass and a certificate that verifies; wrong answers get feedback on every option chosen
// and fail the final assessment.
#include "activities/pluginregistry.h"
#include "modulesession.h"
#include "packages/modulecatalogue.h"
#include "progress/progressstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestE2eHeadline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PluginRegistry m_plugins;
    ModuleCatalogue m_catalogue;
    std::unique_ptr<ProgressStore> m_store;

    // Reads every page and answers every quiz, right or wrong. Returns the number of quizzes
    // answered; checks the feedback of each wrong answer on the way.
    int takeModule(const Learner &learner, const QString &language, bool right)
    {
        const CatalogueEntry *entry = m_catalogue.find(u"cultural-agility"_s);
        auto module = ModuleCatalogue::load(*entry);
        if (!module)
            return -1;
        ModuleSession session(*entry, *module, learner, language, *m_store, m_plugins);
        const ActivityType *quiz = m_plugins.type(u"quiz"_s);
        int answered = 0;
        const QList<Lesson> &lessons = (*module)->contentFor(language).lessons;
        for (int l = 0; l < lessons.size(); ++l) {
            for (int p = 0; p < lessons[l].pages.size(); ++p) {
                session.goTo(l, p);
                for (const Block &block : lessons[l].pages[p].blocks) {
                    if (block.kind != Block::Kind::Activity || block.activityType != u"quiz")
                        continue;
                    // The right options are the plugin's correct pattern; a wrong answer
                    // picks the first option that is not right.
                    const QString pattern =
                        quiz->xapiDefinition(block.config, language)[u"correctResponsesPattern"_s][0].toString();
                    QStringList selected = pattern.split(u"[,]"_s);
                    if (!right) {
                        const bool trueFalse = block.config.value(u"trueFalse"_s).toBool();
                        QStringList ids = trueFalse ? QStringList{u"true"_s, u"false"_s} : QStringList();
                        for (const QJsonValue &o : block.config.value(u"options"_s).toArray())
                            ids << o[u"id"_s].toString();
                        for (const QString &id : std::as_const(ids)) {
                            if (!selected.contains(id)) {
                                selected = {id};
                                break;
                            }
                        }
                    }
                    const QVariantMap result =
                        session.submit(block.activityId, QVariantMap{{u"selected"_s, QVariant(selected)}});
                    if (result.contains(u"error"_s)) {
                        qWarning() << result.value(u"error"_s);
                        return -1;
                    }
                    if (result.value(u"success"_s).toBool() != right)
                        return -1;
                    if (!right) {
                        // The feedback explains the wrong choice, in the learner's language.
                        const QVariantMap feedback = result.value(u"feedback"_s).toMap();
                        const QString text = feedback.value(u"options"_s).toMap().value(selected.constFirst())
                                                 .toMap().value(u"feedback"_s).toString();
                        if (feedback.value(u"verdict"_s).toString() != u"incorrect" || text.trimmed().size() < 10)
                            return -1;
                    }
                    ++answered;
                }
            }
        }
        return answered;
    }

private slots:
    void initTestCase()
    {
        m_plugins.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        m_catalogue.addRoot(qEnvironmentVariable("PASSERELLE_MODULES_DIR"), true);
        QVERIFY(m_catalogue.find(u"cultural-agility"_s));
        auto store = ProgressStore::open(m_dir.filePath(u"progress.sqlite"_s));
        QVERIFY(store);
        m_store = std::move(store).value();
    }

    void rightAnswersPassAndEarnACertificate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
    }
    void rightAnswersPassAndEarnACertificate()
    {
        QFETCH(QString, language);
        const Learner learner = m_store->createLearner(u"Right "_s + language).value();
        const int answered = takeModule(learner, language, true);
        QVERIFY2(answered >= 10, "every quiz, the final assessment among them, answered right");
        const ModuleProgress progress = m_store->moduleProgress(learner.id, u"cultural-agility"_s).value();
        QVERIFY(progress.completed);
        QCOMPARE(progress.passed, 1);
        QCOMPARE(progress.progress, 1.0);
        const QList<Certificate> certificates = m_store->certificates(learner.id).value();
        QCOMPARE(certificates.size(), 1);
        QCOMPARE(certificates.constFirst().moduleId, u"cultural-agility"_s);
        auto verified = m_store->verifyCertificate(certificates.constFirst().code);
        QVERIFY2(verified, qPrintable(verified.errorMessage()));
        QCOMPARE(verified->learnerName, learner.name);
    }

    void wrongAnswersGetFeedbackAndFail()
    {
        const Learner learner = m_store->createLearner(u"Wrong"_s).value();
        const int answered = takeModule(learner, u"fr"_s, false);
        QVERIFY2(answered >= 10, "every quiz answered wrong, each with feedback");
        const ModuleProgress progress = m_store->moduleProgress(learner.id, u"cultural-agility"_s).value();
        QVERIFY(progress.completed);
        QCOMPARE(progress.passed, 0);
        QVERIFY(progress.scoreMax > 0);
        QVERIFY(progress.scoreRaw / progress.scoreMax < 0.8);
        QVERIFY(m_store->certificates(learner.id).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestE2eHeadline)
#include "tst_e2e_headline.moc"
