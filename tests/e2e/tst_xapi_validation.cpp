// SPDX-License-Identifier: Apache-2.0
// Every kind of statement Passerelle writes, checked by Learning Locker's own validator
// (npm xapi-validation, installed by scripts/deps in tests/npm): a learner takes every
// bundled module, through every page and activity, with the real plugins' definitions.
#include "activities/pluginregistry.h"
#include "modules/module.h"
#include "packages/modulecatalogue.h"
#include "progress/progressstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestXapiValidation : public QObject
{
    Q_OBJECT

    QString m_validator;

    // Runs the validator on `statements`; returns its report.
    QJsonObject validate(const QJsonArray &statements)
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"statements.json"_s);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(statements).toJson());
        out.close();
        QProcess node;
        node.start(u"node"_s, {m_validator, file});
        if (!node.waitForFinished(60'000) || node.exitCode() != 0) {
            qWarning().noquote() << node.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        m_validator = qEnvironmentVariable("PASSERELLE_SOURCE_DIR") + u"/tests/npm/validate-statements.js"_s;
        QVERIFY2(QFile::exists(qEnvironmentVariable("PASSERELLE_SOURCE_DIR") + u"/tests/npm/node_modules/xapi-validation/package.json"_s),
                 "xapi-validation is not installed: run scripts/deps");
    }

    void theValidatorCatchesABrokenStatement()
    {
        // The control: the validator must refuse what is wrong, or passing proves nothing.
        const QJsonObject broken{{u"id"_s, u"not-a-uuid"_s},
                                 {u"actor"_s, QJsonObject{{u"account"_s, QJsonObject{{u"name"_s, u"x"_s}}}}},
                                 {u"verb"_s, QJsonObject{{u"id"_s, u"answered"_s}}},
                                 {u"object"_s, QJsonObject{{u"id"_s, u"activity 1"_s}}}};
        const QJsonObject report = validate({broken});
        QCOMPARE(report[u"checked"_s].toInt(), 1);
        QCOMPARE(report[u"invalid"_s].toArray().size(), 1);
        QVERIFY(report[u"invalid"_s][0][u"problems"_s].toArray().size() >= 3);
    }

    void everyStatementTheAppWritesIsValid()
    {
        PluginRegistry plugins;
        plugins.loadDirectory(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"));
        ModuleCatalogue catalogue;
        QVERIFY(catalogue.addRoot(qEnvironmentVariable("PASSERELLE_MODULES_DIR"), true) >= 1);
        QTemporaryDir dir;
        auto store = ProgressStore::open(dir.filePath(u"p.sqlite"_s));
        QVERIFY(store);

        // Two learners: one answers every activity right, one wrong, in every language.
        int answers = 0;
        for (const CatalogueEntry &entry : catalogue.entries()) {
            const auto module = ModuleCatalogue::load(entry);
            QVERIFY2(module, qPrintable(module.errorMessage()));
            for (const QString &language : (*module)->languages) {
                for (const bool right : {true, false}) {
                    const Learner learner = (*store)->createLearner(
                        u"%1 %2 %3"_s.arg((*module)->id, language, right ? u"right"_s : u"wrong"_s)).value();
                    const QString reg = (*store)->beginAttempt(learner, **module, language).value();
                    const QList<Lesson> &lessons = (*module)->contentFor(language).lessons;
                    for (int l = 0; l < lessons.size(); ++l) {
                        for (int p = 0; p < lessons[l].pages.size(); ++p) {
                            QVERIFY((*store)->recordPageView(learner, **module, language, reg, l, p));
                            for (const Block &block : lessons[l].pages[p].blocks) {
                                if (block.kind != Block::Kind::Activity)
                                    continue;
                                const ActivityType *type = plugins.type(block.activityType);
                                QVERIFY2(type, qPrintable(block.activityType));
                                // The plugin's own correct answer is in its definition; a
                                // wrong one is an empty choice, scored by the plugin too.
                                const QJsonObject definition = type->xapiDefinition(block.config, language);
                                QJsonValue response = QJsonObject{{u"selected"_s, QJsonArray()}};
                                if (right) {
                                    const QString pattern = definition[u"correctResponsesPattern"_s][0].toString();
                                    response = QJsonObject{{u"selected"_s, QJsonArray::fromStringList(pattern.split(u"[,]"_s))}};
                                }
                                Answer answer;
                                answer.lessonId = lessons[l].id;
                                answer.activityId = block.activityId;
                                answer.activityType = block.activityType;
                                answer.definition = definition;
                                answer.response = response;
                                answer.result = type->evaluate(block.config, response);
                                answer.durationMs = 12'340;
                                QVERIFY((*store)->recordAnswer(learner, **module, language, reg, answer));
                                ++answers;
                            }
                        }
                    }
                }
            }
        }
        QVERIFY(answers >= 4);

        QJsonArray statements;
        QSet<QString> verbs;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"read"_s);
            db.setDatabaseName(dir.filePath(u"p.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT json FROM statements ORDER BY seq"_s));
            while (q.next()) {
                const QJsonObject statement = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                verbs.insert(statement[u"verb"_s][u"id"_s].toString().section(u'/', -1));
                statements.append(statement);
            }
        }
        QSqlDatabase::removeDatabase(u"read"_s);
        QCOMPARE(verbs, (QSet<QString>{u"attempted"_s, u"experienced"_s, u"answered"_s, u"progressed"_s,
                                       u"completed"_s, u"passed"_s, u"failed"_s}));

        const QJsonObject report = validate(statements);
        QCOMPARE(report[u"checked"_s].toInt(), statements.size());
        const QJsonArray invalid = report[u"invalid"_s].toArray();
        QVERIFY2(invalid.isEmpty(), QJsonDocument(invalid.first().toObject()).toJson().constData());
    }
};

QTEST_GUILESS_MAIN(TestXapiValidation)
#include "tst_xapi_validation.moc"
