// SPDX-License-Identifier: Apache-2.0
#include "lessonlistmodel.h"

namespace Passerelle {

LessonListModel::LessonListModel(QList<Lesson> lessons, QObject *parent)
    : QAbstractListModel(parent), m_lessons(std::move(lessons))
{
}

void LessonListModel::setCurrent(int lessonIndex)
{
    if (lessonIndex == m_current)
        return;
    const int previous = m_current;
    m_current = lessonIndex;
    emit dataChanged(index(previous), index(previous), {CurrentRole});
    emit dataChanged(index(m_current), index(m_current), {CurrentRole});
}

int LessonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lessons.size());
}

QVariant LessonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lesson &lesson = m_lessons.at(index.row());
    switch (role) {
    case LessonIdRole: return lesson.id;
    case Qt::DisplayRole:
    case TitleRole: return lesson.title;
    case MinutesRole: return lesson.minutes;
    case PageCountRole: return static_cast<int>(lesson.pages.size());
    case CurrentRole: return index.row() == m_current;
    }
    return {};
}

QHash<int, QByteArray> LessonListModel::roleNames() const
{
    return {{LessonIdRole, "lessonId"}, {TitleRole, "title"}, {MinutesRole, "minutes"},
            {PageCountRole, "pageCount"}, {CurrentRole, "current"}};
}

} // namespace Passerelle
