// SPDX-License-Identifier: Apache-2.0
// Cohorts: the list on the left; the chosen cohort's details, required modules with due
// dates, and members with their readiness on the right.
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
    property var details: ({})
    function refreshDetails() {
        details = cohortId !== "" ? admin.cohortDetails(cohortId) : ({})
        nameField.text = details.name || ""
        kindBox.currentIndex = details.kind === "deployment" ? 0 : 1
        actionField.text = details.action || ""
        countryField.text = details.country || ""
        startField.text = details.start || ""
        endField.text = details.end || ""
    }
    function kindText(kind) { return kind === "deployment" ? qsTr("Deployment") : qsTr("Training group") }
    Connections {
        target: panel.admin
        function onDataChanged() { panel.refreshDetails() }
    }
    Component.onCompleted: {
        if (admin.cohorts.length > 0)
            cohortId = admin.cohorts[0].id
        refreshDetails()
    }

    FileDialog {
        id: pdfDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the cohort report")
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: panel.message(panel.admin.exportCohortPdf(panel.cohortId, selectedFile), qsTr("Report saved."))
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        // The cohorts.
        ColumnLayout {
            Layout.preferredWidth: Math.round(300 * Theme.textScale)
            Layout.maximumWidth: Math.round(300 * Theme.textScale)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacingS
            AppButton {
                objectName: "newCohort"
                text: qsTr("New cohort")
                highlighted: true
                onClicked: {
                    panel.cohortId = ""
                    panel.refreshDetails()
                    nameField.forceActiveFocus()
                }
            }
            ListView {
                id: cohortList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingXs
                model: panel.admin.cohorts
                Accessible.name: qsTr("Cohorts")
                delegate: ItemDelegate {
                    required property var modelData
                    width: cohortList.width
                    highlighted: modelData.id === panel.cohortId
                    Accessible.name: modelData.name
                    onClicked: {
                        panel.cohortId = modelData.id
                        panel.refreshDetails()
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label { text: modelData.name; font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label {
                            text: panel.kindText(modelData.kind) + (modelData.country ? " · " + modelData.country : "")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                        Label {
                            text: qsTr("%1 of %2 ready, %3 late").arg(modelData.ready).arg(modelData.members).arg(modelData.late)
                            color: modelData.late > 0 ? Theme.danger : Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: cohortList.count === 0
                    width: cohortList.width
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.textMuted
                    text: qsTr("No cohorts yet. A cohort is a deployment or a training group: its members, the modules they must finish, and by when.")
                }
            }
        }

        // The chosen (or new) cohort.
        Flickable {
            id: detailFlick
            Layout.fillWidth: true
            Layout.minimumWidth: 400
            Layout.fillHeight: true
            contentHeight: detail.implicitHeight
            clip: true
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: detail
                width: detailFlick.width - Theme.spacingM
                spacing: Theme.spacingS

                Label {
                    text: panel.cohortId === "" ? qsTr("New cohort") : panel.details.name || ""
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                GridLayout {
                    // Two pairs of fields per line when they fit (large text, narrow windows: one).
                    columns: detail.width > 760 ? 4 : 2
                    columnSpacing: Theme.spacingS
                    rowSpacing: Theme.spacingS
                    Layout.fillWidth: true
                    Label { text: qsTr("Name"); color: Theme.textMuted }
                    TextField { id: nameField; objectName: "cohortName"; Layout.fillWidth: true; Accessible.name: qsTr("Name") }
                    Label { text: qsTr("Kind"); color: Theme.textMuted }
                    ComboBox {
                        id: kindBox
                        Layout.fillWidth: true
                        model: [qsTr("Deployment"), qsTr("Training group")]
                        Accessible.name: qsTr("Kind")
                    }
                    Label { text: qsTr("Action"); color: Theme.textMuted }
                    TextField { id: actionField; Layout.fillWidth: true; Accessible.name: qsTr("Action"); placeholderText: qsTr("Programme or project") }
                    Label { text: qsTr("Country"); color: Theme.textMuted }
                    TextField { id: countryField; Layout.fillWidth: true; Accessible.name: qsTr("Country") }
                    Label { text: qsTr("Starts"); color: Theme.textMuted }
                    TextField { id: startField; Layout.fillWidth: true; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Starts") }
                    Label { text: qsTr("Ends"); color: Theme.textMuted }
                    TextField { id: endField; Layout.fillWidth: true; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Ends") }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    AppButton {
                        objectName: "saveCohort"
                        highlighted: true
                        text: panel.cohortId === "" ? qsTr("Create the cohort") : qsTr("Save changes")
                        onClicked: {
                            const wasNew = panel.cohortId === ""
                            const name = nameField.text
                            const error = panel.admin.saveCohort({
                                id: panel.cohortId, name: name,
                                kind: kindBox.currentIndex === 0 ? "deployment" : "training-group",
                                action: actionField.text, country: countryField.text,
                                start: startField.text, end: endField.text })
                            if (error === "" && wasNew) {
                                for (const c of panel.admin.cohorts) {
                                    if (c.name.toLowerCase() === name.trim().replace(/\s+/g, " ").toLowerCase())
                                        panel.cohortId = c.id
                                }
                                panel.refreshDetails()
                            }
                            panel.message(error, qsTr("Cohort saved."))
                        }
                    }
                    AppButton {
                        visible: panel.cohortId !== ""
                        text: qsTr("Export PDF report")
                        onClicked: pdfDialog.open()
                    }
                    AppButton {
                        visible: panel.cohortId !== ""
                        flat: true
                        text: qsTr("Delete the cohort")
                        onClicked: deleteDialog.open()
                    }
                }

                // Required modules.
                Label {
                    visible: panel.cohortId !== ""
                    Layout.topMargin: Theme.spacingM
                    text: qsTr("Required modules")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    model: panel.details.requirements || []
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Label { text: modelData.title; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                        Label { text: modelData.due ? qsTr("due %1").arg(modelData.due) : qsTr("no due date"); color: Theme.textMuted }
                        AppButton {
                            flat: true
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1").arg(modelData.title)
                            onClicked: panel.message(panel.admin.unrequireModule(panel.cohortId, modelData.moduleId), "")
                        }
                    }
                }
                RowLayout {
                    visible: panel.cohortId !== ""
                    spacing: Theme.spacingS
                    ComboBox {
                        id: moduleBox
                        Layout.preferredWidth: 320
                        model: panel.admin.modules
                        textRole: "title"
                        valueRole: "id"
                        Accessible.name: qsTr("Module to require")
                    }
                    TextField { id: dueField; placeholderText: qsTr("Due YYYY-MM-DD"); Accessible.name: qsTr("Due date"); Layout.preferredWidth: 170 }
                    AppButton {
                        text: qsTr("Require")
                        enabled: moduleBox.currentIndex >= 0
                        onClicked: {
                            panel.message(panel.admin.requireModule(panel.cohortId, moduleBox.currentValue, dueField.text), "")
                            dueField.text = ""
                        }
                    }
                }

                // Members and readiness.
                Label {
                    visible: panel.cohortId !== ""
                    Layout.topMargin: Theme.spacingM
                    text: qsTr("Members: %1 ready, %2 late").arg(panel.details.ready || 0).arg(panel.details.late || 0)
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    model: panel.details.members || []
                    delegate: Rectangle {
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: memberRow.implicitHeight + Theme.spacingS
                        radius: Theme.radius
                        color: modelData.ready ? Theme.successSurface : modelData.late.length > 0 ? Theme.dangerSurface : Theme.surface
                        RowLayout {
                            id: memberRow
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacingS
                            Label { text: modelData.name; font.weight: Font.DemiBold; color: Theme.text; Layout.preferredWidth: 180; elide: Text.ElideRight }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                                color: modelData.late.length > 0 ? Theme.danger : Theme.text
                                text: modelData.ready ? qsTr("Ready")
                                      : modelData.late.length > 0 ? qsTr("Late: %1").arg(modelData.late.join(", "))
                                                                     + (modelData.missing.length > modelData.late.length ? " · " + qsTr("Missing: %1").arg(modelData.missing.join(", ")) : "")
                                      : qsTr("Missing: %1").arg(modelData.missing.join(", "))
                            }
                            AppButton {
                                flat: true
                                text: qsTr("Remove")
                                Accessible.name: qsTr("Remove %1").arg(modelData.name)
                                onClicked: panel.message(panel.admin.removeMember(panel.cohortId, modelData.id), "")
                            }
                        }
                    }
                }
                RowLayout {
                    visible: panel.cohortId !== ""
                    spacing: Theme.spacingS
                    ComboBox {
                        id: learnerBox
                        Layout.preferredWidth: 320
                        model: panel.admin.learners
                        textRole: "name"
                        valueRole: "id"
                        Accessible.name: qsTr("Learner to add")
                    }
                    AppButton {
                        text: qsTr("Add member")
                        enabled: learnerBox.currentIndex >= 0
                        onClicked: panel.message(panel.admin.addMember(panel.cohortId, learnerBox.currentValue), "")
                    }
                }
            }
        }
    }

    Dialog {
        id: deleteDialog
        title: qsTr("Delete the cohort?")
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            // A fixed width: a wrapped label sized from the dialog feeds back into its size.
            width: Math.round(400 * Theme.textScale)
            wrapMode: Text.WordWrap
            text: qsTr("The cohort and its requirements go; the learners and their results stay.")
        }
        onAccepted: {
            panel.message(panel.admin.removeCohort(panel.cohortId), qsTr("Cohort deleted."))
            panel.cohortId = panel.admin.cohorts.length > 0 ? panel.admin.cohorts[0].id : ""
            panel.refreshDetails()
        }
    }
}
