// SPDX-License-Identifier: Apache-2.0
// Search results across the installed modules: each opens its module at the page found.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell // the window: showModule()
    property string query
    objectName: "searchPage"
    title: qsTr("Search")
    background: Rectangle { color: Theme.background }

    readonly property var results: page.session && page.query.trim().length > 0 ? page.session.search(page.query) : []

    function open(result) {
        if (!page.session.openModule(result.moduleId))
            return
        if (result.lessonIndex >= 0)
            page.session.currentModule.goTo(result.lessonIndex, Math.max(0, result.pageIndex))
        page.shell.showModule()
    }
    function kindLabel(result) {
        if (result.kind === "module")
            return qsTr("Module")
        if (result.kind === "glossary")
            return qsTr("Glossary · %1").arg(result.moduleTitle)
        return qsTr("%1 · lesson %2").arg(result.moduleTitle).arg(result.lessonIndex + 1)
    }

    ListView {
        id: list
        objectName: "searchResults"
        anchors.fill: parent
        anchors.topMargin: Theme.spacingL
        clip: true
        model: page.results
        spacing: Theme.spacingS
        activeFocusOnTab: true
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Search results")

        header: ColumnLayout {
            x: (list.width - width) / 2
            width: Math.min(list.width - 2 * Theme.spacingL, Theme.readingWidth)
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: qsTr("Search")
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "searchSummary"
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingS
                text: page.query.trim().length === 0 ? qsTr("Type words to find in module titles, lessons and the glossary.")
                      : page.results.length === 0 ? qsTr("Nothing found for “%1”. Try fewer or other words.").arg(page.query)
                      : qsTr("%n result(s) for “%1”", "", page.results.length).arg(page.query)
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }

        delegate: ItemDelegate {
            id: result
            required property var modelData
            required property int index
            objectName: "searchResult_" + index
            x: (list.width - width) / 2
            width: Math.min(list.width - 2 * Theme.spacingL, Theme.readingWidth)
            padding: Theme.spacingM
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Open %1: %2").arg(page.kindLabel(modelData)).arg(modelData.title)
            background: Rectangle {
                color: result.hovered ? Theme.accentSoft : Theme.surface
                radius: Theme.radius
                border.width: result.visualFocus ? Theme.focusRingWidth : Theme.borderWidth
                border.color: result.visualFocus ? Theme.focusRing : Theme.divider
            }
            contentItem: ColumnLayout {
                spacing: Theme.spacingXs
                Label {
                    Layout.fillWidth: true
                    text: page.kindLabel(result.modelData)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: result.modelData.title
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.accent
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: result.modelData.snippet
                    color: Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }
            onClicked: page.open(modelData)
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }
}
