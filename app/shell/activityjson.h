// SPDX-License-Identifier: Apache-2.0
#pragma once

// What passes between the activity views (QML) and the plugins (C++), in both directions.

#include "activities/activitytype.h"

#include <QJSValue>
#include <QJsonValue>
#include <QVariant>
#include <QVariantMap>

namespace Passerelle {

// From QML a JavaScript object arrives wrapped in a QJSValue: unwrap it to plain JSON.
inline QJsonValue plainJson(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        return QJsonValue::fromVariant(value.value<QJSValue>().toVariant());
    return QJsonValue::fromVariant(value);
}

// A plugin's evaluation as the views read it (their `evaluation` property).
inline QVariantMap evaluationMap(const ActivityResult &result)
{
    return {{QStringLiteral("rawScore"), result.rawScore},
            {QStringLiteral("maxScore"), result.maxScore},
            {QStringLiteral("success"), result.success},
            {QStringLiteral("completion"), result.completion},
            {QStringLiteral("feedback"), result.feedback.toVariantMap()}};
}

} // namespace Passerelle
