// SPDX-License-Identifier: Apache-2.0
#include "activities/pluginregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestPluginRegistry : public QObject
{
    Q_OBJECT

private:
    static QString pluginDir() { return qEnvironmentVariable("PASSERELLE_PLUGIN_DIR"); }
    static QString badPlugin(const QString &name)
    {
        return QStringLiteral(BAD_PLUGIN_ROOT) + u'/' + name + u"/lib"_s + name + u".so"_s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(pluginDir()).exists(), "PASSERELLE_PLUGIN_DIR must point at the built plugins");
    }

    void loadsTheQuizPlugin()
    {
        PluginRegistry registry;
        QVERIFY(registry.loadDirectory(pluginDir()) >= 1);
        QVERIFY2(registry.problems().isEmpty(), qPrintable(registry.problems().join(u'\n')));
        const PluginInfo *info = registry.info(u"quiz"_s);
        QVERIFY(info);
        QCOMPARE(info->apiVersion, ActivityApiVersion);
        QCOMPARE(info->xapiInteractionType, u"choice"_s);
        QCOMPARE(info->displayName(u"fr"_s), u"Quiz"_s);
        QCOMPARE(info->localizedFields,
                 (QStringList{u"question"_s, u"options[].text"_s, u"options[].feedback"_s, u"feedback.*"_s, u"trueFeedback"_s, u"falseFeedback"_s}));
        const ActivityType *quiz = registry.type(u"quiz"_s);
        QVERIFY(quiz);
        QCOMPARE(quiz->viewUrl(), QUrl(u"qrc:/activities/quiz/View.qml"_s));
        QVERIFY(QFile::exists(u":/activities/quiz/View.qml"_s)); // the view ships inside the plugin
        QVERIFY(!registry.type(u"no-such-type"_s));
    }

    void refusesAWrongApiVersionBeforeLoading()
    {
        PluginRegistry registry;
        const QString file = badPlugin(u"wrongapi"_s);
        QVERIFY(QFile::exists(file));
        QVERIFY(!registry.loadFile(file));
        QCOMPARE(registry.problems().size(), 1);
        const QString message = registry.problems().constFirst();
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(u"API version 99"_s), qPrintable(message));
        QVERIFY2(message.contains(u"provides version 1"_s), qPrintable(message));
        QVERIFY(!registry.type(u"wrongapi"_s));
    }

    void refusesAPluginCompiledAgainstAnotherApi()
    {
        PluginRegistry registry;
        QVERIFY(!registry.loadFile(badPlugin(u"lyingapi"_s)));
        const QString message = registry.problems().value(0);
        QVERIFY2(message.contains(u"compiled against version 2"_s), qPrintable(message));
        QVERIFY(!registry.type(u"lyingapi"_s));
    }

    void refusesAQtPluginOfAnotherKind()
    {
        PluginRegistry registry;
        QVERIFY(!registry.loadFile(badPlugin(u"otheriid"_s)));
        const QString message = registry.problems().value(0);
        QVERIFY2(message.contains(u"not a Passerelle activity type"_s), qPrintable(message));
        QVERIFY2(message.contains(u"org.example.SomethingElse"_s), qPrintable(message));
    }

    void refusesMalformedLocalizedFields()
    {
        // The compiler's parity check relies on this list; a typo must not weaken it silently.
        PluginRegistry registry;
        QVERIFY(!registry.loadFile(badPlugin(u"badlocalized"_s)));
        const QString message = registry.problems().value(0);
        QVERIFY2(message.contains(u"\"localizedFields\" entry \"options[.text\" is not a field path"_s), qPrintable(message));
        QVERIFY(!registry.type(u"badlocalized"_s));
    }

    void skipsFilesThatAreNotPluginsAndKeepsTheGoodOnes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile junk(dir.filePath(u"libjunk.so"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a shared library\n");
        junk.close();
        QVERIFY(QFile::copy(badPlugin(u"notaplugin"_s), dir.filePath(u"libnotaplugin.so"_s)));
        QVERIFY(QFile::copy(badPlugin(u"wrongapi"_s), dir.filePath(u"libwrongapi.so"_s)));
        QVERIFY(QFile::copy(pluginDir() + u"/libquiz.so"_s, dir.filePath(u"libquiz.so"_s)));

        PluginRegistry registry;
        QCOMPARE(registry.loadDirectory(dir.path()), 1);
        QVERIFY(registry.type(u"quiz"_s));
        const QStringList problems = registry.problems();
        QCOMPARE(problems.size(), 3);
        for (const QString &name : {u"libjunk.so"_s, u"libnotaplugin.so"_s, u"libwrongapi.so"_s}) {
            const auto it = std::find_if(problems.cbegin(), problems.cend(),
                                         [&](const QString &p) { return p.contains(dir.filePath(name)); });
            QVERIFY2(it != problems.cend(), qPrintable(name + u" not reported in: "_s + problems.join(u'\n')));
        }
        QVERIFY(problems.join(u'\n').contains(u"not a Qt plugin"_s));
    }

    void refusesASecondPluginForTheSameType()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(pluginDir() + u"/libquiz.so"_s, dir.filePath(u"libquiz-copy.so"_s)));
        PluginRegistry registry;
        QVERIFY(registry.loadFile(pluginDir() + u"/libquiz.so"_s));
        QVERIFY(!registry.loadFile(dir.filePath(u"libquiz-copy.so"_s)));
        QVERIFY(registry.problems().value(0).contains(u"already provided"_s));
        QCOMPARE(registry.plugins().size(), 1);
    }

    void reportsAMissingFolder()
    {
        PluginRegistry registry;
        QCOMPARE(registry.loadDirectory(u"/nonexistent/passerelle-plugins"_s), 0);
        QVERIFY(registry.problems().value(0).contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(TestPluginRegistry)
#include "tst_pluginregistry.moc"
