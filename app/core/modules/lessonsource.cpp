// SPDX-License-Identifier: Apache-2.0
#include "modules/lessonsource.h"

#include "modules/identifiers.h"
#include "modules/sourcetext.h"
#include "modules/yamlfieldreader.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using Presence = Passerelle::YamlFieldReader::Presence;

namespace Passerelle {

SourceLocation ActivitySource::locate(const QString &path) const
{
    if (yaml) {
        for (QString p = path; !p.isEmpty(); p = YamlDocument::parent(p)) {
            if (yaml->contains(p))
                return yaml->locate(p);
        }
    }
    return fence;
}

bool PageSource::hasIncompleteActivity() const
{
    return std::any_of(activities.cbegin(), activities.cend(), [](const ActivitySource &a) { return !a.complete; });
}

namespace {

QString trimmedEnd(const QString &line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return line.left(end);
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// An opening code fence: up to three spaces, then ``` or ~~~ (or longer), then an info string.
struct Fence
{
    QChar marker;
    qsizetype length = 0;
    QString info;
};

std::optional<Fence> openingFence(const QString &line)
{
    static const QRegularExpression re(u"^ {0,3}(`{3,}|~{3,})\\s*(.*)$"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString marker = m.captured(1);
    // A backtick fence's info string may not contain backticks (CommonMark).
    if (marker.front() == u'`' && m.captured(2).contains(u'`'))
        return std::nullopt;
    return Fence{marker.front(), marker.size(), m.captured(2).trimmed().section(u' ', 0, 0)};
}

bool closesFence(const QString &line, const Fence &fence)
{
    static const QRegularExpression re(u"^ {0,3}(`{3,}|~{3,})\\s*$"_s);
    const auto m = re.match(line);
    return m.hasMatch() && m.captured(1).front() == fence.marker && m.captured(1).size() >= fence.length;
}

// The text of a level-2 ATX heading ("## Title" or "## Title ##"), if the line is one.
std::optional<QString> headingTitle(const QString &line)
{
    if (!line.startsWith(u"## "_s))
        return std::nullopt;
    QString title = line.mid(3).trimmed();
    // A closing sequence of #s counts only after a space: "## C#" keeps its "#".
    qsizetype hashes = title.size();
    while (hashes > 0 && title.at(hashes - 1) == u'#')
        --hashes;
    if (hashes == 0)
        title.clear();
    else if (hashes < title.size() && title.at(hashes - 1) == u' ')
        title = title.left(hashes).trimmed();
    return title;
}

int countWords(const QString &text)
{
    static const QRegularExpression word(u"\\S+"_s);
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

// Builds the pages of one lesson body, reporting as it goes.
class PageParser
{
public:
    PageParser(const SourceText &text, LessonSource &lesson, Diagnostics &diagnostics)
        : m_text(text)
        , m_lesson(lesson)
        , m_diagnostics(diagnostics)
    {}

    // Lines [first, end) form one page; `startLine` is where it is said to start.
    void parsePage(qsizetype first, qsizetype end, qsizetype startLine, int pageNumber)
    {
        PageSource page;
        page.start = m_text.at(startLine);
        qsizetype i = first;
        while (i < end && isBlank(m_text.line(i)))
            ++i;
        if (i < end) {
            if (const auto title = headingTitle(m_text.line(i))) {
                page.title = *title;
                ++i;
            }
        }

        QStringList markdown;
        auto flushMarkdown = [&] {
            while (!markdown.isEmpty() && isBlank(markdown.constFirst()))
                markdown.removeFirst();
            while (!markdown.isEmpty() && isBlank(markdown.constLast()))
                markdown.removeLast();
            if (!markdown.isEmpty()) {
                Block block;
                block.kind = Block::Kind::Markdown;
                block.markdown = markdown.join(u'\n');
                page.words += countWords(block.markdown);
                page.blocks.append(block);
            }
            markdown.clear();
        };

        while (i < end) {
            const QString &line = m_text.line(i);
            const auto fence = openingFence(line);
            if (!fence) {
                scanReferences(i);
                markdown << line;
                ++i;
                continue;
            }
            // Find the closing fence within the page.
            qsizetype close = i + 1;
            while (close < end && !closesFence(m_text.line(close), *fence))
                ++close;
            const bool closed = close < end;
            if (!closed) {
                m_diagnostics.error(m_text.at(i, line.indexOf(fence->marker)), u"fence-unclosed"_s,
                                    u"this %1 block is not closed before the end of the page"_s.arg(
                                        fence->info == u"activity" ? u"activity"_s : u"code"_s),
                                    u"add a line %1 after the block's last line; a %2 line always ends a page"_s.arg(
                                        QString(fence->length, fence->marker), LessonSource::PageMarker));
            }
            if (fence->info == u"activity") {
                flushMarkdown();
                ActivitySource activity = parseActivity(i, close);
                if (activity.complete) {
                    Block block;
                    block.kind = Block::Kind::Activity;
                    block.activityId = activity.id;
                    block.activityType = activity.type;
                    block.config = activity.config;
                    page.blocks.append(block);
                }
                page.activities.append(std::move(activity));
            } else {
                for (qsizetype k = i; k < std::min(close + 1, end); ++k)
                    markdown << m_text.line(k);
            }
            i = std::min(close + 1, end);
        }
        flushMarkdown();

        if (page.blocks.isEmpty() && page.activities.isEmpty()) {
            m_diagnostics.error(page.start, u"page-empty"_s, u"page %1 has no text and no activity"_s.arg(pageNumber),
                                u"write the page, or remove the %1 line that opens it"_s.arg(LessonSource::PageMarker));
        }
        if (page.words > LessonSource::MaxPageWords) {
            m_diagnostics.warning(page.start, u"page-too-long"_s,
                                  u"page %1 has %2 words; learners read best in pages of at most %3"_s.arg(pageNumber)
                                      .arg(page.words)
                                      .arg(LessonSource::MaxPageWords),
                                  u"split it with a %1 line where the topic turns"_s.arg(LessonSource::PageMarker));
        }
        m_lesson.pages.append(std::move(page));
    }

private:
    // Link texts may not contain brackets: that keeps each match attempt short, so a line of
    // thousands of "[" cannot make the scan quadratic.
    void scanReferences(qsizetype lineIndex)
    {
        static const QRegularExpression image(u"!\\[([^\\[\\]]*)\\]\\(\\s*([^)\\s]*)(?:\\s+\"[^\"]*\")?\\s*\\)"_s);
        static const QRegularExpression glossary(u"(?<!!)\\[([^\\[\\]]*)\\]\\(\\s*glossary:([^)\\s]*)\\s*\\)"_s);
        const QString &line = m_text.line(lineIndex);
        if (!line.contains(u"]("_s))
            return;
        for (auto it = image.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            m_lesson.images.append({m.captured(1), m.captured(2), m_text.at(lineIndex, m.capturedStart())});
        }
        for (auto it = glossary.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            m_lesson.glossaryLinks.append({m.captured(1), m.captured(2), m_text.at(lineIndex, m.capturedStart())});
        }
    }

    ActivitySource parseActivity(qsizetype fenceLine, qsizetype close)
    {
        ActivitySource activity;
        activity.fence =
            m_text.at(fenceLine, m_text.line(fenceLine).indexOf(u'`') >= 0 ? m_text.line(fenceLine).indexOf(u'`')
                                                                           : m_text.line(fenceLine).indexOf(u'~'));
        const qsizetype first = fenceLine + 1;
        const qsizetype count = close - first;
        bool empty = true;
        for (qsizetype k = first; k < close && empty; ++k)
            empty = isBlank(m_text.line(k));
        if (empty) {
            m_diagnostics.error(activity.fence, u"activity-empty"_s, u"the activity block is empty"_s,
                                u"write its YAML inside the block, starting with \"type:\" and \"id:\""_s);
            return activity;
        }
        activity.yaml = YamlDocument::parse(m_text, first, count, m_diagnostics);
        if (!activity.yaml)
            return activity;
        YamlFieldReader r(*activity.yaml, m_diagnostics);
        if (!r.object({}, Presence::Required, u"type: quiz"_s))
            return activity;
        const auto type = r.text(u"type"_s, Presence::Required, u"quiz"_s);
        const auto id = r.text(u"id"_s, Presence::Required, u"check-understanding"_s);
        // A missing field is reported where the block starts, not on the first field.
        if (type && !isValidIdentifier(*type))
            m_diagnostics.error(r.locate(u"type"_s), u"activity-type-invalid"_s, identifierRule(*type),
                                u"use the id of an activity type, such as quiz"_s);
        if (id && !isValidIdentifier(*id))
            m_diagnostics.error(
                r.locate(u"id"_s), u"activity-id-invalid"_s, identifierRule(*id),
                u"activity ids are kept in learners' progress: choose a short, lasting name such as check-understanding"_s);
        if (!type || !id || !isValidIdentifier(*type) || !isValidIdentifier(*id))
            return activity;
        activity.type = *type;
        activity.id = *id;
        activity.config = r.value({}).toObject();
        activity.config.remove(u"type"_s);
        activity.config.remove(u"id"_s);
        activity.complete = true;
        return activity;
    }

    const SourceText &m_text;
    LessonSource &m_lesson;
    Diagnostics &m_diagnostics;
};

} // namespace

LessonSource LessonSource::parse(const SourceText &text, Diagnostics &diagnostics)
{
    LessonSource lesson;
    lesson.file = text.displayName();
    lesson.idLocation = text.at(0);

    qsizetype bodyStart = 0;
    if (text.lineCount() == 0 || trimmedEnd(text.line(0)) != u"---") {
        diagnostics.error(text.at(0), u"front-matter-missing"_s, u"the lesson does not start with front matter"_s,
                          u"start the file with a line ---, then id:, title: and minutes:, then another line ---"_s);
    } else {
        qsizetype close = 1;
        while (close < text.lineCount() && trimmedEnd(text.line(close)) != u"---" &&
               trimmedEnd(text.line(close)) != u"...")
            ++close;
        if (close == text.lineCount()) {
            diagnostics.error(text.at(0), u"front-matter-unclosed"_s,
                              u"the front matter that starts here is never closed"_s,
                              u"end it with a line --- after the minutes: line"_s);
            return lesson;
        }
        bodyStart = close + 1;
        if (const auto yaml = YamlDocument::parse(text, 1, close - 1, diagnostics)) {
            YamlFieldReader r(*yaml, diagnostics);
            if (r.object({}, Presence::Required, u"id: my-lesson"_s)) {
                r.checkKeys({}, {u"id"_s, u"title"_s, u"minutes"_s});
                const auto id = r.text(u"id"_s, Presence::Required, u"why-culture-matters"_s);
                const auto title = r.text(u"title"_s, Presence::Required, u"Why culture matters"_s);
                const auto minutes = r.integer(u"minutes"_s, 0, 24 * 60, Presence::Optional, u"10"_s);
                lesson.idLocation = r.locate(u"id"_s);
                if (id && !isValidIdentifier(*id))
                    diagnostics.error(r.locate(u"id"_s), u"lesson-id-invalid"_s, identifierRule(*id),
                                      u"lesson ids are kept in learners' progress: choose a short, lasting name"_s);
                if (title && title->trimmed().isEmpty())
                    diagnostics.error(r.locate(u"title"_s), u"lesson-title-empty"_s, u"the lesson title is empty"_s,
                                      u"give the lesson a title, as learners see it in the table of contents"_s);
                if (!r.has(u"minutes"_s))
                    diagnostics.warning(text.at(0), u"lesson-minutes-missing"_s,
                                        u"the lesson does not say how many minutes it takes"_s,
                                        u"add \"minutes:\" to the front matter; learners plan their time with it"_s);
                lesson.id = id.value_or(QString());
                lesson.title = title.value_or(QString()).trimmed();
                lesson.minutes = minutes.value_or(0);
                lesson.headerComplete = id && isValidIdentifier(*id) && !lesson.title.isEmpty();
            }
        }
    }

    lesson.bodyRead = true;
    PageParser pages(text, lesson, diagnostics);
    qsizetype pageFirst = bodyStart;
    qsizetype pageStartLine = bodyStart;
    int pageNumber = 1;
    for (qsizetype i = bodyStart; i <= text.lineCount(); ++i) {
        if (i < text.lineCount() && trimmedEnd(text.line(i)) != PageMarker)
            continue;
        pages.parsePage(pageFirst, i, std::min(pageStartLine, std::max<qsizetype>(text.lineCount() - 1, 0)),
                        pageNumber++);
        pageFirst = i + 1;
        pageStartLine = i;
    }
    return lesson;
}

LessonSource LessonSource::unreadable(const QString &file)
{
    LessonSource lesson;
    lesson.file = file;
    lesson.idLocation = SourceLocation{file};
    return lesson;
}

Lesson LessonSource::toLesson() const
{
    Lesson result;
    result.id = id;
    result.title = title;
    result.minutes = minutes;
    for (const PageSource &page : pages)
        result.pages.append(Page{page.title, page.blocks});
    return result;
}

} // namespace Passerelle
