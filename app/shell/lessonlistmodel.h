// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/module.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Passerelle {

// A module's table of contents in one language.
// Roles: lessonId, title, minutes, pageCount, current.
class LessonListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ModuleSession")
    Q_PROPERTY(int count READ rowCount CONSTANT)

public:
    enum Role { LessonIdRole = Qt::UserRole + 1, TitleRole, MinutesRole, PageCountRole, CurrentRole };

    LessonListModel(QList<Lesson> lessons, QObject *parent = nullptr);
    void setCurrent(int lessonIndex);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Lesson> m_lessons;
    int m_current = 0;
};

} // namespace Passerelle
