// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "packages/modulecatalogue.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace Passerelle {

// The modules shown on the catalogue page, in the learner's language, with their progress.
// Roles: moduleId, title, summary, lessonCount, minutes, progress (0..1), started, origin.
class CatalogueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by LearnerSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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
    };

    struct Progress
    {
        double fraction = 0.0;
        bool started = false;
    };

    explicit CatalogueModel(QObject *parent = nullptr);
    void setEntries(const QList<CatalogueEntry> &entries, const QString &language,
                    const QHash<QString, Progress> &progress);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<CatalogueEntry> m_entries;
    QString m_language;
    QHash<QString, Progress> m_progress;
};

} // namespace Passerelle
