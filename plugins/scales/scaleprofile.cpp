// SPDX-License-Identifier: Apache-2.0
#include "scaleprofile.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// A whole number from Lowest to Highest, or 0.
int positionValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return 0;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < ScaleProfile::Lowest || d > ScaleProfile::Highest)
        return 0;
    return static_cast<int>(d);
}

} // namespace

int ScaleProfile::gapThreshold(const QJsonObject &config)
{
    const QJsonValue value = config.value(u"gapThreshold"_s);
    const double d = value.toDouble(DefaultGapThreshold);
    if (!value.isDouble() || d != std::floor(d) || d < 1 || d > Highest - Lowest)
        return DefaultGapThreshold;
    return static_cast<int>(d);
}

std::optional<ScaleProfile> ScaleProfile::read(const QJsonObject &config, const QJsonValue &response)
{
    ScaleProfile profile;
    profile.m_threshold = gapThreshold(config);
    const QJsonObject comparison = config.value(u"comparison"_s).toObject().value(u"values"_s).toObject();
    for (const QJsonValue &scale : config.value(u"scales"_s).toArray()) {
        const QString id = scale.toObject().value(u"id"_s).toString();
        profile.m_scaleIds << id;
        profile.m_comparison << positionValue(comparison.value(id));
    }
    profile.m_positions.fill(0, profile.m_scaleIds.size());

    const QJsonValue positions = response.toObject().value(u"positions"_s);
    if (!positions.isObject() || profile.m_scaleIds.isEmpty())
        return std::nullopt;
    const QJsonObject placed = positions.toObject();
    for (auto it = placed.begin(); it != placed.end(); ++it) {
        const qsizetype index = profile.m_scaleIds.indexOf(it.key());
        const int position = positionValue(it.value());
        if (index < 0 || position == 0)
            return std::nullopt;
        profile.m_positions[index] = position;
    }
    return profile;
}

QStringList ScaleProfile::missing() const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_scaleIds.size(); ++i) {
        if (m_positions[i] == 0)
            ids << m_scaleIds[i];
    }
    return ids;
}

QList<ScaleProfile::Gap> ScaleProfile::gaps() const
{
    QList<Gap> gaps;
    for (qsizetype i = 0; i < m_scaleIds.size(); ++i) {
        if (m_positions[i] == 0 || m_comparison[i] == 0)
            continue;
        const int size = std::abs(m_positions[i] - m_comparison[i]);
        gaps.append({m_scaleIds[i], m_positions[i], m_comparison[i], size, size >= m_threshold});
    }
    std::stable_sort(gaps.begin(), gaps.end(), [](const Gap &a, const Gap &b) { return a.size > b.size; });
    return gaps;
}

QString ScaleProfile::xapiResponse() const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_scaleIds.size(); ++i) {
        if (m_positions[i] != 0)
            parts << m_scaleIds[i] + u"[.]"_s + QString::number(m_positions[i]);
    }
    return parts.join(u"[,]"_s);
}
