// SPDX-License-Identifier: Apache-2.0
// The learning path above the catalogue's cards: the recommended order of the modules that
// build on one another, each step a button that opens its module, with a tick once done.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Pane {
    id: strip
    // [{moduleId, title, step, started, completed, progress}], from CatalogueModel.learningPath
    property var steps: []
    signal openRequested(string moduleId)

    objectName: "learningPath"
    padding: Theme.spacingM
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: 1
        border.color: Theme.divider
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Learning path")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingS
        Label {
            text: qsTr("Learning path")
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("The recommended order: each module builds on the ones before it.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Repeater {
                model: strip.steps
                delegate: Row {
                    id: stepRow
                    required property var modelData
                    required property int index
                    spacing: Theme.spacingS
                    AppButton {
                        objectName: "pathStep_" + stepRow.modelData.moduleId
                        flat: !stepRow.modelData.completed
                        text: (stepRow.modelData.completed ? "✓ " : stepRow.modelData.step + ". ")
                              + stepRow.modelData.title
                        Accessible.name: (stepRow.modelData.completed
                                          ? qsTr("Step %1, completed: %2")
                                          : stepRow.modelData.started
                                            ? qsTr("Step %1, in progress: %2")
                                            : qsTr("Step %1: %2"))
                                         .arg(stepRow.modelData.step).arg(stepRow.modelData.title)
                        onClicked: strip.openRequested(stepRow.modelData.moduleId)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                    }
                    Label {
                        visible: stepRow.index < strip.steps.length - 1
                        anchors.verticalCenter: parent.verticalCenter
                        text: "→"
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontLarge
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
}
