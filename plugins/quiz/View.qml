// SPDX-License-Identifier: Apache-2.0
// The quiz view: a question, its options as radio buttons or check boxes, and feedback in
// place under each chosen option once the learner checks the answer. Scoring happens in
// C++ (QuizActivity::evaluate); this file only shows the config and the evaluation.
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
    property var savedResponse: null   // {selected: [...]}, the last answer sent
    property var savedDraft: null      // {selected: [...]}, the choice not yet checked
    property var evaluation: null      // {rawScore, maxScore, success, feedback: {...}}
    property bool busy: false
    property int attempts: 0          // answers submitted so far
    property int seed: 0              // stable per learner: for shuffling
    property url baseUrl               // the module's folder: media paths resolve against it
    property string moduleTitle           // for documents the view prints
    signal submitted(var response)
    signal draftChanged(var draft)

    readonly property bool trueFalse: config.trueFalse === true
    readonly property bool multiple: config.multiple === true && !trueFalse
    readonly property int maxAttempts: config.maxAttempts > 0 ? config.maxAttempts : 0
    readonly property bool exhausted: maxAttempts > 0 && attempts >= maxAttempts
    // Once the learner has it right, or has no attempts left, every option's feedback shows.
    readonly property bool revealed: showingFeedback && (evaluation.success === true || exhausted)
    readonly property var options: arrange(config, seed)
    property var selected: []          // option ids currently ticked
    readonly property bool answered: isAnswer(evaluation)
    // The evaluation belongs to the selection it was made for; changing the selection
    // hides the old feedback until the learner checks again.
    property bool showingFeedback: answered

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth

    // The draft is newer than the last answer: it is saved on every change.
    Component.onCompleted: restore()
    onSavedResponseChanged: restore()
    onSavedDraftChanged: restore()
    function restore() {
        const source = savedDraft && savedDraft.selected ? savedDraft
                     : savedResponse && savedResponse.selected ? savedResponse : null
        if (source)
            selected = source.selected.slice()
        showingFeedback = isAnswer(evaluation) && sameChoice(selected, savedResponse)
    }
    function sameChoice(a, response) {
        if (!response || !response.selected)
            return false
        const b = response.selected
        return a.length === b.length && a.every(function (x) { return b.indexOf(x) >= 0 })
    }
    onEvaluationChanged: showingFeedback = isAnswer(evaluation)

    // The options as shown: true/false labelled in the interface language, and shuffled
    // the same way every time for this learner when the author asks for it.
    function arrange(cfg, seedValue) {
        let list
        if (cfg.trueFalse === true) {
            list = [{ id: "true", text: qsTranslate("QuizView", "True"), correct: cfg.answer === true,
                      feedback: cfg.trueFeedback || "" },
                    { id: "false", text: qsTranslate("QuizView", "False"), correct: cfg.answer === false,
                      feedback: cfg.falseFeedback || "" }]
        } else {
            list = (cfg.options || []).slice()
        }
        if (cfg.shuffle === true && cfg.trueFalse !== true) {
            let state = (seedValue >>> 0) || 1
            const random = function () { // xorshift32: small, deterministic, good enough to shuffle
                state ^= state << 13; state >>>= 0
                state ^= state >>> 17
                state ^= state << 5; state >>>= 0
                return state / 4294967296
            }
            for (let i = list.length - 1; i > 0; --i) {
                const j = Math.floor(random() * (i + 1))
                const t = list[i]; list[i] = list[j]; list[j] = t
            }
        }
        return list
    }
    function isAnswer(e) {
        return e !== null && e !== undefined && e.feedback !== undefined && e.feedback.verdict !== "invalid"
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }
    function isSelected(id) { return selected.indexOf(id) >= 0 }
    function toggle(id, on) {
        var next = multiple ? selected.filter(function (x) { return x !== id }) : []
        if (on)
            next.push(id)
        selected = next
        showingFeedback = false
        draftChanged({ selected: next.slice() })
    }
    function optionFeedback(option) {
        if (revealed)
            return { correct: option.correct === true, feedback: option.feedback || "" }
        if (!showingFeedback || !evaluation.feedback.options)
            return null
        return evaluation.feedback.options[option.id] || null
    }
    function verdictText(verdict) {
        switch (verdict) {
        case "correct": return qsTranslate("QuizView", "Correct.")
        case "partial": return qsTranslate("QuizView", "Partly correct.")
        default: return qsTranslate("QuizView", "Not quite.")
        }
    }

    ButtonGroup { id: singleGroup; exclusive: true }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            id: questionLabel
            objectName: "quizQuestion"
            Layout.fillWidth: true
            text: root.config.question || ""
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Label {
            Layout.fillWidth: true
            text: (root.trueFalse ? qsTranslate("QuizView", "True or false?")
                   : root.multiple ? qsTranslate("QuizView", "Choose all that apply.")
                                   : qsTranslate("QuizView", "Choose one answer."))
                  + (root.maxAttempts > 0
                     ? " " + qsTranslate("QuizView", "Attempt %1 of %2.").arg(Math.min(root.attempts + 1, root.maxAttempts)).arg(root.maxAttempts)
                     : "")
            opacity: 0.8
            wrapMode: Text.Wrap
        }

        Repeater {
            model: root.options
            delegate: ColumnLayout {
                id: optionRow
                required property var modelData
                required property int index
                readonly property var feedback: root.optionFeedback(modelData)
                Layout.fillWidth: true
                spacing: 2

                AbstractButton {
                    id: choice
                    objectName: "quizOption_" + optionRow.modelData.id
                    Layout.fillWidth: true
                    checkable: true
                    checked: root.isSelected(optionRow.modelData.id)
                    ButtonGroup.group: root.multiple ? null : singleGroup
                    focusPolicy: Qt.StrongFocus
                    activeFocusOnTab: true
                    enabled: !root.exhausted
                    text: optionRow.modelData.text
                    onToggled: root.toggle(optionRow.modelData.id, checked)
                    Accessible.role: root.multiple ? Accessible.CheckBox : Accessible.RadioButton
                    Accessible.name: text
                    Accessible.checkable: true
                    Accessible.checked: checked
                    implicitHeight: Math.max(44, optionContent.implicitHeight + 16)

                    background: Rectangle {
                        radius: 8
                        color: choice.checked ? root.tint(choice.palette.highlight, 0.12) : "transparent"
                        border.width: choice.visualFocus ? 2 : 1
                        border.color: choice.visualFocus ? choice.palette.highlight
                                                         : root.tint(choice.palette.windowText, 0.25)
                    }
                    contentItem: RowLayout {
                        id: optionContent
                        spacing: 12
                        Item { implicitWidth: 4 }
                        Rectangle {
                            // The selection mark: a ring or a box, filled when chosen.
                            implicitWidth: 20
                            implicitHeight: 20
                            radius: root.multiple ? 4 : 10
                            border.width: 2
                            border.color: choice.palette.highlight
                            color: "transparent"
                            Rectangle {
                                anchors.centerIn: parent
                                width: 10
                                height: 10
                                radius: root.multiple ? 2 : 5
                                color: choice.palette.highlight
                                visible: choice.checked
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: choice.text
                            textFormat: Text.MarkdownText
                            wrapMode: Text.Wrap
                        }
                    }
                    Keys.onReturnPressed: toggle()
                    Keys.onEnterPressed: toggle()
                }

                Label {
                    objectName: "quizFeedback_" + optionRow.modelData.id
                    visible: optionRow.feedback !== null
                    Layout.fillWidth: true
                    Layout.leftMargin: 40
                    text: optionRow.feedback
                          ? (optionRow.feedback.correct ? "✓ " : "✗ ") + (optionRow.feedback.feedback || "")
                          : ""
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: optionRow.feedback && optionRow.feedback.correct ? root.successColor : root.dangerColor
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            Button {
                id: checkButton
                objectName: "quizSubmit"
                text: root.exhausted ? qsTranslate("QuizView", "No attempts left")
                      : root.answered ? qsTranslate("QuizView", "Check again")
                                      : qsTranslate("QuizView", "Check my answer")
                enabled: root.selected.length > 0 && !root.busy && !root.showingFeedback && !root.exhausted
                Accessible.name: text
                font.capitalization: Font.MixedCase
                font.weight: Font.DemiBold
                // Drawn without shader effects, so it shows with the software renderer too.
                contentItem: Text {
                    text: checkButton.text
                    font: checkButton.font
                    color: checkButton.enabled ? checkButton.palette.highlightedText : root.tint(checkButton.palette.windowText, 0.55)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitWidth: 120
                    implicitHeight: 40
                    radius: 8
                    color: checkButton.enabled ? checkButton.palette.highlight : root.tint(checkButton.palette.windowText, 0.12)
                    opacity: checkButton.down ? 0.85 : 1
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: -3
                        radius: 11
                        color: "transparent"
                        border.width: 2
                        border.color: checkButton.palette.highlight
                        visible: checkButton.visualFocus
                    }
                }
                onClicked: root.submitted({ selected: root.selected.slice() })
                Keys.onReturnPressed: if (enabled) clicked()
                Keys.onEnterPressed: if (enabled) clicked()
            }
            Label {
                objectName: "quizVerdict"
                visible: root.showingFeedback
                Layout.fillWidth: true
                text: root.showingFeedback
                      ? root.verdictText(root.evaluation.feedback.verdict)
                        + (root.evaluation.feedback.message ? " " + root.evaluation.feedback.message : "")
                      : ""
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
