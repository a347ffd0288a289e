// SPDX-License-Identifier: Apache-2.0
// Says, in words, what could not be loaded (a module, a plugin) so that nothing fails silently.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Pane {
    id: banner
    property var problems: []
    visible: problems.length > 0
    padding: Theme.spacingM
    background: Rectangle {
        color: Theme.warningSurface
        radius: Theme.radius
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: summary.text

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXs
        Label {
            id: summary
            Layout.fillWidth: true
            text: qsTr("Some content could not be loaded. Everything else works as usual.")
            font.weight: Font.DemiBold
            color: Theme.warningText
            wrapMode: Text.Wrap
        }
        Repeater {
            model: banner.problems
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                text: "• " + modelData
                color: Theme.warningText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
