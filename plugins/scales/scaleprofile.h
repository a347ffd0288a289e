// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A learner's positions on the scales of one `scales` config, read from what a view sent,
// and how far they are from the trainer's comparison profile.
class ScaleProfile
{
public:
    static constexpr int Lowest = 1;
    static constexpr int Highest = 7;
    static constexpr int DefaultGapThreshold = 2;

    // The distance between the learner and the comparison on one scale.
    struct Gap
    {
        QString scaleId;
        int self = 0;
        int comparison = 0;
        int size = 0;       // |self - comparison|, 0 to 6
        bool large = false; // size >= the config's gap threshold
    };

    // Reads {"positions": {scaleId: 1..7}}. Scales may be left out (not placed yet); anything
    // else (not that shape, an unknown scale, a position that is not a whole number from 1
    // to 7) is not a profile of this config and gives nothing.
    static std::optional<ScaleProfile> read(const QJsonObject &config, const QJsonValue &response);

    // The config's gap threshold: "gapThreshold" when set, else DefaultGapThreshold.
    static int gapThreshold(const QJsonObject &config);

    // The scale ids of the config, in the author's order.
    const QStringList &scaleIds() const { return m_scaleIds; }
    QStringList missing() const;
    bool isComplete() const { return missing().isEmpty(); }
    int positionOf(const QString &scaleId) const { return m_positions.value(m_scaleIds.indexOf(scaleId), 0); }

    // The gaps on every scale that has both a position and a comparison value, largest
    // first; equal gaps keep the author's order of scales, so the order is stable.
    QList<Gap> gaps() const;

    // xAPI likert response: "scaleId[.]position" for each placed scale, in the author's
    // order, joined with "[,]".
    QString xapiResponse() const;

private:
    QStringList m_scaleIds;
    QList<int> m_positions;  // per scale, 0 when not placed
    QList<int> m_comparison; // per scale, 0 when the comparison has no value for it
    int m_threshold = DefaultGapThreshold;
};
