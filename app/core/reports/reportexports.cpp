// SPDX-License-Identifier: Apache-2.0
#include "reports/reportexports.h"

#include "reports/csvwriter.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

QString number(double value, int decimals)
{
    // Always a dot: the C locale, whatever the machine's; spreadsheets import it as a number
    // when told the decimal separator, and it is what RFC 4180 consumers expect.
    return QString::number(value, 'f', decimals);
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, u' ', true);
}

} // namespace

QString ReportExports::isoDateTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString ReportExports::dueDate(qint64 lateFromMs)
{
    return lateFromMs > 0 ? QDateTime::fromMSecsSinceEpoch(lateFromMs - 1, Qt::UTC).date().toString(Qt::ISODate)
                          : QString();
}

QByteArray ReportExports::matrixCsv(const QList<MatrixCell> &cells, const QHash<QString, QString> &moduleTitles)
{
    CsvWriter csv({u"learner_id"_s, u"learner"_s, u"module_id"_s, u"module"_s, u"status"_s, u"progress_percent"_s,
                   u"score_percent"_s, u"score_raw"_s, u"score_max"_s, u"minutes"_s, u"due_date"_s, u"completed_at"_s,
                   u"last_activity"_s});
    for (const MatrixCell &c : cells) {
        csv.addRow({c.learnerId, CsvWriter::text(c.learnerName), c.moduleId,
                    CsvWriter::text(moduleTitles.value(c.moduleId)), cellStatusName(c.status),
                    QString::number(qRound(c.progress * 100)), c.hasScore ? number(c.scorePercent(), 1) : QString(),
                    c.hasScore ? number(c.scoreRaw, 2) : QString(), c.hasScore ? number(c.scoreMax, 2) : QString(),
                    number(c.seconds / 60.0, 1), dueDate(c.dueMs), isoDateTime(c.completedAtMs),
                    isoDateTime(c.lastActivityMs)});
    }
    return csv.data();
}

QByteArray ReportExports::itemsCsv(const QList<ItemStatistics> &items)
{
    CsvWriter csv({u"module_id"_s, u"activity_id"_s, u"activity_type"_s, u"question"_s, u"attempts"_s, u"learners"_s,
                   u"first_try_correct_percent"_s, u"most_chosen_wrong"_s, u"most_chosen_wrong_count"_s,
                   u"most_chosen_wrong_response"_s});
    for (const ItemStatistics &i : items) {
        csv.addRow({i.moduleId, i.activityId, i.activityType, CsvWriter::text(i.question), QString::number(i.attempts),
                    QString::number(i.learners),
                    i.scored && i.firstTries > 0 ? number(100.0 * i.shareCorrectFirstTry(), 1) : QString(),
                    CsvWriter::text(i.commonWrongLabel),
                    i.commonWrongCount > 0 ? QString::number(i.commonWrongCount) : QString(),
                    CsvWriter::text(i.commonWrongResponse)});
    }
    return csv.data();
}

QString ReportExports::matrixText(const QList<MatrixCell> &cells)
{
    int nameWidth = 7, moduleWidth = 6;
    for (const MatrixCell &c : cells) {
        nameWidth = std::max<int>(nameWidth, std::min<qsizetype>(c.learnerName.size(), 30));
        moduleWidth = std::max<int>(moduleWidth, std::min<qsizetype>(c.moduleId.size(), 30));
    }
    QString text = padded(u"Learner"_s, nameWidth) + u"  "_s + padded(u"Module"_s, moduleWidth) +
                   u"  Status       Progress  Score   Due\n"_s;
    for (const MatrixCell &c : cells) {
        text += padded(c.learnerName, nameWidth) + u"  "_s + padded(c.moduleId, moduleWidth) + u"  "_s +
                padded(cellStatusName(c.status), 11) + u"  "_s + padded(u"%1%"_s.arg(qRound(c.progress * 100)), 8) +
                u"  "_s + padded(c.hasScore ? u"%1%"_s.arg(qRound(c.scorePercent())) : u"-"_s, 6) + u"  "_s +
                (c.dueMs > 0 ? dueDate(c.dueMs) : u"-"_s) + u'\n';
    }
    return text;
}

QString ReportExports::itemsText(const QList<ItemStatistics> &items)
{
    QString text;
    for (const ItemStatistics &i : items) {
        text += u"%1 / %2 (%3): %4 attempt(s) by %5 learner(s)"_s.arg(i.moduleId, i.activityId, i.activityType)
                    .arg(i.attempts)
                    .arg(i.learners);
        if (i.scored && i.firstTries > 0)
            text += u", %1% right at the first try"_s.arg(qRound(100.0 * i.shareCorrectFirstTry()));
        if (i.commonWrongCount > 0)
            text += u", most chosen wrong answer: \"%1\" (%2 time(s))"_s
                        .arg(i.commonWrongLabel.isEmpty() ? i.commonWrongResponse : i.commonWrongLabel)
                        .arg(i.commonWrongCount);
        text += u'\n';
    }
    return text;
}

} // namespace Passerelle
