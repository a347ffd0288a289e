// SPDX-License-Identifier: Apache-2.0
#include "cataloguemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

CatalogueModel::CatalogueModel(QObject *parent) : QAbstractListModel(parent) {}

void CatalogueModel::setEntries(const QList<CatalogueEntry> &entries, const QString &language,
                                const QHash<QString, Progress> &progress)
{
    beginResetModel();
    QList<ModuleSummary> summaries;
    for (const CatalogueEntry &entry : entries)
        summaries.append(entry.summary);
    m_path.clear();
    for (const LearningPathStep &step : Passerelle::learningPath(summaries))
        m_path.insert(step.moduleId, step);
    m_entries = entries;
    // The path first, in its order; the other modules after it, as they were.
    std::stable_sort(m_entries.begin(), m_entries.end(), [this](const CatalogueEntry &a, const CatalogueEntry &b) {
        const int stepA = m_path.value(a.summary.id).step;
        const int stepB = m_path.value(b.summary.id).step;
        return (stepA > 0 && stepB > 0) ? stepA < stepB : stepA > stepB;
    });
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
    case CompletedRole: return m_progress.value(module.id).completed;
    case PathStepRole: return m_path.value(module.id).step;
    case RecommendedFirstRole: {
        QStringList titles;
        for (const QString &required : m_path.value(module.id).prerequisites) {
            if (m_progress.value(required).completed)
                continue;
            for (const CatalogueEntry &entry : m_entries) {
                if (entry.summary.id == required)
                    titles << entry.summary.title(m_language);
            }
        }
        return titles;
    }
    }
    return {};
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"},       {TitleRole, "title"},
            {SummaryRole, "summary"},         {LessonCountRole, "lessonCount"},
            {MinutesRole, "minutes"},         {ProgressRole, "progress"},
            {StartedRole, "started"},         {OriginRole, "origin"},
            {CompletedRole, "completed"},     {PathStepRole, "pathStep"},
            {RecommendedFirstRole, "recommendedFirst"}};
}

QVariantList CatalogueModel::learningPath() const
{
    QVariantList steps;
    for (const CatalogueEntry &entry : m_entries) {
        const int step = m_path.value(entry.summary.id).step;
        if (step == 0)
            continue;
        const Progress progress = m_progress.value(entry.summary.id);
        steps.append(QVariantMap{{u"moduleId"_s, entry.summary.id},
                                 {u"title"_s, entry.summary.title(m_language)},
                                 {u"step"_s, step},
                                 {u"started"_s, progress.started},
                                 {u"completed"_s, progress.completed},
                                 {u"progress"_s, progress.fraction}});
    }
    return steps;
}

} // namespace Passerelle
