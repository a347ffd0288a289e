// SPDX-License-Identifier: Apache-2.0
// The smallest Qt Quick Controls window, the yardstick for the app's start-up.
import QtQuick
import QtQuick.Controls

ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Bare window"
    header: ToolBar {
        Label { anchors.centerIn: parent; text: "Bare window" }
    }
    Label { anchors.centerIn: parent; text: "Hello" }
}
