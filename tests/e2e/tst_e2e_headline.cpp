// SPDX-License-Identifier: Apache-2.0
// The bundled modules that end in a certificate — the headline module "Working effectively
// across cultures" and the toolkit's three others — each taken as a learner would through
// the shell's ModuleSession (the C++ behind the module page) with the real plugins and the
// real compiled module: every page read, every activity that has a right answer answered
// (quizzes, incidents, scenarios, sorts, matches). Right answers end in a pass and a
// certificate that verifies; wrong answers get feedback on every option chosen and fail the
// final assessment.
#include "activities/pluginregistry.h"
#include "modulesession.h"
#include "packages/modulecatalogue.h"
#include "progress/progressstore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

// The right answer to an activity of a type that has one, built from its configuration as
// the plugin's documentation defines it; an invalid value for the other types.
QJsonValue rightResponse(const Block &block)
{
    const QJsonObject c = block.config;
    if (block.activityType == u"sort") {
        QJsonArray order;
        for (const QJsonValue &item : c.value(u"items"_s).toArray())
            order.append(item[u"id"_s]);
        return QJsonObject{{u"order"_s, order}};
    }
    if (block.activityType == u"match") {
        QJsonObject matches;
        for (const QJsonValue &pair : c.value(u"pairs"_s).toArray())
            matches.insert(pair[u"id"_s].toString(), pair[u"id"_s]);
        for (const QJsonValue &item : c.value(u"items"_s).toArray())
            matches.insert(item[u"id"_s].toString(), item[u"category"_s]);
        return QJsonObject{{u"matches"_s, matches}};
    }
    if (block.activityType == u"incident") {
        for (const QJsonValue &e : c.value(u"explanations"_s).toArray()) {
            if (e[u"rating"_s].toString() == u"best")
                return QJsonObject{{u"choices"_s, QJsonArray{e[u"id"_s]}}};
        }
    }
    if (block.activityType == u"scenario") {
        // Breadth-first from the start to a good ending: node, choice, node, ...
        QHash<QString, QJsonObject> nodes;
        for (const QJsonValue &n : c.value(u"nodes"_s).toArray())
            nodes.insert(n[u"id"_s].toString(), n.toObject());
        QList<QJsonArray> queue{QJsonArray{c.value(u"start"_s)}};
        QSet<QString> seen{c.value(u"start"_s).toString()};
        while (!queue.isEmpty()) {
            const QJsonArray path = queue.takeFirst();
            const QJsonObject node = nodes.value(path.last().toString());
            if (node[u"ending"_s][u"outcome"_s].toString() == u"good")
                return QJsonObject{{u"path"_s, path}};
            for (const QJsonValue &choice : node.value(u"choices"_s).toArray()) {
                const QString next = choice[u"next"_s].toString();
                if (seen.contains(next))
                    continue;
                seen.insert(next);
                QJsonArray longer = path;
                longer.append(choice[u"id"_s]);
                longer.append(next);
                queue.append(longer);
            }
        }
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

class TestE2eHeadline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PluginRegistry m_plugins;
    ModuleCatalogue m_catalogue;
    std::unique_ptr<ProgressStore> m_store;

    // The activities of a module that have a right answer, in one language.
    static int answerable(const Module &module, const QString &language)
    {
        static const QStringList types{u"quiz"_s, u"sort"_s, u"match"_s, u"incident"_s, u"scenario"_s};
        int count = 0;
        for (const Lesson &lesson : module.contentFor(language).lessons) {
            for (const Page &page : lesson.pages) {
                for (const Block &block : page.blocks)
                    count += block.kind == Block::Kind::Activity && types.contains(block.activityType) ? 1 : 0;
            }
        }
        return count;
    }

    // Reads every page and answers every quiz (right or wrong) and, when right, every other
    // activity that has a right answer. Returns the number answered; checks the feedback of
    // each wrong answer on the way.
    int takeModule(const QString &moduleId, const Learner &learner, const QString &language, bool right,
                   int *expected = nullptr)
    {
        const CatalogueEntry *entry = m_catalogue.find(moduleId);
        if (!entry)
            return -1;
        auto module = ModuleCatalogue::load(*entry);
        if (!module)
            return -1;
        if (expected)
            *expected = answerable(**module, language);
        ModuleSession session(*entry, *module, learner, language, *m_store, m_plugins);
        const ActivityType *quiz = m_plugins.type(u"quiz"_s);
        int answered = 0;
        const QList<Lesson> &lessons = (*module)->contentFor(language).lessons;
        for (int l = 0; l < lessons.size(); ++l) {
            for (int p = 0; p < lessons[l].pages.size(); ++p) {
                session.goTo(l, p);
                for (const Block &block : lessons[l].pages[p].blocks) {
                    if (block.kind != Block::Kind::Activity)
                        continue;
                    if (right && block.activityType != u"quiz") {
                        const QJsonValue response = rightResponse(block);
                        if (response.isNull())
                            continue; // scales, checklist, reflection: no right answer
                        const QVariantMap result = session.submit(block.activityId, response.toVariant());
                        if (!result.value(u"success"_s).toBool()) {
                            qWarning() << block.activityType << block.activityId << result;
                            return -1;
                        }
                        ++answered;
                        continue;
                    }
                    if (block.activityType != u"quiz")
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
        auto store = ProgressStore::open(m_dir.filePath(u"progress.sqlite"_s));
        QVERIFY(store);
        m_store = std::move(store).value();
    }

    void rightAnswersPassAndEarnACertificate_data()
    {
        QTest::addColumn<QString>("moduleId");
        QTest::addColumn<QString>("language");
        for (const QString &id : certifiedModules()) {
            for (const QString &language : {u"en"_s, u"fr"_s})
                QTest::addRow("%s %s", qPrintable(id), qPrintable(language)) << id << language;
        }
    }
    void rightAnswersPassAndEarnACertificate()
    {
        QFETCH(QString, moduleId);
        QFETCH(QString, language);
        QVERIFY2(m_catalogue.find(moduleId), qPrintable(moduleId));
        const Learner learner = m_store->createLearner(u"Right %1 %2"_s.arg(moduleId, language)).value();
        int expected = 0;
        const int answered = takeModule(moduleId, learner, language, true, &expected);
        // Every activity with a right answer, answered right.
        QVERIFY(expected >= 10);
        QCOMPARE(answered, expected);
        const ModuleProgress progress = m_store->moduleProgress(learner.id, moduleId).value();
        QVERIFY(progress.completed);
        QCOMPARE(progress.passed, 1);
        QCOMPARE(progress.progress, 1.0);
        const QList<Certificate> certificates = m_store->certificates(learner.id).value();
        QCOMPARE(certificates.size(), 1);
        QCOMPARE(certificates.constFirst().moduleId, moduleId);
        auto verified = m_store->verifyCertificate(certificates.constFirst().code);
        QVERIFY2(verified, qPrintable(verified.errorMessage()));
        QCOMPARE(verified->learnerName, learner.name);
    }

    void wrongAnswersGetFeedbackAndFail_data()
    {
        QTest::addColumn<QString>("moduleId");
        QTest::addColumn<QString>("language");
        const QStringList modules = certifiedModules();
        for (qsizetype i = 0; i < modules.size(); ++i)
            QTest::newRow(qPrintable(modules[i])) << modules[i] << (i % 2 ? u"en"_s : u"fr"_s);
    }
    void wrongAnswersGetFeedbackAndFail()
    {
        QFETCH(QString, moduleId);
        QFETCH(QString, language);
        const Learner learner = m_store->createLearner(u"Wrong %1"_s.arg(moduleId)).value();
        const int answered = takeModule(moduleId, learner, language, false);
        QVERIFY2(answered >= 8, "every quiz answered wrong, each with feedback");
        const ModuleProgress progress = m_store->moduleProgress(learner.id, moduleId).value();
        QVERIFY(progress.completed);
        QCOMPARE(progress.passed, 0);
        QVERIFY(progress.scoreMax > 0);
        QVERIFY(progress.scoreRaw / progress.scoreMax < 0.8);
        QVERIFY(m_store->certificates(learner.id).value().isEmpty());
    }

private:
    static QStringList certifiedModules()
    {
        return {u"cultural-agility"_s, u"peer-to-peer"_s, u"adult-learning"_s, u"facilitation"_s};
    }
};

QTEST_GUILESS_MAIN(TestE2eHeadline)
#include "tst_e2e_headline.moc"
