// SPDX-License-Identifier: Apache-2.0
// The catalogue: every module on this computer as a card, with the learner's progress.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell // the window: showCatalogue(), showModule()
    objectName: "cataloguePage"
    title: qsTr("Catalogue")
    background: Rectangle { color: Theme.background }

    function open(moduleId) {
        if (page.session.openModule(moduleId))
            page.shell.showModule()
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
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            Label {
                text: qsTr("Catalogue")
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Training modules for your mission. They work offline; your progress is saved as you go.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }

            // Created only when needed, to keep the first screen quick to show.
            Loader {
                Layout.fillWidth: true
                active: page.session.problems.length > 0
                visible: active
                sourceComponent: ProblemBanner { problems: page.session.problems }
            }
            Loader {
                Layout.fillWidth: true
                active: page.session.catalogue.count === 0
                visible: active
                sourceComponent: Label {
                    text: qsTr("No modules are installed yet.")
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }

            GridLayout {
                id: grid
                Layout.fillWidth: true
                columns: Math.max(1, Math.floor((width + columnSpacing) / (340 + columnSpacing)))
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                Repeater {
                    model: page.session.catalogue
                    delegate: ModuleCard {
                        required property int index
                        objectName: "moduleCard_" + moduleId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 340
                        Layout.maximumWidth: 480
                        Layout.alignment: Qt.AlignTop
                        focus: index === 0
                        onOpenRequested: page.open(moduleId)
                    }
                }
            }
        }
    }
}
