// SPDX-License-Identifier: Apache-2.0
// A step line of a cumulative count over days: points {day ("YYYY-MM-DD"), done, total}, drawn
// with QtQuick Shapes, the total as a dashed line at the top.
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import Passerelle

Item {
    id: chart
    property var points: []
    readonly property int total: points.length > 0 ? points[points.length - 1].total : 0
    readonly property real first: points.length > 0 ? Date.parse(points[0].day) : 0
    readonly property real last: points.length > 0 ? Date.parse(points[points.length - 1].day) : 0
    readonly property real plotLeft: 48
    readonly property real plotBottom: height - 28
    readonly property real plotWidth: width - plotLeft - 16
    readonly property real plotHeight: plotBottom - 12

    function xOf(day) { return plotLeft + (last > first ? (Date.parse(day) - first) / (last - first) : 0.5) * plotWidth }
    function yOf(done) { return plotBottom - (total > 0 ? done / total : 0) * plotHeight }

    implicitHeight: 220
    Accessible.role: Accessible.Chart
    Accessible.name: points.length > 0 ? points[points.length - 1].done + " / " + total : ""

    Rectangle { x: chart.plotLeft; y: chart.plotBottom; width: chart.plotWidth; height: 1; color: Theme.divider }
    Rectangle { x: chart.plotLeft; y: 12; width: 1; height: chart.plotHeight; color: Theme.divider }
    Label { x: 0; y: 4; width: chart.plotLeft - 6; horizontalAlignment: Text.AlignRight; text: chart.total; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    Label { x: 0; y: chart.plotBottom - height / 2; width: chart.plotLeft - 6; horizontalAlignment: Text.AlignRight; text: "0"; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    Label { visible: chart.points.length > 0; x: chart.plotLeft; y: chart.plotBottom + 6; text: chart.points.length > 0 ? chart.points[0].day : ""; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    Label { visible: chart.points.length > 1; x: chart.plotLeft + chart.plotWidth - width; y: chart.plotBottom + 6; text: chart.points.length > 0 ? chart.points[chart.points.length - 1].day : ""; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }

    Shape {
        anchors.fill: parent
        visible: chart.points.length > 0
        ShapePath {
            strokeColor: Theme.textMuted
            strokeWidth: 1
            strokeStyle: ShapePath.DashLine
            fillColor: "transparent"
            startX: chart.plotLeft; startY: 12
            PathLine { x: chart.plotLeft + chart.plotWidth; y: 12 }
        }
        ShapePath {
            strokeColor: Theme.accent
            strokeWidth: 3
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            startX: chart.plotLeft; startY: chart.plotBottom
            PathPolyline {
                path: {
                    const out = [Qt.point(chart.plotLeft, chart.plotBottom)]
                    let previous = 0
                    for (const p of chart.points) {
                        const x = chart.xOf(p.day)
                        out.push(Qt.point(x, chart.yOf(previous)))
                        out.push(Qt.point(x, chart.yOf(p.done)))
                        previous = p.done
                    }
                    out.push(Qt.point(chart.plotLeft + chart.plotWidth, chart.yOf(previous)))
                    return out
                }
            }
        }
    }
}
