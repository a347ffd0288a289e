// SPDX-License-Identifier: Apache-2.0
// The navigation rail: one entry per area of the app.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Pane {
    id: rail
    property string current: "catalogue"
    signal catalogueRequested()
    signal myLearningRequested()
    signal flashcardsRequested()
    property int dueCards: 0
    signal previewRequested()
    signal adminRequested()

    implicitWidth: Theme.railWidth
    padding: 0
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.right: parent.right
            width: 1
            height: parent.height
            color: Theme.divider
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacingM
        spacing: Theme.spacingS

        RailButton {
            objectName: "railCatalogue"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Catalogue")
            iconSource: "qrc:/qt/qml/Passerelle/icons/catalogue.svg"
            current: rail.current === "catalogue"
            onClicked: rail.catalogueRequested()
        }
        RailButton {
            objectName: "railMyLearning"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("My learning")
            iconSource: "qrc:/qt/qml/Passerelle/icons/learning.svg"
            current: rail.current === "learning"
            onClicked: rail.myLearningRequested()
        }
        // The cards due across every module, reviewed together.
        RailButton {
            objectName: "railFlashcards"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Flashcards")
            Accessible.name: rail.dueCards > 0 ? qsTr("Flashcards: %n due", "", rail.dueCards) : qsTr("Flashcards")
            iconSource: "qrc:/qt/qml/Passerelle/icons/cards.svg"
            current: rail.current === "flashcards"
            onClicked: rail.flashcardsRequested()
        }
        Item { Layout.fillHeight: true }
        // For administrators, behind the admin passphrase.
        RailButton {
            objectName: "railAdmin"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Admin")
            iconSource: "qrc:/qt/qml/Passerelle/icons/admin.svg"
            current: rail.current === "admin"
            onClicked: rail.adminRequested()
        }
        // For trainers: see a module's source as learners will, reloaded on every save.
        RailButton {
            objectName: "railPreview"
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.spacingM
            text: qsTr("Preview")
            iconSource: "qrc:/qt/qml/Passerelle/icons/preview.svg"
            current: rail.current === "preview"
            onClicked: rail.previewRequested()
        }
    }
}
