// SPDX-License-Identifier: Apache-2.0
// A labelled row of exclusive choices (a segmented control): each choice is a button that
// Tab reaches and Space or Enter picks, with the chosen one highlighted.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

ColumnLayout {
    id: row
    // The question, such as "Theme".
    property string label
    // [{value, text}], in the order shown.
    property var choices: []
    property var current
    signal chosen(var value)

    spacing: Theme.spacingS

    Label {
        Layout.fillWidth: true
        text: row.label
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Accessible.role: Accessible.Grouping
        Accessible.name: row.label
        Repeater {
            model: row.choices
            delegate: AppButton {
                required property var modelData
                objectName: "choice_" + modelData.value
                text: modelData.text
                checkable: true
                checked: row.current === modelData.value
                highlighted: checked
                Accessible.role: Accessible.RadioButton
                Accessible.name: row.label + ": " + modelData.text
                Accessible.checkable: true
                Accessible.checked: checked
                // The choice is the model's: a press asks for it, the binding shows it.
                onClicked: {
                    checked = Qt.binding(function () { return row.current === modelData.value })
                    row.chosen(modelData.value)
                }
            }
        }
    }
}
