// SPDX-License-Identifier: Apache-2.0
// The application window: a navigation rail on the left, the learner at the top right,
// and the pages in a stack.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Passerelle

ApplicationWindow {
    id: window

    required property LearnerSession session
    // Multiplies every text size (passerelle --text-scale); the Theme's sizes follow it.
    property real textScale: 1.0
    property string startPage: ""
    Binding {
        target: Theme
        property: "textScale"
        value: window.textScale
    }

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
        onActivated: window.quitApp()
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
            AppButton {
                id: learnerButton
                objectName: "learnerButton"
                visible: window.session.hasLearner
                onAccent: true
                flat: true
                text: window.session.learnerName
                icon.source: "qrc:/qt/qml/Passerelle/icons/person.svg"
                Accessible.name: qsTr("Learner: %1. Change profile").arg(window.session.learnerName)
                onClicked: {
                    window.flushCurrentPage()
                    window.session.signOut()
                }
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
            visible: window.session.hasLearner || window.session.preview !== null
            current: !stack.currentItem ? "catalogue"
                     : stack.currentItem.objectName === "myLearningPage" ? "learning"
                     : stack.currentItem.objectName === "reviewPage" ? "learning"
                     : stack.currentItem.objectName === "previewPage" ? "preview"
                     : stack.currentItem.objectName === "adminPage" ? "admin" : "catalogue"
            onCatalogueRequested: window.showCatalogue()
            onMyLearningRequested: window.showMyLearning()
            onPreviewRequested: previewFolderDialog.open()
            onAdminRequested: window.showAdmin()
        }

        StackView {
            id: stack
            objectName: "pageStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
        }
    }

    // Pages are loaded from their files when first shown, so start-up compiles and creates
    // only the first screen.
    function showPage(name, properties, operation) {
        stack.replace(null, Qt.resolvedUrl("pages/" + name + ".qml"),
                      Object.assign({ session: window.session, shell: window }, properties || {}),
                      operation === undefined ? StackView.Transition : operation)
    }
    function flushCurrentPage() {
        if (stack.currentItem && stack.currentItem.flushActivities)
            stack.currentItem.flushActivities()
    }
    function quitApp() {
        flushCurrentPage()
        Qt.quit()
    }
    onClosing: flushCurrentPage()
    function showCatalogue() {
        flushCurrentPage()
        window.session.closeModule()
        showPage("CataloguePage")
    }
    FolderDialog {
        id: previewFolderDialog
        title: qsTr("Preview a module's source folder")
        onAccepted: {
            const error = window.session.startPreview(selectedFolder)
            if (error !== "")
                previewError.show(error)
            else
                window.showPage("PreviewPage")
        }
    }
    ToolTip {
        id: previewError
        objectName: "previewError"
        function show(message) { text = message; open() }
        timeout: 8000
        x: (window.width - width) / 2
        y: window.height - height - Theme.spacingXl
    }

    function showMyLearning() {
        flushCurrentPage()
        window.session.closeModule()
        showPage("MyLearningPage")
    }
    function showReview() {
        flushCurrentPage()
        window.session.closeModule()
        showPage("ReviewPage")
    }
    function showAdmin() {
        flushCurrentPage()
        window.session.closeModule()
        showPage("AdminPage")
    }
    function showModule() {
        stack.push(Qt.resolvedUrl("pages/ModulePage.qml"),
                   { session: window.session, shell: window, module: window.session.currentModule })
    }
    function showStartPage(operation) {
        if (window.session.preview)
            showPage("PreviewPage", {}, operation)
        else if (!window.session.hasLearner)
            showPage("ProfilePage", {}, operation)
        else if (window.session.currentModule)
            showPage("ModulePage", { module: window.session.currentModule }, operation)
        else if (window.startPage === "my-learning")
            showPage("MyLearningPage", {}, operation)
        else if (window.startPage === "review")
            showPage("ReviewPage", {}, operation)
        else if (window.startPage.startsWith("admin"))
            showPage("AdminPage", { startTab: window.startPage.split(":")[1] || "" }, operation)
        else
            showPage("CataloguePage", {}, operation)
    }

    Component.onCompleted: showStartPage(StackView.Immediate)

    // Drop a module package (.ptm) anywhere on the window to install it.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: function (drag) {
            drag.accepted = window.session.hasLearner && drag.hasUrls
                            && drag.urls.some(function (u) { return u.toString().toLowerCase().endsWith(".ptm") })
        }
        onDropped: function (drop) {
            const packages = drop.urls.filter(function (u) { return u.toString().toLowerCase().endsWith(".ptm") })
            if (packages.length === 0)
                return
            drop.acceptProposedAction()
            if (stack.currentItem && stack.currentItem.objectName !== "cataloguePage")
                window.showCatalogue()
            window.session.installPackage(packages[0])
        }
    }

    Connections {
        target: window.session
        function onLearnerChanged() { window.showStartPage() }
    }
}
