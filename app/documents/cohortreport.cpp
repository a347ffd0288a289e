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

// The report's words in the app's two languages, as the certificate has them.
struct Wording
{
    QString deployment, trainingGroup, dates, footer, summary, summaryText, required, none, due, noDue, readiness,
        ready, done, late, missing, results, notStarted, inProgress, failed, completed, passed, passedScore, overdue;
};

Wording wording(const QString &language)
{
    if (language.startsWith(u"fr"_s))
        return {u"Déploiement"_s,
                u"Groupe de formation"_s,
                u"du %1 au %2"_s,
                u"Rapport de cohorte Passerelle, %1 UTC"_s,
                u"Synthèse"_s,
                u"%1 membre(s) : %2 prêt(s), %3 en retard, %4 en cours."_s,
                u"Modules obligatoires"_s,
                u"Aucun pour l'instant."_s,
                u"%1 — échéance %2"_s,
                u"%1 — pas d'échéance"_s,
                u"État de préparation"_s,
                u"%1 — prêt"_s,
                u"%1 — %2 sur %3 faits"_s,
                u"En retard : %1."_s,
                u"Manque : %1."_s,
                u"Résultats par membre"_s,
                u"pas commencé"_s,
                u"en cours, %1 %"_s,
                u"terminé, non réussi (%1 %)"_s,
                u"terminé"_s,
                u"réussi"_s,
                u"réussi, %1 %"_s,
                u"EN RETARD (échéance %1), %2 % fait"_s};
    return {u"Deployment"_s,
            u"Training group"_s,
            u"%1 to %2"_s,
            u"Passerelle cohort report, %1 UTC"_s,
            u"Summary"_s,
            u"%1 member(s): %2 ready, %3 late, %4 still working."_s,
            u"Required modules"_s,
            u"None yet."_s,
            u"%1 — due %2"_s,
            u"%1 — no due date"_s,
            u"Readiness"_s,
            u"%1 — ready"_s,
            u"%1 — %2 of %3 done"_s,
            u"Late: %1."_s,
            u"Missing: %1."_s,
            u"Results by member"_s,
            u"not started"_s,
            u"in progress, %1%"_s,
            u"completed, not passed (%1%)"_s,
            u"completed"_s,
            u"passed"_s,
            u"passed, %1%"_s,
            u"OVERDUE (due %1), %2% done"_s};
}

QString statusWords(const MatrixCell &c, const Wording &w)
{
    switch (c.status) {
    case CellStatus::NotStarted: return w.notStarted;
    case CellStatus::InProgress: return w.inProgress.arg(qRound(c.progress * 100));
    case CellStatus::Failed: return w.failed.arg(qRound(c.scorePercent()));
    case CellStatus::Completed: return w.completed;
    case CellStatus::Passed: return c.hasScore ? w.passedScore.arg(qRound(c.scorePercent())) : w.passed;
    case CellStatus::Overdue: return w.overdue.arg(ReportExports::dueDate(c.dueMs)).arg(qRound(c.progress * 100));
    }
    return QString();
}

} // namespace

Document cohortReportDocument(const CohortReadiness &readiness, const QList<MatrixCell> &cells,
                              const QHash<QString, QString> &moduleTitles, const QDateTime &now,
                              const QString &language)
{
    const Wording w = wording(language);
    using Kind = Document::Block::Kind;
    const Cohort &c = readiness.cohort;
    const auto title = [&](const QString &id) {
        const QString t = moduleTitles.value(id);
        return t.isEmpty() ? id : u"%1 (%2)"_s.arg(t, id);
    };
    const auto titles = [&](const QStringList &ids) {
        QStringList names;
        for (const QString &id : ids)
            names << moduleTitles.value(id, id);
        return names.join(u", "_s);
    };
    Document d;
    d.title = c.name;
    QStringList about{c.kind == Cohort::Kind::Deployment ? w.deployment : w.trainingGroup};
    if (!c.action.isEmpty())
        about << c.action;
    if (!c.country.isEmpty())
        about << c.country;
    if (c.startDate.isValid() || c.endDate.isValid())
        about << w.dates.arg(c.startDate.toString(Qt::ISODate), c.endDate.toString(Qt::ISODate));
    d.subtitle = about.join(u" · "_s);
    d.footer = w.footer.arg(now.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));

    d.blocks << block(Kind::Heading, w.summary);
    d.blocks << block(Kind::Paragraph,
                      w.summaryText.arg(readiness.members.size())
                          .arg(readiness.readyCount())
                          .arg(readiness.lateCount())
                          .arg(readiness.members.size() - readiness.readyCount() - readiness.lateCount()));
    d.blocks << block(Kind::Heading, w.required);
    if (readiness.requirements.isEmpty())
        d.blocks << block(Kind::Paragraph, w.none);
    for (const CohortRequirement &r : readiness.requirements)
        d.blocks << block(Kind::Paragraph, r.dueDate.isValid()
                                               ? w.due.arg(title(r.moduleId), r.dueDate.toString(Qt::ISODate))
                                               : w.noDue.arg(title(r.moduleId)));
    d.blocks << block(Kind::Heading, w.readiness);
    for (const MemberReadiness &m : readiness.members) {
        Document::Block b;
        b.kind = Kind::Checkbox;
        b.checked = m.ready;
        b.text = m.ready ? w.ready.arg(m.learnerName) : w.done.arg(m.learnerName).arg(m.done).arg(m.required);
        QStringList notes;
        if (!m.late.isEmpty())
            notes << w.late.arg(titles(m.late));
        if (!m.missing.isEmpty())
            notes << w.missing.arg(titles(m.missing));
        b.note = notes.join(u' ');
        d.blocks << b;
    }
    d.blocks << block(Kind::Heading, w.results);
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
        lines << u"%1 — %2"_s.arg(moduleTitles.value(cell.moduleId, cell.moduleId), statusWords(cell, w));
    }
    flush();
    return d;
}

} // namespace Passerelle
