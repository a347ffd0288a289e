// SPDX-License-Identifier: Apache-2.0
#include "packages/modulecatalogue.h"

#include <QDir>
#include <QFile>
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
        QCOMPARE(catalogue.addRoot(bundled, true), 1);
        QCOMPARE(catalogue.addRoot(bundled, false), 0);
        QVERIFY(catalogue.problems().value(0).contains(u"already in the catalogue"_s));
    }
};

QTEST_GUILESS_MAIN(TestModuleCatalogue)
#include "tst_modulecatalogue.moc"
