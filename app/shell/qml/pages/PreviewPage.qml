// SPDX-License-Identifier: Apache-2.0
// A trainer's live preview: the module as a learner sees it, reloaded whenever a source file
// is saved, or the compiler's messages in its place when the source does not compile.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell
    readonly property ModulePreview preview: session ? session.preview : null
    objectName: "previewPage"
    title: qsTr("Preview")
    background: Rectangle { color: Theme.background }

    function flushActivities() {
        if (reader.item && reader.item.flushActivities)
            reader.item.flushActivities()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // What is previewed, and how the last compilation went.
        Pane {
            Layout.fillWidth: true
            padding: Theme.spacingS
            leftPadding: Theme.spacingM
            background: Rectangle {
                color: page.preview && page.preview.errorCount > 0 ? Theme.dangerSurface : Theme.accentSoft
            }
            RowLayout {
                anchors.fill: parent
                spacing: Theme.spacingM
                Label {
                    objectName: "previewStatus"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: !page.preview ? ""
                          : (page.preview.errorCount > 0
                             ? qsTr("%n error(s): the module cannot be shown. Fix them and save; the preview reloads by itself.", "", page.preview.errorCount)
                             : qsTr("Preview of %1 · reloads when you save a file").arg(page.preview.sourceDir))
                          + (page.preview && page.preview.warningCount > 0
                             ? " · " + qsTr("%n warning(s)", "", page.preview.warningCount) : "")
                          + (page.preview ? " · " + qsTr("compiled at %1").arg(Qt.formatTime(page.preview.compiledAt, "hh:mm:ss")) : "")
                    Accessible.role: Accessible.StatusBar
                    Accessible.name: text
                }
                AppButton {
                    text: qsTr("Reload")
                    flat: true
                    Accessible.name: qsTr("Compile the module again now")
                    onClicked: page.preview.recompile()
                }
                AppButton {
                    objectName: "closePreview"
                    text: qsTr("Close preview")
                    flat: true
                    onClicked: {
                        page.session.stopPreview()
                        page.shell.showCatalogue()
                    }
                }
            }
        }

        // The compiler's messages: in place of the module when it does not compile, below
        // the status line (the warnings) when it does.
        ListView {
            id: messages
            objectName: "previewDiagnostics"
            Layout.fillWidth: true
            Layout.fillHeight: page.preview !== null && page.preview.errorCount > 0
            Layout.preferredHeight: page.preview && page.preview.errorCount > 0 ? -1
                                    : Math.min(contentHeight, 140)
            visible: page.preview !== null && count > 0
            clip: true
            model: page.preview ? page.preview.diagnostics : []
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Messages from the module compiler")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: message
                required property var modelData
                required property int index
                width: ListView.view.width
                Accessible.name: modelData.location + " " + modelData.severity + ": " + modelData.message
                                 + (modelData.hint ? ". " + modelData.hint : "")
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: "<b>" + message.modelData.location + "</b> "
                              + (message.modelData.severity === "error" ? qsTr("error") : qsTr("warning"))
                              + ": " + message.modelData.message
                        textFormat: Text.StyledText
                        wrapMode: Text.Wrap
                        color: message.modelData.severity === "error" ? Theme.danger : Theme.warningText
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: message.modelData.hint !== ""
                        text: qsTr("Hint: %1").arg(message.modelData.hint)
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        Loader {
            id: reader
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: page.preview !== null && page.preview.compiled
            visible: active
            sourceComponent: ModulePage {
                session: page.session
                shell: page.shell
                module: page.preview.module
            }
        }
    }
}
