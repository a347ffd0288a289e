// SPDX-License-Identifier: Apache-2.0
// One module in the catalogue: title, summary, size, progress and a Start/Continue button.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Pane {
    id: card
    required property string moduleId
    required property string title
    required property string summary
    required property int lessonCount
    required property int minutes
    required property real progress
    required property bool started
    required property string origin // "bundled", "trusted", "signed" or "unsigned"
    property bool completed: false
    property int pathStep: 0   // place on the learning path, 0 when off it
    property int pathLength: 0
    property var recommendedFirst: [] // titles of the modules to take first, not yet completed
    signal openRequested()

    padding: Theme.spacingM
    focusPolicy: Qt.NoFocus
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: card.title
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
        // Where the module stands on the learning path, and what to take first.
        Label {
            objectName: "pathNote_" + card.moduleId
            Layout.fillWidth: true
            visible: card.pathStep > 0
            text: card.recommendedFirst.length > 0
                  ? qsTr("Step %1 of %2 · Recommended first: %3").arg(card.pathStep).arg(card.pathLength)
                    .arg(card.recommendedFirst.join(", "))
                  : qsTr("Step %1 of %2 in the learning path").arg(card.pathStep).arg(card.pathLength)
            font.pixelSize: Theme.fontSmall
            color: card.recommendedFirst.length > 0 ? Theme.warningText : Theme.textMuted
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: card.summary
            color: Theme.textMuted
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
        }
        RowLayout {
            spacing: Theme.spacingS
            Label {
                text: qsTr("%n lesson(s)", "", card.lessonCount) + " · " + qsTr("%n min", "", card.minutes)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            // Where an installed module came from: signed by a trusted key, or not.
            Label {
                objectName: "origin_" + card.moduleId
                visible: card.origin !== "bundled" && card.origin !== ""
                text: card.origin === "trusted" ? qsTr("Signed")
                      : card.origin === "signed" ? qsTr("Signed by an unknown key") : qsTr("Unsigned")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: card.origin === "trusted" ? Theme.success : Theme.warningText
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                background: Rectangle {
                    radius: height / 2
                    color: card.origin === "trusted" ? Theme.successSurface : Theme.warningSurface
                }
                Accessible.name: card.origin === "trusted" ? qsTr("Signed by a trusted key")
                                 : card.origin === "signed" ? qsTr("Signed by a key this computer does not trust")
                                 : qsTr("Unsigned: its author could not be checked")
            }
        }
        Loader {
            Layout.fillWidth: true
            active: card.started
            visible: active
            sourceComponent: ProgressBar {
                value: card.progress
                Accessible.name: qsTr("%1% done").arg(Math.round(card.progress * 100))
            }
        }
        AppButton {
            id: openButton
            objectName: "openModule_" + card.moduleId
            Layout.alignment: Qt.AlignRight
            focus: true
            highlighted: true
            text: card.started ? qsTr("Continue") : qsTr("Start")
            Accessible.name: (card.started ? qsTr("Continue %1") : qsTr("Start %1")).arg(card.title)
            onClicked: card.openRequested()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }
}
