// SPDX-License-Identifier: Apache-2.0
#include "modules/modulewriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

QJsonObject blockToJson(const Block &block)
{
    if (block.kind == Block::Kind::Markdown)
        return {{u"kind"_s, u"markdown"_s}, {u"text"_s, block.markdown}};
    return {{u"kind"_s, u"activity"_s},
            {u"id"_s, block.activityId},
            {u"type"_s, block.activityType},
            {u"config"_s, block.config}};
}

QJsonObject contentToJson(const ModuleContent &content)
{
    QJsonArray lessons;
    for (const Lesson &lesson : content.lessons) {
        QJsonArray pages;
        for (const Page &page : lesson.pages) {
            QJsonArray blocks;
            for (const Block &block : page.blocks)
                blocks.append(blockToJson(block));
            pages.append(QJsonObject{{u"title"_s, page.title}, {u"blocks"_s, blocks}});
        }
        lessons.append(QJsonObject{
            {u"id"_s, lesson.id}, {u"title"_s, lesson.title}, {u"minutes"_s, lesson.minutes}, {u"pages"_s, pages}});
    }
    QJsonObject glossary;
    for (auto it = content.glossary.cbegin(); it != content.glossary.cend(); ++it)
        glossary.insert(it.key(), QJsonObject{{u"term"_s, it->term}, {u"definition"_s, it->definition}});
    return {{u"title"_s, content.title},
            {u"summary"_s, content.summary},
            {u"audience"_s, content.audience},
            {u"glossary"_s, glossary},
            {u"lessons"_s, lessons}};
}

} // namespace

QJsonObject ModuleWriter::toJsonObject(const Module &module)
{
    QJsonObject plugins;
    for (auto it = module.requiredPlugins.cbegin(); it != module.requiredPlugins.cend(); ++it)
        plugins.insert(it.key(), it.value());
    QJsonObject content;
    for (const QString &language : module.languages)
        content.insert(language, contentToJson(module.content.value(language)));
    const QJsonValue required = module.completion.allActivities
                                    ? QJsonValue(u"all"_s)
                                    : QJsonValue(QJsonArray::fromStringList(module.completion.requiredActivities));
    return {{u"format"_s, Module::FormatVersion},
            {u"id"_s, module.id},
            {u"version"_s, module.version},
            {u"languages"_s, QJsonArray::fromStringList(module.languages)},
            {u"defaultLanguage"_s, module.defaultLanguage},
            {u"minutes"_s, module.minutes},
            {u"authors"_s, QJsonArray::fromStringList(module.authors)},
            {u"licence"_s, module.licence},
            {u"tags"_s, QJsonArray::fromStringList(module.tags)},
            {u"requires"_s,
             QJsonObject{{u"plugins"_s, plugins}, {u"modules"_s, QJsonArray::fromStringList(module.requiredModules)}}},
            {u"completion"_s, QJsonObject{{u"required"_s, required}, {u"passMark"_s, module.completion.passMark}}},
            {u"content"_s, content}};
}

QByteArray ModuleWriter::toJson(const Module &module)
{
    return QJsonDocument(toJsonObject(module)).toJson(QJsonDocument::Indented);
}

} // namespace Passerelle
