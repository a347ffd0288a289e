// SPDX-License-Identifier: Apache-2.0
#include "progress/moduleprogress.h"

namespace Passerelle {

ModuleStatus moduleStatus(const Module &module, const QSet<QPair<QString, int>> &pagesSeen,
                          const QHash<QString, ActivityScore> &answered)
{
    ModuleStatus status;
    const QList<Lesson> &lessons = module.content.value(module.defaultLanguage).lessons;
    int pages = 0;
    int seen = 0;
    for (const Lesson &lesson : lessons) {
        for (int p = 0; p < lesson.pages.size(); ++p) {
            ++pages;
            seen += pagesSeen.contains({lesson.id, p}) ? 1 : 0;
        }
    }
    const QStringList required = module.requiredActivityIds();
    int done = 0;
    for (const QString &id : required) {
        const auto it = answered.constFind(id);
        if (it == answered.cend())
            continue;
        ++done;
        status.scoreRaw += it->raw;
        status.scoreMax += it->max;
    }
    status.completed = required.isEmpty() ? seen == pages : done == required.size();
    const int total = pages + static_cast<int>(required.size());
    status.progress = status.completed ? 1.0 : (total > 0 ? double(seen + done) / double(total) : 0.0);
    const double passMark = module.completion.passMark;
    status.passed = status.completed && (passMark <= 0.0 || status.scoreMax <= 0.0 || status.scaled() + 1e-9 >= passMark);
    return status;
}

} // namespace Passerelle
