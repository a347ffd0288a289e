// SPDX-License-Identifier: Apache-2.0
// The application window: a navigation rail on the left, the learner at the top right,
// and the pages in a stack.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import QtQuick.Dialogs
import QtQuick.Layouts
import Passerelle

ApplicationWindow {
    id: window

    required property LearnerSession session
    // Theme, language and text size: chosen in Settings, or on the command line.
    required property DisplayPreferences preferences
    property string startPage: ""
    property string startSearch: ""
    Binding {
        target: Theme
        property: "textScale"
        value: window.preferences.textScale
    }
    Binding {
        target: Theme
        property: "name"
        value: window.preferences.theme
    }
    Binding {
        target: window.preferences
        property: "linkColor"
        value: Theme.accent
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

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.toolbar
    Material.foreground: Theme.text
    Material.background: Theme.background
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
    palette.mid: Theme.divider

    Shortcut {
        sequence: StandardKey.Find
        enabled: window.session.hasLearner
        onActivated: searchField.forceActiveFocus(Qt.ShortcutFocusReason)
    }
    Shortcut {
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        onActivated: window.quitApp()
    }

    header: ToolBar {
        Material.foreground: Theme.textOnToolbar
        background: Rectangle {
            color: Theme.toolbar
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: Theme.borderWidth; color: Theme.divider; visible: Theme.dark }
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingS
            spacing: Theme.spacingS
            Label {
                text: "Passerelle"
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.textOnToolbar
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Item { Layout.fillWidth: true }
            // Search across the installed modules; Enter shows the results (Ctrl+F comes here).
            TextField {
                id: searchField
                objectName: "searchField"
                visible: window.session.hasLearner
                // Shrinks first when the bar is short of room (small window, large text).
                Layout.fillWidth: true
                Layout.maximumWidth: Math.round(260 * (1 + (Theme.textScale - 1) / 2))
                Layout.minimumWidth: Math.round(120 * (1 + (Theme.textScale - 1) / 2))
                placeholderText: qsTr("Search modules")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.pixelSize: Theme.fontBody
                leftPadding: Theme.spacingS + Theme.iconSizeSmall + Theme.spacingXs
                rightPadding: Theme.spacingS
                topPadding: Theme.spacingXs
                bottomPadding: Theme.spacingXs
                selectByMouse: true
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Search modules: titles, lessons and glossary")
                background: Rectangle {
                    implicitHeight: 36
                    radius: Theme.radiusSmall
                    color: Theme.surface
                    border.width: searchField.activeFocus ? Theme.focusRingWidth : Theme.borderWidth
                    border.color: searchField.activeFocus ? Theme.focusRing : Theme.divider
                    IconImage {
                        x: Theme.spacingS
                        anchors.verticalCenter: parent.verticalCenter
                        source: "qrc:/qt/qml/Passerelle/icons/search.svg"
                        sourceSize: Qt.size(Theme.iconSizeSmall, Theme.iconSizeSmall)
                        color: Theme.textMuted
                    }
                }
                onAccepted: window.showSearch(text)
            }
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
            // Two languages: one press switches to the other, at once, without a restart.
            AppButton {
                id: languageButton
                objectName: "languageButton"
                onAccent: true
                flat: true
                text: window.preferences.language.toUpperCase()
                Accessible.name: window.preferences.language === "fr"
                                 ? "Langue : français. Passer à l’anglais (English)"
                                 : "Language: English. Switch to French (français)"
                onClicked: window.switchLanguage(window.preferences.language === "fr" ? "en" : "fr")
            }
            AppButton {
                id: settingsButton
                objectName: "settingsButton"
                onAccent: true
                flat: true
                text: qsTr("Settings")
                icon.source: "qrc:/qt/qml/Passerelle/icons/settings.svg"
                Accessible.name: qsTr("Settings: theme, language and text size")
                onClicked: window.showSettings()
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
                     : stack.currentItem.objectName === "reviewPage" ? "flashcards"
                     : stack.currentItem.objectName === "settingsPage" ? ""
                     : stack.currentItem.objectName === "searchPage" ? ""
                     : stack.currentItem.objectName === "previewPage" ? "preview"
                     : stack.currentItem.objectName === "adminPage" ? "admin" : "catalogue"
            onCatalogueRequested: window.showCatalogue()
            onMyLearningRequested: window.showMyLearning()
            onFlashcardsRequested: window.showReview()
            dueCards: window.session.dueCardCount
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

    function showSearch(query) {
        flushCurrentPage()
        window.session.closeModule()
        showPage("SearchPage", { query: query })
    }
    function showSettings() {
        flushCurrentPage()
        window.session.closeModule()
        showPage("SettingsPage", { preferences: window.preferences })
    }
    // Saves the open page's work, then changes the language; the app re-reads its text.
    // A module being read reopens in the new language, where the learner was.
    function switchLanguage(language) {
        flushCurrentPage()
        const onSettings = stack.currentItem && stack.currentItem.objectName === "settingsPage"
        const moduleId = window.session.currentModule ? window.session.currentModule.moduleId : ""
        window.preferences.language = language
        if (moduleId !== "")
            window.session.openModule(moduleId)
        if (!onSettings)
            showStartPage(StackView.Immediate)
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
        else if (window.startSearch !== "") {
            const query = window.startSearch
            window.startSearch = ""
            showPage("SearchPage", { query: query }, operation)
        }
        else if (window.startPage === "my-learning")
            showPage("MyLearningPage", {}, operation)
        else if (window.startPage === "review")
            showPage("ReviewPage", {}, operation)
        else if (window.startPage.startsWith("admin"))
            showPage("AdminPage", { startTab: window.startPage.split(":")[1] || "" }, operation)
        else if (window.startPage === "settings") {
            window.startPage = "" // once: "Done" then leads to the catalogue
            showPage("SettingsPage", { preferences: window.preferences }, operation)
        }
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
