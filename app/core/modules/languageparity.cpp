// SPDX-License-Identifier: Apache-2.0
#include "modules/languageparity.h"

#include "activities/localizedfields.h"
#include "activities/pluginregistry.h"
#include "modules/lessonsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array: return u"a list"_s;
    case QJsonValue::Object: return u"a mapping"_s;
    case QJsonValue::Null: return u"empty"_s;
    case QJsonValue::Undefined: return u"missing"_s;
    default: break;
    }
    // Scalars as the author wrote them: true, 3, "b".
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// Compares two activity configs with their text removed and reports each difference at
// the other language's field, naming the reference's field.
class AnswerKeyComparison
{
public:
    AnswerKeyComparison(const ActivitySource &reference, const ActivitySource &other, const QString &localizedList,
                        Diagnostics &diagnostics)
        : m_reference(reference)
        , m_other(other)
        , m_hint(u"only text may differ between languages (for this activity type: %1); make every other field "
                 "the same as in the reference language"_s.arg(localizedList))
        , m_diagnostics(diagnostics)
    {}

    void compare(const QJsonValue &a, const QJsonValue &b, const QString &path)
    {
        if (a.isObject() && b.isObject()) {
            const QJsonObject x = a.toObject(), y = b.toObject();
            for (auto it = x.begin(); it != x.end(); ++it) {
                const QString p = path.isEmpty() ? it.key() : path + u'.' + it.key();
                if (!y.contains(it.key()))
                    report(p, u"%1 is missing here but is %2 in %3"_s.arg(p, describe(it.value()), where(p)));
                else
                    compare(it.value(), y.value(it.key()), p);
            }
            for (auto it = y.begin(); it != y.end(); ++it) {
                const QString p = path.isEmpty() ? it.key() : path + u'.' + it.key();
                if (!x.contains(it.key()))
                    report(p, u"%1 is %2 here but is not set in %3"_s.arg(p, describe(it.value()), where(p)));
            }
            return;
        }
        if (a.isArray() && b.isArray()) {
            const QJsonArray x = a.toArray(), y = b.toArray();
            if (x.size() != y.size()) {
                report(path,
                       u"%1 has %2 entries here but %3 in %4"_s.arg(path).arg(y.size()).arg(x.size()).arg(where(path)));
                return;
            }
            for (qsizetype i = 0; i < x.size(); ++i)
                compare(x[i], y[i], path + u'[' + QString::number(i) + u']');
            return;
        }
        if (a != b)
            report(path, u"%1 is %2 here but %3 in %4"_s.arg(path, describe(b), describe(a), where(path)));
    }

private:
    QString where(const QString &path) const { return m_reference.locate(path).toString(); }

    void report(const QString &path, const QString &message)
    {
        m_diagnostics.error(m_other.locate(path), u"parity-answer-key"_s,
                            u"activity \"%1\": %2"_s.arg(m_other.id, message), m_hint);
    }

    const ActivitySource &m_reference;
    const ActivitySource &m_other;
    QString m_hint;
    Diagnostics &m_diagnostics;
};

} // namespace

LanguageParity::LanguageParity(const QStringList &languages, const QString &reference, const PluginRegistry *plugins)
    : m_languages(languages)
    , m_reference(reference)
    , m_plugins(plugins)
{}

void LanguageParity::check(const QList<LessonFiles> &lessons, Diagnostics &diagnostics) const
{
    for (const LessonFiles &files : lessons) {
        // Missing translations are reported at the reference file, or else at the first
        // language that has the lesson.
        const LessonSource *anchor = files.byLanguage.value(m_reference);
        for (const QString &language : m_languages) {
            if (!anchor)
                anchor = files.byLanguage.value(language);
        }
        if (!anchor)
            continue;
        for (const QString &language : m_languages) {
            if (files.byLanguage.value(language))
                continue;
            const QString missing = u"lessons/%1.%2.md"_s.arg(files.stem, language);
            diagnostics.error(SourceLocation{anchor->file, 1, 1}, u"parity-lesson-missing"_s,
                              u"lesson \"%1\" has no \"%2\" version: %3 is missing"_s.arg(
                                  anchor->id.isEmpty() ? files.stem : anchor->id, language, missing),
                              u"every language needs every lesson: translate %1 into %2"_s.arg(anchor->file, missing));
        }
        const LessonSource *reference = files.byLanguage.value(m_reference);
        if (!reference)
            continue;
        for (const QString &language : m_languages) {
            const LessonSource *other = files.byLanguage.value(language);
            if (language != m_reference && other)
                checkLesson(*reference, *other, diagnostics);
        }
    }
}

void LanguageParity::checkLesson(const LessonSource &reference, const LessonSource &other,
                                 Diagnostics &diagnostics) const
{
    if (reference.headerComplete && other.headerComplete && reference.id != other.id) {
        diagnostics.error(other.idLocation, u"parity-lesson-id"_s,
                          u"lesson id \"%1\" differs from \"%2\" in %3"_s.arg(other.id, reference.id,
                                                                              reference.idLocation.toString()),
                          u"a lesson keeps the same id in every language; translate only its title and text"_s);
    }
    if (!reference.bodyRead || !other.bodyRead)
        return; // a file whose pages could not be read has been reported already
    const qsizetype n = reference.pages.size(), m = other.pages.size();
    if (n != m) {
        // Point at the first page too many, or at the last page when pages are missing.
        const SourceLocation at = m > n ? other.pages.at(n).start
                                        : (m > 0 ? other.pages.constLast().start : SourceLocation{other.file, 1, 1});
        diagnostics.error(
            at, u"parity-page-count"_s, u"this lesson has %1 page(s) but %2 has %3"_s.arg(m).arg(reference.file).arg(n),
            u"split every language into the same pages with the same %1 lines"_s.arg(LessonSource::PageMarker));
        return; // activities would be compared with the wrong pages
    }
    for (qsizetype p = 0; p < n; ++p)
        checkPage(reference, other, p, diagnostics);
}

void LanguageParity::checkPage(const LessonSource &reference, const LessonSource &other, qsizetype page,
                               Diagnostics &diagnostics) const
{
    const PageSource &a = reference.pages.at(page);
    const PageSource &b = other.pages.at(page);
    // An activity that could not be read has already been reported; comparing around it
    // would only repeat that.
    if (a.hasIncompleteActivity() || b.hasIncompleteActivity())
        return;
    auto find = [](const PageSource &in, const QString &id) -> const ActivitySource * {
        for (const ActivitySource &activity : in.activities) {
            if (activity.id == id)
                return &activity;
        }
        return nullptr;
    };
    const int pageNumber = int(page + 1);
    QStringList commonInReferenceOrder, commonInOtherOrder;
    for (const ActivitySource &x : a.activities) {
        if (find(b, x.id)) {
            commonInReferenceOrder << x.id;
            continue;
        }
        diagnostics.error(
            b.start, u"parity-activity-missing"_s,
            u"activity \"%1\" (%2) at %3 is missing from page %4 here"_s.arg(x.id, x.type, x.fence.toString())
                .arg(pageNumber),
            u"copy the activity block into this page and translate its text; keep its id, type and answers"_s);
    }
    for (const ActivitySource &y : b.activities) {
        if (find(a, y.id)) {
            commonInOtherOrder << y.id;
            continue;
        }
        diagnostics.error(
            y.fence, u"parity-activity-extra"_s,
            u"activity \"%1\" is not on page %2 of %3"_s.arg(y.id).arg(pageNumber).arg(reference.file),
            u"every language has the same activities in the same places: remove it here or add it to %1"_s.arg(
                reference.file));
    }
    if (commonInReferenceOrder != commonInOtherOrder) {
        for (qsizetype i = 0; i < std::min(commonInOtherOrder.size(), commonInReferenceOrder.size()); ++i) {
            if (commonInOtherOrder[i] != commonInReferenceOrder[i]) {
                diagnostics.error(
                    find(b, commonInOtherOrder[i])->fence, u"parity-activity-order"_s,
                    u"activities on page %1 come in the order %2 here but %3 in %4"_s.arg(pageNumber)
                        .arg(commonInOtherOrder.join(u", "_s), commonInReferenceOrder.join(u", "_s), reference.file),
                    u"put the activities in the same order in every language"_s);
                break;
            }
        }
    }
    for (const QString &id : std::as_const(commonInReferenceOrder)) {
        const ActivitySource &x = *find(a, id);
        const ActivitySource &y = *find(b, id);
        if (x.type != y.type) {
            diagnostics.error(
                y.locate(u"type"_s), u"parity-activity-type"_s,
                u"activity \"%1\" is a \"%2\" here but a \"%3\" at %4"_s.arg(id, y.type, x.type, x.fence.toString()),
                u"an activity has the same type in every language"_s);
            continue;
        }
        const PluginInfo *info = m_plugins ? m_plugins->info(x.type) : nullptr;
        if (!info)
            continue; // an unknown type is reported on its own
        const LocalizedFields localized(info->localizedFields);
        AnswerKeyComparison comparison(
            x, y, info->localizedFields.isEmpty() ? u"none"_s : info->localizedFields.join(u", "_s), diagnostics);
        comparison.compare(localized.withoutLocalized(x.config), localized.withoutLocalized(y.config), {});
    }
}

} // namespace Passerelle
