// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "packages/learningpath.h"
#include "packages/modulecatalogue.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Passerelle {

// The modules shown on the catalogue page, in the learner's language, with their progress.
// Roles: moduleId, title, summary, lessonCount, minutes, progress (0..1), started, completed,
// origin, pathStep (1-based place on the learning path, 0 when off it) and recommendedFirst
// (the titles of the modules to take first that the learner has not completed).
// The modules on the learning path come first, in its order.
class CatalogueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by LearnerSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The learning path, for the strip above the cards: {moduleId, title, step, started,
    // completed, progress} per step.
    Q_PROPERTY(QVariantList learningPath READ learningPath NOTIFY countChanged)
    Q_PROPERTY(int learningPathLength READ learningPathLength NOTIFY countChanged)

public:
    enum Role {
        ModuleIdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        LessonCountRole,
        MinutesRole,
        ProgressRole,
        StartedRole,
        OriginRole, // "bundled", "trusted", "signed" or "unsigned"
        CompletedRole,
        PathStepRole,
        RecommendedFirstRole,
    };

    struct Progress
    {
        double fraction = 0.0;
        bool started = false;
        bool completed = false;
    };

    explicit CatalogueModel(QObject *parent = nullptr);
    void setEntries(const QList<CatalogueEntry> &entries, const QString &language,
                    const QHash<QString, Progress> &progress);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariantList learningPath() const;
    int learningPathLength() const { return static_cast<int>(m_path.size()); }

signals:
    void countChanged();

private:
    QList<CatalogueEntry> m_entries;
    QString m_language;
    QHash<QString, Progress> m_progress;
    QHash<QString, LearningPathStep> m_path;
};

} // namespace Passerelle
