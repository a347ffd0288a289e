// SPDX-License-Identifier: Apache-2.0
#include "learnerlistmodel.h"

namespace Passerelle {

LearnerListModel::LearnerListModel(QObject *parent) : QAbstractListModel(parent) {}

void LearnerListModel::setLearners(const QList<Learner> &learners)
{
    beginResetModel();
    m_learners = learners;
    endResetModel();
    emit countChanged();
}

int LearnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_learners.size());
}

QVariant LearnerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Learner &learner = m_learners.at(index.row());
    switch (role) {
    case LearnerIdRole: return learner.id;
    case Qt::DisplayRole:
    case NameRole: return learner.name;
    }
    return {};
}

QHash<int, QByteArray> LearnerListModel::roleNames() const
{
    return {{LearnerIdRole, "learnerId"}, {NameRole, "name"}};
}

} // namespace Passerelle
