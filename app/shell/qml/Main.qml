// SPDX-License-Identifier: Apache-2.0
// The application window: a navigation rail on the left, the learner at the top right,
// and the pages in a stack.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passerelle

ApplicationWindow {
    id: window

    required property LearnerSession session

    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 640
    visible: true
    title: session.currentModule ? session.currentModule.title + " — Passerelle" : "Passerelle"
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    Material.accent: Theme.accent
    Material.primary: Theme.accent
    // Activity views come from plugins and cannot import the Theme: they read the palette.
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.windowText: Theme.text
    palette.text: Theme.text
    palette.base: Theme.surface
    palette.window: Theme.background
    palette.button: Theme.accentSoft
    palette.buttonText: Theme.accent
    palette.placeholderText: Theme.textMuted

    Shortcut {
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        onActivated: Qt.quit()
    }

    header: ToolBar {
        Material.foreground: Theme.textOnAccent
        background: Rectangle { color: Theme.accent }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingS
            Label {
                text: "Passerelle"
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.textOnAccent
                Accessible.role: Accessible.Heading
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                id: learnerButton
                objectName: "learnerButton"
                visible: window.session.hasLearner
                text: window.session.learnerName
                icon.source: "qrc:/qt/qml/Passerelle/icons/person.svg"
                icon.color: Theme.textOnAccent
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Learner: %1. Change profile").arg(window.session.learnerName)
                onClicked: window.session.signOut()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Change profile")
            }
            Label {
                text: window.session.language.toUpperCase()
                color: Theme.textOnAccent
                Layout.rightMargin: Theme.spacingS
                Accessible.name: qsTr("Language: %1").arg(window.session.language === "fr" ? "français" : "English")
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            id: rail
            Layout.fillHeight: true
            visible: window.session.hasLearner
            onCatalogueRequested: {
                window.session.closeModule()
                stack.replace(null, cataloguePage)
            }
        }

        StackView {
            id: stack
            objectName: "pageStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            initialItem: window.session.hasLearner
                         ? (window.session.currentModule ? modulePage : cataloguePage)
                         : profilePage
        }
    }

    Connections {
        target: window.session
        function onLearnerChanged() {
            stack.replace(null, window.session.hasLearner ? cataloguePage : profilePage)
        }
    }

    Component {
        id: profilePage
        ProfilePage { session: window.session }
    }
    Component {
        id: cataloguePage
        CataloguePage {
            session: window.session
            onModuleOpened: stack.push(modulePage)
        }
    }
    Component {
        id: modulePage
        ModulePage {
            session: window.session
            module: window.session.currentModule
            onCloseRequested: {
                window.session.closeModule()
                stack.replace(null, cataloguePage)
            }
        }
    }
}
