// SPDX-License-Identifier: Apache-2.0
#include "modules/module.h"

#include "modules/identifiers.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Passerelle {

QString Module::resolveLanguage(const QString &preferred) const
{
    if (content.contains(preferred))
        return preferred;
    // "fr-CA" falls back to "fr" before the module's default.
    const QString base = preferred.section(u'-', 0, 0).section(u'_', 0, 0);
    if (content.contains(base))
        return base;
    return defaultLanguage;
}

const ModuleContent &Module::contentFor(const QString &preferred) const
{
    const auto it = content.constFind(resolveLanguage(preferred));
    Q_ASSERT(it != content.cend()); // the loader guarantees the default language exists
    return *it;
}

QList<Module::ActivityRef> Module::activities(const QString &language) const
{
    QList<ActivityRef> result;
    for (const Lesson &lesson : contentFor(language).lessons) {
        for (int p = 0; p < lesson.pages.size(); ++p) {
            for (const Block &block : lesson.pages[p].blocks) {
                if (block.kind == Block::Kind::Activity)
                    result.append({lesson.id, p, &block});
            }
        }
    }
    return result;
}

const Block *Module::findActivity(const QString &language, const QString &activityId) const
{
    for (const ActivityRef &ref : activities(language)) {
        if (ref.block->activityId == activityId)
            return ref.block;
    }
    return nullptr;
}

int Module::lessonIndex(const QString &lessonId) const
{
    const QList<Lesson> &lessons = content.value(defaultLanguage).lessons;
    for (int i = 0; i < lessons.size(); ++i) {
        if (lessons[i].id == lessonId)
            return i;
    }
    return -1;
}

QStringList Module::requiredActivityIds() const
{
    if (!completion.allActivities)
        return completion.requiredActivities;
    QStringList ids;
    for (const ActivityRef &ref : activities(defaultLanguage))
        ids << ref.block->activityId;
    return ids;
}

namespace {

// Reads typed fields from JSON and remembers the first problem with its JSON path.
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = u"at %1: %2"_s.arg(path.isEmpty() ? u"(top level)"_s : path, what);
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString()) {
            fail(join(path, key), v.isUndefined() ? u"required text is missing"_s : u"must be text"_s);
            return {};
        }
        return v.toString();
    }

    int integer(const QJsonObject &o, const QString &path, const QString &key, int min, int max)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != static_cast<int>(d) || d < min || d > max) {
            fail(join(path, key), u"must be a whole number from %1 to %2"_s.arg(min).arg(max));
            return min;
        }
        return static_cast<int>(d);
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject()) {
            fail(join(path, key), v.isUndefined() ? u"required object is missing"_s : u"must be an object"_s);
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            fail(join(path, key), v.isUndefined() ? u"required list is missing"_s : u"must be a list"_s);
            return {};
        }
        return v.toArray();
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString index(const QString &path, qsizetype i) { return u"%1[%2]"_s.arg(path).arg(i); }

private:
    QString m_error;
};

Block readBlock(Reader &r, const QJsonValue &value, const QString &path, QSet<QString> &activityIds)
{
    Block block;
    if (!value.isObject()) {
        r.fail(path, u"a block must be an object"_s);
        return block;
    }
    const QJsonObject o = value.toObject();
    const QString kind = r.string(o, path, u"kind"_s);
    if (kind == u"markdown") {
        block.kind = Block::Kind::Markdown;
        block.markdown = r.string(o, path, u"text"_s);
    } else if (kind == u"activity") {
        block.kind = Block::Kind::Activity;
        block.activityId = r.string(o, path, u"id"_s);
        block.activityType = r.string(o, path, u"type"_s);
        block.config = r.object(o, path, u"config"_s);
        if (!r.failed() && !isValidIdentifier(block.activityId))
            r.fail(Reader::join(path, u"id"_s), identifierRule(block.activityId));
        if (!r.failed() && !isValidIdentifier(block.activityType))
            r.fail(Reader::join(path, u"type"_s), identifierRule(block.activityType));
        if (!r.failed() && activityIds.contains(block.activityId))
            r.fail(Reader::join(path, u"id"_s),
                   u"activity id \"%1\" is used twice in this language"_s.arg(block.activityId));
        activityIds.insert(block.activityId);
    } else if (!r.failed()) {
        r.fail(Reader::join(path, u"kind"_s), u"must be \"markdown\" or \"activity\", not \"%1\""_s.arg(kind));
    }
    return block;
}

ModuleContent readContent(Reader &r, const QJsonObject &o, const QString &path)
{
    ModuleContent content;
    content.title = r.string(o, path, u"title"_s);
    if (!r.failed() && content.title.trimmed().isEmpty())
        r.fail(Reader::join(path, u"title"_s), u"the title is empty"_s);
    content.summary = r.string(o, path, u"summary"_s, false);
    content.audience = r.string(o, path, u"audience"_s, false);
    const QJsonObject glossary = r.object(o, path, u"glossary"_s, false);
    for (auto it = glossary.begin(); it != glossary.end() && !r.failed(); ++it) {
        const QString gp = Reader::join(Reader::join(path, u"glossary"_s), it.key());
        if (!isValidIdentifier(it.key())) {
            r.fail(gp, identifierRule(it.key()));
            break;
        }
        if (!it.value().isObject()) {
            r.fail(gp, u"a glossary entry must be an object with \"term\" and \"definition\""_s);
            break;
        }
        const QJsonObject entry = it.value().toObject();
        GlossaryEntry term{r.string(entry, gp, u"term"_s), r.string(entry, gp, u"definition"_s)};
        content.glossary.insert(it.key(), term);
    }
    const QJsonArray lessons = r.array(o, path, u"lessons"_s);
    if (!r.failed() && lessons.isEmpty())
        r.fail(Reader::join(path, u"lessons"_s), u"a module needs at least one lesson"_s);
    QSet<QString> lessonIds;
    QSet<QString> activityIds;
    for (qsizetype i = 0; i < lessons.size() && !r.failed(); ++i) {
        const QString lp = Reader::index(Reader::join(path, u"lessons"_s), i);
        if (!lessons[i].isObject()) {
            r.fail(lp, u"a lesson must be an object"_s);
            break;
        }
        const QJsonObject lo = lessons[i].toObject();
        Lesson lesson;
        lesson.id = r.string(lo, lp, u"id"_s);
        lesson.title = r.string(lo, lp, u"title"_s);
        lesson.minutes = r.integer(lo, lp, u"minutes"_s, 0, 24 * 60);
        if (!r.failed() && !isValidIdentifier(lesson.id))
            r.fail(Reader::join(lp, u"id"_s), identifierRule(lesson.id));
        if (!r.failed() && lessonIds.contains(lesson.id))
            r.fail(Reader::join(lp, u"id"_s), u"lesson id \"%1\" is used twice"_s.arg(lesson.id));
        lessonIds.insert(lesson.id);
        const QJsonArray pages = r.array(lo, lp, u"pages"_s);
        if (!r.failed() && pages.isEmpty())
            r.fail(Reader::join(lp, u"pages"_s), u"a lesson needs at least one page"_s);
        for (qsizetype p = 0; p < pages.size() && !r.failed(); ++p) {
            const QString pp = Reader::index(Reader::join(lp, u"pages"_s), p);
            if (!pages[p].isObject()) {
                r.fail(pp, u"a page must be an object"_s);
                break;
            }
            const QJsonObject po = pages[p].toObject();
            Page page;
            page.title = r.string(po, pp, u"title"_s, false);
            const QJsonArray blocks = r.array(po, pp, u"blocks"_s);
            for (qsizetype b = 0; b < blocks.size() && !r.failed(); ++b)
                page.blocks.append(readBlock(r, blocks[b], Reader::index(Reader::join(pp, u"blocks"_s), b), activityIds));
            lesson.pages.append(page);
        }
        content.lessons.append(lesson);
    }
    return content;
}

// Every language must have the same skeleton: lessons, pages and activities in the same
// places with the same ids and types. Only text may differ.
void checkParity(Reader &r, const Module &m)
{
    const ModuleContent &ref = m.content.value(m.defaultLanguage);
    for (const QString &language : m.languages) {
        if (language == m.defaultLanguage || r.failed())
            continue;
        const ModuleContent &other = m.content.value(language);
        const QString path = u"content."_s + language;
        if (other.lessons.size() != ref.lessons.size()) {
            r.fail(path + u".lessons"_s, u"has %1 lessons but \"%2\" has %3"_s.arg(other.lessons.size()).arg(m.defaultLanguage).arg(ref.lessons.size()));
            return;
        }
        for (qsizetype i = 0; i < ref.lessons.size(); ++i) {
            const Lesson &a = ref.lessons[i];
            const Lesson &b = other.lessons[i];
            const QString lp = Reader::index(path + u".lessons"_s, i);
            if (a.id != b.id || a.pages.size() != b.pages.size()) {
                r.fail(lp, u"lesson \"%1\" with %2 pages does not match lesson \"%3\" with %4 pages in \"%5\""_s
                               .arg(b.id).arg(b.pages.size()).arg(a.id).arg(a.pages.size()).arg(m.defaultLanguage));
                return;
            }
            for (qsizetype p = 0; p < a.pages.size(); ++p) {
                QStringList ka, kb;
                for (const Block &blk : a.pages[p].blocks)
                    if (blk.kind == Block::Kind::Activity)
                        ka << blk.activityType + u':' + blk.activityId;
                for (const Block &blk : b.pages[p].blocks)
                    if (blk.kind == Block::Kind::Activity)
                        kb << blk.activityType + u':' + blk.activityId;
                if (ka != kb) {
                    r.fail(Reader::index(lp + u".pages"_s, p),
                           u"has activities [%1] but \"%2\" has [%3]"_s.arg(kb.join(u", "_s), m.defaultLanguage, ka.join(u", "_s)));
                    return;
                }
            }
        }
    }
}

} // namespace

Expected<Module> ModuleLoader::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"%1 is not valid JSON: %2 at byte %3."_s.arg(sourceName, parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return Error{u"%1 must hold a JSON object."_s.arg(sourceName)};
    const QJsonObject o = doc.object();

    Reader r;
    Module m;
    const int format = r.integer(o, {}, u"format"_s, 1, 1000);
    if (!r.failed() && format > Module::FormatVersion)
        r.fail(u"format"_s, u"format %1 is newer than this Passerelle reads (%2); update Passerelle"_s.arg(format).arg(Module::FormatVersion));
    m.id = r.string(o, {}, u"id"_s);
    if (!r.failed() && !isValidIdentifier(m.id))
        r.fail(u"id"_s, identifierRule(m.id));
    m.version = r.string(o, {}, u"version"_s);
    if (!r.failed() && !isValidVersion(m.version))
        r.fail(u"version"_s, u"\"%1\" is not a version of the form 1.2.3"_s.arg(m.version));
    m.minutes = r.integer(o, {}, u"minutes"_s, 0, 100 * 60);
    const QJsonArray authors = r.array(o, {}, u"authors"_s, false);
    for (qsizetype i = 0; i < authors.size() && !r.failed(); ++i) {
        if (!authors[i].isString() || authors[i].toString().trimmed().isEmpty())
            r.fail(Reader::index(u"authors"_s, i), u"an author must be a non-empty name"_s);
        m.authors.append(authors[i].toString());
    }
    m.licence = r.string(o, {}, u"licence"_s, false);
    const QJsonArray tags = r.array(o, {}, u"tags"_s, false);
    for (qsizetype i = 0; i < tags.size() && !r.failed(); ++i) {
        if (!isValidIdentifier(tags[i].toString()))
            r.fail(Reader::index(u"tags"_s, i), identifierRule(tags[i].toString()));
        m.tags.append(tags[i].toString());
    }

    const QJsonArray languages = r.array(o, {}, u"languages"_s);
    for (qsizetype i = 0; i < languages.size() && !r.failed(); ++i) {
        const QString language = languages[i].toString();
        if (!isValidLanguageTag(language))
            r.fail(Reader::index(u"languages"_s, i), u"\"%1\" is not a language code such as \"en\" or \"fr\""_s.arg(language));
        else if (m.languages.contains(language))
            r.fail(Reader::index(u"languages"_s, i), u"\"%1\" is listed twice"_s.arg(language));
        m.languages.append(language);
    }
    if (!r.failed() && m.languages.isEmpty())
        r.fail(u"languages"_s, u"a module needs at least one language"_s);
    m.defaultLanguage = r.string(o, {}, u"defaultLanguage"_s, false);
    if (m.defaultLanguage.isEmpty() && !m.languages.isEmpty())
        m.defaultLanguage = m.languages.first();
    if (!r.failed() && !m.languages.contains(m.defaultLanguage))
        r.fail(u"defaultLanguage"_s, u"\"%1\" is not one of the module's languages"_s.arg(m.defaultLanguage));

    const QJsonObject requires_ = r.object(o, {}, u"requires"_s, false);
    const QJsonObject plugins = r.object(requires_, u"requires"_s, u"plugins"_s, false);
    for (auto it = plugins.begin(); it != plugins.end() && !r.failed(); ++it) {
        if (!isValidIdentifier(it.key()) || !it.value().isString())
            r.fail(u"requires.plugins."_s + it.key(), u"must map an activity type id to a version requirement such as \">=1.0\""_s);
        m.requiredPlugins.insert(it.key(), it.value().toString());
    }
    const QJsonArray modules = r.array(requires_, u"requires"_s, u"modules"_s, false);
    for (qsizetype i = 0; i < modules.size() && !r.failed(); ++i) {
        if (!isValidIdentifier(modules[i].toString()))
            r.fail(Reader::index(u"requires.modules"_s, i), u"must be a module id"_s);
        m.requiredModules.append(modules[i].toString());
    }

    const QJsonObject completion = r.object(o, {}, u"completion"_s, false);
    const QJsonValue required = completion.value(u"required"_s);
    if (required.isArray()) {
        m.completion.allActivities = false;
        for (const QJsonValue &v : required.toArray())
            m.completion.requiredActivities.append(v.toString());
    } else if (!required.isUndefined() && required.toString() != u"all") {
        r.fail(u"completion.required"_s, u"must be \"all\" or a list of activity ids"_s);
    }
    const QJsonValue passMark = completion.value(u"passMark"_s);
    if (!passMark.isUndefined() && (!passMark.isDouble() || passMark.toDouble() < 0 || passMark.toDouble() > 1))
        r.fail(u"completion.passMark"_s, u"must be a number from 0 to 1"_s);
    m.completion.passMark = passMark.toDouble(0.0);

    const QJsonObject content = r.object(o, {}, u"content"_s);
    for (const QString &language : std::as_const(m.languages)) {
        if (r.failed())
            break;
        const QString path = u"content."_s + language;
        if (!content.value(language).isObject()) {
            r.fail(path, u"the module lists language \"%1\" but has no content for it"_s.arg(language));
            break;
        }
        m.content.insert(language, readContent(r, content.value(language).toObject(), path));
    }
    for (auto it = content.begin(); it != content.end() && !r.failed(); ++it) {
        if (!m.languages.contains(it.key()))
            r.fail(u"content."_s + it.key(), u"content for language \"%1\", which \"languages\" does not list"_s.arg(it.key()));
    }
    if (!r.failed())
        checkParity(r, m);
    if (!r.failed() && !m.completion.allActivities) {
        for (const QString &id : std::as_const(m.completion.requiredActivities)) {
            if (!m.findActivity(m.defaultLanguage, id)) {
                r.fail(u"completion.required"_s, u"names activity \"%1\", which the module does not have"_s.arg(id));
                break;
            }
        }
    }
    if (r.failed())
        return Error{u"%1 is not a valid module: %2."_s.arg(sourceName, r.error())};
    return m;
}

Expected<Module> ModuleLoader::loadFile(const QString &moduleJsonPath)
{
    // A compiled module is text; anything this large is not one and would only cost memory.
    constexpr qint64 MaxModuleJsonBytes = 64 * 1024 * 1024;
    QFile file(moduleJsonPath);
    if (!file.exists())
        return Error{u"%1 does not exist."_s.arg(moduleJsonPath)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"%1 cannot be read: %2."_s.arg(moduleJsonPath, file.errorString())};
    if (file.size() > MaxModuleJsonBytes)
        return Error{u"%1 is %2 MiB, more than the %3 MiB a module.json may have."_s.arg(moduleJsonPath).arg(file.size() >> 20).arg(MaxModuleJsonBytes >> 20)};
    return fromJson(file.readAll(), moduleJsonPath);
}

} // namespace Passerelle
