// SPDX-License-Identifier: Apache-2.0
// The app's button. Drawn without shader effects, so it looks the same with the OpenGL and
// the software renderer (remote desktops, old laptops, screenshots without a display).
// `highlighted` makes it the page's primary action; `flat` a quiet one.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import Passerelle

Button {
    id: control

    font.capitalization: Font.MixedCase
    font.weight: Font.DemiBold
    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    spacing: Theme.spacingS
    icon.width: 20
    icon.height: 20
    icon.color: contentColor
    Accessible.name: text

    readonly property color contentColor: !enabled ? Theme.textDisabled
                                                   : highlighted ? Theme.textOnAccent : Theme.accent

    contentItem: IconLabel {
        spacing: control.spacing
        mirrored: control.mirrored
        display: control.display
        icon: control.icon
        text: control.text
        font: control.font
        color: control.contentColor
    }

    background: Rectangle {
        implicitWidth: 72
        implicitHeight: 40
        radius: Theme.radius - 2
        color: {
            if (!control.enabled)
                return control.flat ? "transparent" : Theme.disabledSurface
            if (control.highlighted)
                return control.down ? Theme.accentPressed : control.hovered ? Theme.accentHover : Theme.accent
            if (control.down)
                return Theme.accentSoftPressed
            return control.hovered || !control.flat ? Theme.accentSoft : "transparent"
        }
        // Focus ring, drawn outside the button so it never hides the label.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: parent.radius + 3
            color: "transparent"
            border.width: 2
            border.color: Theme.focusRing
            visible: control.visualFocus
        }
    }

    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()
}
