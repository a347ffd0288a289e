// SPDX-License-Identifier: Apache-2.0
#include "cohortreport.h"

#include "reports/reportexports.h"

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

Document::Block block(Document::Block::Kind kind, const QString &text)
{
    Document::Block b;
    b.kind = kind;
    b.text = text;
    return b;
}

QString statusWords(const MatrixCell &c)
{
    switch (c.status) {
    case CellStatus::NotStarted: return u"not started"_s;
    case CellStatus::InProgress: return u"in progress, %1%"_s.arg(qRound(c.progress * 100));
    case CellStatus::Failed: return u"completed, not passed (%1%)"_s.arg(qRound(c.scorePercent()));
    case CellStatus::Completed: return u"completed"_s;
    case CellStatus::Passed: return c.hasScore ? u"passed, %1%"_s.arg(qRound(c.scorePercent())) : u"passed"_s;
    case CellStatus::Overdue:
        return u"OVERDUE (due %1), %2% done"_s.arg(ReportExports::dueDate(c.dueMs)).arg(qRound(c.progress * 100));
    }
    return QString();
}

} // namespace

Document cohortReportDocument(const CohortReadiness &readiness, const QList<MatrixCell> &cells,
                              const QHash<QString, QString> &moduleTitles, const QDateTime &now)
{
    using Kind = Document::Block::Kind;
    const Cohort &c = readiness.cohort;
    const auto title = [&](const QString &id) {
        const QString t = moduleTitles.value(id);
        return t.isEmpty() ? id : u"%1 (%2)"_s.arg(t, id);
    };
    Document d;
    d.title = c.name;
    QStringList about{c.kind == Cohort::Kind::Deployment ? u"Deployment"_s : u"Training group"_s};
    if (!c.action.isEmpty())
        about << c.action;
    if (!c.country.isEmpty())
        about << c.country;
    if (c.startDate.isValid() || c.endDate.isValid())
        about << u"%1 to %2"_s.arg(c.startDate.toString(Qt::ISODate), c.endDate.toString(Qt::ISODate));
    d.subtitle = about.join(u" · "_s);
    d.footer = u"Passerelle cohort report, %1 UTC"_s.arg(now.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));

    d.blocks << block(Kind::Heading, u"Summary"_s);
    d.blocks << block(Kind::Paragraph,
                      u"%1 member(s): %2 ready, %3 late, %4 still working."_s.arg(readiness.members.size())
                          .arg(readiness.readyCount())
                          .arg(readiness.lateCount())
                          .arg(readiness.members.size() - readiness.readyCount() - readiness.lateCount()));
    d.blocks << block(Kind::Heading, u"Required modules"_s);
    if (readiness.requirements.isEmpty())
        d.blocks << block(Kind::Paragraph, u"None yet."_s);
    for (const CohortRequirement &r : readiness.requirements)
        d.blocks << block(Kind::Paragraph,
                          r.dueDate.isValid() ? u"%1 — due %2"_s.arg(title(r.moduleId), r.dueDate.toString(Qt::ISODate))
                                              : u"%1 — no due date"_s.arg(title(r.moduleId)));
    d.blocks << block(Kind::Heading, u"Readiness"_s);
    for (const MemberReadiness &m : readiness.members) {
        Document::Block b;
        b.kind = Kind::Checkbox;
        b.checked = m.ready;
        b.text = m.ready ? u"%1 — ready"_s.arg(m.learnerName)
                         : u"%1 — %2 of %3 done"_s.arg(m.learnerName).arg(m.done).arg(m.required);
        QStringList notes;
        if (!m.late.isEmpty())
            notes << u"Late: %1."_s.arg(m.late.join(u", "_s));
        if (!m.missing.isEmpty())
            notes << u"Missing: %1."_s.arg(m.missing.join(u", "_s));
        b.note = notes.join(u' ');
        d.blocks << b;
    }
    d.blocks << block(Kind::Heading, u"Results by member"_s);
    QString current;
    QStringList lines;
    const auto flush = [&] {
        if (!current.isEmpty())
            d.blocks << block(Kind::Paragraph, current + u": "_s + lines.join(u"; "_s) + u'.');
        lines.clear();
    };
    for (const MatrixCell &cell : cells) {
        if (cell.learnerName != current) {
            flush();
            current = cell.learnerName;
        }
        lines << u"%1 — %2"_s.arg(moduleTitles.value(cell.moduleId, cell.moduleId), statusWords(cell));
    }
    flush();
    return d;
}

} // namespace Passerelle
