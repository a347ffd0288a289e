// SPDX-License-Identifier: Apache-2.0
#include "cataloguemodel.h"

namespace Passerelle {

CatalogueModel::CatalogueModel(QObject *parent) : QAbstractListModel(parent) {}

void CatalogueModel::setEntries(const QList<CatalogueEntry> &entries, const QString &language,
                                const QHash<QString, Progress> &progress)
{
    beginResetModel();
    m_entries = entries;
    m_language = language;
    m_progress = progress;
    endResetModel();
    emit countChanged();
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModuleSummary &module = m_entries.at(index.row()).summary;
    switch (role) {
    case ModuleIdRole: return module.id;
    case Qt::DisplayRole:
    case TitleRole: return module.title(m_language);
    case SummaryRole: return module.summary(m_language);
    case LessonCountRole: return module.lessonCount;
    case MinutesRole: return module.minutes;
    case ProgressRole: return m_progress.value(module.id).fraction;
    case StartedRole: return m_progress.value(module.id).started;
    case OriginRole: return module.origin;
    }
    return {};
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"},       {TitleRole, "title"},
            {SummaryRole, "summary"},         {LessonCountRole, "lessonCount"},
            {MinutesRole, "minutes"},         {ProgressRole, "progress"},
            {StartedRole, "started"},         {OriginRole, "origin"}};
}

} // namespace Passerelle
