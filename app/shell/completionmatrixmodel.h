// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/completionmatrix.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace Passerelle {

class Database;

// The completion matrix for a TableView: one row per learner, column 0 the learner's name,
// then one column per module. Filters (cohort, module, status, part of a name) go to the SQL
// query; sorting by a column happens here, on the rows already read.
//
// Roles: display (the name, or the cell in short: "45%", "80%", "✓"), status (a CellStatus,
// -1 for the name column and for cells the filter left out), progress (0..1), score
// (percent, -1 when not scored), due ("2027-01-15" or ""), learnerId, moduleId.
class CompletionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given by AdminSession")
    Q_PROPERTY(QString cohortId READ cohortId WRITE setCohortId NOTIFY filterChanged)
    Q_PROPERTY(QString moduleId READ moduleId WRITE setModuleId NOTIFY filterChanged)
    Q_PROPERTY(int status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString nameText READ nameText WRITE setNameText NOTIFY filterChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY sortChanged)
    Q_PROPERTY(int learnerCount READ learnerCount NOTIFY refreshed)
    Q_PROPERTY(int moduleCount READ moduleCount NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY refreshed)

public:
    enum Role { StatusRole = Qt::UserRole + 1, ProgressRole, ScoreRole, DueRole, LearnerIdRole, ModuleIdRole };
    Q_ENUM(Role)

    explicit CompletionMatrixModel(QObject *parent = nullptr);

    // The database to read, and the module titles to show; then refresh().
    void setSource(Database *db, QHash<QString, QString> titles);
    // The moment lateness is judged at; the wall clock unless a test sets it.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString cohortId() const { return m_filter.cohortId; }
    void setCohortId(const QString &id);
    QString moduleId() const { return m_filter.moduleId; }
    void setModuleId(const QString &id);
    int status() const { return m_filter.status; }
    void setStatus(int status);
    QString nameText() const { return m_filter.nameText; }
    void setNameText(const QString &text);
    int sortColumn() const { return m_sortColumn; }
    bool sortDescending() const { return m_descending; }
    int learnerCount() const { return int(m_rows.size()); }
    int moduleCount() const { return int(m_modules.size()); }
    QString error() const { return m_error; }

    // Reads the matrix again (after a filter changes, or new results).
    Q_INVOKABLE void refresh();
    // Sorts by a column; the same column again flips the order.
    Q_INVOKABLE void sortBy(int column);
    Q_INVOKABLE QString learnerIdAt(int row) const;
    Q_INVOKABLE QString moduleIdAt(int column) const;
    // The cells as read, for the CSV export of what is on screen.
    const QList<MatrixCell> &cells() const { return m_cells; }

signals:
    void filterChanged();
    void sortChanged();
    void refreshed();

private:
    struct Row
    {
        QString learnerId;
        QString learnerName;
        QVector<int> cells; // index into m_cells per module column, -1 when none
    };
    void applySort();
    const MatrixCell *cell(int row, int column) const;

    Database *m_db = nullptr;
    MatrixFilter m_filter;
    QHash<QString, QString> m_titles;
    QList<MatrixCell> m_cells;
    QStringList m_modules;
    QVector<Row> m_rows;
    int m_sortColumn = 0;
    bool m_descending = false;
    QString m_error;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace Passerelle
