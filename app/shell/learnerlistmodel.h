// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "progress/progressstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Passerelle {

// The learner profiles on this machine, sorted by name.
// Roles: learnerId, name.
class LearnerListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by LearnerSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { LearnerIdRole = Qt::UserRole + 1, NameRole };

    explicit LearnerListModel(QObject *parent = nullptr);
    void setLearners(const QList<Learner> &learners);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Learner> m_learners;
};

} // namespace Passerelle
