// SPDX-License-Identifier: Apache-2.0
// The admin area: behind the admin passphrase (set on first use), the cohorts, the completion
// matrix, a learner's details, item analysis, charts and exports. C++ (AdminSession) checks
// the passphrase and refuses every action while the area is locked; this page only shows.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell
    property string startTab: ""
    readonly property AdminSession admin: session.admin
    objectName: "adminPage"
    title: qsTr("Administration")
    background: Rectangle { color: Theme.background }

    function showLearner(learnerId) {
        learnerPanel.learnerId = learnerId
        tabs.currentIndex = 2
    }
    function say(message, fallback) {
        statusLabel.text = message !== "" ? message : fallback
        statusLabel.failed = message !== ""
    }

    // Leaving the page locks the area: on a shared laptop the next person to click Admin
    // must know the passphrase too.
    Component.onDestruction: page.admin.lock()

    Component.onCompleted: {
        if (admin.unlocked)
            admin.reload()
        const names = ["cohorts", "matrix", "learner", "items", "charts"]
        if (names.indexOf(startTab) >= 0)
            tabs.currentIndex = names.indexOf(startTab)
        if (startTab === "learner" && admin.learners.length > 0)
            learnerPanel.learnerId = admin.learners[0].id
    }

    // ---- The gate ---------------------------------------------------------------------
    Pane {
        id: gate
        visible: !page.admin.unlocked
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, 520)
        padding: Theme.spacingL
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacingM
            Label {
                text: qsTr("Administration")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: page.admin.passphraseSet
                      ? qsTr("Cohorts, results and exports are for administrators. Enter the admin passphrase.")
                      : qsTr("No admin passphrase is set on this computer yet. Choose one now: it will be asked every time someone opens the admin area. Use at least 8 characters; a few words are easier to remember.")
            }
            TextField {
                id: passphrase
                objectName: "adminPassphrase"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: page.admin.passphraseSet ? qsTr("Admin passphrase") : qsTr("New admin passphrase")
                Accessible.name: placeholderText
                focus: true
                onAccepted: gateButton.clicked()
            }
            TextField {
                id: confirmation
                objectName: "adminPassphraseConfirmation"
                visible: !page.admin.passphraseSet
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("The same passphrase again")
                Accessible.name: placeholderText
                onAccepted: gateButton.clicked()
            }
            Label {
                id: gateError
                objectName: "adminGateError"
                Layout.fillWidth: true
                visible: text !== ""
                wrapMode: Text.WordWrap
                color: Theme.danger
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                // Without a learner profile there is no rail: the way back to the profiles.
                AppButton {
                    objectName: "adminBackToProfiles"
                    visible: !page.session.hasLearner
                    flat: true
                    text: qsTr("Back to the profiles")
                    onClicked: page.shell.showStartPage()
                }
                Item { Layout.fillWidth: true }
                AppButton {
                    id: gateButton
                    objectName: "adminUnlock"
                    highlighted: true
                    text: page.admin.passphraseSet ? qsTr("Unlock") : qsTr("Set the passphrase")
                    onClicked: {
                        gateError.text = page.admin.passphraseSet
                                         ? page.admin.unlock(passphrase.text)
                                         : page.admin.setPassphrase(passphrase.text, confirmation.text)
                        passphrase.text = ""
                        confirmation.text = ""
                    }
                }
            }
        }
    }

    // ---- The area -----------------------------------------------------------------------
    ColumnLayout {
        visible: page.admin.unlocked
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                text: qsTr("Administration")
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            // Wraps under large text rather than pushing the buttons off the window.
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                spacing: Theme.spacingS
                AppButton {
                    objectName: "adminImport"
                    text: qsTr("Import progress files")
                    flat: true
                    enabled: !page.admin.busy
                    onClicked: importDialog.open()
                }
                AppButton {
                    objectName: "adminSync"
                    text: qsTr("Sync with LRS")
                    flat: true
                    enabled: !page.admin.busy
                    onClicked: {
                        if (page.admin.lrsEndpoint === "")
                            lrsDialog.open()
                        else
                            page.say(page.admin.syncWithLrs(), "")
                    }
                }
                AppButton {
                    objectName: "adminLrsSettings"
                    text: qsTr("LRS settings")
                    flat: true
                    enabled: !page.admin.busy
                    onClicked: lrsDialog.open()
                }
                AppButton {
                    text: qsTr("Change passphrase")
                    flat: true
                    onClicked: changeDialog.open()
                }
                AppButton {
                    objectName: "adminLock"
                    text: qsTr("Lock")
                    onClicked: page.admin.lock()
                }
                AppButton {
                    objectName: "adminDone"
                    visible: !page.session.hasLearner
                    text: qsTr("Back to the profiles")
                    onClicked: page.shell.showStartPage()
                }
            }
        }

        // A long task under way: what it does and how far it is.
        ColumnLayout {
            objectName: "adminTask"
            Layout.fillWidth: true
            visible: page.admin.busy
            spacing: Theme.spacingXs
            Label {
                Layout.fillWidth: true
                text: page.admin.taskText
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ProgressBar {
                Layout.fillWidth: true
                indeterminate: page.admin.taskTotal <= 0
                from: 0
                to: Math.max(1, page.admin.taskTotal)
                value: page.admin.taskDone
                Accessible.name: page.admin.taskText
            }
        }
        Connections {
            target: page.admin
            function onTaskFinished(message, failed) {
                page.say(failed ? message : "", message)
            }
        }

        Label {
            id: statusLabel
            objectName: "adminStatus"
            property bool failed: false
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WordWrap
            color: failed ? Theme.danger : Theme.success
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { objectName: "tabCohorts"; text: qsTr("Cohorts"); width: implicitWidth }
            TabButton { objectName: "tabMatrix"; text: qsTr("Completion matrix"); width: implicitWidth }
            TabButton { objectName: "tabLearner"; text: qsTr("Learner"); width: implicitWidth }
            TabButton { objectName: "tabItems"; text: qsTr("Item analysis"); width: implicitWidth }
            TabButton { objectName: "tabCharts"; text: qsTr("Charts"); width: implicitWidth }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            AdminCohortsPanel { admin: page.admin; onMessage: (text, fallback) => page.say(text, fallback) }
            AdminMatrixPanel {
                admin: page.admin
                onMessage: (text, fallback) => page.say(text, fallback)
                onLearnerChosen: (learnerId) => page.showLearner(learnerId)
            }
            AdminLearnerPanel {
                id: learnerPanel
                admin: page.admin
                onMessage: (text, fallback) => page.say(text, fallback)
            }
            AdminItemsPanel { admin: page.admin; onMessage: (text, fallback) => page.say(text, fallback) }
            AdminChartsPanel { admin: page.admin }
        }
    }

    FileDialog {
        id: importDialog
        fileMode: FileDialog.OpenFiles
        title: qsTr("Import progress files")
        nameFilters: [qsTr("Progress files (*.json)")]
        onAccepted: page.say(page.admin.importProgressFiles(selectedFiles), "")
    }

    Dialog {
        id: lrsDialog
        objectName: "lrsDialog"
        title: qsTr("LRS settings")
        modal: true
        anchors.centerIn: parent
        standardButtons: Dialog.Save | Dialog.Cancel
        onOpened: {
            endpointField.text = page.admin.lrsEndpoint
            keyField.text = page.admin.lrsKey
            secretField.text = ""
            endpointField.forceActiveFocus()
        }
        ColumnLayout {
            spacing: Theme.spacingS
            Label {
                Layout.preferredWidth: 420
                text: qsTr("Your organisation's learning record store (xAPI 1.0.3): its endpoint, and the key and secret it gave this computer.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            TextField {
                id: endpointField
                objectName: "lrsEndpoint"
                Layout.fillWidth: true
                placeholderText: qsTr("Endpoint, such as https://lrs.example.org/xAPI")
                Accessible.name: qsTr("LRS endpoint")
            }
            TextField {
                id: keyField
                objectName: "lrsKey"
                Layout.fillWidth: true
                placeholderText: qsTr("Key")
                Accessible.name: qsTr("LRS key")
            }
            TextField {
                id: secretField
                objectName: "lrsSecret"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: page.admin.lrsSecretSet ? qsTr("Secret (leave empty to keep the one set)") : qsTr("Secret")
                Accessible.name: qsTr("LRS secret")
            }
        }
        onAccepted: page.say(page.admin.saveLrsSettings(endpointField.text, keyField.text, secretField.text),
                             qsTr("The LRS settings were saved."))
    }

    Dialog {
        id: changeDialog
        title: qsTr("Change the admin passphrase")
        modal: true
        anchors.centerIn: parent
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            spacing: Theme.spacingS
            TextField { id: currentField; echoMode: TextInput.Password; placeholderText: qsTr("Current passphrase"); Accessible.name: placeholderText; Layout.preferredWidth: 360 }
            TextField { id: newField; echoMode: TextInput.Password; placeholderText: qsTr("New admin passphrase"); Accessible.name: placeholderText; Layout.fillWidth: true }
            TextField { id: againField; echoMode: TextInput.Password; placeholderText: qsTr("The same passphrase again"); Accessible.name: placeholderText; Layout.fillWidth: true }
        }
        onAccepted: {
            page.say(page.admin.changePassphrase(currentField.text, newField.text, againField.text),
                     qsTr("The admin passphrase was changed."))
            currentField.text = ""
            newField.text = ""
            againField.text = ""
        }
    }
}
