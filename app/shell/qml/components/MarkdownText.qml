// SPDX-License-Identifier: Apache-2.0
// A block of the module's Markdown, in the reading style.
import QtQuick
import QtQuick.Controls
import Passerelle

Label {
    textFormat: Text.MarkdownText
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: Theme.fontBody
    lineHeight: 1.35
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    onLinkActivated: function (link) {
        // Links leave the app only on the learner's click, and only to the web.
        if (link.startsWith("https://") || link.startsWith("http://"))
            Qt.openUrlExternally(link)
    }
    HoverHandler {
        enabled: parent.hoveredLink.length > 0
        cursorShape: Qt.PointingHandCursor
    }
}
