// SPDX-License-Identifier: Apache-2.0
#include "quickdriver.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace QuickDriver {

static QQuickItem *findUnder(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findUnder(child, name))
            return found;
    }
    return nullptr;
}

QQuickItem *find(QQuickWindow *window, const QString &name)
{
    return findUnder(window->contentItem(), name);
}

QQuickItem *waitFor(QQuickWindow *window, const QString &name, int timeoutMs)
{
    QQuickItem *item = nullptr;
    (void)QTest::qWaitFor([&] { return (item = find(window, name)) != nullptr; }, timeoutMs);
    return item;
}

QQuickItem *tabTo(QQuickWindow *window, const QString &name, int maxPresses)
{
    for (int i = 0; i < maxPresses; ++i) {
        QTest::keyClick(window, Qt::Key_Tab);
        QQuickItem *focused = window->activeFocusItem();
        if (focused && focused->objectName() == name)
            return focused;
    }
    return nullptr;
}

QString text(QQuickItem *item)
{
    return item ? item->property("text").toString() : QString();
}

} // namespace QuickDriver
