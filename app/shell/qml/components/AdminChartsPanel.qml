// SPDX-License-Identifier: Apache-2.0
// Charts: completion by module (bars) for everyone or a cohort, and a cohort's required
// modules done over time (a line).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Item {
    id: panel
    property AdminSession admin
    property string cohortId: ""
    property var byModule: []
    property var overTime: []
    function refresh() {
        byModule = admin.completionByModule(cohortId).map(m => ({ label: m.title, value: m.done, secondary: m.started, total: m.total }))
        overTime = admin.completionOverTime(cohortId)
    }
    // A cohort's progress over time is the more telling chart: start on the first cohort.
    Component.onCompleted: {
        if (admin.cohorts.length > 0) {
            cohortId = admin.cohorts[0].id
            cohortBox.currentIndex = 1
        }
        refresh()
    }
    Connections {
        target: panel.admin
        function onDataChanged() { panel.refresh() }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            width: flick.width - Theme.spacingM
            spacing: Theme.spacingM
            ComboBox {
                id: cohortBox
                objectName: "chartCohort"
                Layout.preferredWidth: 260
                model: [{ id: "", name: qsTr("All learners") }].concat(panel.admin.cohorts)
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Cohort")
                onActivated: { panel.cohortId = currentValue; panel.refresh() }
            }
            Label { text: qsTr("Completion by module"); font.pixelSize: Theme.fontLarge; font.weight: Font.DemiBold; color: Theme.text; Accessible.role: Accessible.Heading }
            BarChart {
                Layout.fillWidth: true
                entries: panel.byModule
                valueLegend: qsTr("Completed or passed")
                secondaryLegend: qsTr("Started")
            }
            Label { text: qsTr("Required modules done over time"); font.pixelSize: Theme.fontLarge; font.weight: Font.DemiBold; color: Theme.text; Accessible.role: Accessible.Heading }
            Label {
                visible: panel.cohortId === "" || panel.overTime.length === 0
                color: Theme.textMuted
                text: panel.cohortId === "" ? qsTr("Choose a cohort to see its progress over time.") : qsTr("No required module is done yet.")
            }
            LineChart {
                visible: panel.cohortId !== "" && panel.overTime.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: 240
                points: panel.overTime
            }
        }
    }
}
