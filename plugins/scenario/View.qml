// SPDX-License-Identifier: Apache-2.0
// The branching-scenario view: one situation at a time, its choices, the consequence of the
// choice taken, then the next situation, until an ending with its outcome and debrief. The
// path so far is the draft; reaching an ending sends the whole path to C++
// (ScenarioActivity::evaluate), which walks it again and scores it.
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
    property var savedResponse: null   // {path: [...]}, the last run that reached an ending
    property var savedDraft: null      // {path: [...]}, where the learner is now
    property var evaluation: null      // {rawScore, maxScore, success, completion, feedback}
    property bool busy: false
    property int attempts: 0
    property int seed: 0
    property url baseUrl               // the module's folder: media paths resolve against it
    property string moduleTitle           // for documents the view prints
    signal submitted(var response)
    signal draftChanged(var draft)

    // node id, choice id, node id, …: odd length while reading a node, even while reading
    // the consequence of the choice just taken.
    property var path: []
    property var submittedPath: []     // the path the evaluation belongs to

    readonly property bool readingConsequence: path.length > 0 && path.length % 2 === 0
    readonly property var currentNode: findNode(path.length === 0 ? "" : path[path.length - (readingConsequence ? 2 : 1)])
    readonly property var pendingChoice: readingConsequence ? findChoice(currentNode, path[path.length - 1]) : null
    readonly property bool atEnding: !readingConsequence && currentNode !== null && !!currentNode.ending
    readonly property bool evaluated: atEnding && sameList(path, submittedPath) && !!evaluation
                                      && !!evaluation.feedback && !!evaluation.feedback.verdict
    readonly property bool refused: evaluated && evaluation.feedback.verdict === "invalid"
    // The outcome comes from C++ once the run is scored; until then (or if it could not be
    // recorded) from the ending the learner is reading.
    readonly property string outcome: !atEnding ? ""
                                      : evaluated && !refused ? evaluation.feedback.outcome
                                      : (currentNode.ending.outcome || "")

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth

    Component.onCompleted: restore()
    onSavedDraftChanged: restore()
    onSavedResponseChanged: restore()

    // The draft is where the learner is now (it may be a fresh start after an ending); the
    // last recorded run comes next; otherwise the scenario starts.
    function restore() {
        if (savedResponse && savedResponse.path)
            submittedPath = savedResponse.path.slice()
        for (const source of [savedDraft, savedResponse]) {
            if (source && source.path && playable(source.path)) {
                path = source.path.slice()
                return
            }
        }
        path = config.start && findNode(config.start) ? [config.start] : []
    }
    // Whether `p` can be shown: it follows the config's links from the start. (Scoring does
    // its own, authoritative walk in C++.)
    function playable(p) {
        if (p.length === 0 || p[0] !== config.start)
            return false
        for (let k = 0; k < p.length; k += 2) {
            const node = findNode(p[k])
            if (!node)
                return false
            if (k + 1 >= p.length)
                return true
            const choice = findChoice(node, p[k + 1])
            if (!choice || (k + 2 < p.length && choice.next !== p[k + 2]))
                return false
        }
        return true
    }
    function findNode(id) {
        const nodes = config.nodes || []
        for (let i = 0; i < nodes.length; ++i) {
            if (nodes[i].id === id)
                return nodes[i]
        }
        return null
    }
    function findChoice(node, id) {
        const choices = node && node.choices ? node.choices : []
        for (let i = 0; i < choices.length; ++i) {
            if (choices[i].id === id)
                return choices[i]
        }
        return null
    }
    function sameList(a, b) {
        return a.length === b.length && a.every(function (x, i) { return x === b[i] })
    }

    function choose(choiceId) {
        if (readingConsequence || atEnding || !findChoice(currentNode, choiceId))
            return
        path = path.concat([choiceId])
        draftChanged({ path: path.slice() })
        continueButton.forceActiveFocus(Qt.TabFocusReason)
    }
    function proceed() {
        if (!pendingChoice || busy)
            return
        path = path.concat([pendingChoice.next])
        draftChanged({ path: path.slice() })
        if (atEnding) {
            submittedPath = path.slice()
            submitted({ path: path.slice() })
        }
        // The new situation takes the focus, so that it is read before the choices.
        nodeText.forceActiveFocus(Qt.TabFocusReason)
    }
    function restart() {
        path = [config.start]
        draftChanged({ path: path.slice() })
        nodeText.forceActiveFocus(Qt.TabFocusReason)
    }

    // The choices taken along the path, for the summary at the end.
    function takenChoices() {
        const taken = []
        for (let k = 0; k + 1 < path.length; k += 2) {
            const choice = findChoice(findNode(path[k]), path[k + 1])
            if (choice)
                taken.push(choice.text)
        }
        return taken
    }
    function outcomeText(o) {
        switch (o) {
        case "good": return qsTranslate("ScenarioView", "A good outcome")
        case "mixed": return qsTranslate("ScenarioView", "A mixed outcome")
        default: return qsTranslate("ScenarioView", "A poor outcome")
        }
    }
    function outcomeColor(o) {
        // Dark enough for 4.5:1 on white.
        return o === "good" ? root.successColor : o === "mixed" ? root.warningColor : root.dangerColor
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }

    // A filled button drawn without shader effects, so it shows with the software renderer.
    component ActionButton: Button {
        id: action
        property bool primary: true
        function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }
        Accessible.role: Accessible.Button
        Accessible.name: text
        font.capitalization: Font.MixedCase
        font.weight: Font.DemiBold
        focusPolicy: Qt.StrongFocus
        contentItem: Text {
            text: action.text
            font: action.font
            color: !action.enabled ? action.tint(action.palette.windowText, 0.55)
                   : action.primary ? action.palette.highlightedText : action.palette.highlight
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
        background: Rectangle {
            implicitWidth: 120
            implicitHeight: 40
            radius: 8
            color: !action.enabled ? action.tint(action.palette.windowText, 0.12)
                   : action.primary ? action.palette.highlight : "transparent"
            border.width: action.primary ? 0 : 1
            border.color: action.palette.highlight
            opacity: action.down ? 0.85 : 1
            Rectangle {
                anchors.fill: parent
                anchors.margins: -3
                radius: 11
                color: "transparent"
                border.width: 2
                border.color: action.palette.highlight
                visible: action.visualFocus
            }
        }
        Keys.onReturnPressed: if (enabled) clicked()
        Keys.onEnterPressed: if (enabled) clicked()
    }

    // The body font, for headings sized relative to it (views cannot read the shell's Theme).
    Label { id: body; visible: false }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            objectName: "scenarioTitle"
            visible: text.length > 0
            Layout.fillWidth: true
            text: root.config.title || ""
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            font.pixelSize: Math.round(body.font.pixelSize * 1.2)
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Label {
            objectName: "scenarioPreviousOutcome"
            // After a restart: where the last run ended.
            visible: !root.atEnding && root.submittedPath.length > 0 && !!root.evaluation
                     && !!root.evaluation.feedback && !!root.evaluation.feedback.outcome
            Layout.fillWidth: true
            text: !visible ? ""
                  : root.evaluation.feedback.outcome === "good" ? qsTranslate("ScenarioView", "Your last run had a good outcome.")
                  : root.evaluation.feedback.outcome === "mixed" ? qsTranslate("ScenarioView", "Your last run had a mixed outcome.")
                  : qsTranslate("ScenarioView", "Your last run had a poor outcome.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }

        Label {
            id: nodeText
            objectName: "scenarioNodeText"
            Layout.fillWidth: true
            text: root.currentNode ? (root.currentNode.text || "") : ""
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            lineHeight: 1.15
            // A tab stop, so that the new situation is read before its choices.
            activeFocusOnTab: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.focusable: true
            Rectangle {
                anchors.fill: parent
                anchors.margins: -4
                radius: 4
                color: "transparent"
                border.width: 2
                border.color: nodeText.palette.highlight
                visible: nodeText.activeFocus
            }
        }

        // The choices of the current situation.
        Repeater {
            id: choiceRepeater
            model: !root.readingConsequence && !root.atEnding && root.currentNode ? (root.currentNode.choices || []) : []
            delegate: AbstractButton {
                id: choiceButton
                required property var modelData
                objectName: "scenarioChoice_" + modelData.id
                Layout.fillWidth: true
                focusPolicy: Qt.StrongFocus
                activeFocusOnTab: true
                enabled: !root.busy
                text: modelData.text
                onClicked: root.choose(modelData.id)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                Accessible.role: Accessible.Button
                Accessible.name: text
                implicitHeight: Math.max(44, contentItem.implicitHeight + 16)
                background: Rectangle {
                    radius: 8
                    color: choiceButton.down ? root.tint(choiceButton.palette.highlight, 0.12) : "transparent"
                    border.width: choiceButton.visualFocus ? 2 : 1
                    border.color: choiceButton.visualFocus ? choiceButton.palette.highlight
                                                           : root.tint(choiceButton.palette.windowText, 0.25)
                }
                contentItem: RowLayout {
                    spacing: 12
                    Label {
                        Layout.leftMargin: 10
                        text: "\u2192"
                        color: choiceButton.palette.highlight
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        Layout.bottomMargin: 8
                        Layout.rightMargin: 8
                        text: choiceButton.text
                        textFormat: Text.MarkdownText
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        // The consequence of the choice just taken.
        Rectangle {
            visible: root.readingConsequence && root.pendingChoice !== null
            Layout.fillWidth: true
            implicitHeight: consequenceColumn.implicitHeight + 24
            radius: 8
            color: root.tint(continueButton.palette.highlight, 0.07)
            ColumnLayout {
                id: consequenceColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 12
                spacing: 8
                Label {
                    objectName: "scenarioChosen"
                    Layout.fillWidth: true
                    text: root.pendingChoice ? qsTranslate("ScenarioView", "You chose: %1").arg(root.pendingChoice.text) : ""
                    wrapMode: Text.Wrap
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    objectName: "scenarioConsequence"
                    Layout.fillWidth: true
                    text: root.pendingChoice ? (root.pendingChoice.consequence || "") : ""
                    textFormat: Text.MarkdownText
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                ActionButton {
                    id: continueButton
                    objectName: "scenarioContinue"
                    text: qsTranslate("ScenarioView", "Continue")
                    enabled: !root.busy
                    Accessible.description: consequenceColumn.visible && root.pendingChoice
                                            ? (root.pendingChoice.consequence || "") : ""
                    onClicked: root.proceed()
                }
            }
        }

        // The ending: outcome, debrief, the choices taken, and a way to try again.
        Rectangle {
            visible: root.atEnding
            Layout.fillWidth: true
            implicitHeight: endingColumn.implicitHeight + 24
            radius: 8
            color: root.tint(continueButton.palette.highlight, 0.05)
            Rectangle {
                // The outcome, as a bar on the left.
                width: 5
                radius: 2
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.margins: 3
                color: root.outcomeColor(root.outcome)
            }
            ColumnLayout {
                id: endingColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 12
                anchors.leftMargin: 20
                spacing: 8
                Label {
                    objectName: "scenarioOutcome"
                    Layout.fillWidth: true
                    text: root.atEnding ? root.outcomeText(root.outcome) : ""
                    color: root.outcomeColor(root.outcome)
                    font.weight: Font.DemiBold
                    font.pixelSize: Math.round(body.font.pixelSize * 1.15)
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    objectName: "scenarioRefused"
                    visible: root.refused
                    Layout.fillWidth: true
                    text: qsTranslate("ScenarioView", "This path no longer matches the scenario, so it could not be scored. Please start again.")
                    wrapMode: Text.Wrap
                    color: root.dangerColor
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Label {
                    objectName: "scenarioDebrief"
                    Layout.fillWidth: true
                    text: root.atEnding ? (root.currentNode.ending.debrief || "") : ""
                    textFormat: Text.MarkdownText
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    visible: choicesTaken.count > 0
                    text: qsTranslate("ScenarioView", "Your choices")
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Repeater {
                    id: choicesTaken
                    model: root.atEnding ? root.takenChoices() : []
                    delegate: Label {
                        required property string modelData
                        required property int index
                        objectName: "scenarioTaken_" + index
                        Layout.fillWidth: true
                        text: (index + 1) + ". " + modelData
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
                ActionButton {
                    objectName: "scenarioRestart"
                    Layout.topMargin: 4
                    primary: false
                    text: qsTranslate("ScenarioView", "Start again")
                    enabled: !root.busy
                    onClicked: root.restart()
                }
            }
        }
    }
}
