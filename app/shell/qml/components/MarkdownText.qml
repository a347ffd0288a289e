// SPDX-License-Identifier: Apache-2.0
// A block of the module's Markdown, in the reading style.
import QtQuick
import QtQuick.Controls
import Passerelle

Label {
    id: markdown
    // The module the text belongs to: glossary links show its definitions.
    property ModuleSession module
    textFormat: Text.MarkdownText
    linkColor: Theme.accent
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: Theme.fontBody
    lineHeight: 1.35
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    onLinkActivated: function (link) {
        if (link.startsWith("glossary:")) {
            const entry = markdown.module ? markdown.module.glossaryEntry(link.substring(9)) : ({})
            if (entry.term !== undefined) {
                definition.title = entry.term
                definition.text = entry.definition
                definition.open()
            }
            return
        }
        // Links leave the app only on the learner's click, and only to the web.
        if (link.startsWith("https://") || link.startsWith("http://"))
            Qt.openUrlExternally(link)
    }

    // A glossary definition, next to the text, closed with Escape or a click elsewhere.
    Popup {
        id: definition
        objectName: "glossaryPopup"
        property string title
        property string text
        y: markdown.height + Theme.spacingXs
        width: Math.min(markdown.width, 420)
        padding: Theme.spacingM
        focus: true
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider; border.width: Theme.borderWidth }
        contentItem: Column {
            spacing: Theme.spacingXs
            // On the content: a Popup is not an Item, so it cannot carry Accessible itself.
            Accessible.role: Accessible.Dialog
            Accessible.name: definition.title
            Label {
                width: parent.width
                text: definition.title
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "glossaryDefinition"
                width: parent.width
                text: definition.text
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
    }
    HoverHandler {
        enabled: parent.hoveredLink.length > 0
        cursorShape: Qt.PointingHandCursor
    }
}
