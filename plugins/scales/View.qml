// SPDX-License-Identifier: Apache-2.0
// The scales view: the learner places themselves from 1 to 7 on each bipolar scale (arrow
// keys, Home/End or the number keys on a focused scale; or a click on a point), then reads
// their profile: one row per scale with their position and the comparison on the same line,
// the large gaps highlighted with the trainer's question beside each. The gaps come from C++
// (ScalesActivity::evaluate); this file only draws them. Drawn with plain Qt Quick items, so
// the chart renders with the software renderer too.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

FocusScope {
    id: root
    // Feedback colours, bound by the host to the app's theme (light, dark, high contrast).
    property color successColor: "#1b6b3a"
    property color dangerColor: "#a12b2b"
    property color warningColor: "#7a4d00"

    // Set by the activity host.
    property var config: ({})
    property var savedResponse: null   // {positions: {scaleId: 1..7}}, the last profile shown
    property var savedDraft: null      // {positions: {...}}, positions not yet shown as a profile
    property var evaluation: null      // {completion, feedback: {positions, gaps, largeGaps, ...}}
    property bool busy: false
    property int attempts: 0
    property int seed: 0
    property url baseUrl
    property string moduleTitle           // for documents the view prints
    signal submitted(var response)
    signal draftChanged(var draft)
    signal documentRequested(var document, string suggestedName)

    readonly property var scales: config.scales || []
    property var positions: ({})       // scaleId -> 1..7, for the scales placed so far
    readonly property int placedCount: scales.filter(function (s) { return positions[s.id] > 0 }).length
    readonly property bool allPlaced: scales.length > 0 && placedCount === scales.length
    readonly property bool answered: isProfile(evaluation)
    // The profile belongs to the positions it was drawn for; moving a scale hides it until
    // the learner asks for it again.
    readonly property bool showingProfile: answered && samePositions(evaluation.feedback.positions, positions)
    readonly property var gapsByScale: indexGaps(showingProfile ? evaluation.feedback.gaps : [])
    readonly property bool hasComparison: showingProfile && evaluation.feedback.comparison === true
    readonly property string comparisonLabel: config.comparison && config.comparison.label ? config.comparison.label : ""
    // The body text size in pixels, whether the inherited font is set in pixels or points.
    readonly property int textSize: body.font.pixelSize > 0 ? body.font.pixelSize : Math.round(body.font.pointSize * 4 / 3)
    // Colours chosen for at least 4.5:1 on white; the learner's own mark uses the accent.
    readonly property color gapColor: warningColor
    readonly property color comparisonColor: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.8)

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth

    Component.onCompleted: restore()
    onSavedDraftChanged: restore()
    onSavedResponseChanged: restore()
    onConfigChanged: restore()

    // ---- state ---------------------------------------------------------------------------

    function isProfile(e) {
        return !!e && !!e.feedback && (e.feedback.verdict === "complete" || e.feedback.verdict === "incomplete")
    }
    // Keeps only positions that still fit the config (the module may have changed).
    function usablePositions(saved) {
        if (!saved || typeof saved.positions !== "object" || saved.positions === null)
            return null
        const result = {}
        for (const scale of scales) {
            const p = saved.positions[scale.id]
            if (Number.isInteger(p) && p >= 1 && p <= 7)
                result[scale.id] = p
        }
        return result
    }
    // The draft is written on every change, so it is never older than the last answer.
    function restore() {
        positions = usablePositions(savedDraft) || usablePositions(savedResponse)
                || (isProfile(evaluation) ? usablePositions(evaluation.feedback) : null) || {}
    }
    function samePositions(a, b) {
        if (!a || !b)
            return false
        return scales.every(function (s) { return (a[s.id] || 0) === (b[s.id] || 0) })
    }
    function place(scaleId, position) {
        const p = Math.max(1, Math.min(7, position))
        if (positions[scaleId] === p)
            return
        const next = Object.assign({}, positions)
        next[scaleId] = p
        positions = next
        draftChanged({ positions: Object.assign({}, next) })
    }
    function handleKey(scaleId, event) {
        const current = positions[scaleId] || 0
        let target = 0
        switch (event.key) {
        case Qt.Key_Left:
        case Qt.Key_Down:
            target = current > 0 ? current - 1 : 4
            break
        case Qt.Key_Right:
        case Qt.Key_Up:
            target = current > 0 ? current + 1 : 4
            break
        case Qt.Key_Home: target = 1; break
        case Qt.Key_End: target = 7; break
        default:
            if (event.key >= Qt.Key_1 && event.key <= Qt.Key_7)
                target = event.key - Qt.Key_1 + 1
            else
                return
        }
        event.accepted = true
        if (!busy)
            place(scaleId, target)
    }
    function indexGaps(list) {
        const byScale = {}
        const ordered = list || []
        let rank = 0
        for (const gap of ordered) {
            const entry = Object.assign({}, gap)
            if (gap.large)
                entry.rank = ++rank
            byScale[gap.scale] = entry
        }
        return byScale
    }
    function scaleOf(id) {
        for (const s of scales)
            if (s.id === id)
                return s
        return null
    }
    function poleLabel(scale, side) {
        return scale && scale[side] && scale[side].label ? scale[side].label : ""
    }

    // ---- wording ---------------------------------------------------------------------------

    // Where a position sits, in words: 1 and 7 are the poles, 4 the middle.
    function positionWords(scale, p) {
        if (!(p > 0))
            return qsTranslate("ScalesView", "Not placed yet.")
        const left = poleLabel(scale, "left"), right = poleLabel(scale, "right")
        switch (p) {
        case 1: return qsTranslate("ScalesView", "%1 of 7: fully “%2”.").arg(p).arg(left)
        case 2: return qsTranslate("ScalesView", "%1 of 7: close to “%2”.").arg(p).arg(left)
        case 3: return qsTranslate("ScalesView", "%1 of 7: leaning towards “%2”.").arg(p).arg(left)
        case 5: return qsTranslate("ScalesView", "%1 of 7: leaning towards “%2”.").arg(p).arg(right)
        case 6: return qsTranslate("ScalesView", "%1 of 7: close to “%2”.").arg(p).arg(right)
        case 7: return qsTranslate("ScalesView", "%1 of 7: fully “%2”.").arg(p).arg(right)
        default: return qsTranslate("ScalesView", "%1 of 7: midway between the two.").arg(p)
        }
    }
    function gapWords(scale, gap) {
        if (!gap)
            return ""
        if (gap.size === 0)
            return qsTranslate("ScalesView", "No gap: “%1” is where you placed yourself.").arg(comparisonLabel)
        const pole = poleLabel(scale, gap.towards === "left" ? "left" : "right")
        return gap.size === 1
                ? qsTranslate("ScalesView", "Gap of 1 point: “%1” sits nearer to “%2”.").arg(comparisonLabel).arg(pole)
                : qsTranslate("ScalesView", "Gap of %1 points: “%2” sits nearer to “%3”.").arg(gap.size).arg(comparisonLabel).arg(pole)
    }
    function summaryText() {
        if (!showingProfile)
            return ""
        if (!hasComparison)
            return qsTranslate("ScalesView", "Your positions at a glance. There is no comparison profile for this activity.")
        const large = evaluation.feedback.largeGaps || []
        if (large.length === 0)
            return qsTranslate("ScalesView", "No gap of %1 points or more between you and “%2”.")
                    .arg(evaluation.feedback.threshold).arg(comparisonLabel)
        const gaps = indexGaps(evaluation.feedback.gaps)
        const names = large.map(function (id) {
            const scale = scaleOf(id)
            return poleLabel(scale, "left") + " – " + poleLabel(scale, "right") + " (" + (gaps[id] ? gaps[id].size : 0) + ")"
        })
        return large.length === 1
                ? qsTranslate("ScalesView", "The largest gap from “%1”: %2.").arg(comparisonLabel).arg(names[0])
                : qsTranslate("ScalesView", "The largest gaps from “%1”, largest first: %2.").arg(comparisonLabel)
                      .arg(names.join(qsTranslate("ScalesView", "; ", "between the items of a list")))
    }
    function chartRowName(scale) {
        const gap = gapsByScale[scale.id]
        let name = poleLabel(scale, "left") + " – " + poleLabel(scale, "right") + ". "
                + qsTranslate("ScalesView", "You: %1").arg(positionWords(scale, positions[scale.id]))
        if (gap) {
            name += " " + qsTranslate("ScalesView", "%1: %2").arg(comparisonLabel).arg(positionWords(scale, gap.comparison))
            name += " " + gapWords(scale, gap)
            if (gap.large)
                name += " " + qsTranslate("ScalesView", "A large gap.") + (gap.prompt ? " " + gap.prompt : "")
        }
        return name
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }

    // The body font, for sizes relative to it (views cannot read the shell's Theme).
    Label { id: body; visible: false }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            objectName: "scalesIntro"
            visible: text.length > 0
            Layout.fillWidth: true
            text: root.config.intro || ""
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            lineHeight: 1.15
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "scalesInstructions"
            Layout.fillWidth: true
            text: qsTranslate("ScalesView", "Place yourself on each scale: 1 is the pole on the left, 7 the pole on the right. Use the arrow keys, Home and End, or click a point. There are no right answers.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }

        // ---- placing yourself --------------------------------------------------------------

        Repeater {
            model: root.scales
            delegate: ColumnLayout {
                id: scaleRow
                required property var modelData
                required property int index
                readonly property string sid: modelData.id
                readonly property int position: root.positions[sid] || 0
                Layout.fillWidth: true
                Layout.topMargin: 4
                spacing: 4

                // The two poles, side by side, each with what it looks like in practice.
                Item {
                    Layout.fillWidth: true
                    implicitHeight: Math.max(leftPole.implicitHeight, rightPole.implicitHeight)
                    ColumnLayout {
                        id: leftPole
                        width: (parent.width - 24) / 2
                        anchors.left: parent.left
                        spacing: 2
                        Label {
                            objectName: "scalesLeft_" + scaleRow.sid
                            Layout.fillWidth: true
                            text: root.poleLabel(scaleRow.modelData, "left")
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: scaleRow.modelData.left && scaleRow.modelData.left.description || ""
                            wrapMode: Text.Wrap
                            opacity: 0.8
                            font.pixelSize: Math.round(root.textSize * 0.9)
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                    ColumnLayout {
                        id: rightPole
                        width: (parent.width - 24) / 2
                        anchors.right: parent.right
                        spacing: 2
                        Label {
                            objectName: "scalesRight_" + scaleRow.sid
                            Layout.fillWidth: true
                            text: root.poleLabel(scaleRow.modelData, "right")
                            font.weight: Font.DemiBold
                            horizontalAlignment: Text.AlignRight
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: scaleRow.modelData.right && scaleRow.modelData.right.description || ""
                            horizontalAlignment: Text.AlignRight
                            wrapMode: Text.Wrap
                            opacity: 0.8
                            font.pixelSize: Math.round(root.textSize * 0.9)
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                }

                // The seven points: one Tab stop per scale, moved with the keyboard or a click.
                Control {
                    id: track
                    objectName: "scalesTrack_" + scaleRow.sid
                    Layout.fillWidth: true
                    implicitHeight: Math.round(root.textSize * 3.2)
                    padding: 0
                    focusPolicy: Qt.StrongFocus
                    activeFocusOnTab: true
                    hoverEnabled: true
                    readonly property real margin: Math.round(root.textSize * 1.2)
                    readonly property real step: (width - 2 * margin) / 6
                    function xOf(p) { return margin + (p - 1) * step }

                    Accessible.role: Accessible.Slider
                    Accessible.name: qsTranslate("ScalesView", "Scale %1 of %2: from “%3” to “%4”.")
                                     .arg(scaleRow.index + 1).arg(root.scales.length)
                                     .arg(root.poleLabel(scaleRow.modelData, "left"))
                                     .arg(root.poleLabel(scaleRow.modelData, "right"))
                                     + " " + root.positionWords(scaleRow.modelData, scaleRow.position)
                    Accessible.description: qsTranslate("ScalesView", "Left and right arrows move your position; Home and End go to the poles; the number keys 1 to 7 place you directly.")
                    Keys.onPressed: function (event) { root.handleKey(scaleRow.sid, event) }

                    TapHandler {
                        enabled: !root.busy
                        onTapped: function (eventPoint) {
                            const p = Math.round((eventPoint.position.x - track.margin) / track.step) + 1
                            track.forceActiveFocus(Qt.MouseFocusReason)
                            root.place(scaleRow.sid, p)
                        }
                    }

                    background: Rectangle {
                        radius: 8
                        // No calls into root here: the focus leaves while the view is destroyed.
                        color: track.hovered ? Qt.rgba(track.palette.highlight.r, track.palette.highlight.g, track.palette.highlight.b, 0.05)
                                             : "transparent"
                        border.width: track.visualFocus ? 2 : 1
                        border.color: track.visualFocus ? track.palette.highlight
                                                        : Qt.rgba(track.palette.windowText.r, track.palette.windowText.g, track.palette.windowText.b, 0.18)
                    }
                    contentItem: Item {
                        id: points
                        readonly property real lineY: Math.round(root.textSize * 1.1)
                        Rectangle {
                            // The line from one pole to the other.
                            x: track.xOf(1)
                            width: track.xOf(7) - track.xOf(1)
                            y: points.lineY - 1
                            height: 2
                            color: root.tint(track.palette.windowText, 0.3)
                        }
                        Repeater {
                            model: 7
                            delegate: Item {
                                id: point
                                required property int index
                                readonly property int value: index + 1
                                readonly property bool chosen: scaleRow.position === value
                                width: Math.round(root.textSize * 1.6)
                                height: points.height
                                x: track.xOf(value) - width / 2
                                Rectangle {
                                    objectName: "scalesPoint_" + scaleRow.sid + "_" + point.value
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    width: point.chosen ? Math.round(root.textSize * 1.3) : Math.round(root.textSize * 0.75)
                                    height: width
                                    y: points.lineY - height / 2
                                    radius: width / 2
                                    color: point.chosen ? track.palette.highlight : track.palette.base
                                    border.width: 2
                                    border.color: point.chosen ? track.palette.highlight : root.tint(track.palette.windowText, 0.45)
                                }
                                Label {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    y: points.lineY + Math.round(root.textSize * 0.8)
                                    text: String(point.value)
                                    font.pixelSize: Math.round(root.textSize * 0.8)
                                    font.weight: point.chosen ? Font.DemiBold : Font.Normal
                                    color: point.chosen ? track.palette.highlight : track.palette.windowText
                                    opacity: point.chosen ? 1 : 0.7
                                    Accessible.ignored: true
                                }
                            }
                        }
                    }
                }
            }
        }

        Label {
            objectName: "scalesProgress"
            Layout.fillWidth: true
            text: root.allPlaced ? qsTranslate("ScalesView", "All %1 scales placed.").arg(root.scales.length)
                                 : qsTranslate("ScalesView", "%1 of %2 scales placed.").arg(root.placedCount).arg(root.scales.length)
            wrapMode: Text.Wrap
            opacity: 0.8
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Button {
            id: submitButton
            objectName: "scalesSubmit"
            text: root.answered ? qsTranslate("ScalesView", "Update my profile")
                                : qsTranslate("ScalesView", "Show my profile")
            enabled: root.allPlaced && !root.busy && !root.showingProfile
            Accessible.name: text
            font.capitalization: Font.MixedCase
            leftPadding: 16
            rightPadding: 16
            font.weight: Font.DemiBold
            // Drawn without shader effects, so it shows with the software renderer too.
            contentItem: Text {
                text: submitButton.text
                font: submitButton.font
                color: submitButton.enabled ? submitButton.palette.highlightedText : root.tint(submitButton.palette.windowText, 0.55)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitWidth: 120
                implicitHeight: 40
                radius: 8
                color: submitButton.enabled ? submitButton.palette.highlight : root.tint(submitButton.palette.windowText, 0.12)
                opacity: submitButton.down ? 0.85 : 1
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: -3
                    radius: 11
                    color: "transparent"
                    border.width: 2
                    border.color: submitButton.palette.highlight
                    visible: submitButton.visualFocus
                }
            }
            onClicked: root.submitted({ positions: Object.assign({}, root.positions) })
            Keys.onReturnPressed: if (enabled) clicked()
            Keys.onEnterPressed: if (enabled) clicked()
        }

        // ---- the profile -----------------------------------------------------------------

        ColumnLayout {
            id: chart
            objectName: "scalesChart"
            visible: root.showingProfile
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: 8
            Accessible.role: Accessible.Chart
            Accessible.name: qsTranslate("ScalesView", "Your profile")
            Accessible.description: root.summaryText()

            Label {
                Layout.fillWidth: true
                text: qsTranslate("ScalesView", "Your profile")
                font.weight: Font.DemiBold
                font.pixelSize: Math.round(root.textSize * 1.15)
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            // The key to the marks.
            Flow {
                Layout.fillWidth: true
                spacing: 20
                Row {
                    spacing: 8
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.round(root.textSize * 0.9); height: width; radius: width / 2
                        color: root.palette.highlight
                    }
                    Label { text: qsTranslate("ScalesView", "You") }
                }
                Row {
                    visible: root.hasComparison
                    spacing: 8
                    Item {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.round(root.textSize * 0.9); height: width
                        Rectangle {
                            anchors.centerIn: parent
                            width: parent.width * 0.75; height: width
                            rotation: 45
                            color: root.comparisonColor
                        }
                    }
                    Label { objectName: "scalesLegendComparison"; text: root.comparisonLabel }
                }
                Row {
                    visible: root.hasComparison
                    spacing: 8
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.round(root.textSize * 1.4); height: 5; radius: 2
                        color: root.gapColor
                    }
                    Label { text: qsTranslate("ScalesView", "A large gap (%1 points or more)").arg(root.showingProfile ? root.evaluation.feedback.threshold : 2) }
                }
            }
            Label {
                objectName: "scalesSummary"
                Layout.fillWidth: true
                text: root.summaryText()
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Repeater {
                model: root.showingProfile ? root.scales : []
                delegate: Rectangle {
                    id: chartRow
                    required property var modelData
                    readonly property string sid: modelData.id
                    readonly property var gap: root.gapsByScale[sid] || null
                    readonly property bool large: gap !== null && gap.large === true
                    readonly property int self: root.positions[sid] || 0
                    objectName: "scalesChartRow_" + sid
                    Layout.fillWidth: true
                    implicitHeight: rowColumn.implicitHeight + 12
                    radius: 6
                    color: large ? root.tint(root.gapColor, 0.09) : "transparent"
                    Accessible.role: Accessible.StaticText
                    Accessible.name: root.chartRowName(modelData)

                    Rectangle {
                        // The mark of a large gap, beside the colour, for who cannot tell tints apart.
                        visible: chartRow.large
                        width: 4
                        radius: 2
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        color: root.gapColor
                    }

                    ColumnLayout {
                        id: rowColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: 12
                        anchors.rightMargin: 8
                        spacing: 2

                        // Fixed columns, the same in every row, so the lines sit one under the
                        // other and the profile reads as a shape.
                        Item {
                            id: chartLine
                            Layout.fillWidth: true
                            readonly property real labelWidth: Math.round(width * 0.27)
                            implicitHeight: Math.max(leftLabel.implicitHeight, rightLabel.implicitHeight, line.height)
                            Label {
                                id: leftLabel
                                width: chartLine.labelWidth
                                anchors.verticalCenter: parent.verticalCenter
                                text: root.poleLabel(chartRow.modelData, "left")
                                horizontalAlignment: Text.AlignRight
                                wrapMode: Text.Wrap
                                font.pixelSize: Math.round(root.textSize * 0.9)
                                Accessible.ignored: true
                            }
                            Item {
                                id: line
                                x: chartLine.labelWidth + 8
                                width: chartLine.width - 2 * chartLine.labelWidth - 16
                                height: Math.round(root.textSize * 1.6)
                                anchors.verticalCenter: parent.verticalCenter
                                readonly property real margin: Math.round(root.textSize * 0.6)
                                function xOf(p) { return margin + (p - 1) * (width - 2 * margin) / 6 }
                                Rectangle {
                                    x: line.xOf(1); width: line.xOf(7) - line.xOf(1)
                                    y: line.height / 2 - 1; height: 2
                                    color: root.tint(root.palette.windowText, 0.25)
                                }
                                Repeater {
                                    model: 7
                                    Rectangle {
                                        required property int index
                                        x: line.xOf(index + 1) - 1; width: 2
                                        y: line.height / 2 - 5; height: 10
                                        color: root.tint(root.palette.windowText, 0.35)
                                    }
                                }
                                Rectangle {
                                    // The gap, from the learner to the comparison.
                                    objectName: "scalesGapBar_" + chartRow.sid
                                    visible: chartRow.gap !== null && chartRow.gap.size > 0
                                    readonly property real from: chartRow.gap ? line.xOf(Math.min(chartRow.self, chartRow.gap.comparison)) : 0
                                    readonly property real to: chartRow.gap ? line.xOf(Math.max(chartRow.self, chartRow.gap.comparison)) : 0
                                    x: from; width: to - from
                                    height: chartRow.large ? 6 : 3
                                    y: line.height / 2 - height / 2
                                    radius: height / 2
                                    color: chartRow.large ? root.gapColor : root.tint(root.palette.windowText, 0.45)
                                }
                                Rectangle {
                                    // The comparison: a diamond, drawn under the learner's dot so both show when they meet.
                                    objectName: "scalesComparisonMark_" + chartRow.sid
                                    visible: chartRow.gap !== null
                                    width: Math.round(root.textSize * 0.75); height: width
                                    x: chartRow.gap ? line.xOf(chartRow.gap.comparison) - width / 2 : 0
                                    y: line.height / 2 - height / 2
                                    rotation: 45
                                    color: root.comparisonColor
                                }
                                Rectangle {
                                    objectName: "scalesSelfMark_" + chartRow.sid
                                    visible: chartRow.self > 0
                                    width: Math.round(root.textSize * 0.95); height: width; radius: width / 2
                                    x: line.xOf(chartRow.self) - width / 2
                                    y: line.height / 2 - height / 2
                                    color: root.palette.highlight
                                    border.width: 2
                                    border.color: root.palette.base
                                }
                            }
                            Label {
                                id: rightLabel
                                width: chartLine.labelWidth
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                text: root.poleLabel(chartRow.modelData, "right")
                                wrapMode: Text.Wrap
                                font.pixelSize: Math.round(root.textSize * 0.9)
                                Accessible.ignored: true
                            }
                        }
                        Label {
                            // A large gap says how large and towards which pole, then the trainer's question.
                            objectName: "scalesGapText_" + chartRow.sid
                            visible: chartRow.large
                            Layout.fillWidth: true
                            text: visible ? root.gapWords(chartRow.modelData, chartRow.gap) : ""
                            color: root.gapColor
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Label {
                            objectName: "scalesPrompt_" + chartRow.sid
                            visible: chartRow.large && !!chartRow.gap.prompt
                            Layout.fillWidth: true
                            text: visible ? chartRow.gap.prompt : ""
                            font.italic: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            Accessible.ignored: true
                        }
                    }
                }
            }
        }
    }
}
