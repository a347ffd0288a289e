// SPDX-License-Identifier: Apache-2.0
// Progress files: what export-progress writes and the import will read. Written then read
// back unchanged; reflections left out unless asked; every way a file can be wrong refused
// with its reason.
#include "modules/module.h"
#include "progress/progressstore.h"
#include "sync/progressfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

Answer answerOf(const QString &type, const QString &activityId, const QJsonValue &response)
{
    Answer a;
    a.lessonId = u"first-activity"_s;
    a.activityId = activityId;
    a.activityType = type;
    a.definition = {{u"interactionType"_s, type == u"reflection" ? u"long-fill-in"_s : u"choice"_s}};
    a.response = response;
    a.result.rawScore = 1;
    a.result.maxScore = 1;
    a.result.success = true;
    a.result.completion = true;
    a.result.xapiResponse = type == u"reflection" ? u"What I noticed in Dakar…"_s : u"a"_s;
    return a;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestProgressFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ProgressFile m_file; // a real learner's export, reflections included
    qsizetype m_reflections = 0;

    // The file as JSON, changed by `edit`, with a digest that matches its statements (so only
    // the change itself is wrong) unless `keepDigest`.
    QByteArray edited(const std::function<void(QJsonObject &)> &edit, bool keepDigest = false) const
    {
        QJsonObject root = QJsonDocument::fromJson(m_file.toJson()).object();
        edit(root);
        if (!keepDigest)
            root[u"digest"_s] = ProgressFile::digest(root.value(u"statements"_s).toArray());
        return QJsonDocument(root).toJson();
    }

    void expectRefused(const QByteArray &json, const QString &reason)
    {
        auto result = ProgressFile::fromJson(json, u"file.json"_s);
        QVERIFY2(!result, qPrintable(reason));
        QVERIFY2(result.errorMessage().contains(reason), qPrintable(result.errorMessage()));
    }

private slots:
    void initTestCase()
    {
        auto module =
            ModuleLoader::loadFile(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s);
        QVERIFY2(module, qPrintable(module.errorMessage()));
        auto store = ProgressStore::open(m_dir.filePath(u"progress.sqlite"_s));
        QVERIFY(store);
        const Learner amira = (*store)->createLearner(u"Amira Haddad"_s).value();
        const QString reg = (*store)->beginAttempt(amira, *module, u"fr"_s).value();
        QVERIFY((*store)->recordPageView(amira, *module, u"fr"_s, reg, 0, 0));
        QVERIFY((*store)->recordAnswer(
            amira, *module, u"fr"_s, reg,
            answerOf(u"quiz"_s, u"where-progress"_s, QJsonObject{{u"selected"_s, QJsonArray{u"a"_s}}})));
        QVERIFY(
            (*store)->recordAnswer(amira, *module, u"fr"_s, reg,
                                   answerOf(u"reflection"_s, u"my-notes"_s, QJsonObject{{u"text"_s, u"Dakar…"_s}})));
        auto statements = (*store)->statements(amira.id);
        QVERIFY(statements);
        QCOMPARE(statements->size(), (*store)->statementCount(amira.id).value());
        m_file.learnerId = amira.id;
        m_file.learnerName = amira.name;
        m_file.exportedAt = QDateTime::fromString(u"2026-11-28T21:05:12.345Z"_s, Qt::ISODateWithMs);
        m_file.exportedByVersion = u"0.1.0"_s;
        m_file.statements = *statements;
        ProgressFile::withoutReflections(m_file.statements, &m_reflections);
        QCOMPARE(m_reflections, 1);
    }

    void roundTrips()
    {
        const QString path = m_dir.filePath(u"amira.json"_s);
        QVERIFY(m_file.write(path));
        auto back = ProgressFile::read(path);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->learnerId, m_file.learnerId);
        QCOMPARE(back->learnerName, m_file.learnerName);
        QCOMPARE(back->exportedAt, m_file.exportedAt);
        QCOMPARE(back->exportedByVersion, u"0.1.0"_s);
        QCOMPARE(back->statements, m_file.statements);
        // The documented layout.
        const QJsonObject root = QJsonDocument::fromJson(read(path)).object();
        QCOMPARE(root[u"format"_s].toString(), u"passerelle-progress"_s);
        QCOMPARE(root[u"formatVersion"_s].toInt(), 1);
        QCOMPARE(root[u"learner"_s][u"name"_s].toString(), u"Amira Haddad"_s);
        QCOMPARE(root[u"digest"_s].toString().size(), 64);
        // Written all at once: no temporary file left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({u"amira.json*"_s}, QDir::Files | QDir::Hidden),
                 QStringList{u"amira.json"_s});
    }

    void leavesReflectionsOut()
    {
        qsizetype removed = 0;
        const QJsonArray shared = ProgressFile::withoutReflections(m_file.statements, &removed);
        QCOMPARE(removed, 1);
        QCOMPARE(shared.size(), m_file.statements.size() - 1);
        for (const QJsonValue &statement : shared)
            QVERIFY(!QJsonDocument(statement.toObject()).toJson().contains("Dakar"));
        QVERIFY(QJsonDocument(m_file.statements).toJson().contains("Dakar"));
    }

    void refusesAChangedFile()
    {
        expectRefused(edited(
                          [](QJsonObject &root) {
                              QJsonArray statements = root[u"statements"_s].toArray();
                              QJsonObject first = statements[0].toObject();
                              first[u"timestamp"_s] = u"2020-01-01T00:00:00.000Z"_s;
                              statements[0] = first;
                              root[u"statements"_s] = statements;
                          },
                          true),
                      u"digest does not match"_s);
        expectRefused(edited(
                          [](QJsonObject &root) {
                              QJsonArray statements = root[u"statements"_s].toArray();
                              statements.removeLast();
                              root[u"statements"_s] = statements;
                          },
                          true),
                      u"or is incomplete"_s);
    }

    void refusesATruncatedFile()
    {
        const QByteArray json = m_file.toJson();
        expectRefused(json.left(json.size() / 2), u"is not a JSON object"_s);
        expectRefused(QByteArray(), u"is not a JSON object"_s);
    }

    void refusesOtherFormatsAndVersions()
    {
        expectRefused(edited([](QJsonObject &root) { root[u"format"_s] = u"something-else"_s; }),
                      u"is not a Passerelle progress file"_s);
        expectRefused(edited([](QJsonObject &root) { root[u"formatVersion"_s] = 2; }),
                      u"written by a newer version of Passerelle"_s);
        expectRefused(edited([](QJsonObject &root) { root[u"formatVersion"_s] = 1.5; }), u"whole number"_s);
        expectRefused(edited([](QJsonObject &root) { root.remove(u"formatVersion"_s); }), u"whole number"_s);
    }

    void refusesBadStatements()
    {
        const auto withStatement = [this](qsizetype index, const std::function<void(QJsonObject &)> &change) {
            return edited([&](QJsonObject &root) {
                QJsonArray statements = root[u"statements"_s].toArray();
                QJsonObject statement = statements[index].toObject();
                change(statement);
                statements[index] = statement;
                root[u"statements"_s] = statements;
            });
        };
        expectRefused(withStatement(1, [](QJsonObject &s) { s[u"id"_s] = u"not-a-uuid"_s; }),
                      u"statements[1].id is not a UUID"_s);
        expectRefused(withStatement(0, [](QJsonObject &s) { s.remove(u"id"_s); }), u"statements[0].id is not a UUID"_s);
        const QString firstId = m_file.statements[0].toObject().value(u"id"_s).toString();
        expectRefused(withStatement(2, [&](QJsonObject &s) { s[u"id"_s] = firstId.toUpper(); }), u"appears twice"_s);
        expectRefused(
            withStatement(1,
                          [](QJsonObject &s) {
                              s[u"actor"_s] = QJsonObject{
                                  {u"account"_s,
                                   QJsonObject{{u"name"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}}}};
                          }),
            u"is not about this file's learner"_s);
        expectRefused(edited([](QJsonObject &root) {
                          QJsonArray statements = root[u"statements"_s].toArray();
                          statements.append(42);
                          root[u"statements"_s] = statements;
                      }),
                      u"is not an object"_s);
        expectRefused(edited([](QJsonObject &root) {
                          root[u"learner"_s] = QJsonObject{{u"id"_s, u"x"_s}};
                      }),
                      u"\"learner.id\" is not a UUID; \"learner.name\" is missing"_s);
    }

    void saysWhyItCannotWrite()
    {
        const Status s = m_file.write(m_dir.filePath(u"no/such/folder/file.json"_s));
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(u"Cannot write the progress file"_s), qPrintable(s.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestProgressFile)
#include "tst_progressfile.moc"
