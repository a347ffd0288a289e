// SPDX-License-Identifier: Apache-2.0
// Item analysis: for each activity, how many answers and learners, the share right at the
// first try, and the wrong answer chosen most. Hardest first, so trainers see what to fix.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Passerelle

Item {
    id: panel
    property AdminSession admin
    signal message(string text, string fallback)
    property string cohortId: ""
    property string moduleId: ""
    property var items: []
    function refresh() {
        const list = admin.itemAnalysis(cohortId, moduleId)
        list.sort((a, b) => (a.firstTryPercent < 0 ? 101 : a.firstTryPercent) - (b.firstTryPercent < 0 ? 101 : b.firstTryPercent))
        items = list
    }
    Component.onCompleted: refresh()
    Connections {
        target: panel.admin
        function onDataChanged() { panel.refresh() }
    }

    FileDialog {
        id: csvDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Export item analysis as CSV")
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: panel.message(panel.admin.exportItemsCsv(panel.cohortId, selectedFile), qsTr("Exported."))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS
        RowLayout {
            spacing: Theme.spacingS
            ComboBox {
                Layout.preferredWidth: 220
                model: [{ id: "", name: qsTr("All learners") }].concat(panel.admin.cohorts)
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Cohort")
                onActivated: { panel.cohortId = currentValue; panel.refresh() }
            }
            ComboBox {
                Layout.preferredWidth: 260
                model: [{ id: "", title: qsTr("All modules") }].concat(panel.admin.modules)
                textRole: "title"
                valueRole: "id"
                Accessible.name: qsTr("Module")
                onActivated: { panel.moduleId = currentValue; panel.refresh() }
            }
            AppButton {
                text: qsTr("Export CSV")
                onClicked: csvDialog.open()
            }
        }
        Label {
            visible: panel.items.length === 0
            color: Theme.textMuted
            text: qsTr("No answers yet.")
        }
        ListView {
            id: list
            objectName: "itemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: panel.items
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Item analysis")
            delegate: Rectangle {
                required property var modelData
                width: list.width - Theme.spacingM
                implicitHeight: itemColumn.implicitHeight + 2 * Theme.spacingS
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                ColumnLayout {
                    id: itemColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    spacing: Theme.spacingXs
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.weight: Font.DemiBold
                        color: Theme.text
                        text: modelData.question || modelData.activityId
                    }
                    Label {
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: modelData.module + " · " + modelData.activityId + " · " + modelData.type
                              + " · " + qsTr("%1 answers by %2 learners").arg(modelData.attempts).arg(modelData.learners)
                    }
                    RowLayout {
                        visible: modelData.firstTryPercent >= 0
                        spacing: Theme.spacingS
                        Label { text: qsTr("Right at the first try"); color: Theme.text; Layout.preferredWidth: 200 }
                        Rectangle {
                            Layout.preferredWidth: 240
                            height: 12
                            radius: 6
                            color: Theme.accentSoft
                            Rectangle {
                                width: parent.width * Math.max(0, modelData.firstTryPercent) / 100
                                height: parent.height
                                radius: 6
                                color: modelData.firstTryPercent < 50 ? Theme.danger : Theme.success
                            }
                        }
                        Label { text: Math.round(modelData.firstTryPercent) + " %"; color: Theme.text }
                    }
                    Label {
                        visible: modelData.wrongCount > 0
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        text: qsTr("Most chosen wrong answer: “%1” (%2 times)").arg(modelData.wrong).arg(modelData.wrongCount)
                    }
                }
            }
        }
    }
}
