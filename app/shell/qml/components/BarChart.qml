// SPDX-License-Identifier: Apache-2.0
// Horizontal bars, one per entry: {label, value, secondary, total}. `value` is drawn solid,
// `secondary` (started, not done) lighter after it. Drawn with plain rectangles: readable,
// scalable with the text, and the same under every renderer.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

ColumnLayout {
    id: chart
    property var entries: []
    property string valueLegend
    property string secondaryLegend
    spacing: Theme.spacingXs

    Repeater {
        model: chart.entries
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.label + ": " + modelData.value + " / " + modelData.total
            Label {
                text: modelData.label
                Layout.preferredWidth: 260
                elide: Text.ElideRight
                color: Theme.text
            }
            Rectangle {
                id: track
                Layout.fillWidth: true
                height: Math.round(Theme.fontBody * 1.2)
                radius: 4
                color: Theme.background
                border.color: Theme.divider
                Rectangle {
                    width: modelData.total > 0 ? track.width * modelData.value / modelData.total : 0
                    height: parent.height
                    radius: 4
                    color: Theme.accent
                }
                Rectangle {
                    x: modelData.total > 0 ? track.width * modelData.value / modelData.total : 0
                    width: modelData.total > 0 ? track.width * (modelData.secondary || 0) / modelData.total : 0
                    height: parent.height
                    color: Theme.accentSoftPressed
                }
            }
            Label {
                text: modelData.total > 0 ? Math.round(100 * modelData.value / modelData.total) + " %" : "–"
                Layout.preferredWidth: 56
                horizontalAlignment: Text.AlignRight
                color: Theme.text
            }
        }
    }
    Row {
        spacing: Theme.spacingM
        Row { spacing: Theme.spacingXs; Rectangle { width: 14; height: 14; color: Theme.accent; anchors.verticalCenter: parent.verticalCenter } Label { text: chart.valueLegend; color: Theme.textMuted } }
        Row { spacing: Theme.spacingXs; Rectangle { width: 14; height: 14; color: Theme.accentSoftPressed; anchors.verticalCenter: parent.verticalCenter } Label { text: chart.secondaryLegend; color: Theme.textMuted } }
    }
}
