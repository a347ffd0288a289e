// SPDX-License-Identifier: Apache-2.0
// A bare Qt Quick window that prints when its first frame is shown, then quits.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.load(QUrl(u"qrc:/bench/BareWindow.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    bool seen = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (seen)
            return;
        seen = true;
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("bare: first frame at monotonic-ns %lld\n",
                    static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec);
        std::fflush(stdout);
        QCoreApplication::quit();
    }, Qt::QueuedConnection);
    return QGuiApplication::exec();
}
