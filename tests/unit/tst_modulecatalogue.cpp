// SPDX-License-Identifier: Apache-2.0
#include "packages/cataloguecache.h"
#include "packages/learningpath.h"
#include "packages/modulecatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestModuleCatalogue : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    static QByteArray bundledJson(const QString &version = u"1.0.0"_s)
    {
        QFile source(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s);
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(source.readAll()).object();
        o.insert(u"version"_s, version);
        return QJsonDocument(o).toJson();
    }

private slots:
    void keepsGoodModulesAndReportsBadOnesByName()
    {
        QTemporaryDir root;
        const QString good = qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s;
        QFile source(good);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray goodJson = source.readAll();
        write(root.filePath(u"getting-started/module.json"_s), goodJson);
        QDir().mkpath(root.filePath(u"empty-folder"_s));
        write(root.filePath(u"broken/module.json"_s), "{ not json");
        write(root.filePath(u"renamed/module.json"_s), goodJson);
        // A folder where module.json should be: present but not readable as a file.
        QDir().mkpath(root.filePath(u"odd/module.json"_s));

        ModuleCatalogue catalogue;
        QCOMPARE(catalogue.addRoot(root.path(), true), 1);
        QCOMPARE(catalogue.entries().size(), 1);
        QVERIFY(catalogue.find(u"getting-started"_s));
        QVERIFY(catalogue.find(u"getting-started"_s)->bundled);
        const QString problems = catalogue.problems().join(u'\n');
        QCOMPARE(catalogue.problems().size(), 4);
        QVERIFY2(problems.contains(u"Module \"empty-folder\" was left out"_s) && problems.contains(u"does not exist"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"Module \"broken\" was left out"_s) && problems.contains(u"not valid JSON"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"Module \"renamed\" was left out: its module.json has id \"getting-started\""_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"Module \"odd\" was left out"_s), qPrintable(problems));
    }

    void installedModulesUseTheirCurrentVersion()
    {
        QTemporaryDir root;
        write(root.filePath(u"getting-started/1.0.0/module.json"_s), bundledJson(u"1.0.0"_s));
        write(root.filePath(u"getting-started/1.1.0/module.json"_s), bundledJson(u"1.1.0"_s));
        write(root.filePath(u"getting-started/current.json"_s), R"({"version": "1.0.0"})");
        QDir().mkpath(root.filePath(u".install-abc123/getting-started"_s)); // an unfinished install
        QDir().mkpath(root.filePath(u"empty/not-a-version"_s));
        {
            ModuleCatalogue catalogue;
            QCOMPARE(catalogue.addInstalledRoot(root.path()), 1);
            QCOMPARE(catalogue.find(u"getting-started"_s)->summary.version, u"1.0.0"_s);
            QVERIFY(!catalogue.find(u"getting-started"_s)->bundled);
            QCOMPARE(catalogue.problems().size(), 1);
            QVERIFY(catalogue.problems().constFirst().contains(u"Module \"empty\" was left out"_s));
        }
        QVERIFY(QFile::remove(root.filePath(u"getting-started/current.json"_s)));
        ModuleCatalogue catalogue;
        QCOMPARE(catalogue.addInstalledRoot(root.path()), 1);
        QCOMPARE(catalogue.find(u"getting-started"_s)->summary.version, u"1.1.0"_s); // the newest
        QVERIFY(ModuleCatalogue::load(*catalogue.find(u"getting-started"_s)));
        QCOMPARE(ModuleCatalogue().addInstalledRoot(root.filePath(u"nothing-installed-yet"_s)), 0);
    }

    void theNewerVersionWins()
    {
        QTemporaryDir bundled, installed;
        write(bundled.filePath(u"getting-started/module.json"_s), bundledJson(u"1.0.0"_s));
        write(installed.filePath(u"getting-started/1.2.0/module.json"_s), bundledJson(u"1.2.0"_s));
        ModuleCatalogue catalogue;
        QCOMPARE(catalogue.addRoot(bundled.path(), true), 1);
        QCOMPARE(catalogue.addInstalledRoot(installed.path()), 1);
        QCOMPARE(catalogue.entries().size(), 1);
        QCOMPARE(catalogue.find(u"getting-started"_s)->summary.version, u"1.2.0"_s);
        QVERIFY(catalogue.problems().isEmpty());
    }

    void theCacheSparesReadingUnchangedModules()
    {
        QTemporaryDir root, data;
        const QString file = root.filePath(u"getting-started/module.json"_s);
        write(file, bundledJson());
        auto cache = CatalogueCache::open(data.filePath(u"catalogue.sqlite"_s));
        QVERIFY(cache);
        {
            ModuleCatalogue first(cache->get());
            QCOMPARE(first.addRoot(root.path(), true), 1);
            QCOMPARE((*cache)->misses(), 1);
            first.saveCache();
        }
        // What was saved is read back by a new cache on the same file.
        cache = CatalogueCache::open(data.filePath(u"catalogue.sqlite"_s));
        QVERIFY(cache);
        // Same size and time, different bytes: a catalogue that reads the cache still lists
        // the module (it did not open the file); opening the module then finds the damage.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QDateTime modified = QFileInfo(file).lastModified();
        const QByteArray garbage(f.size(), 'x');
        f.write(garbage);
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
        f.close();
        ModuleCatalogue second(cache->get());
        QCOMPARE(second.addRoot(root.path(), true), 1);
        QCOMPARE((*cache)->hits(), 1);
        QCOMPARE(second.find(u"getting-started"_s)->summary.title(u"fr"_s), u"Bien démarrer avec Passerelle"_s);
        auto opened = ModuleCatalogue::load(*second.find(u"getting-started"_s));
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"not valid JSON"_s), qPrintable(opened.errorMessage()));

        // A changed file is read again.
        write(file, bundledJson(u"2.0.0"_s));
        ModuleCatalogue third(cache->get());
        QCOMPARE(third.addRoot(root.path(), true), 1);
        QCOMPARE((*cache)->misses(), 1); // this cache's first miss: it was re-opened above
        QCOMPARE(third.find(u"getting-started"_s)->summary.version, u"2.0.0"_s);
    }

    void reportsAMissingRoot()
    {
        ModuleCatalogue catalogue;
        QCOMPARE(catalogue.addRoot(u"/nonexistent/modules"_s, false), 0);
        QVERIFY(catalogue.problems().value(0).contains(u"does not exist"_s));
    }

    void refusesTheSameModuleTwice()
    {
        const QString bundled = qEnvironmentVariable("PASSERELLE_MODULES_DIR");
        ModuleCatalogue catalogue;
        // Every bundled module once (getting-started, activity-gallery, ...), then none again.
        const int bundledCount = catalogue.addRoot(bundled, true);
        QVERIFY(bundledCount >= 1);
        QVERIFY(catalogue.find(u"getting-started"_s));
        QCOMPARE(catalogue.addRoot(bundled, false), 0);
        QCOMPARE(catalogue.problems().size(), bundledCount);
        QVERIFY2(catalogue.problems().value(0).contains(u"version 1.0.0 is already in the catalogue"_s),
                 qPrintable(catalogue.problems().value(0)));
    }

    // The learning path orders the modules by their `requires.modules`, each after the ones it
    // requires; modules outside any requirement, missing requirements and circles stay off it.
    void learningPathFollowsRequirements()
    {
        const auto summary = [](const QString &id, const QStringList &prerequisites) {
            ModuleSummary s;
            s.id = id;
            s.requiredModules = prerequisites;
            return s;
        };
        const auto ids = [](const QList<LearningPathStep> &path) {
            QStringList out;
            for (const LearningPathStep &step : path)
                out << u"%1:%2"_s.arg(step.step).arg(step.moduleId);
            return out.join(u' ');
        };
        // Listed out of order: facilitation first, the headline module last.
        const QList<ModuleSummary> four{summary(u"facilitation"_s, {u"adult-learning"_s}),
                                        summary(u"getting-started"_s, {}),
                                        summary(u"adult-learning"_s, {u"peer-to-peer"_s}),
                                        summary(u"peer-to-peer"_s, {u"cultural-agility"_s, u"not-here"_s}),
                                        summary(u"cultural-agility"_s, {})};
        const QList<LearningPathStep> path = learningPath(four);
        QCOMPARE(ids(path), u"1:cultural-agility 2:peer-to-peer 3:adult-learning 4:facilitation"_s);
        QCOMPARE(path[1].prerequisites, QStringList{u"cultural-agility"_s});

        // Two branches after one start keep the given order between them.
        QCOMPARE(ids(learningPath({summary(u"b"_s, {u"a"_s}), summary(u"c"_s, {u"a"_s}), summary(u"a"_s, {})})),
                 u"1:a 2:b 3:c"_s);
        // A circle (x needs y, y needs x) and what depends on it cannot be ordered.
        QCOMPARE(ids(learningPath({summary(u"x"_s, {u"y"_s}), summary(u"y"_s, {u"x"_s}), summary(u"z"_s, {u"x"_s}),
                                   summary(u"p"_s, {}), summary(u"q"_s, {u"p"_s})})),
                 u"1:p 2:q"_s);
        // Requiring itself or only missing modules puts nothing on the path.
        QVERIFY(learningPath({summary(u"self"_s, {u"self"_s}), summary(u"lost"_s, {u"gone"_s})}).isEmpty());
    }

};

QTEST_GUILESS_MAIN(TestModuleCatalogue)
#include "tst_modulecatalogue.moc"
