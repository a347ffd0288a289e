// SPDX-License-Identifier: Apache-2.0
// Cohorts, readiness, the completion matrix, item analysis and CSV, on a scripted course:
// learners take the bundled getting-started module through the real quiz plugin and the real
// progress store.
#include "activities/pluginregistry.h"
#include "admin/cohortstore.h"
#include "modules/module.h"
#include "progress/database.h"
#include "progress/progressstore.h"
#include "reports/completionmatrix.h"
#include "reports/csvwriter.h"
#include "reports/itemanalysis.h"
#include "reports/learnerreport.h"
#include "reports/reportexports.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProgressStore> m_store;
    PluginRegistry m_plugins;
    Module m_module;
    QDateTime m_clock = utc("2027-01-05T09:00:00Z");
    QHash<QString, Learner> m_learners;
    QString m_deployment, m_workshop;

    void view(const Learner &l, const QString &reg, int lesson, int page)
    {
        QVERIFY(m_store->recordPageView(l, m_module, u"en"_s, reg, lesson, page));
        m_clock = m_clock.addSecs(30);
    }

    void answer(const Learner &l, const QString &reg, const QString &activityId, const QStringList &selected)
    {
        const Block *block = m_module.findActivity(u"en"_s, activityId);
        QVERIFY(block);
        const ActivityType *quiz = m_plugins.type(u"quiz"_s);
        QVERIFY(quiz);
        Answer a;
        a.lessonId = u"first-activity"_s;
        a.activityId = activityId;
        a.activityType = u"quiz"_s;
        a.definition = quiz->xapiDefinition(block->config, u"en"_s);
        a.response = QJsonObject{{u"selected"_s, QJsonArray::fromStringList(selected)}};
        a.result = quiz->evaluate(block->config, a.response);
        a.durationMs = 20'000;
        QVERIFY(m_store->recordAnswer(l, m_module, u"en"_s, reg, a));
        m_clock = m_clock.addSecs(30);
    }

    QList<MatrixCell> matrix(const MatrixFilter &filter, const char *now = "2027-01-20T12:00:00Z")
    {
        auto cells = CompletionMatrix::query(m_store->database(), filter, utc(now).toMSecsSinceEpoch());
        if (!cells)
            qWarning() << cells.errorMessage();
        return cells ? *cells : QList<MatrixCell>();
    }

    static QString statusOf(const QList<MatrixCell> &cells, const QString &learner, const QString &module)
    {
        for (const MatrixCell &c : cells) {
            if (c.learnerName == learner && c.moduleId == module)
                return cellStatusName(c.status);
        }
        return u"absent"_s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_plugins.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR")) > 0);
        auto module =
            ModuleLoader::loadFile(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s);
        QVERIFY2(module, qPrintable(module.errorMessage()));
        m_module = *module;
        auto store = ProgressStore::open(m_dir.filePath(u"progress.sqlite"_s));
        QVERIFY2(store, qPrintable(store.errorMessage()));
        m_store = std::move(store).value();
        m_store->setClock([this] { return m_clock; });
        for (const QString &name : {u"Ana"_s, u"Ben"_s, u"Chloé"_s, u"Dan"_s, u"=Eve, \"the tester\""_s})
            m_learners.insert(name, m_store->createLearner(name).value());

        // Ana passes at the first try.
        const Learner ana = m_learners.value(u"Ana"_s);
        QString reg = m_store->beginAttempt(ana, m_module, u"en"_s).value();
        view(ana, reg, 0, 0), view(ana, reg, 0, 1), view(ana, reg, 1, 0);
        answer(ana, reg, u"where-progress"_s, {u"a"_s});
        view(ana, reg, 1, 1);
        answer(ana, reg, u"what-modules-hold"_s, {u"a"_s, u"b"_s});
        // Ben finishes and fails: wrong twice on the first question, then wrong on the second.
        const Learner ben = m_learners.value(u"Ben"_s);
        reg = m_store->beginAttempt(ben, m_module, u"en"_s).value();
        view(ben, reg, 0, 0), view(ben, reg, 0, 1), view(ben, reg, 1, 0);
        answer(ben, reg, u"where-progress"_s, {u"b"_s});
        answer(ben, reg, u"where-progress"_s, {u"c"_s});
        view(ben, reg, 1, 1);
        answer(ben, reg, u"what-modules-hold"_s, {u"c"_s});
        // Chloé stops halfway, after a wrong answer.
        const Learner chloe = m_learners.value(u"Chloé"_s);
        reg = m_store->beginAttempt(chloe, m_module, u"en"_s).value();
        view(chloe, reg, 0, 0), view(chloe, reg, 0, 1), view(chloe, reg, 1, 0);
        answer(chloe, reg, u"where-progress"_s, {u"b"_s});
        // Dan and Eve never start.
    }

    void cohortsHoldMembersAndRequirements()
    {
        CohortStore cohorts(m_store->database());
        Cohort c;
        c.name = u"  Tunisia   deployment "_s;
        c.kind = Cohort::Kind::Deployment;
        c.action = u"Migration governance"_s;
        c.country = u"Tunisia"_s;
        c.startDate = QDate(2027, 2, 1);
        c.endDate = QDate(2027, 2, 28);
        auto created = cohorts.create(c);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        QCOMPARE(created->name, u"Tunisia deployment"_s);
        m_deployment = created->id;
        QVERIFY(cohorts.create(c).errorMessage().contains(u"already exists"_s)); // names are unique, any case
        Cohort backwards = c;
        backwards.name = u"Backwards"_s;
        backwards.endDate = QDate(2027, 1, 1);
        QVERIFY(cohorts.create(backwards).errorMessage().contains(u"before it starts"_s));

        for (const QString &name : {u"Ana"_s, u"Ben"_s, u"Chloé"_s, u"Dan"_s})
            QVERIFY(cohorts.addMember(m_deployment, m_learners.value(name).id));
        QVERIFY(cohorts.addMember(m_deployment, m_learners.value(u"Ana"_s).id)); // twice: no change
        QVERIFY(!cohorts.addMember(m_deployment, u"no-such-learner"_s));
        QCOMPARE(cohorts.memberIds(m_deployment)->size(), 4);
        QVERIFY(cohorts.require(m_deployment, u"getting-started"_s, QDate(2027, 1, 10)));
        QVERIFY(cohorts.require(m_deployment, u"getting-started"_s, QDate(2027, 1, 15))); // moves the date
        QVERIFY(cohorts.require(m_deployment, u"cultural-agility"_s, QDate(2027, 3, 1)));
        const QList<CohortRequirement> required = cohorts.requirements(m_deployment).value();
        QCOMPARE(required.size(), 2);
        QCOMPARE(required.at(0).moduleId, u"getting-started"_s);
        QCOMPARE(required.at(0).dueDate, QDate(2027, 1, 15));

        Cohort workshop;
        workshop.name = u"Tunis workshop"_s;
        m_workshop = cohorts.create(workshop)->id;
        QVERIFY(cohorts.addMember(m_workshop, m_learners.value(u"Ana"_s).id));
        QVERIFY(cohorts.addMember(m_workshop, m_learners.value(u"Chloé"_s).id));
        QVERIFY(cohorts.require(m_workshop, u"getting-started"_s));

        QCOMPARE(cohorts.find(u"TUNIS WORKSHOP"_s)->id, m_workshop);
        QCOMPARE(cohorts.cohorts()->size(), 2);
        Cohort edited = cohorts.cohort(m_deployment).value();
        QCOMPARE(edited.kind, Cohort::Kind::Deployment);
        QCOMPARE(edited.startDate, QDate(2027, 2, 1));
        edited.country = u"Tunisie"_s;
        QVERIFY(cohorts.update(edited));
        QCOMPARE(cohorts.cohort(m_deployment)->country, u"Tunisie"_s);
    }

    void readinessSaysWhoIsReadyLateAndWhatIsMissing()
    {
        CohortStore cohorts(m_store->database());
        // Before the first due date nobody is late.
        CohortReadiness before = cohorts.readiness(m_deployment, utc("2027-01-15T23:59:59Z")).value();
        QCOMPARE(before.members.size(), 4);
        QCOMPARE(before.lateCount(), 0);
        QCOMPARE(before.readyCount(), 0); // the deployment also needs cultural-agility
        // The day after, everyone who has not passed is late for it; Ben failed, so he is too.
        CohortReadiness after = cohorts.readiness(m_deployment, utc("2027-01-16T00:00:00Z")).value();
        QCOMPARE(after.lateCount(), 3);
        for (const MemberReadiness &m : after.members) {
            QCOMPARE(m.required, 2);
            if (m.learnerName == u"Ana") {
                QCOMPARE(m.done, 1);
                QCOMPARE(m.missing, QStringList{u"cultural-agility"_s});
                QVERIFY(m.late.isEmpty());
            } else {
                QCOMPARE(m.done, 0);
                QCOMPARE(m.missing, (QStringList{u"getting-started"_s, u"cultural-agility"_s}));
                QCOMPARE(m.late, QStringList{u"getting-started"_s});
            }
        }
        CohortReadiness workshop = cohorts.readiness(m_workshop, utc("2030-01-01T00:00:00Z")).value();
        QCOMPARE(workshop.members.size(), 2);
        QCOMPARE(workshop.readyCount(), 1);
        QCOMPARE(workshop.members.at(0).learnerName, u"Ana"_s);
        QVERIFY(workshop.members.at(0).ready);
        QCOMPARE(workshop.lateCount(), 0); // no due date, never late
    }

    void matrixStatuses()
    {
        const QList<MatrixCell> all = matrix({});
        QCOMPARE(all.size(), 5 * 2); // every learner × (the module started + the one required)
        QCOMPARE(statusOf(all, u"Ana"_s, u"getting-started"_s), u"passed"_s);
        QCOMPARE(statusOf(all, u"Ben"_s, u"getting-started"_s), u"overdue"_s);
        QCOMPARE(statusOf(all, u"Chloé"_s, u"getting-started"_s), u"overdue"_s);
        QCOMPARE(statusOf(all, u"Dan"_s, u"getting-started"_s), u"overdue"_s);
        QCOMPARE(statusOf(all, u"=Eve, \"the tester\""_s, u"getting-started"_s), u"not-started"_s); // in no cohort
        QCOMPARE(statusOf(all, u"Dan"_s, u"cultural-agility"_s), u"not-started"_s);                 // due in March
        // Before the due date, the same cells say where each learner stands.
        const QList<MatrixCell> early = matrix({}, "2027-01-12T00:00:00Z");
        QCOMPARE(statusOf(early, u"Ben"_s, u"getting-started"_s), u"failed"_s);
        QCOMPARE(statusOf(early, u"Chloé"_s, u"getting-started"_s), u"in-progress"_s);
        QCOMPARE(statusOf(early, u"Dan"_s, u"getting-started"_s), u"not-started"_s);
        for (const MatrixCell &c : early) {
            if (c.learnerName == u"Ana" && c.moduleId == u"getting-started") {
                QVERIFY(c.hasScore);
                QCOMPARE(c.scoreRaw, 3.0);
                QCOMPARE(c.scorePercent(), 100.0);
                QVERIFY(c.seconds > 0);
                QCOMPARE(ReportExports::dueDate(c.dueMs), u"2027-01-15"_s);
            }
            if (c.learnerName == u"Chloé" && c.moduleId == u"getting-started")
                QVERIFY(c.progress > 0.3 && c.progress < 1.0);
        }
    }

    void matrixFiltersAndSorts()
    {
        MatrixFilter overdue;
        overdue.status = int(CellStatus::Overdue);
        QCOMPARE(matrix(overdue).size(), 3);

        MatrixFilter named;
        named.nameText = u" AN"_s; // Ana and Dan, any case
        QCOMPARE(matrix(named).size(), 4);

        MatrixFilter byModule;
        byModule.moduleId = u"getting-started"_s;
        QCOMPARE(matrix(byModule).size(), 5);

        // Within the workshop there is no due date: Chloé is only in progress there.
        MatrixFilter workshop;
        workshop.cohortId = m_workshop;
        const QList<MatrixCell> cells = matrix(workshop);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(statusOf(cells, u"Chloé"_s, u"getting-started"_s), u"in-progress"_s);

        MatrixFilter byStatus;
        byStatus.sort = MatrixFilter::Sort::ByStatus;
        byStatus.descending = true;
        const QList<MatrixCell> sorted = matrix(byStatus);
        QCOMPARE(sorted.first().status, CellStatus::Overdue);
        QCOMPARE(sorted.last().status, CellStatus::NotStarted);
        MatrixFilter byScore;
        byScore.sort = MatrixFilter::Sort::ByScore;
        byScore.descending = true;
        QCOMPARE(matrix(byScore).first().learnerName, u"Ana"_s);

        // The same SQL with literals (what the benchmark gives the sqlite3 shell) parses.
        QVERIFY(m_store->database().exec(CompletionMatrix::sqlWithLiterals(byStatus, 0)));
        QCOMPARE(CompletionMatrix::moduleTitles(m_store->database(), u"en"_s)->value(u"getting-started"_s),
                 u"Getting started with Passerelle"_s);
    }

    // query() assembles the matrix from one read of each table; sql() defines it in one
    // query. They give the same cells, in the same order, for every filter and sort.
    void theAssembledMatrixEqualsItsSqlDefinition()
    {
        using Sort = MatrixFilter::Sort;
        int compared = 0;
        for (const QString &cohort : {QString(), m_deployment, m_workshop}) {
            for (const QString &module : {QString(), u"getting-started"_s}) {
                for (const QString &name : {QString(), u"a"_s}) {
                    for (int status = -1; status <= 5; ++status) {
                        for (Sort sort : {Sort::ByLearner, Sort::ByModule, Sort::ByStatus, Sort::ByProgress,
                                          Sort::ByScore, Sort::ByDue, Sort::ByLastActivity}) {
                            for (bool descending : {false, true}) {
                                for (const char *now : {"2027-01-01T00:00:00Z", "2027-01-20T12:00:00Z"}) {
                                    MatrixFilter f;
                                    f.cohortId = cohort;
                                    f.moduleId = module;
                                    f.nameText = name;
                                    f.status = status;
                                    f.sort = sort;
                                    f.descending = descending;
                                    const qint64 ms = utc(now).toMSecsSinceEpoch();
                                    const auto fast = CompletionMatrix::query(m_store->database(), f, ms);
                                    const auto defined = CompletionMatrix::referenceQuery(m_store->database(), f, ms);
                                    QVERIFY(fast && defined);
                                    const auto row = [](const MatrixCell &c) {
                                        return u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(c.learnerId, c.moduleId)
                                            .arg(int(c.status))
                                            .arg(c.progress)
                                            .arg(c.hasScore ? c.scorePercent() : -1.0)
                                            .arg(c.seconds)
                                            .arg(c.lastActivityMs)
                                            .arg(c.completedAtMs)
                                            .arg(c.dueMs);
                                    };
                                    QStringList a, b;
                                    for (const MatrixCell &c : *fast)
                                        a << row(c);
                                    for (const MatrixCell &c : *defined)
                                        b << row(c);
                                    if (sort == Sort::ByLearner && descending) {
                                        // The SQL orders by name only there: modules in any order.
                                        std::sort(a.begin(), a.end());
                                        std::sort(b.begin(), b.end());
                                    }
                                    QCOMPARE(a, b);
                                    compared += a.size();
                                }
                            }
                        }
                    }
                }
            }
        }
        QVERIFY(compared > 1000);
    }

    void itemAnalysis()
    {
        auto items = ItemAnalysis::query(m_store->database(), {}, u"en"_s);
        QVERIFY2(items, qPrintable(items.errorMessage()));
        QCOMPARE(items->size(), 2);
        const ItemStatistics &where = items->at(1);
        QCOMPARE(where.activityId, u"where-progress"_s);
        QCOMPARE(where.activityType, u"quiz"_s);
        QCOMPARE(where.interactionType, u"choice"_s);
        QCOMPARE(where.question, u"Where does Passerelle keep your progress?"_s);
        QCOMPARE(where.attempts, 4);
        QCOMPARE(where.learners, 3);
        QCOMPARE(where.firstTries, 3);
        QCOMPARE(where.firstTriesCorrect, 1);
        QVERIFY(where.scored);
        QCOMPARE(where.commonWrongResponse, u"b"_s);
        QCOMPARE(where.commonWrongCount, 2);
        QCOMPARE(where.commonWrongLabel, u"Only on a server of your organisation"_s);

        // With the module at hand the options read in the language asked for.
        auto french = ItemAnalysis::query(m_store->database(), {}, u"fr"_s, {m_module});
        QCOMPARE(french->at(1).commonWrongLabel, u"Uniquement sur un serveur de votre organisation"_s);

        // Restricted to the workshop (Ana and Chloé): one right, one wrong at the first try.
        ItemFilter workshop;
        workshop.cohortId = m_workshop;
        auto some = ItemAnalysis::query(m_store->database(), workshop, u"en"_s);
        QCOMPARE(some->at(1).attempts, 2);
        QCOMPARE(some->at(1).shareCorrectFirstTry(), 0.5);
        const ItemStatistics &hold = items->at(0);
        QCOMPARE(hold.activityId, u"what-modules-hold"_s);
        QCOMPARE(hold.firstTriesCorrect, 1);
        QCOMPARE(hold.commonWrongCount, 1);
    }

    void learnerDrillDown()
    {
        auto report = LearnerReport::query(m_store->database(), m_learners.value(u"Ben"_s).id,
                                           utc("2027-01-20T12:00:00Z").toMSecsSinceEpoch());
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->learner.name, u"Ben"_s);
        QCOMPARE(report->modules.size(), 2); // the one he took, and the one required of him
        QCOMPARE(report->activities.size(), 2);
        QCOMPARE(report->timeline.first().verb, u"attempted"_s);
        QCOMPARE(report->timeline.last().verb, u"failed"_s);
        int answered = 0;
        for (const TimelineEntry &e : report->timeline)
            answered += e.verb == u"answered";
        QCOMPARE(answered, 3);
        for (int i = 1; i < report->timeline.size(); ++i)
            QVERIFY(report->timeline.at(i - 1).timestampMs <= report->timeline.at(i).timestampMs);
    }

    void statementsExportByCohortAndLearner()
    {
        auto all = exportStatements(m_store->database(), QString(), QString());
        auto workshop = exportStatements(m_store->database(), m_workshop, QString());
        auto ben = exportStatements(m_store->database(), QString(), m_learners.value(u"Ben"_s).id);
        QVERIFY(all && workshop && ben);
        QCOMPARE(all->size(), m_store->statementCount().value());
        QCOMPARE(workshop->size(), m_store->statementCount(m_learners.value(u"Ana"_s).id).value() +
                                       m_store->statementCount(m_learners.value(u"Chloé"_s).id).value());
        QCOMPARE(ben->size(), m_store->statementCount(m_learners.value(u"Ben"_s).id).value());
        for (const QJsonValue &s : *ben)
            QCOMPARE(s[u"actor"_s][u"account"_s][u"name"_s].toString(), m_learners.value(u"Ben"_s).id);
    }

    void csvFollowsRfc4180()
    {
        QCOMPARE(CsvWriter::field(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvWriter::field(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvWriter::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvWriter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvWriter::field(u"cr\r"_s), u"\"cr\r\""_s);
        QCOMPARE(CsvWriter::text(u"=HYPERLINK(\"x\")"_s), u"'=HYPERLINK(\"x\")"_s);
        QCOMPARE(CsvWriter::text(u"-3"_s), u"'-3"_s);
        QCOMPARE(CsvWriter::text(u"Ana"_s), u"Ana"_s);
        CsvWriter csv({u"a"_s, u"b"_s});
        csv.addRow({u"Bogotá, Colombia"_s, u""_s});
        QCOMPARE(csv.data(), QByteArray("\xEF\xBB\xBF"
                                        "a,b\r\n\"Bogot\xC3\xA1, Colombia\",\r\n"));

        const QByteArray matrixCsv =
            ReportExports::matrixCsv(matrix({}), {{u"getting-started"_s, u"Getting started"_s}});
        const QList<QByteArray> lines = matrixCsv.split('\n');
        QCOMPARE(lines.size(), 1 + 10 + 1); // header, ten cells, and the empty rest after the last CRLF
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY(lines.at(i).endsWith('\r'));
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFlearner_id,learner,module_id,module,status"));
        QVERIFY(matrixCsv.contains(",\"'=Eve, \"\"the tester\"\"\",getting-started,Getting started,not-started,0,"));
        QVERIFY(matrixCsv.contains(",Ana,getting-started,Getting started,passed,100,100.0,3.00,3.00,"));
        const QByteArray itemsCsv =
            ReportExports::itemsCsv(ItemAnalysis::query(m_store->database(), {}, u"en"_s).value());
        QVERIFY(itemsCsv.contains("getting-started,where-progress,quiz,Where does Passerelle keep your "
                                  "progress?,4,3,33.3,Only on a server of your organisation,2,b\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
