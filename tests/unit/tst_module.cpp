// SPDX-License-Identifier: Apache-2.0
#include "modules/identifiers.h"
#include "modules/module.h"
#include "modules/modulewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QJsonObject quizBlock(const QString &id)
{
    return {{u"kind"_s, u"activity"_s}, {u"id"_s, id}, {u"type"_s, u"quiz"_s},
            {u"config"_s, QJsonObject{{u"question"_s, u"?"_s}}}};
}

QJsonObject content(const QString &title)
{
    const QJsonObject page{{u"title"_s, u"P"_s},
                           {u"blocks"_s, QJsonArray{QJsonObject{{u"kind"_s, u"markdown"_s}, {u"text"_s, u"Hello"_s}}, quizBlock(u"q1"_s)}}};
    const QJsonObject lesson{{u"id"_s, u"intro"_s}, {u"title"_s, u"Intro"_s}, {u"minutes"_s, 5}, {u"pages"_s, QJsonArray{page}}};
    return {{u"title"_s, title}, {u"summary"_s, u"S"_s}, {u"lessons"_s, QJsonArray{lesson}}};
}

QJsonObject minimalModule()
{
    return {{u"format"_s, 1}, {u"id"_s, u"demo"_s}, {u"version"_s, u"1.2.0"_s},
            {u"languages"_s, QJsonArray{u"en"_s, u"fr"_s}}, {u"minutes"_s, 10},
            {u"content"_s, QJsonObject{{u"en"_s, content(u"Demo"_s)}, {u"fr"_s, content(u"Démo"_s)}}}};
}

// Edits one value deep inside a JSON object, following keys and array indexes.
QJsonValue edited(QJsonValue root, QStringList path, const std::function<QJsonValue(QJsonValue)> &change)
{
    if (path.isEmpty())
        return change(root);
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = root.toArray();
        array[index] = edited(array[index], path, change);
        return array;
    }
    QJsonObject object = root.toObject();
    const QJsonValue child = edited(object.value(head), path, change);
    if (child.isUndefined())
        object.remove(head);
    else
        object.insert(head, child);
    return object;
}

QJsonObject withValue(const QString &path, const QJsonValue &value)
{
    return edited(minimalModule(), path.split(u'/'), [&](QJsonValue) { return value; }).toObject();
}

QJsonObject withValueIn(const QJsonObject &o, const QString &path, const QJsonValue &value)
{
    return edited(o, path.split(u'/'), [&](QJsonValue) { return value; }).toObject();
}

QJsonObject without(const QString &path)
{
    return withValue(path, QJsonValue(QJsonValue::Undefined));
}

Expected<Module> load(const QJsonObject &o)
{
    return ModuleLoader::fromJson(QJsonDocument(o).toJson(), u"module.json"_s);
}

} // namespace

class TestModule : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheBundledModule()
    {
        const QString path = qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started/module.json"_s;
        auto module = ModuleLoader::loadFile(path);
        QVERIFY2(module, qPrintable(module.errorMessage()));
        QCOMPARE(module->id, u"getting-started"_s);
        QCOMPARE(module->languages, (QStringList{u"en"_s, u"fr"_s}));
        QCOMPARE(module->content.value(u"fr"_s).lessons.size(), 2);
        const auto activities = module->activities(u"fr"_s);
        QCOMPARE(activities.size(), 2);
        QCOMPARE(activities.at(0).block->activityType, u"quiz"_s);
        QCOMPARE(activities.at(0).lessonId, u"first-activity"_s);
        QVERIFY(module->contentFor(u"fr"_s).title.startsWith(u"Bien démarrer"_s));
    }

    void loadsAMinimalModule()
    {
        auto module = load(minimalModule());
        QVERIFY2(module, qPrintable(module.errorMessage()));
        QCOMPARE(module->defaultLanguage, u"en"_s);
        QCOMPARE(module->completion.allActivities, true);
        QCOMPARE(module->lessonIndex(u"intro"_s), 0);
        QCOMPARE(module->lessonIndex(u"nope"_s), -1);
        QVERIFY(module->findActivity(u"fr"_s, u"q1"_s));
    }

    void resolvesLanguages()
    {
        auto module = load(minimalModule());
        QVERIFY(module);
        QCOMPARE(module->resolveLanguage(u"fr"_s), u"fr"_s);
        QCOMPARE(module->resolveLanguage(u"fr_BE"_s), u"fr"_s);
        QCOMPARE(module->resolveLanguage(u"de"_s), u"en"_s);
        QCOMPARE(module->contentFor(u"de"_s).title, u"Demo"_s);
    }

    void computesCompletion()
    {
        auto module = load(minimalModule());
        QVERIFY(module);
        QCOMPARE(module->requiredActivityIds(), QStringList{u"q1"_s});
    }

    void rejectsMalformedModules_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QJsonObject &o, const QString &expected) {
            QTest::newRow(name) << QJsonDocument(o).toJson() << expected;
        };
        QTest::newRow("not json") << QByteArray("{\"id\": ") << u"module.json is not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"module.json must hold a JSON object."_s;
        row("newer format", withValue(u"format"_s, 7),
            u"at format: format 7 is newer than this Passerelle reads (1); update Passerelle"_s);
        row("bad id", withValue(u"id"_s, u"Demo Module"_s), u"at id: \"Demo Module\" is not a valid id"_s);
        row("bad version", withValue(u"version"_s, u"1.2"_s), u"at version: \"1.2\" is not a version of the form 1.2.3"_s);
        row("no languages", withValue(u"languages"_s, QJsonArray()), u"at languages: a module needs at least one language"_s);
        row("bad language", withValue(u"languages"_s, QJsonArray{u"en"_s, u"French"_s}),
            u"at languages[1]: \"French\" is not a language code"_s);
        row("missing content", without(u"content/fr"_s),
            u"at content.fr: the module lists language \"fr\" but has no content for it"_s);
        row("extra content", withValue(u"content/de"_s, content(u"X"_s)),
            u"at content.de: content for language \"de\", which \"languages\" does not list"_s);
        row("empty title", withValue(u"content/en/title"_s, u" "_s), u"at content.en.title: the title is empty"_s);
        row("no lessons", withValue(u"content/en/lessons"_s, QJsonArray()),
            u"at content.en.lessons: a module needs at least one lesson"_s);
        row("minutes", withValue(u"content/en/lessons/0/minutes"_s, -3),
            u"at content.en.lessons[0].minutes: must be a whole number from 0 to 1440"_s);
        row("no pages", withValue(u"content/en/lessons/0/pages"_s, QJsonArray()),
            u"at content.en.lessons[0].pages: a lesson needs at least one page"_s);
        row("bad block", withValue(u"content/en/lessons/0/pages/0/blocks/0/kind"_s, u"video"_s),
            u"at content.en.lessons[0].pages[0].blocks[0].kind: must be \"markdown\" or \"activity\", not \"video\""_s);
        row("no config", without(u"content/en/lessons/0/pages/0/blocks/1/config"_s),
            u"at content.en.lessons[0].pages[0].blocks[1].config: required object is missing"_s);
        row("parity: activity id", withValue(u"content/fr/lessons/0/pages/0/blocks/1/id"_s, u"q2"_s),
            u"at content.fr.lessons[0].pages[0]: has activities [quiz:q2] but \"en\" has [quiz:q1]"_s);
        row("parity: lesson id", withValue(u"content/fr/lessons/0/id"_s, u"other"_s),
            u"at content.fr.lessons[0]: lesson \"other\" with 1 pages does not match lesson \"intro\""_s);
        row("unknown required activity", withValue(u"completion"_s, QJsonObject{{u"required"_s, QJsonArray{u"zzz"_s}}}),
            u"at completion.required: names activity \"zzz\", which the module does not have"_s);
        row("pass mark", withValue(u"completion"_s, QJsonObject{{u"passMark"_s, 80}}),
            u"at completion.passMark: must be a number from 0 to 1"_s);
        row("author", withValue(u"authors"_s, QJsonArray{u"Ana"_s, 3}), u"at authors[1]: an author must be a non-empty name"_s);
        row("tag", withValue(u"tags"_s, QJsonArray{u"Culture Shock"_s}), u"at tags[0]: \"Culture Shock\" is not a valid id"_s);
        row("licence", withValue(u"licence"_s, 4), u"at licence: must be text"_s);
        row("audience", withValue(u"content/fr/audience"_s, QJsonArray()), u"at content.fr.audience: must be text"_s);
        row("glossary entry", withValue(u"content/en/glossary"_s, QJsonObject{{u"iceberg"_s, QJsonObject{{u"term"_s, u"Iceberg"_s}}}}),
            u"at content.en.glossary.iceberg.definition: required text is missing"_s);
        QJsonObject twice = minimalModule();
        twice = edited(twice, QStringList{u"content"_s, u"en"_s, u"lessons"_s, u"0"_s, u"pages"_s, u"0"_s, u"blocks"_s},
                       [](QJsonValue v) { QJsonArray a = v.toArray(); a.append(quizBlock(u"q1"_s)); return a; }).toObject();
        row("duplicate activity", twice, u"at content.en.lessons[0].pages[0].blocks[2].id: activity id \"q1\" is used twice"_s);
    }

    void rejectsMalformedModules()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto module = ModuleLoader::fromJson(json, u"module.json"_s);
        QVERIFY(!module);
        QVERIFY2(module.errorMessage().contains(expected),
                 qPrintable(u"got: "_s + module.errorMessage() + u"\nexpected: "_s + expected));
    }

    void writesWhatItReadsInCanonicalForm()
    {
        QJsonObject o = minimalModule();
        o.insert(u"authors"_s, QJsonArray{u"Ana Pereira"_s});
        o.insert(u"licence"_s, u"CC-BY-4.0"_s);
        o.insert(u"tags"_s, QJsonArray{u"culture"_s});
        o = withValueIn(o, u"content/fr/audience"_s, u"Experts"_s);
        o = withValueIn(o, u"content/fr/glossary"_s,
                        QJsonObject{{u"iceberg"_s, QJsonObject{{u"term"_s, u"Iceberg"_s}, {u"definition"_s, u"Un modèle"_s}}}});
        auto module = load(o);
        QVERIFY2(module, qPrintable(module.errorMessage()));
        QCOMPARE(module->authors, QStringList{u"Ana Pereira"_s});
        QCOMPARE(module->licence, u"CC-BY-4.0"_s);
        QCOMPARE(module->tags, QStringList{u"culture"_s});
        QCOMPARE(module->content.value(u"fr"_s).audience, u"Experts"_s);
        QCOMPARE(module->content.value(u"fr"_s).glossary.value(u"iceberg"_s).definition, u"Un modèle"_s);

        const QByteArray written = ModuleWriter::toJson(*module);
        auto again = ModuleLoader::fromJson(written, u"written"_s);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(ModuleWriter::toJson(*again), written); // a fixed point: same module, same bytes
        QVERIFY(written.endsWith("}\n"));
        QVERIFY(written.contains("\n    \"format\": 1,\n")); // sorted keys, four-space indentation
        // Every field is written, even when empty, so that equal modules give equal bytes.
        const QJsonObject en = QJsonDocument::fromJson(written).object()[u"content"_s][u"en"_s].toObject();
        QCOMPARE(en.value(u"audience"_s), QJsonValue(u""_s));
        QCOMPARE(en.value(u"glossary"_s), QJsonValue(QJsonObject()));
    }

    void reportsUnreadableFilesByName()
    {
        auto missing = ModuleLoader::loadFile(u"/nonexistent/module.json"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.errorMessage(), u"/nonexistent/module.json does not exist."_s);
    }

    void comparesVersions()
    {
        QVERIFY(isValidVersion(u"1.0.0"_s));
        QVERIFY(isValidVersion(u"1.0.0-beta.1"_s));
        QVERIFY(!isValidVersion(u"01.0.0"_s));
        QVERIFY(compareVersions(u"1.10.0"_s, u"1.9.0"_s) > 0);
        QVERIFY(compareVersions(u"1.0.0-rc1"_s, u"1.0.0"_s) < 0);
        QCOMPARE(compareVersions(u"2.0.0"_s, u"2.0.0"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestModule)
#include "tst_module.moc"
