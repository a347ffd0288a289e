// SPDX-License-Identifier: Apache-2.0
// The state of a module install: in progress, done (with how it was signed), or refused
// with the reason.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Pane {
    id: status
    property LearnerSession session
    objectName: "installStatus"
    padding: Theme.spacingM
    background: Rectangle {
        radius: Theme.radius
        color: status.session.installFailed ? Theme.dangerSurface
               : status.session.installing ? Theme.accentSoft : Theme.successSurface
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingM
        BusyIndicator {
            visible: status.session.installing
            running: visible
            implicitWidth: 28
            implicitHeight: 28
            Accessible.name: qsTr("Installing")
        }
        Label {
            id: message
            objectName: "installMessage"
            Layout.fillWidth: true
            text: status.session.installMessage
            color: status.session.installFailed ? Theme.danger : Theme.text
            wrapMode: Text.Wrap
        }
    }
}
