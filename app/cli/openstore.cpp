// SPDX-License-Identifier: Apache-2.0
#include "openstore.h"

#include "command.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

std::unique_ptr<ProgressStore> openProgressStore(const QCommandLineParser &parser, bool create, int *code)
{
    const QString path = QDir(dataDir(parser)).filePath(u"progress.sqlite"_s);
    if (!create && !QFileInfo::exists(path)) {
        err(u"There is no progress database at %1: no one has used Passerelle with this data folder yet (see "
            "--data-dir)."_s.arg(QDir::toNativeSeparators(path)));
        *code = IoError;
        return nullptr;
    }
    // The administrator's machine may have no data folder yet: importing or pulling creates it.
    if (create && !QDir().mkpath(QFileInfo(path).path())) {
        err(u"Cannot create the data folder %1."_s.arg(QDir::toNativeSeparators(QFileInfo(path).path())));
        *code = IoError;
        return nullptr;
    }
    auto store = ProgressStore::open(path);
    if (!store) {
        err(store.errorMessage());
        *code = IoError;
        return nullptr;
    }
    if ((*store)->recoveryReport())
        err((*store)->recoveryReport()->message());
    return std::move(store).value();
}

std::optional<Learner> findLearner(ProgressStore &store, const QString &idOrName)
{
    auto all = store.learners();
    if (!all)
        return std::nullopt;
    for (const Learner &learner : *all) {
        if (learner.id.compare(idOrName, Qt::CaseInsensitive) == 0)
            return learner;
    }
    for (const Learner &learner : *all) {
        if (learnerNameKey(learner.name) == learnerNameKey(idOrName))
            return learner;
    }
    return std::nullopt;
}

} // namespace Passerelle::Cli
