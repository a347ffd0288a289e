// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/completionmatrix.h"
#include "reports/itemanalysis.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Passerelle {

// The reports as files: CSV for spreadsheets (one row per cell or per activity, so a pivot
// table rebuilds any view) and plain text tables for a terminal.
class ReportExports
{
public:
    static QByteArray matrixCsv(const QList<MatrixCell> &cells, const QHash<QString, QString> &moduleTitles);
    static QByteArray itemsCsv(const QList<ItemStatistics> &items);
    static QString matrixText(const QList<MatrixCell> &cells);
    static QString itemsText(const QList<ItemStatistics> &items);

    static QString isoDateTime(qint64 ms);     // "2027-01-15T09:30:00Z", empty for 0
    static QString dueDate(qint64 lateFromMs); // the due day of a due_ms (the day before it)
};

} // namespace Passerelle
