// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QQuickItem;
class QQuickWindow;

// Drives a Qt Quick window as a keyboard user would, and finds items by objectName.
namespace QuickDriver {

// The first visible item called `name` under the window's content, or nullptr.
QQuickItem *find(QQuickWindow *window, const QString &name);
// Waits (processing events) until a visible item called `name` exists.
QQuickItem *waitFor(QQuickWindow *window, const QString &name, int timeoutMs = 5000);
// Presses Tab until the item called `name` has the active focus; nullptr if it never does.
QQuickItem *tabTo(QQuickWindow *window, const QString &name, int maxPresses = 60);
// The item's "text" property.
QString text(QQuickItem *item);

} // namespace QuickDriver
