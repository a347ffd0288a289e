// SPDX-License-Identifier: Apache-2.0
// Who is learning? Choose a profile or create one by name.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell // the window: showCatalogue(), showModule()
    objectName: "profilePage"
    title: qsTr("Choose your profile")
    background: Rectangle { color: Theme.background }

    function create() {
        const error = page.session.createLearner(nameField.text)
        errorLabel.text = error
        if (error === "")
            nameField.text = ""
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(page.width - 2 * Theme.spacingL, Math.round(520 * (1 + (Theme.textScale - 1) * 0.6)))
            x: (page.width - width) / 2
            y: Theme.spacingXl
            spacing: Theme.spacingM

            Image {
                Layout.alignment: Qt.AlignHCenter
                source: "qrc:/qt/qml/Passerelle/icons/logo.svg"
                sourceSize: Qt.size(72, 72)
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Who is learning?")
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Each profile keeps its own progress on this computer.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }

            Repeater {
                model: page.session.learners
                delegate: AppButton {
                    required property string learnerId
                    required property string name
                    required property int index
                    objectName: "profile_" + index
                    Layout.fillWidth: true
                    text: name
                    flat: false
                    focus: index === 0
                    Accessible.name: qsTr("Continue as %1").arg(name)
                    onClicked: page.session.chooseLearner(learnerId)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }

            Label {
                Layout.topMargin: Theme.spacingM
                text: page.session.learners.count > 0 ? qsTr("Or create a new profile")
                                                      : qsTr("Create your profile")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                TextField {
                    id: nameField
                    objectName: "profileNameField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Your name")
                    focus: page.session.learners.count === 0
                    maximumLength: 80
                    Accessible.name: qsTr("Name of the new profile")
                    onAccepted: page.create()
                }
                AppButton {
                    objectName: "profileCreateButton"
                    text: qsTr("Create")
                    highlighted: true
                    enabled: nameField.text.trim().length > 0
                    Accessible.name: qsTr("Create the profile")
                    onClicked: page.create()
                }
            }
            Label {
                id: errorLabel
                objectName: "profileError"
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            // An administrator's machine may hold no learner profile of its own.
            AppButton {
                objectName: "profileAdmin"
                Layout.topMargin: Theme.spacingL
                Layout.alignment: Qt.AlignHCenter
                flat: true
                text: qsTr("Administration…")
                Accessible.name: qsTr("Open the administration, behind its passphrase")
                onClicked: page.shell.showAdmin()
            }
        }
    }
}
