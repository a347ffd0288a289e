// SPDX-License-Identifier: Apache-2.0
// Settings: theme, language and text size. Every choice applies at once and is kept for
// the next start.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell // the window: showStartPage(), switchLanguage()
    property DisplayPreferences preferences
    objectName: "settingsPage"
    title: qsTr("Settings")
    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(flick.width - 2 * Theme.spacingL, Theme.readingWidth)
            x: (flick.width - width) / 2
            y: Theme.spacingXl
            spacing: Theme.spacingL

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Settings")
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                AppButton {
                    objectName: "settingsDone"
                    text: qsTr("Done")
                    highlighted: true
                    Accessible.name: qsTr("Done: back to where you were")
                    onClicked: page.shell.showStartPage()
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Changes apply at once and are kept on this computer.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }

            ChoiceRow {
                objectName: "themeChoice"
                Layout.fillWidth: true
                label: qsTr("Theme")
                current: page.preferences.theme
                choices: [
                    { value: "light", text: qsTr("Light") },
                    { value: "dark", text: qsTr("Dark") },
                    { value: "high-contrast", text: qsTr("High contrast") }
                ]
                onChosen: function (value) { page.preferences.theme = value }
            }
            ChoiceRow {
                objectName: "languageChoice"
                Layout.fillWidth: true
                label: qsTr("Language")
                current: page.preferences.language
                // Each language in its own name, so that anyone can find theirs.
                choices: [
                    { value: "en", text: "English" },
                    { value: "fr", text: "Français" }
                ]
                onChosen: function (value) { page.shell.switchLanguage(value) }
            }
            ChoiceRow {
                objectName: "textSizeChoice"
                Layout.fillWidth: true
                label: qsTr("Text size")
                current: page.preferences.textScale
                choices: [
                    { value: 1, text: qsTr("%1%").arg(100) },
                    { value: 1.25, text: qsTr("%1%").arg(125) },
                    { value: 1.5, text: qsTr("%1%").arg(150) },
                    { value: 2, text: qsTr("%1%").arg(200) }
                ]
                onChosen: function (value) { page.preferences.textScale = value }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The quick brown fox helps the interpreter find the right words.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.name: qsTr("Sample text at the chosen size")
            }
        }
    }
}
