// SPDX-License-Identifier: Apache-2.0
// The catalogue: every module on this computer as a card, with the learner's progress.
// A GridView creates only the cards in sight, so hundreds of modules cost no more at start.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell // the window: showCatalogue(), showModule()
    objectName: "cataloguePage"
    title: qsTr("Catalogue")
    background: Rectangle { color: Theme.background }

    function open(moduleId) {
        if (page.session.openModule(moduleId))
            page.shell.showModule()
    }

    FileDialog {
        id: installDialog
        title: qsTr("Install a module")
        nameFilters: [qsTr("Passerelle modules (*.ptm)")]
        onAccepted: page.session.installPackage(selectedFile)
    }

    GridView {
        id: grid
        objectName: "catalogueGrid"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL - Theme.spacingS
        anchors.rightMargin: Theme.spacingL - Theme.spacingS
        clip: true
        // Cards grow with the text: fewer columns and taller cells at large sizes.
        readonly property int columns: Math.max(1, Math.floor(width / (360 * (1 + (Theme.textScale - 1) / 2))))
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.round(236 * (0.3 + 0.7 * Theme.textScale))
        model: page.session.catalogue
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Training modules")

        // When the header grows (text wrapping once the width is known, large text, an install
        // message), GridView keeps contentY and the top would scroll out of sight: stay at the
        // top unless the learner has scrolled.
        property bool scrolledByLearner: false
        onMovementStarted: scrolledByLearner = true

        header: ColumnLayout {
            width: grid.width
            spacing: Theme.spacingM
            onHeightChanged: if (!grid.scrolledByLearner) Qt.callLater(grid.positionViewAtBeginning)
            Item { implicitHeight: Theme.spacingS }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                Layout.rightMargin: Theme.spacingS
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Catalogue")
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                AppButton {
                    objectName: "installModule"
                    text: qsTr("Install a module…")
                    enabled: !page.session.installing
                    Accessible.name: qsTr("Install a module from a package file")
                    onClicked: installDialog.open()
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                text: qsTr("Training modules for your mission. They work offline; your progress is saved as you go.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            // Flashcards due across every module, reviewed together from here.
            Loader {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                Layout.rightMargin: Theme.spacingS
                active: page.session.dueCardCount > 0
                visible: active
                sourceComponent: Pane {
                    objectName: "dueCardsBanner"
                    padding: Theme.spacingM
                    background: Rectangle { color: Theme.accentSoft; radius: Theme.radius }
                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingM
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%n flashcard(s) from your modules are due for review.", "", page.session.dueCardCount)
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        AppButton {
                            objectName: "reviewDueCards"
                            highlighted: true
                            text: qsTr("Review now")
                            Accessible.name: qsTr("Review %n due card(s)", "", page.session.dueCardCount)
                            onClicked: page.shell.showReview()
                        }
                    }
                }
            }
            Loader {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                Layout.rightMargin: Theme.spacingS
                active: page.session.catalogue.learningPathLength > 1
                visible: active
                sourceComponent: LearningPathStrip {
                    steps: page.session.catalogue.learningPath
                    onOpenRequested: (moduleId) => page.open(moduleId)
                }
            }
            // What an install is doing or did, in words.
            Loader {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                Layout.rightMargin: Theme.spacingS
                active: page.session.installMessage.length > 0
                visible: active
                sourceComponent: InstallStatus { session: page.session }
            }
            // Created only when needed, to keep the first screen quick to show.
            Loader {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                Layout.rightMargin: Theme.spacingS
                active: page.session.problems.length > 0 || page.session.lastError.length > 0
                visible: active
                sourceComponent: ProblemBanner {
                    objectName: "catalogueProblems"
                    problems: page.session.lastError.length > 0
                              ? [page.session.lastError].concat(page.session.problems) : page.session.problems
                }
            }
            Loader {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                active: page.session.catalogue.count === 0
                visible: active
                sourceComponent: Label {
                    text: qsTr("No modules are installed yet.")
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
            Item { implicitHeight: Theme.spacingXs }
        }

        delegate: Item {
            id: cell
            required property int index
            required property string moduleId
            required property string title
            required property string summary
            required property int lessonCount
            required property int minutes
            required property real progress
            required property bool started
            required property string origin
            required property bool completed
            required property int pathStep
            required property var recommendedFirst
            width: grid.cellWidth
            height: grid.cellHeight
            ModuleCard {
                objectName: "moduleCard_" + cell.moduleId
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                moduleId: cell.moduleId
                title: cell.title
                summary: cell.summary
                lessonCount: cell.lessonCount
                minutes: cell.minutes
                progress: cell.progress
                started: cell.started
                origin: cell.origin
                completed: cell.completed
                pathStep: cell.pathStep
                pathLength: page.session.catalogue.learningPathLength
                recommendedFirst: cell.recommendedFirst
                onOpenRequested: page.open(cell.moduleId)
                // Keep the card the keyboard is on in sight.
                // Only when it is not wholly in sight: the first card takes the focus at start,
                // and the page must then stay at its top, header and learning path shown.
                onActiveFocusChanged: {
                    if (activeFocus && (cell.y < grid.contentY || cell.y + cell.height > grid.contentY + grid.height))
                        grid.positionViewAtIndex(cell.index, GridView.Contain)
                }
            }
        }
    }
}
