// SPDX-License-Identifier: Apache-2.0
// An icon with its label under it, as in a navigation rail.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

AbstractButton {
    id: button
    property url iconSource
    property bool current: false

    implicitWidth: Theme.railWidth - Theme.spacingS
    implicitHeight: content.implicitHeight + Theme.spacingM
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: button.current || button.hovered ? Theme.accentSoft : "transparent"
        border.width: button.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
    contentItem: ColumnLayout {
        id: content
        spacing: Theme.spacingXs
        Image {
            Layout.alignment: Qt.AlignHCenter
            source: button.iconSource
            sourceSize: Qt.size(24, 24)
            Accessible.ignored: true
        }
        Label {
            // Wrapped, never elided: "Mon parcours" needs two lines at some text sizes.
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXs
            Layout.rightMargin: Theme.spacingXs
            text: button.text
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
}
