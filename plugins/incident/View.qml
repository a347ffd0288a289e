// SPDX-License-Identifier: Apache-2.0
// The critical-incident view: an episode, a question and a list of explanations. The learner
// chooses an explanation and reads its feedback under it, and keeps choosing until they find
// the best one; then every explanation's feedback can be opened. Each choice sends the whole
// sequence so far to C++ (IncidentActivity::evaluate), which scores the first choice and
// returns the feedback to show; this file never decides what is right.
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
    property var savedResponse: null   // {choices: [...]}, the last answer recorded
    property var savedDraft: null      // {choices, revealed, verdict}: the search so far
    property var evaluation: null      // {rawScore, maxScore, success, completion, feedback}
    property bool busy: false
    property int attempts: 0
    property int seed: 0               // stable per learner: orders the explanations
    property url baseUrl               // the module's folder: media paths resolve against it
    property string moduleTitle           // for documents the view prints
    signal submitted(var response)
    signal draftChanged(var draft)

    // The explanations in an order fixed per learner, so that the best one is not always
    // where the author happened to write it.
    readonly property var explanations: shuffled(config.explanations || [], seed)
    property var choices: []           // explanation ids, in the order chosen
    property var revealed: ({})        // id -> {rating, feedback, chosen, order}, from C++
    property string verdict: ""        // "", "searching", "best-first" or "best-later"
    property var expanded: ({})        // id -> true when its feedback is open
    readonly property bool bestFound: verdict === "best-first" || verdict === "best-later"

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth

    Component.onCompleted: restore()
    onSavedResponseChanged: restore()
    onSavedDraftChanged: restore()
    onEvaluationChanged: {
        if (apply(evaluation))
            draftChanged({ choices: choices.slice(), revealed: revealed, verdict: verdict })
    }

    // A recorded answer is complete (the host records an incident once the best is found),
    // so it wins; otherwise the draft holds the search in progress with what it revealed.
    function restore() {
        if (savedResponse && savedResponse.choices && isComplete(evaluation)) {
            choices = savedResponse.choices.slice()
            apply(evaluation)
        } else if (savedDraft && savedDraft.choices) {
            choices = savedDraft.choices.filter(function (id) { return known(id) })
            revealed = savedDraft.revealed || {}
            verdict = savedDraft.verdict || (choices.length > 0 ? "searching" : "")
        } else {
            return
        }
        const open = {}
        for (const id of choices)
            open[id] = true
        expanded = open
    }
    function isComplete(e) {
        return !!e && !!e.feedback && (e.feedback.verdict === "best-first" || e.feedback.verdict === "best-later")
    }
    // Takes an evaluation's feedback if it belongs to the current choices.
    function apply(e) {
        if (!e || !e.feedback || !e.feedback.choices || e.feedback.verdict === "invalid")
            return false
        const c = e.feedback.choices
        if (c.length !== choices.length || !c.every(function (id, i) { return id === choices[i] }))
            return false
        revealed = e.feedback.explanations || {}
        verdict = e.feedback.verdict
        return true
    }
    function known(id) {
        return (config.explanations || []).some(function (e) { return e.id === id })
    }
    function shuffled(list, s) {
        const result = list.slice()
        let state = (s >>> 0) || 1
        for (let i = result.length - 1; i > 0; --i) {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0
            const j = (state >>> 16) % (i + 1)
            const t = result[i]
            result[i] = result[j]
            result[j] = t
        }
        return result
    }

    function activate(id) {
        if (revealed[id] !== undefined) {
            const open = Object.assign({}, expanded)
            open[id] = !open[id]
            expanded = open
            return
        }
        if (busy || bestFound || choices.indexOf(id) >= 0)
            return
        choices = choices.concat([id])
        const open = Object.assign({}, expanded)
        open[id] = true
        expanded = open
        // The choice is kept even if the answer cannot be scored right now.
        draftChanged({ choices: choices.slice(), revealed: revealed, verdict: verdict })
        submitted({ choices: choices.slice() })
    }

    function ratingText(rating) {
        switch (rating) {
        case "best": return qsTranslate("IncidentView", "The best explanation")
        case "plausible": return qsTranslate("IncidentView", "Plausible, but not the best")
        default: return qsTranslate("IncidentView", "An unlikely explanation")
        }
    }
    function ratingColor(rating) {
        // Dark enough for 4.5:1 on white.
        return rating === "best" ? root.successColor : rating === "plausible" ? root.warningColor : root.dangerColor
    }
    function statusText() {
        switch (verdict) {
        case "searching":
            return qsTranslate("IncidentView", "Not the best explanation yet. Read the feedback, then choose another one.")
        case "best-first":
            return qsTranslate("IncidentView", "Well done: you chose the best explanation first. Open the other explanations to read their feedback.")
        case "best-later":
            return qsTranslate("IncidentView", "You found the best explanation. Your score counts your first choice. Open any explanation to read its feedback.")
        default:
            return ""
        }
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }

    // The body font, for headings sized relative to it (views cannot read the shell's Theme).
    Label { id: body; visible: false }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            objectName: "incidentEpisode"
            Layout.fillWidth: true
            text: root.config.episode || ""
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            lineHeight: 1.15
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Image {
            id: picture
            objectName: "incidentImage"
            // Without an image to show, the text alternative stands in for it.
            visible: source != "" && status !== Image.Error
            // A module-relative path ("media/x.svg") resolves against the module's folder; a
            // path that tries to leave it is not shown.
            source: {
                const image = root.config.image || ""
                if (image === "" || image.indexOf("..") >= 0 || /^[a-z]+:/.test(image) || image.startsWith("/"))
                    return ""
                return root.baseUrl.toString() !== "" ? root.baseUrl + image : ""
            }
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth > 0 ? implicitWidth : -1 // never blown up past its size
            Layout.maximumHeight: 320
            Layout.preferredHeight: status === Image.Ready && implicitWidth > 0
                                    ? Math.min(320, width * implicitHeight / implicitWidth) : 0
            fillMode: Image.PreserveAspectFit
            horizontalAlignment: Image.AlignLeft
            asynchronous: true
            Accessible.role: Accessible.Graphic
            Accessible.name: root.config.imageAlt || ""
        }
        Label {
            objectName: "incidentImageAlt"
            visible: !!root.config.image && !picture.visible
            Layout.fillWidth: true
            text: qsTranslate("IncidentView", "Image: %1").arg(root.config.imageAlt || "")
            wrapMode: Text.Wrap
            font.italic: true
            opacity: 0.8
        }

        Label {
            objectName: "incidentQuestion"
            Layout.fillWidth: true
            Layout.topMargin: 4
            text: root.config.question || ""
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            font.pixelSize: Math.round(body.font.pixelSize * 1.15)
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "incidentInstruction"
            Layout.fillWidth: true
            text: root.bestFound
                  ? qsTranslate("IncidentView", "Open an explanation to read its feedback.")
                  : qsTranslate("IncidentView", "Choose the explanation the other person would most likely give. Your first choice counts; then keep choosing until you find the best one.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }

        Repeater {
            model: root.explanations
            delegate: ColumnLayout {
                id: row
                required property var modelData
                readonly property string eid: modelData.id
                readonly property var result: root.revealed[eid] !== undefined ? root.revealed[eid] : null
                readonly property bool open: result !== null && root.expanded[eid] === true
                Layout.fillWidth: true
                spacing: 0

                AbstractButton {
                    id: button
                    objectName: "incidentExplanation_" + row.eid
                    Layout.fillWidth: true
                    focusPolicy: Qt.StrongFocus
                    activeFocusOnTab: true
                    text: row.modelData.text
                    onClicked: root.activate(row.eid)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    Accessible.role: Accessible.Button
                    Accessible.name: text
                    Accessible.description: row.result === null
                        ? qsTranslate("IncidentView", "Choose this explanation")
                        : row.open ? root.ratingText(row.result.rating) + ". " + (row.result.feedback || "")
                        : root.ratingText(row.result.rating) + ". " + qsTranslate("IncidentView", "Press to read the feedback.")
                    Accessible.checkable: row.result !== null
                    Accessible.checked: row.open
                    implicitHeight: Math.max(44, contentItem.implicitHeight + 16)

                    background: Rectangle {
                        radius: 8
                        // Chosen explanations are tinted like a selection; the bar gives the rating.
                        color: row.result !== null && row.result.chosen
                               ? root.tint(button.palette.highlight, 0.06) : "transparent"
                        border.width: button.visualFocus ? 2 : 1
                        border.color: button.visualFocus ? button.palette.highlight
                                                         : root.tint(button.palette.windowText, 0.25)
                        Rectangle {
                            // The rating, as a bar on the left once it is known.
                            visible: row.result !== null
                            width: 5
                            radius: 2
                            anchors.left: parent.left
                            anchors.top: parent.top
                            anchors.bottom: parent.bottom
                            anchors.margins: 3
                            color: row.result !== null ? root.ratingColor(row.result.rating) : "transparent"
                        }
                    }
                    contentItem: RowLayout {
                        spacing: 12
                        Item { implicitWidth: 6 }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: 8
                            Layout.bottomMargin: 8
                            text: button.text
                            textFormat: Text.MarkdownText
                            wrapMode: Text.Wrap
                        }
                        Label {
                            // Which choice this was; the first is the one scored.
                            visible: row.result !== null && row.result.chosen === true
                            text: row.result !== null && row.result.order === 1
                                  ? qsTranslate("IncidentView", "Your first choice")
                                  : qsTranslate("IncidentView", "Choice %1").arg(row.result !== null ? row.result.order : 0)
                            font.pixelSize: Math.round(body.font.pixelSize * 0.87)
                            opacity: 0.8
                        }
                        Label {
                            // A chevron, turned down when the feedback is open.
                            visible: row.result !== null
                            text: "\u203A"
                            font.pixelSize: Math.round(body.font.pixelSize * 1.4)
                            rotation: row.open ? 90 : 0
                            Layout.rightMargin: 10
                        }
                    }
                }

                Rectangle {
                    visible: row.open
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.topMargin: 4
                    implicitHeight: feedbackColumn.implicitHeight + 12
                    color: "transparent"
                    Rectangle {
                        width: 3
                        height: parent.height
                        color: row.result !== null ? root.ratingColor(row.result.rating) : "transparent"
                    }
                    ColumnLayout {
                        id: feedbackColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.leftMargin: 14
                        anchors.topMargin: 6
                        spacing: 2
                        Label {
                            objectName: "incidentRating_" + row.eid
                            Layout.fillWidth: true
                            text: row.result !== null ? root.ratingText(row.result.rating) : ""
                            color: row.result !== null ? root.ratingColor(row.result.rating) : "transparent"
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        Label {
                            objectName: "incidentFeedback_" + row.eid
                            Layout.fillWidth: true
                            text: row.result !== null ? (row.result.feedback || "") : ""
                            textFormat: Text.MarkdownText
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                }
            }
        }

        Label {
            objectName: "incidentStatus"
            visible: text.length > 0
            Layout.fillWidth: true
            Layout.topMargin: 4
            text: root.statusText()
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
