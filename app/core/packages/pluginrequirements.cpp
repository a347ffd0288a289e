// SPDX-License-Identifier: Apache-2.0
#include "packages/pluginrequirements.h"

#include "activities/pluginregistry.h"
#include "modules/identifiers.h"
#include "modules/module.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

// "1" and "1.2" are read as "1.0.0" and "1.2.0".
QString fullVersion(const QString &partial)
{
    QString v = partial;
    const QString release = v.section(u'-', 0, 0);
    const QString pre = v.contains(u'-') ? v.mid(release.size()) : QString();
    QString r = release;
    for (qsizetype dots = release.count(u'.'); dots < 2; ++dots)
        r += u".0"_s;
    return r + pre;
}

} // namespace

bool versionSatisfies(const QString &version, const QString &requirement)
{
    if (!isValidVersion(version))
        return false;
    const QString trimmed = requirement.trimmed();
    if (trimmed.isEmpty() || trimmed == u"*")
        return true;
    static const QRegularExpression comparison(u"^(>=|<=|>|<|=|==)?\\s*v?([0-9][0-9A-Za-z.-]*)$"_s);
    const QStringList parts = trimmed.split(QRegularExpression(u"\\s*,\\s*|\\s+(?=[<>=])"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto match = comparison.match(part.trimmed());
        const QString wanted = fullVersion(match.captured(2));
        if (!match.hasMatch() || !isValidVersion(wanted))
            return false;
        const int c = compareVersions(version, wanted);
        const QString op = match.captured(1);
        const bool ok = op == u">=" ? c >= 0 : op == u"<=" ? c <= 0 : op == u">" ? c > 0 : op == u"<" ? c < 0 : c == 0;
        if (!ok)
            return false;
    }
    return true;
}

Status checkActivityTypes(const Module &module, const PluginRegistry &registry)
{
    for (auto it = module.requiredPlugins.cbegin(); it != module.requiredPlugins.cend(); ++it) {
        const PluginInfo *info = registry.info(it.key());
        if (!info)
            return Error{u"Module \"%1\" needs the activity type \"%2\", which is not installed on this computer. "
                         "Update Passerelle or install the activity type, then try again."_s.arg(module.id, it.key())};
        if (!versionSatisfies(info->version, it.value()))
            return Error{u"Module \"%1\" needs the activity type \"%2\" in version %3, but version %4 is installed. "
                         "Update Passerelle, then try again."_s.arg(module.id, it.key(), it.value(), info->version)};
    }
    for (const QString &language : module.languages) {
        for (const Module::ActivityRef &ref : module.activities(language)) {
            const Block &block = *ref.block;
            const QString where = u"lesson \"%1\", activity \"%2\" (%3)"_s.arg(ref.lessonId, block.activityId, language);
            const ActivityType *type = registry.type(block.activityType);
            if (!type)
                return Error{u"Module \"%1\" uses the activity type \"%2\" in %3, which is not installed on this computer. "
                             "Update Passerelle or install the activity type, then try again."_s.arg(module.id, block.activityType, where)};
            for (const ConfigIssue &issue : type->validate(block.config)) {
                if (issue.severity == ConfigIssue::Severity::Error)
                    return Error{u"Module \"%1\" has an activity this computer's \"%2\" type cannot run: %3, field %4: %5."_s.arg(
                        module.id, block.activityType, where, issue.path, issue.message)};
            }
        }
    }
    return success();
}

} // namespace Passerelle
