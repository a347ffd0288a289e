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

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS
        Label {
            id: message
            objectName: "installMessage"
            Layout.fillWidth: true
            text: status.session.installMessage
            color: status.session.installFailed ? Theme.danger : Theme.text
            wrapMode: Text.Wrap
        }
        // Stage by stage: reading and checking every file takes most of the time.
        ProgressBar {
            objectName: "installProgress"
            Layout.fillWidth: true
            visible: status.session.installing
            from: 0
            to: 1
            value: status.session.installProgress
            Accessible.role: Accessible.ProgressBar
            Accessible.name: qsTr("Installing: %1% done").arg(Math.round(value * 100))
        }
    }
}
