// SPDX-License-Identifier: Apache-2.0
// An icon with its label under it, as in a navigation rail.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
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
        border.width: button.visualFocus ? Theme.focusRingWidth : 0
        border.color: Theme.focusRing
    }
    contentItem: ColumnLayout {
        id: content
        spacing: Theme.spacingXs
        // Tinted with the theme's accent: the SVG's own colour only suits the light theme.
        IconImage {
            Layout.alignment: Qt.AlignHCenter
            source: button.iconSource
            sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
            color: Theme.accent
            Accessible.ignored: true
        }
        Label {
            // Wrapped, never elided: "Mon parcours" needs two lines at some text sizes.
            Layout.fillWidth: true
            Layout.leftMargin: 2
            Layout.rightMargin: 2
            text: button.text
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            // Between words only: a word cut in two ("Catalogu-e") reads worse than a tight fit.
            wrapMode: Text.WordWrap
        }
    }
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
}
