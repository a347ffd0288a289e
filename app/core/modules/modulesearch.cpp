// SPDX-License-Identifier: Apache-2.0
#include "modules/modulesearch.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

// The words of an activity (question, options, episode, feedback), not its ids or keys:
// every string value with a space in it.
void collectActivityText(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        if (value.toString().contains(u' '))
            out << ModuleSearchIndex::plainText(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectActivityText(v, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectActivityText(it.value(), out);
    }
}

} // namespace

QString ModuleSearchIndex::fold(const QString &text)
{
    // Decompose (é → e + ´), drop the combining marks, then fold case.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c == u'’' ? u'\'' : c);
    }
    return out.toCaseFolded();
}

QString ModuleSearchIndex::plainText(const QString &markdown)
{
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression marks(u"(\\*\\*|__|[*_`]|^#+\\s*|^>\\s*)"_s,
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression spaces(u"\\s+"_s);
    QString text = markdown;
    text.replace(image, u"\\1"_s);
    text.replace(link, u"\\1"_s);
    text.replace(marks, QString());
    text.replace(spaces, u" "_s);
    return text.trimmed();
}

void ModuleSearchIndex::add(const Module &module)
{
    m_entries.removeIf([&](const Entry &e) { return e.hit.moduleId == module.id; });
    m_fallbackLanguage.insert(module.id, module.defaultLanguage);
    m_languages.insert(module.id, module.content.keys());
    for (auto it = module.content.cbegin(); it != module.content.cend(); ++it) {
        const QString &language = it.key();
        const ModuleContent &content = it.value();
        const auto append = [&](SearchHit::Kind kind, int lesson, int page, const QString &title, const QString &text) {
            Entry e;
            e.language = language;
            e.hit.moduleId = module.id;
            e.hit.moduleTitle = content.title;
            e.hit.kind = kind;
            e.hit.lessonIndex = lesson;
            e.hit.pageIndex = page;
            e.hit.title = title;
            e.text = text;
            e.foldedTitle = fold(title);
            e.foldedText = fold(text);
            m_entries.append(std::move(e));
        };
        append(SearchHit::Kind::Module, -1, -1, content.title, content.summary);
        for (int l = 0; l < content.lessons.size(); ++l) {
            const Lesson &lesson = content.lessons.at(l);
            append(SearchHit::Kind::Lesson, l, 0, lesson.title, QString());
            for (int p = 0; p < lesson.pages.size(); ++p) {
                const Page &page = lesson.pages.at(p);
                QStringList parts;
                for (const Block &block : page.blocks) {
                    if (block.kind == Block::Kind::Markdown)
                        parts << plainText(block.markdown);
                    else
                        collectActivityText(block.config, parts);
                }
                append(SearchHit::Kind::Page, l, p, page.title.isEmpty() ? lesson.title : page.title, parts.join(u' '));
            }
        }
        // A term opens where the module first uses it (the reading order is lesson, page).
        QHash<QString, std::pair<int, int>> first;
        for (int l = content.lessons.size() - 1; l >= 0; --l) {
            for (int p = content.lessons.at(l).pages.size() - 1; p >= 0; --p) {
                for (const Block &block : content.lessons.at(l).pages.at(p).blocks) {
                    static const QRegularExpression term(u"\\(glossary:([a-z0-9-]+)\\)"_s);
                    for (auto m = term.globalMatch(block.markdown); m.hasNext();)
                        first.insert(m.next().captured(1), {l, p});
                }
            }
        }
        for (auto g = content.glossary.cbegin(); g != content.glossary.cend(); ++g) {
            const auto where = first.value(g.key(), {0, 0});
            append(SearchHit::Kind::Glossary, where.first, where.second, g->term, g->definition);
        }
    }
}

QList<SearchHit> ModuleSearchIndex::search(const QString &query, const QString &language, int limit) const
{
    static const QRegularExpression separators(u"[^\\w']+"_s);
    const QStringList words = fold(query).split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QList<SearchHit> hits;
    for (const Entry &e : m_entries) {
        if (e.language != language
            && (m_languages.value(e.hit.moduleId).contains(language) || e.language != m_fallbackLanguage.value(e.hit.moduleId)))
            continue;
        double score = 0;
        qsizetype firstMatch = -1;
        bool all = true;
        for (const QString &word : words) {
            const bool inTitle = e.foldedTitle.contains(word);
            const qsizetype at = e.foldedText.indexOf(word);
            if (!inTitle && at < 0) {
                all = false;
                break;
            }
            score += inTitle ? 10 : 0;
            if (at >= 0) {
                score += std::min<qsizetype>(e.foldedText.count(word), 5);
                if (firstMatch < 0 || at < firstMatch)
                    firstMatch = at;
            }
        }
        if (!all)
            continue;
        SearchHit hit = e.hit;
        hit.score = score;
        if (firstMatch >= 0) {
            // About 160 characters around the match, cut at spaces. Folding keeps
            // positions for the Latin text of our languages, so the index maps back.
            const qsizetype from = std::max<qsizetype>(0, e.text.lastIndexOf(u' ', std::max<qsizetype>(0, firstMatch - 60)));
            QString snippet = e.text.mid(from, 160).trimmed();
            if (from + 160 < e.text.size()) {
                const qsizetype cut = snippet.lastIndexOf(u' ');
                snippet = snippet.left(cut > 80 ? cut : snippet.size());
                // A sentence that ends there needs no ellipsis ("son.…").
                if (!snippet.endsWith(u'.') && !snippet.endsWith(u'!') && !snippet.endsWith(u'?'))
                    snippet += u'…';
            }
            hit.snippet = (from > 0 ? u"…"_s : QString()) + snippet;
        } else {
            hit.snippet = e.text.left(160);
        }
        hits.append(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace Passerelle
