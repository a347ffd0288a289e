// SPDX-License-Identifier: Apache-2.0
// The app's button. Drawn without shader effects, so it looks the same with the OpenGL and
// the software renderer (remote desktops, old laptops, screenshots without a display).
// `highlighted` makes it the page's primary action; `flat` a quiet one.
import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Passerelle

// Built on the template, not on the style's Button, so that no style code is loaded for it.
T.Button {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    focusPolicy: Qt.StrongFocus
    // Colours for a button on the top bar.
    property bool onAccent: false

    font.capitalization: Font.MixedCase
    font.weight: Font.DemiBold
    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    spacing: Theme.spacingS
    icon.width: Theme.iconSizeSmall
    icon.height: Theme.iconSizeSmall
    icon.color: contentColor
    Accessible.name: text

    readonly property color contentColor: !enabled ? Theme.textDisabled
                                                   : highlighted ? Theme.textOnAccent : onAccent ? Theme.textOnToolbar : Theme.accent

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
        radius: Theme.radiusSmall
        color: {
            if (!control.enabled)
                return control.flat ? "transparent" : Theme.disabledSurface
            if (control.highlighted)
                return control.down ? Theme.accentPressed : control.hovered ? Theme.accentHover : Theme.accent
            if (control.onAccent)
                return control.down || control.hovered ? Theme.toolbarHover : "transparent"
            if (control.down)
                return Theme.accentSoftPressed
            return control.hovered || !control.flat ? Theme.accentSoft : "transparent"
        }
        // High contrast: every button has an outline, so that it reads as a button without colour.
        border.width: Theme.name === "high-contrast" && !control.highlighted && !control.onAccent && control.enabled ? 1 : 0
        border.color: Theme.accent
        // Focus ring, drawn outside the button so it never hides the label.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: parent.radius + 3
            color: "transparent"
            border.width: Theme.focusRingWidth
            border.color: control.onAccent ? Theme.textOnToolbar : Theme.focusRing
            visible: control.visualFocus
        }
    }

    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()
}
