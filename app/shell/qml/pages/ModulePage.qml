// SPDX-License-Identifier: Apache-2.0
// Reading a module: the table of contents beside one column of text and activities,
// with previous/next at the bottom. The position is saved on every move.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell // the window: showCatalogue(), showModule()
    property ModuleSession module
    objectName: "modulePage"
    title: module ? module.title : ""
    background: Rectangle { color: Theme.background }

    // Writes every activity's unsaved work now: called before the module closes or the app quits.
    function flushActivities() {
        for (let i = 0; i < blockRepeater.count; ++i) {
            const loader = blockRepeater.itemAt(i)
            if (loader && loader.item && loader.item.flushState)
                loader.item.flushState()
        }
    }

    Shortcut {
        sequences: ["Alt+Right", StandardKey.MoveToNextPage]
        enabled: page.module && page.module.hasNext
        onActivated: page.module.next()
    }
    Shortcut {
        sequences: ["Alt+Left", StandardKey.MoveToPreviousPage]
        enabled: page.module && page.module.hasPrevious
        onActivated: page.module.previous()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Table of contents.
        Pane {
            // Wider with larger text, but never more than a third of the page.
            Layout.preferredWidth: Math.min(Math.round(280 * (1 + (Theme.textScale - 1) / 2)), page.width / 3)
            Layout.fillHeight: true
            padding: Theme.spacingM
            background: Rectangle {
                color: Theme.surface
                Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.divider }
            }
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingS
                AppButton {
                    objectName: "backToCatalogue"
                    text: qsTr("Catalogue")
                    icon.source: "qrc:/qt/qml/Passerelle/icons/back.svg"
                    flat: true
                    Accessible.name: qsTr("Back to the catalogue")
                    onClicked: page.shell.showCatalogue()
                }
                Label {
                    Layout.fillWidth: true
                    text: page.module ? page.module.title : ""
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                ListView {
                    id: toc
                    objectName: "tableOfContents"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.module ? page.module.lessons : null
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    currentIndex: page.module ? page.module.lessonIndex : 0
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Lessons")
                    delegate: ItemDelegate {
                        id: lessonItem
                        required property int index
                        required property string title
                        required property int minutes
                        required property bool current
                        width: ListView.view.width
                        highlighted: current
                        text: (index + 1) + ". " + title
                        Accessible.name: qsTr("Lesson %1: %2, %n minute(s)", "", minutes).arg(index + 1).arg(title)
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: lessonItem.text
                                wrapMode: Text.Wrap
                                font.weight: lessonItem.current ? Font.DemiBold : Font.Normal
                                color: Theme.text
                            }
                            Label {
                                text: qsTr("%n min", "", lessonItem.minutes)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                        }
                        onClicked: page.module.goTo(index, 0)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                    }
                }
            }
        }

        // The page being read.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Flickable {
                id: reader
                objectName: "reader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: content.implicitHeight + 2 * Theme.spacingL
                clip: true
                ScrollBar.vertical: ScrollBar {}
                Connections {
                    target: page.module
                    function onPositionChanged() { reader.contentY = 0 }
                }

                ColumnLayout {
                    id: content
                    width: Math.min(reader.width - 2 * Theme.spacingL, Theme.readingWidth)
                    x: (reader.width - width) / 2
                    y: Theme.spacingL
                    spacing: Theme.spacingM

                    ProblemBanner {
                        Layout.fillWidth: true
                        problems: page.module && page.module.lastError ? [page.module.lastError] : []
                    }
                    Label {
                        objectName: "lessonTitle"
                        Layout.fillWidth: true
                        text: page.module ? qsTr("Lesson %1 · %2").arg(page.module.lessonIndex + 1).arg(page.module.lessonTitle) : ""
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "pageTitle"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: page.module ? page.module.pageTitle : ""
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                    }
                    Repeater {
                        id: blockRepeater
                        model: page.module ? page.module.blocks : []
                        delegate: Loader {
                            required property var modelData
                            Layout.fillWidth: true
                            sourceComponent: modelData.kind === "activity" ? activityBlock : markdownBlock
                            Component {
                                id: markdownBlock
                                MarkdownText { text: modelData.text; baseUrl: page.module.baseUrl; module: page.module }
                            }
                            Component {
                                id: activityBlock
                                ActivityHost { block: modelData; module: page.module; session: page.session }
                            }
                        }
                    }
                }
            }

            // Previous / position / next.
            Pane {
                Layout.fillWidth: true
                padding: Theme.spacingS
                background: Rectangle {
                    color: Theme.surface
                    Rectangle { width: parent.width; height: 1; color: Theme.divider }
                }
                RowLayout {
                    anchors.fill: parent
                    AppButton {
                        objectName: "previousPage"
                        text: qsTr("Previous")
                        enabled: page.module && page.module.hasPrevious
                        Accessible.name: qsTr("Previous page")
                        onClicked: page.module.previous()
                    }
                    Label {
                        objectName: "pagePosition"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: page.module ? qsTr("Page %1 of %2").arg(page.module.pageIndex + 1).arg(page.module.pageCount) : ""
                        color: Theme.textMuted
                    }
                    AppButton {
                        objectName: "nextPage"
                        text: qsTr("Next")
                        highlighted: true
                        enabled: page.module && page.module.hasNext
                        Accessible.name: qsTr("Next page")
                        onClicked: page.module.next()
                    }
                }
            }
        }
    }
}
