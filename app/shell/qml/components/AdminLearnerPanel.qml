// SPDX-License-Identifier: Apache-2.0
// One learner: time and result per module, each activity's latest score, and the timeline of
// what they did (newest first).
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Passerelle

Item {
    id: panel
    property AdminSession admin
    property string learnerId: ""
    property var report: ({})
    function refresh() {
        report = learnerId !== "" ? admin.learnerReport(learnerId) : ({})
        let at = -1
        for (let i = 0; i < admin.learners.length; ++i) {
            if (admin.learners[i].id === learnerId)
                at = i
        }
        learnerBox.currentIndex = at
    }
    onLearnerIdChanged: refresh()
    signal message(string text, string fallback)

    function statusText(status) {
        return [qsTr("Not started"), qsTr("In progress"), qsTr("Not passed"), qsTr("Completed"),
                qsTr("Passed"), qsTr("Overdue")][status] || ""
    }
    function verbText(verb) {
        const words = { attempted: qsTr("started"), experienced: qsTr("read"), answered: qsTr("answered"),
                        completed: qsTr("completed"), passed: qsTr("passed"), failed: qsTr("did not pass"),
                        progressed: qsTr("progressed") }
        return words[verb] || verb
    }
    Connections {
        target: panel.admin
        function onDataChanged() { panel.refresh() }
    }

    FileDialog {
        id: jsonDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Export xAPI statements")
        nameFilters: [qsTr("xAPI statements (*.json)")]
        defaultSuffix: "json"
        onAccepted: panel.message(panel.admin.exportStatementsJson("", panel.learnerId, selectedFile), qsTr("Exported."))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS
        RowLayout {
            spacing: Theme.spacingS
            ComboBox {
                id: learnerBox
                objectName: "learnerChoice"
                Layout.preferredWidth: 320
                model: panel.admin.learners
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Learner")
                currentIndex: -1
                onActivated: panel.learnerId = currentValue
            }
            AppButton {
                enabled: panel.learnerId !== ""
                text: qsTr("Export xAPI")
                onClicked: jsonDialog.open()
            }
        }
        Label {
            visible: panel.learnerId === ""
            color: Theme.textMuted
            text: qsTr("Choose a learner, or click a name in the completion matrix.")
        }

        RowLayout {
            visible: panel.learnerId !== ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            ColumnLayout {
                Layout.preferredWidth: parent.width * 0.45
                Layout.maximumWidth: parent.width * 0.45
                Layout.fillWidth: false
                Layout.fillHeight: true
                Label { text: qsTr("Modules"); font.pixelSize: Theme.fontLarge; font.weight: Font.DemiBold; color: Theme.text; Accessible.role: Accessible.Heading }
                ListView {
                    id: moduleList
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(contentHeight, parent.height / 2)
                    clip: true
                    spacing: Theme.spacingXs
                    model: panel.report.modules || []
                    delegate: Rectangle {
                        required property var modelData
                        width: moduleList.width
                        implicitHeight: moduleColumn.implicitHeight + Theme.spacingS * 2
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.divider
                        ColumnLayout {
                            id: moduleColumn
                            anchors.fill: parent
                            anchors.margins: Theme.spacingS
                            spacing: 2
                            Label { text: modelData.title; font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label {
                                color: modelData.status === 5 ? Theme.danger : Theme.textMuted
                                text: panel.statusText(modelData.status)
                                      + (modelData.score >= 0 ? " · " + qsTr("score %1%").arg(Math.round(modelData.score)) : "")
                                      + " · " + qsTr("%1% done").arg(Math.round(modelData.progress * 100))
                                      + " · " + qsTr("%1 min").arg(modelData.minutes)
                                      + (modelData.due ? " · " + qsTr("due %1").arg(modelData.due) : "")
                            }
                            ProgressBar { value: modelData.progress; Layout.fillWidth: true; Accessible.name: qsTr("Progress") }
                        }
                    }
                }
                Label { text: qsTr("Activities"); font.pixelSize: Theme.fontLarge; font.weight: Font.DemiBold; color: Theme.text; Accessible.role: Accessible.Heading }
                ListView {
                    id: activityList
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: panel.report.activities || []
                    ScrollBar.vertical: ScrollBar {}
                    delegate: RowLayout {
                        required property var modelData
                        width: activityList.width - Theme.spacingM
                        spacing: Theme.spacingS
                        Label { text: modelData.activityId; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label {
                            text: modelData.score >= 0 ? Math.round(modelData.score) + " %" : "–"
                            color: modelData.success ? Theme.success : Theme.danger
                            font.weight: Font.DemiBold
                            Layout.preferredWidth: 60
                            horizontalAlignment: Text.AlignRight
                        }
                        Label { text: qsTr("tries: %1").arg(modelData.attempts); color: Theme.textMuted; Layout.preferredWidth: 90 }
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Label { text: qsTr("Timeline"); font.pixelSize: Theme.fontLarge; font.weight: Font.DemiBold; color: Theme.text; Accessible.role: Accessible.Heading }
                ListView {
                    id: timeline
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: panel.report.timeline || []
                    ScrollBar.vertical: ScrollBar {}
                    delegate: RowLayout {
                        required property var modelData
                        width: timeline.width - Theme.spacingM
                        spacing: Theme.spacingS
                        Label { text: Qt.formatDateTime(modelData.time, "yyyy-MM-dd hh:mm"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 130 }
                        Label { text: panel.verbText(modelData.verb); color: Theme.text; font.weight: Font.DemiBold; Layout.preferredWidth: 110 }
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            color: modelData.success === 0 ? Theme.danger : Theme.text
                            text: modelData.module + (modelData.what ? " · " + modelData.what : "")
                                  + (modelData.success === 1 ? " ✓" : modelData.success === 0 ? " ✗" : "")
                        }
                    }
                }
            }
        }
    }
}
