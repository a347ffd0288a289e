// SPDX-License-Identifier: Apache-2.0
#include "packages/learningpath.h"

#include <QHash>
#include <QSet>

namespace Passerelle {

QList<LearningPathStep> learningPath(const QList<ModuleSummary> &modules)
{
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < modules.size(); ++i)
        position.insert(modules[i].id, i);

    // The requirements that can be met here, and the modules on the path at all.
    QList<QStringList> prerequisites(modules.size());
    QSet<QString> onPath;
    for (qsizetype i = 0; i < modules.size(); ++i) {
        for (const QString &required : modules[i].requiredModules) {
            if (!position.contains(required) || required == modules[i].id || prerequisites[i].contains(required))
                continue;
            prerequisites[i].append(required);
            onPath.insert(required);
            onPath.insert(modules[i].id);
        }
    }

    // Kahn's algorithm, always taking the first ready module in the given order, so that the
    // path is the same from one start to the next.
    QList<int> waitingFor(modules.size(), 0);
    QList<QList<qsizetype>> requiredBy(modules.size());
    for (qsizetype i = 0; i < modules.size(); ++i) {
        waitingFor[i] = static_cast<int>(prerequisites[i].size());
        for (const QString &required : std::as_const(prerequisites[i]))
            requiredBy[position.value(required)].append(i);
    }
    QList<bool> done(modules.size(), false);
    QList<LearningPathStep> path;
    while (true) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < modules.size(); ++i) {
            if (!done[i] && waitingFor[i] == 0 && onPath.contains(modules[i].id)) {
                next = i;
                break;
            }
        }
        if (next < 0)
            break; // finished, or only modules in (or behind) a circle are left
        done[next] = true;
        path.append({modules[next].id, static_cast<int>(path.size()) + 1, prerequisites[next]});
        for (qsizetype dependent : std::as_const(requiredBy[next]))
            --waitingFor[dependent];
    }
    return path;
}

} // namespace Passerelle
