// SPDX-License-Identifier: Apache-2.0
// The completion matrix: learners × modules in a TableView fed by CompletionMatrixModel (C++),
// with filters, sorting (click a column title, or the Sort box from the keyboard) and exports.
// Cells are plain rectangles and text so that 1,000 × 50 scrolls smoothly.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Passerelle

Item {
    id: panel
    property AdminSession admin
    readonly property CompletionMatrixModel matrix: admin.matrix
    signal message(string text, string fallback)
    signal learnerChosen(string learnerId)

    function statusText(status) {
        return [qsTr("Not started"), qsTr("In progress"), qsTr("Not passed"), qsTr("Completed"),
                qsTr("Passed"), qsTr("Overdue")][status] || ""
    }
    function statusColor(status) {
        return [Theme.surface, Theme.accentSoft, Theme.warningSurface, Theme.successSurface,
                Theme.successSurface, Theme.dangerSurface][status] || Theme.surface
    }

    FileDialog {
        id: exportDialog
        property string kind: "csv"
        fileMode: FileDialog.SaveFile
        title: kind === "csv" ? qsTr("Export the matrix as CSV") : qsTr("Export xAPI statements")
        nameFilters: kind === "csv" ? [qsTr("CSV files (*.csv)")] : [qsTr("xAPI statements (*.json)")]
        defaultSuffix: kind
        onAccepted: panel.message(kind === "csv" ? panel.admin.exportMatrixCsv(selectedFile)
                                                 : panel.admin.exportStatementsJson(panel.matrix.cohortId, "", selectedFile),
                                  qsTr("Exported."))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        // Wraps under large text rather than cutting the filters short.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ComboBox {
                id: cohortBox
                objectName: "matrixCohort"
                width: Math.round(190 * Theme.textScale)
                model: [{ id: "", name: qsTr("All learners") }].concat(panel.admin.cohorts)
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Cohort")
                onActivated: panel.matrix.cohortId = currentValue
            }
            ComboBox {
                id: moduleBox
                width: Math.round(200 * Theme.textScale)
                model: [{ id: "", title: qsTr("All modules") }].concat(panel.admin.modules)
                textRole: "title"
                valueRole: "id"
                Accessible.name: qsTr("Module")
                onActivated: panel.matrix.moduleId = currentValue
            }
            ComboBox {
                id: statusBox
                objectName: "matrixStatus"
                width: Math.round(170 * Theme.textScale)
                model: [qsTr("Any status")].concat([0, 1, 2, 3, 4, 5].map(panel.statusText))
                Accessible.name: qsTr("Status")
                onActivated: panel.matrix.status = currentIndex - 1
            }
            TextField {
                id: nameField
                objectName: "matrixName"
                width: Math.round(240 * Theme.textScale)
                placeholderText: qsTr("Search a name")
                Accessible.name: placeholderText
                onTextChanged: nameTimer.restart()
                Timer { id: nameTimer; interval: 250; onTriggered: panel.matrix.nameText = nameField.text }
            }
            ComboBox {
                id: sortBox
                width: Math.round(170 * Theme.textScale)
                model: [qsTr("Sort by name")].concat(panel.admin.modules.map(m => qsTr("Sort by %1").arg(m.title)))
                Accessible.name: qsTr("Sort")
                onActivated: panel.matrix.sortBy(currentIndex === 0 ? 0 : Math.max(0, panel.columnOf(panel.admin.modules[currentIndex - 1].id)))
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: panel.matrix.error !== "" ? Theme.danger : Theme.textMuted
                text: panel.matrix.error !== "" ? panel.matrix.error
                      : qsTr("%n learner(s)", "", panel.matrix.learnerCount) + " × "
                        + qsTr("%n module(s)", "", panel.matrix.moduleCount) + ". "
                        + qsTr("Click a column title to sort by it, a name to see the learner.")
            }
            AppButton {
                text: qsTr("Export CSV")
                onClicked: { exportDialog.kind = "csv"; exportDialog.open() }
            }
            AppButton {
                text: qsTr("Export xAPI")
                onClicked: { exportDialog.kind = "json"; exportDialog.open() }
            }
        }

        // Legend.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Repeater {
                model: 6
                delegate: Row {
                    required property int index
                    spacing: Theme.spacingXs
                    Rectangle { width: 14; height: 14; radius: 3; color: panel.statusColor(index); border.color: Theme.divider; anchors.verticalCenter: parent.verticalCenter }
                    Label { text: panel.statusText(index); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                }
            }
        }

        HorizontalHeaderView {
            id: header
            Layout.fillWidth: true
            syncView: table
            clip: true
            delegate: Rectangle {
                implicitHeight: Math.round(Theme.fontSmall * 3.6)
                required property int column
                required property var display
                implicitWidth: Math.round(120 * Theme.textScale)
                color: Theme.surface
                border.color: Theme.divider
                Label {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXs
                    text: (column === 0 ? qsTr("Learner") : display)
                          + (panel.matrix.sortColumn === column ? (panel.matrix.sortDescending ? " ▼" : " ▲") : "")
                    wrapMode: Text.WordWrap
                    elide: Text.ElideRight
                    maximumLineCount: 2
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: Theme.text
                    verticalAlignment: Text.AlignVCenter
                }
                TapHandler { onTapped: panel.matrix.sortBy(column) }
            }
        }

        TableView {
            id: table
            objectName: "matrixTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.matrix
            reuseItems: true
            columnWidthProvider: column => Math.round((column === 0 ? 200 : 120) * Theme.textScale)
            rowHeightProvider: () => Math.round(Theme.fontBody * 2.2)
            ScrollBar.horizontal: ScrollBar {}
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Completion matrix")

            delegate: Rectangle {
                implicitHeight: Math.round(Theme.fontBody * 2.2)
                id: cell
                required property int column
                required property var display
                required property var status
                required property var due
                required property var learnerId
                color: cell.column === 0 ? Theme.surface : panel.statusColor(cell.status)
                border.color: Theme.divider
                border.width: 1
                Accessible.role: Accessible.Cell
                Accessible.name: cell.column === 0 ? cell.display : panel.statusText(cell.status) + " " + cell.display
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingS
                    anchors.rightMargin: Theme.spacingXs
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: cell.column === 0 ? Text.AlignLeft : Text.AlignHCenter
                    elide: Text.ElideRight
                    text: cell.display + (cell.column > 0 && cell.status === 5 ? " !" : "")
                    color: cell.column > 0 && cell.status === 5 ? Theme.danger : Theme.text
                    font.underline: cell.column === 0
                    font.weight: cell.column > 0 && cell.status === 5 ? Font.DemiBold : Font.Normal
                }
                TapHandler {
                    enabled: cell.column === 0
                    onTapped: panel.learnerChosen(cell.learnerId)
                }
                ToolTip.visible: cell.column > 0 && cellHover.hovered && cell.status >= 0
                ToolTip.text: panel.statusText(cell.status) + (cell.due ? " · " + qsTr("due %1").arg(cell.due) : "")
                HoverHandler { id: cellHover; enabled: cell.column > 0 }
            }
        }
    }

    function columnOf(moduleId) {
        for (let c = 1; c < panel.matrix.moduleCount + 1; ++c) {
            if (panel.matrix.moduleIdAt(c) === moduleId)
                return c
        }
        return -1
    }
}
