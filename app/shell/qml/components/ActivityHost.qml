// SPDX-License-Identifier: Apache-2.0
// Shows one activity with its plugin's view, passes it the config and the learner's last
// answer, and sends its answers to C++ for scoring and recording. A missing activity type
// gets a clear placeholder; the rest of the page still works.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Passerelle

Pane {
    id: host
    required property var block
    required property ModuleSession module
    property LearnerSession session
    objectName: "activity_" + block.activityId

    padding: Theme.spacingM
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.divider
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Activity")

    function flushState() {
        if (autosave.pending === undefined || !host.module)
            return
        const draft = autosave.pending
        autosave.pending = undefined
        autosave.stop()
        if (!host.module.saveDraft(host.block.activityId, draft))
            errorLabel.text = qsTr("Your work in this activity could not be saved.")
    }
    Component.onDestruction: flushState()

    FileDialog {
        id: saveDocumentDialog
        property var document
        fileMode: FileDialog.SaveFile
        title: qsTr("Save as PDF or Markdown")
        nameFilters: [qsTr("PDF documents (*.pdf)"), qsTr("Markdown text (*.md)")]
        defaultSuffix: "pdf"
        onAccepted: {
            const error = host.session ? host.session.saveDocument(document, selectedFile) : ""
            errorLabel.text = error
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingS

        Loader {
            id: view
            objectName: "activityView"
            Layout.fillWidth: true
            active: host.block.available === true
            focus: true
            Component.onCompleted: {
                if (host.block.available)
                    view.setSource(host.block.viewUrl, {
                        config: host.block.config,
                        savedDraft: host.block.savedDraft !== undefined ? host.block.savedDraft : null,
                        attempts: host.block.attempts,
                        baseUrl: host.module.baseUrl,
                        moduleTitle: host.module.title,
                        seed: host.block.seed,
                        savedResponse: host.block.savedResponse !== undefined ? host.block.savedResponse : null,
                        evaluation: host.block.evaluation !== undefined ? host.block.evaluation : null
                    })
            }
            onStatusChanged: if (status === Loader.Error) errorLabel.text = qsTr("This activity could not be shown.")
        }
        // The view's feedback colours follow the theme, also when it changes on screen.
        Binding { target: view.item; property: "successColor"; value: Theme.success; when: view.item !== null }
        Binding { target: view.item; property: "dangerColor"; value: Theme.danger; when: view.item !== null }
        Binding { target: view.item; property: "warningColor"; value: Theme.warningText; when: view.item !== null }
        // Autosave: a view reports its unsubmitted work with draftChanged(draft); it is written
        // shortly after the learner pauses, and at once when the page goes away.
        Timer {
            id: autosave
            interval: 400
            property var pending: undefined
            onTriggered: host.flushState()
        }
        Connections {
            target: view.item
            ignoreUnknownSignals: true
            // A view asks to print or save a document (a field card, the learner's reflections):
            // the learner chooses where, and the shell writes PDF or Markdown by the extension.
            function onDocumentRequested(document, suggestedName) {
                saveDocumentDialog.document = document
                saveDocumentDialog.currentFile = suggestedName ? "file:" + suggestedName : ""
                saveDocumentDialog.open()
            }
            function onDraftChanged(draft) {
                autosave.pending = draft
                autosave.restart()
            }
            function onSubmitted(response) {
                view.item.busy = true
                const result = host.module.submit(host.block.activityId, response)
                view.item.busy = false
                if (result.attempts !== undefined)
                    view.item.attempts = result.attempts
                if (result.error !== undefined) {
                    errorLabel.text = result.error
                } else {
                    errorLabel.text = ""
                    view.item.evaluation = result
                }
            }
        }
        Label {
            objectName: "activityPlaceholder"
            visible: host.block.available !== true
            Layout.fillWidth: true
            text: qsTr("This activity needs the “%1” activity type, which is not installed on this computer. The rest of the module works as usual.").arg(host.block.activityType)
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            id: errorLabel
            objectName: "activityError"
            visible: text.length > 0
            Layout.fillWidth: true
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
