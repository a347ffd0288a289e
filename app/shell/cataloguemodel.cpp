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
    const Module &module = *m_entries.at(index.row()).module;
    const ModuleContent &content = module.contentFor(m_language);
    switch (role) {
    case ModuleIdRole: return module.id;
    case Qt::DisplayRole:
    case TitleRole: return content.title;
    case SummaryRole: return content.summary;
    case LessonCountRole: return static_cast<int>(content.lessons.size());
    case MinutesRole: return module.minutes;
    case ProgressRole: return m_progress.value(module.id).fraction;
    case StartedRole: return m_progress.value(module.id).started;
    }
    return {};
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"},       {TitleRole, "title"},
            {SummaryRole, "summary"},         {LessonCountRole, "lessonCount"},
            {MinutesRole, "minutes"},         {ProgressRole, "progress"},
            {StartedRole, "started"}};
}

} // namespace Passerelle
