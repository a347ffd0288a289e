// SPDX-License-Identifier: Apache-2.0
// My learning: where to continue, the modules started with their progress and time, the
// flashcards due, the learner's reflections and the certificates earned.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell
    objectName: "myLearningPage"
    title: qsTr("My learning")
    background: Rectangle { color: Theme.background }

    readonly property var next: {
        for (const item of page.session.learning) {
            if (!item.completed)
                return item
        }
        return null
    }

    function open(moduleId) {
        if (page.session.openModule(moduleId))
            page.shell.showModule()
    }

    FileDialog {
        id: saveDialog
        property string code
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the certificate")
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: statusLabel.text = page.session.saveCertificate(code, selectedFile)
                                       || qsTr("Certificate saved.")
    }

    FileDialog {
        id: exportDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Export my progress")
        nameFilters: [qsTr("Progress files (*.json)")]
        defaultSuffix: "json"
        onAccepted: statusLabel.text = page.session.exportProgress(selectedFile, withReflections.checked)
                                       || qsTr("Your progress was exported. Hand the file to your administrator.")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: Math.min(flick.width - 2 * Theme.spacingL, 900)
            spacing: Theme.spacingM

            Label {
                text: qsTr("My learning")
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }

            // Continue where I stopped.
            Pane {
                Layout.fillWidth: true
                visible: page.next !== null
                padding: Theme.spacingM
                background: Rectangle { color: Theme.accentSoft; radius: Theme.radius }
                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingM
                    ColumnLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Continue where you stopped")
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: page.next ? page.next.title : ""
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                    }
                    AppButton {
                        objectName: "continueLearning"
                        highlighted: true
                        text: qsTr("Continue")
                        Accessible.name: page.next ? qsTr("Continue %1").arg(page.next.title) : text
                        onClicked: page.open(page.next.moduleId)
                    }
                }
            }

            Label {
                visible: page.session.learning.length === 0
                Layout.fillWidth: true
                text: qsTr("You have not started a module yet. Choose one in the catalogue.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }

            Label {
                visible: page.session.learning.length > 0
                text: qsTr("Modules")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: page.session.learning
                delegate: Pane {
                    required property var modelData
                    Layout.fillWidth: true
                    padding: Theme.spacingM
                    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider; border.width: Theme.borderWidth }
                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingM
                        ColumnLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: modelData.title
                                font.weight: Font.DemiBold
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            ProgressBar {
                                Layout.fillWidth: true
                                value: modelData.progress
                                Accessible.name: qsTr("%1% done").arg(Math.round(modelData.progress * 100))
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: (modelData.completed
                                       ? (modelData.passed === 1 ? qsTr("Completed and passed")
                                          : modelData.passed === 0 ? qsTr("Completed, not passed yet")
                                          : qsTr("Completed"))
                                       : qsTr("%1% done").arg(Math.round(modelData.progress * 100)))
                                      + " · " + qsTr("%n min spent", "", modelData.minutes)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                        }
                        AppButton {
                            text: modelData.completed ? qsTr("Review") : qsTr("Continue")
                            Accessible.name: (modelData.completed ? qsTr("Review %1") : qsTr("Continue %1")).arg(modelData.title)
                            onClicked: page.open(modelData.moduleId)
                        }
                    }
                }
            }

            // Flashcards due across every module.
            Label {
                text: qsTr("Flashcards")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Pane {
                objectName: "flashcardsDue"
                Layout.fillWidth: true
                padding: Theme.spacingM
                background: Rectangle {
                    color: page.session.dueCardCount > 0 ? Theme.accentSoft : Theme.surface
                    radius: Theme.radius
                    border.color: Theme.divider
                }
                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingM
                    Label {
                        Layout.fillWidth: true
                        text: page.session.dueCardCount > 0
                              ? qsTr("%n card(s) due for review today.", "", page.session.dueCardCount)
                              : page.session.scheduledCardCount > 0
                                ? qsTr("No card is due. %n card(s) are scheduled for later.", "",
                                       page.session.scheduledCardCount)
                                : qsTr("Practise the flashcards in a module: their cards then come back here when they are due.")
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    AppButton {
                        objectName: "reviewFlashcards"
                        visible: page.session.dueCardCount > 0
                        highlighted: true
                        text: qsTr("Review now")
                        Accessible.name: qsTr("Review %n due card(s)", "", page.session.dueCardCount)
                        onClicked: page.shell.showReview()
                    }
                }
            }

            // The learner's reflections, private to them.
            Label {
                text: qsTr("My reflections")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: page.session.reflections.length === 0
                      ? qsTr("What you write in the modules' reflection activities is gathered here. Only you can see it.")
                      : qsTr("Only you can see these. They leave this computer only if you include them in an export.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: page.session.reflections
                delegate: Pane {
                    id: reflection
                    required property var modelData
                    objectName: "reflection_" + modelData.activityId
                    Layout.fillWidth: true
                    padding: Theme.spacingM
                    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider }
                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        spacing: Theme.spacingS
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingM
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    text: reflection.modelData.moduleTitle
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: (reflection.modelData.draft ? qsTr("%1 · draft saved on %2")
                                                                      : qsTr("%1 · written on %2"))
                                          .arg(reflection.modelData.lessonTitle)
                                          .arg(reflection.modelData.savedAt.toLocaleDateString(Qt.locale(page.session.language), Locale.LongFormat))
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    wrapMode: Text.Wrap
                                }
                            }
                            AppButton {
                                text: qsTr("Open")
                                Accessible.name: qsTr("Open this reflection in %1").arg(reflection.modelData.moduleTitle)
                                onClicked: {
                                    const module = page.session.openModule(reflection.modelData.moduleId)
                                    if (module) {
                                        module.goTo(reflection.modelData.lessonIndex, reflection.modelData.pageIndex)
                                        page.shell.showModule()
                                    }
                                }
                            }
                        }
                        Repeater {
                            model: reflection.modelData.entries
                            delegate: ColumnLayout {
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    text: modelData.prompt
                                    font.pixelSize: Theme.fontSmall
                                    font.weight: Font.DemiBold
                                    color: Theme.textMuted
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: modelData.answer
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 6
                                    elide: Text.ElideRight
                                    textFormat: Text.PlainText
                                }
                            }
                        }
                    }
                }
            }

            Label {
                text: qsTr("Certificates")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: page.session.certificates.length === 0
                Layout.fillWidth: true
                text: qsTr("Pass a module's final assessment to earn its certificate.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: page.session.certificates
                delegate: Pane {
                    required property var modelData
                    Layout.fillWidth: true
                    padding: Theme.spacingM
                    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider; border.width: Theme.borderWidth }
                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingM
                        ColumnLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: modelData.moduleTitle
                                font.weight: Font.DemiBold
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Issued on %1 · score %2% · code %3")
                                      .arg(modelData.issuedAt.toLocaleDateString(Qt.locale(page.session.language), Locale.LongFormat))
                                      .arg(modelData.score).arg(modelData.code)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                        }
                        AppButton {
                            objectName: "saveCertificate_" + modelData.code
                            text: qsTr("Save as PDF")
                            Accessible.name: qsTr("Save the certificate for %1 as PDF").arg(modelData.moduleTitle)
                            onClicked: {
                                saveDialog.code = modelData.code
                                saveDialog.open()
                            }
                        }
                    }
                }
            }
            // Share my progress: a file of my statements for an administrator.
            Label {
                text: qsTr("Share my progress")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Export a file of your answers and progress to give to your administrator, for example when you work without a connection.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            // A Flow, so that at large text the button goes under the check box instead of
            // pushing the whole column wider than the window.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                CheckBox {
                    id: withReflections
                    objectName: "exportWithReflections"
                    width: Math.min(implicitWidth, parent.width)
                    text: qsTr("Include my reflections (they stay private otherwise)")
                    checked: false
                    Accessible.name: text
                    contentItem: Label {
                        leftPadding: withReflections.indicator.width + withReflections.spacing
                        text: withReflections.text
                        color: Theme.text
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                AppButton {
                    objectName: "exportProgress"
                    text: qsTr("Export my progress…")
                    onClicked: exportDialog.open()
                }
            }
            Label {
                id: statusLabel
                objectName: "myLearningStatus"
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
