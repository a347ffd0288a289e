// SPDX-License-Identifier: Apache-2.0
// The real passerelle and passerelle-cli binaries, started as a user would, on bad input:
// a plugin folder with files that are not plugins, a module folder with a broken module.
// The app must still start, show the good module, and say what it skipped and why.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestE2eStartup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_plugins;
    QString m_modules;

    static QString bin(const QString &name) { return qEnvironmentVariable("PASSERELLE_BIN_DIR") + u'/' + name; }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments,
                   const QString &loggingRules = u"passerelle.*.info=true"_s)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, loggingRules);
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static void write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plugins = m_dir.filePath(u"plugins"_s);
        m_modules = m_dir.filePath(u"modules"_s);
        QDir().mkpath(m_plugins);
        QVERIFY(QFile::copy(qEnvironmentVariable("PASSERELLE_PLUGIN_DIR") + u"/libquiz.so"_s, m_plugins + u"/libquiz.so"_s));
        write(m_plugins + u"/libbroken.so"_s, "not a plugin at all");
        QVERIFY(QFile::copy(qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s,
                            (QDir().mkpath(m_modules + u"/getting-started"_s), m_modules + u"/getting-started/module.json"_s)));
        write(m_modules + u"/half-written/module.json"_s, "{\"format\": 1, \"id\": \"half-written\"");
        QDir().mkpath(m_modules + u"/no-module-json"_s);
    }

    void appStartsDespiteBadPluginsAndModules()
    {
        const QString shot = m_dir.filePath(u"first.png"_s);
        const Run r = run(bin(u"passerelle"_s), {u"--data-dir"_s, m_dir.filePath(u"data"_s), u"--plugins-dir"_s, m_plugins,
                                                  u"--modules-dir"_s, m_modules, u"--learner"_s, u"Test"_s,
                                                  u"--screenshot"_s, shot});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Skipped plugin "_s + m_plugins + u"/libbroken.so: it is not a Qt plugin"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Module \"half-written\" was left out"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Module \"no-module-json\" was left out"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"loaded activity type quiz"_s), qPrintable(r.err));
        // The catalogue was rendered: the screenshot is a real picture of the window.
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 960 && image.height() >= 640);
        QVERIFY(QFile::exists(m_dir.filePath(u"data/progress.sqlite"_s)));
    }

    void appSaysWhyItCannotOpenANewerDatabase()
    {
        // A database from a future version: refused with a message, exit code 1, untouched.
        const QString data = m_dir.filePath(u"future"_s);
        QVERIFY(run(bin(u"passerelle"_s), {u"--data-dir"_s, data, u"--modules-dir"_s, m_modules, u"--quit-after-first-frame"_s}).exitCode == 0);
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {data + u"/progress.sqlite"_s, u"PRAGMA user_version = 42;"_s});
        QVERIFY2(sqlite.waitForFinished() && sqlite.exitCode() == 0, "sqlite3 is needed (scripts/deps installs it)");
        const Run r = run(bin(u"passerelle"_s), {u"--data-dir"_s, data, u"--quit-after-first-frame"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"written by a newer version of Passerelle"_s), qPrintable(r.err));
    }

    void pageOpensTheModuleThere()
    {
        // --page 2:2 opens the second page of the second lesson, and that becomes the
        // learner's resume position: the next start without --page reopens there.
        const QStringList common = {u"--data-dir"_s, m_dir.filePath(u"page"_s), u"--plugins-dir"_s, m_plugins,
                                    u"--modules-dir"_s, m_modules, u"--learner"_s, u"Test"_s,
                                    u"--open"_s, u"getting-started"_s, u"--quit-after-first-frame"_s};
        const Run there = run(bin(u"passerelle"_s), common + QStringList{u"--page"_s, u"2:2"_s});
        QCOMPARE(there.exitCode, 0);
        QVERIFY2(there.err.contains(u"position getting-started first-activity page 2"_s), qPrintable(there.err));
        const Run again = run(bin(u"passerelle"_s), common);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(u"at lesson first-activity page 2 (resumed)"_s), qPrintable(again.err));

        // A page the module does not have is an error that names it; nothing is opened.
        const Run missing = run(bin(u"passerelle"_s), common + QStringList{u"--page"_s, u"3:1"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"The module \"getting-started\" has no page 3:1"_s), qPrintable(missing.err));
        const Run pastEnd = run(bin(u"passerelle"_s), common + QStringList{u"--page"_s, u"1:3"_s});
        QCOMPARE(pastEnd.exitCode, 1);

        // Malformed, or without a module to open: wrong usage.
        for (const QString &bad : {u"2"_s, u"0:1"_s, u"2:x"_s, u"1:1:1"_s}) {
            const Run r = run(bin(u"passerelle"_s), common + QStringList{u"--page"_s, bad});
            QVERIFY2(r.exitCode == 2 && r.err.contains(u"--page expects <lesson>:<page>"_s), qPrintable(bad + r.err));
        }
        const Run noModule = run(bin(u"passerelle"_s), {u"--data-dir"_s, m_dir.filePath(u"page"_s), u"--page"_s, u"1:1"_s});
        QCOMPARE(noModule.exitCode, 2);
        QVERIFY2(noModule.err.contains(u"--page needs --open"_s), qPrintable(noModule.err));
    }

    void textScaleEnlargesTheText()
    {
        // The same screen at 1.5 times the text size: the window keeps its size, and the
        // text takes more room, so the pictures differ.
        const QStringList common = {u"--data-dir"_s, m_dir.filePath(u"scale"_s), u"--plugins-dir"_s, m_plugins,
                                    u"--modules-dir"_s, m_modules, u"--learner"_s, u"Test"_s,
                                    u"--open"_s, u"getting-started"_s, u"--page"_s, u"1:1"_s};
        const QString normal = m_dir.filePath(u"normal.png"_s);
        const QString large = m_dir.filePath(u"large.png"_s);
        QCOMPARE(run(bin(u"passerelle"_s), common + QStringList{u"--screenshot"_s, normal}).exitCode, 0);
        QCOMPARE(run(bin(u"passerelle"_s), common + QStringList{u"--text-scale"_s, u"1.5"_s, u"--screenshot"_s, large}).exitCode, 0);
        const QImage a(normal);
        const QImage b(large);
        QVERIFY(!a.isNull() && !b.isNull());
        QCOMPARE(b.size(), a.size());
        QVERIFY(a != b);

        for (const QString &bad : {u"0"_s, u"0.2"_s, u"4"_s, u"large"_s, u""_s}) {
            const Run r = run(bin(u"passerelle"_s), {u"--text-scale"_s, bad, u"--quit-after-first-frame"_s});
            QVERIFY2(r.exitCode == 2 && r.err.contains(u"--text-scale expects a number from 0.5 to 3"_s), qPrintable(bad + r.err));
        }
    }

    void appRejectsUnknownArguments()
    {
        const Run r = run(bin(u"passerelle"_s), {u"--no-such-option"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"no-such-option"_s));
        const Run show = run(bin(u"passerelle"_s), {u"--show"_s, u"nowhere"_s});
        QCOMPARE(show.exitCode, 2);
        QVERIFY(show.err.contains(u"--show expects catalogue, my-learning, review, settings or admin"_s));
        const Run theme = run(bin(u"passerelle"_s), {u"--theme"_s, u"purple"_s});
        QCOMPARE(theme.exitCode, 2);
        QVERIFY(theme.err.contains(u"--theme expects light, dark or high-contrast"_s));
        const Run size = run(bin(u"passerelle"_s), {u"--size"_s, u"big"_s});
        QCOMPARE(size.exitCode, 2);
        QVERIFY(size.err.contains(u"--size expects <width>x<height>"_s));
    }

    void appStartsOnMyLearning()
    {
        const QString shot = m_dir.filePath(u"my-learning.png"_s);
        const Run r = run(bin(u"passerelle"_s), {u"--data-dir"_s, m_dir.filePath(u"data-ml"_s), u"--modules-dir"_s, m_modules,
                                                  u"--learner"_s, u"Ana"_s, u"--show"_s, u"my-learning"_s,
                                                  u"--screenshot"_s, shot});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QImage(shot).isNull());
    }

    void cliListsPluginsAndProblems()
    {
        const Run r = run(bin(u"passerelle-cli"_s), {u"plugins"_s, u"--plugins-dir"_s, m_plugins, u"--json"_s}, {});
        QCOMPARE(r.exitCode, 1); // a problem was found
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[u"plugins"_s].toArray().size(), 1);
        QCOMPARE(json[u"plugins"_s][0][u"id"_s].toString(), u"quiz"_s);
        QCOMPARE(json[u"problems"_s].toArray().size(), 1);
        QVERIFY(json[u"problems"_s][0].toString().contains(u"libbroken.so"_s));
    }

    void cliChecksModules()
    {
        const Run good = run(bin(u"passerelle-cli"_s), {u"check"_s, qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started"_s}, {});
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(good.out.contains(u"getting-started is valid (0 warning(s))"_s), qPrintable(good.out + good.err));
        const Run bad = run(bin(u"passerelle-cli"_s), {u"check"_s, m_modules + u"/half-written"_s, u"--json"_s}, {});
        QCOMPARE(bad.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(bad.out.toUtf8()).object();
        QCOMPARE(json[u"valid"_s].toBool(), false);
        QVERIFY(json[u"errors"_s][0].toString().contains(u"is not valid JSON"_s));
        const Run usage = run(bin(u"passerelle-cli"_s), {u"frobnicate"_s}, {});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestE2eStartup)
#include "tst_e2e_startup.moc"
