// SPDX-License-Identifier: Apache-2.0
#include "completionmatrixmodel.h"

#include "reports/reportexports.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

CompletionMatrixModel::CompletionMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CompletionMatrixModel::setSource(Database *db, QHash<QString, QString> titles)
{
    m_db = db;
    m_titles = std::move(titles);
}

int CompletionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompletionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size()) + 1;
}

const MatrixCell *CompletionMatrixModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 1 || column > m_modules.size())
        return nullptr;
    const int i = m_rows.at(row).cells.at(column - 1);
    return i < 0 ? nullptr : &m_cells.at(i);
}

QVariant CompletionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == LearnerIdRole)
        return row.learnerId;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return row.learnerName;
        if (role == StatusRole)
            return -1;
        return {};
    }
    if (role == ModuleIdRole)
        return m_modules.value(index.column() - 1);
    const MatrixCell *c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!c || c->status == CellStatus::NotStarted)
            return QString();
        if (c->status == CellStatus::Completed)
            return u"✓"_s;
        if (c->status == CellStatus::Passed)
            return c->hasScore ? u"✓ %1%"_s.arg(qRound(c->scorePercent())) : u"✓"_s;
        if (c->status == CellStatus::Failed && c->hasScore)
            return u"✗ %1%"_s.arg(qRound(c->scorePercent()));
        return u"%1%"_s.arg(qRound(c->progress * 100));
    case StatusRole: return c ? int(c->status) : -1;
    case ProgressRole: return c ? c->progress : 0.0;
    case ScoreRole: return c && c->hasScore ? c->scorePercent() : -1.0;
    case DueRole: return c ? ReportExports::dueDate(c->dueMs) : QString();
    default: return {};
    }
}

QVariant CompletionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return QString(); // the view names the learner column, in the interface's language
    const QString id = m_modules.value(section - 1);
    return m_titles.value(id, id);
}

QHash<int, QByteArray> CompletionMatrixModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {StatusRole, "status"}, {ProgressRole, "progress"},
            {ScoreRole, "score"},         {DueRole, "due"},       {LearnerIdRole, "learnerId"},
            {ModuleIdRole, "moduleId"}};
}

void CompletionMatrixModel::setCohortId(const QString &id)
{
    if (id == m_filter.cohortId)
        return;
    m_filter.cohortId = id;
    emit filterChanged();
    refresh();
}

void CompletionMatrixModel::setModuleId(const QString &id)
{
    if (id == m_filter.moduleId)
        return;
    m_filter.moduleId = id;
    emit filterChanged();
    refresh();
}

void CompletionMatrixModel::setStatus(int status)
{
    if (status == m_filter.status)
        return;
    m_filter.status = status;
    emit filterChanged();
    refresh();
}

void CompletionMatrixModel::setNameText(const QString &text)
{
    if (text == m_filter.nameText)
        return;
    m_filter.nameText = text;
    emit filterChanged();
    refresh();
}

void CompletionMatrixModel::refresh()
{
    beginResetModel();
    m_cells.clear();
    m_modules.clear();
    m_rows.clear();
    m_error.clear();
    if (m_db) {
        auto cells = CompletionMatrix::query(*m_db, m_filter, m_now().toMSecsSinceEpoch());
        if (cells)
            m_cells = std::move(cells).value();
        else
            m_error = cells.errorMessage();
    }
    // Modules in title order; rows in the query's order (by name).
    QHash<QString, int> column;
    for (const MatrixCell &c : std::as_const(m_cells)) {
        if (!column.contains(c.moduleId)) {
            column.insert(c.moduleId, 0);
            m_modules.append(c.moduleId);
        }
    }
    std::sort(m_modules.begin(), m_modules.end(), [this](const QString &a, const QString &b) {
        return m_titles.value(a, a).localeAwareCompare(m_titles.value(b, b)) < 0;
    });
    for (int i = 0; i < m_modules.size(); ++i)
        column[m_modules.at(i)] = i;
    QHash<QString, int> rowOf;
    for (int i = 0; i < m_cells.size(); ++i) {
        const MatrixCell &c = m_cells.at(i);
        auto at = rowOf.find(c.learnerId);
        if (at == rowOf.end()) {
            at = rowOf.insert(c.learnerId, int(m_rows.size()));
            m_rows.append(Row{c.learnerId, c.learnerName, QVector<int>(m_modules.size(), -1)});
        }
        m_rows[*at].cells[column.value(c.moduleId)] = i;
    }
    applySort();
    endResetModel();
    emit refreshed();
}

void CompletionMatrixModel::applySort()
{
    const int col = m_sortColumn;
    const bool desc = m_descending;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        if (col == 0 || col > m_modules.size()) {
            const int byName = a.learnerName.localeAwareCompare(b.learnerName);
            return desc ? byName > 0 : byName < 0;
        }
        // Status first (overdue at one end, not started at the other), then how far along.
        const auto key = [&](const Row &r) {
            const int i = r.cells.at(col - 1);
            if (i < 0)
                return std::pair<int, double>(-1, 0.0);
            const MatrixCell &c = m_cells.at(i);
            return std::pair<int, double>(int(c.status), c.hasScore ? c.scorePercent() / 100.0 : c.progress);
        };
        return desc ? key(a) > key(b) : key(a) < key(b);
    });
}

void CompletionMatrixModel::sortBy(int column)
{
    if (column < 0 || column > m_modules.size())
        return;
    beginResetModel();
    m_descending = column == m_sortColumn ? !m_descending : column != 0;
    m_sortColumn = column;
    applySort();
    endResetModel();
    emit sortChanged();
}

QString CompletionMatrixModel::learnerIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).learnerId : QString();
}

QString CompletionMatrixModel::moduleIdAt(int column) const
{
    return m_modules.value(column - 1);
}

} // namespace Passerelle
