// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "admin/cohort.h"
#include "document.h"
#include "reports/completionmatrix.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Passerelle {

// A cohort's report for print: who it is, what it requires and by when, who is ready, who is
// late and what each member still has to do, and each member's results per module.
Document cohortReportDocument(const CohortReadiness &readiness, const QList<MatrixCell> &cells,
                              const QHash<QString, QString> &moduleTitles, const QDateTime &now,
                              const QString &language = QString());

} // namespace Passerelle
