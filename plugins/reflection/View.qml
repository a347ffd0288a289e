// SPDX-License-Identifier: Apache-2.0
// The reflection view: one to six questions, each with a text area. What the learner types
// is reported as a draft on every change (the host writes it once they pause), so nothing
// is lost on a restart; "Save my reflection" records it (ReflectionActivity::evaluate says
// whether every question has an answer), and the export buttons ask the host to save the
// questions and answers as PDF or Markdown. The answers stay on this computer: the host
// leaves reflections out of exports and sync unless the learner opts in.
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
    property var savedResponse: null   // {answers: {promptId: text}}, the reflection last saved
    property var savedDraft: null      // {answers: {...}}, what has been typed since
    property var evaluation: null      // {completion, feedback: {verdict, empty, short, words}}
    property bool busy: false
    property int attempts: 0
    property int seed: 0
    property url baseUrl
    // Not part of the host contract yet: the module's name, for the exported document.
    property string moduleTitle: ""
    signal submitted(var response)
    signal draftChanged(var draft)
    signal documentRequested(var document, string suggestedName)

    readonly property int maxAnswerLength: 20000   // ReflectionActivity::MaxAnswerLength
    readonly property var prompts: config.prompts || []
    property var answers: ({})         // promptId -> text
    property var lastResponse: null    // what "Save my reflection" last recorded
    readonly property bool recorded: isRecord(evaluation) && sameAnswers(lastResponse, answers)
    readonly property bool hasText: prompts.some(function (p) { return (answers[p.id] || "").trim().length > 0 })
    // The body text size in pixels, whether the inherited font is set in pixels or points.
    readonly property int textSize: body.font.pixelSize > 0 ? body.font.pixelSize : Math.round(body.font.pointSize * 4 / 3)

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth

    Component.onCompleted: restore()
    onSavedDraftChanged: restore()
    onSavedResponseChanged: restore()
    onConfigChanged: restore()

    // ---- state ---------------------------------------------------------------------------

    function isRecord(e) {
        return !!e && !!e.feedback && (e.feedback.verdict === "complete" || e.feedback.verdict === "incomplete")
    }
    // Saved answers, keeping only the prompts the config still has.
    function usable(saved) {
        if (!saved || typeof saved.answers !== "object" || saved.answers === null)
            return null
        const result = {}
        for (const p of prompts)
            if (typeof saved.answers[p.id] === "string")
                result[p.id] = saved.answers[p.id].slice(0, maxAnswerLength)
        return result
    }
    // The draft is written on every change, so it is never older than the last answer.
    function restore() {
        answers = usable(savedDraft) || usable(savedResponse) || {}
        lastResponse = savedResponse
    }
    function current() {
        const a = {}
        for (const p of prompts)
            if ((answers[p.id] || "").length > 0)
                a[p.id] = answers[p.id]
        return { answers: a }
    }
    function sameAnswers(response, a) {
        if (!response || !response.answers)
            return false
        return prompts.every(function (p) { return (response.answers[p.id] || "") === (a[p.id] || "") })
    }
    function setAnswer(id, text) {
        if ((answers[id] || "") === text)
            return
        const next = Object.assign({}, answers)
        next[id] = text
        answers = next
        draftChanged(current())
    }
    function save() {
        lastResponse = current()
        submitted(lastResponse)
    }
    function wordCount(text) {
        const t = (text || "").trim()
        return t.length === 0 ? 0 : t.split(/\s+/).length
    }
    function countText(prompt) {
        const n = wordCount(answers[prompt.id])
        return prompt.minWords > 0
                ? qsTranslate("ReflectionView", "%n word(s) (%1 suggested)", "", n).arg(prompt.minWords)
                : qsTranslate("ReflectionView", "%n word(s)", "", n)
    }

    // ---- the document --------------------------------------------------------------------

    function exportDocument() {
        const blocks = []
        for (const p of prompts) {
            blocks.push({ kind: "heading", text: p.text })
            const text = (answers[p.id] || "").trim()
            if (text.length === 0) {
                blocks.push({ kind: "paragraph", text: qsTranslate("ReflectionView", "(No answer yet.)") })
                continue
            }
            // One quote per paragraph the learner wrote; line breaks inside it are kept.
            for (const paragraph of text.split(/\n\s*\n/))
                if (paragraph.trim().length > 0)
                    blocks.push({ kind: "quote", text: paragraph.trim() })
        }
        return {
            title: qsTranslate("ReflectionView", "My reflection"),
            subtitle: moduleTitle,
            blocks: blocks,
            footer: (moduleTitle.length > 0 ? "Passerelle · " + moduleTitle : "Passerelle") + " · "
                    + qsTranslate("ReflectionView", "Private: written for yourself.")
        }
    }
    function requestExport(suffix) {
        documentRequested(exportDocument(), qsTranslate("ReflectionView", "My reflection") + suffix)
    }

    function statusText() {
        if (recorded)
            return evaluation.completion
                    ? qsTranslate("ReflectionView", "Saved. Your reflection is recorded as done.")
                    : qsTranslate("ReflectionView", "Saved. Answer every question to complete this activity.")
        return qsTranslate("ReflectionView", "What you write is kept on this computer as you type.")
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }

    // The body font, for sizes relative to it (views cannot read the shell's Theme).
    Label { id: body; visible: false }

    component SecondaryButton: Button {
        id: secondary
        font.capitalization: Font.MixedCase
        leftPadding: 16
        rightPadding: 16
        font.weight: Font.DemiBold
        Accessible.name: text
        // Drawn without shader effects, so it shows with the software renderer too.
        contentItem: Text {
            text: secondary.text
            font: secondary.font
            color: secondary.enabled ? secondary.palette.highlight : root.tint(secondary.palette.windowText, 0.55)
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
        background: Rectangle {
            implicitWidth: 120
            implicitHeight: 40
            radius: 8
            color: secondary.down ? root.tint(secondary.palette.highlight, 0.16)
                 : secondary.hovered ? root.tint(secondary.palette.highlight, 0.08) : "transparent"
            border.width: secondary.visualFocus ? 2 : 1
            border.color: secondary.enabled ? secondary.palette.highlight : root.tint(secondary.palette.windowText, 0.3)
        }
        Keys.onReturnPressed: if (enabled) clicked()
        Keys.onEnterPressed: if (enabled) clicked()
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 10

        Label {
            objectName: "reflectionIntro"
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
            objectName: "reflectionPrivacy"
            Layout.fillWidth: true
            text: qsTranslate("ReflectionView", "Only you can see this unless you choose to share it.")
            wrapMode: Text.Wrap
            font.italic: true
            opacity: 0.8
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Repeater {
            model: root.prompts
            delegate: ColumnLayout {
                id: entry
                required property var modelData
                readonly property string pid: modelData.id
                Layout.fillWidth: true
                Layout.topMargin: 6
                spacing: 4

                Label {
                    objectName: "reflectionPrompt_" + entry.pid
                    Layout.fillWidth: true
                    text: entry.modelData.text
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                TextArea {
                    id: answer
                    objectName: "reflectionAnswer_" + entry.pid
                    Layout.fillWidth: true
                    Layout.minimumHeight: Math.round(root.textSize * 6)
                    wrapMode: TextEdit.Wrap
                    text: root.answers[entry.pid] || ""
                    placeholderText: entry.modelData.placeholder || ""
                    readOnly: root.busy
                    Accessible.role: Accessible.EditableText
                    Accessible.name: entry.modelData.text
                    Accessible.description: root.countText(entry.modelData)
                    topPadding: 10
                    bottomPadding: 10
                    leftPadding: 12
                    rightPadding: 12
                    background: Rectangle {
                        radius: 8
                        color: answer.palette.base
                        border.width: answer.activeFocus ? 2 : 1
                        border.color: answer.activeFocus ? answer.palette.highlight : root.tint(answer.palette.windowText, 0.3)
                    }
                    onTextChanged: {
                        if (text.length > root.maxAnswerLength)
                            text = text.slice(0, root.maxAnswerLength)
                        else
                            root.setAnswer(entry.pid, text)
                    }
                    // Tab leaves the answer, as everywhere else, instead of typing a tab.
                    Keys.onPressed: function (event) {
                        if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
                            const next = nextItemInFocusChain(event.key === Qt.Key_Tab)
                            if (next)
                                next.forceActiveFocus(event.key === Qt.Key_Tab ? Qt.TabFocusReason : Qt.BacktabFocusReason)
                            event.accepted = true
                        }
                    }
                }
                Label {
                    objectName: "reflectionCount_" + entry.pid
                    Layout.fillWidth: true
                    text: root.countText(entry.modelData)
                    font.pixelSize: Math.round(root.textSize * 0.87)
                    opacity: 0.75
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
        }

        Label {
            objectName: "reflectionStatus"
            Layout.fillWidth: true
            Layout.topMargin: 4
            text: root.statusText()
            wrapMode: Text.Wrap
            font.weight: root.recorded ? Font.DemiBold : Font.Normal
            opacity: root.recorded ? 1 : 0.8
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Flow {
            Layout.fillWidth: true
            spacing: 12
            Button {
                id: saveButton
                objectName: "reflectionSave"
                text: qsTranslate("ReflectionView", "Save my reflection")
                enabled: root.hasText && !root.busy && !root.recorded
                Accessible.name: text
                font.capitalization: Font.MixedCase
                leftPadding: 16
                rightPadding: 16
                font.weight: Font.DemiBold
                // Drawn without shader effects, so it shows with the software renderer too.
                contentItem: Text {
                    text: saveButton.text
                    font: saveButton.font
                    color: saveButton.enabled ? saveButton.palette.highlightedText : root.tint(saveButton.palette.windowText, 0.55)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitWidth: 120
                    implicitHeight: 40
                    radius: 8
                    color: saveButton.enabled ? saveButton.palette.highlight : root.tint(saveButton.palette.windowText, 0.12)
                    opacity: saveButton.down ? 0.85 : 1
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: -3
                        radius: 11
                        color: "transparent"
                        border.width: 2
                        border.color: saveButton.palette.highlight
                        visible: saveButton.visualFocus
                    }
                }
                onClicked: root.save()
                Keys.onReturnPressed: if (enabled) clicked()
                Keys.onEnterPressed: if (enabled) clicked()
            }
            SecondaryButton {
                objectName: "reflectionExportPdf"
                text: qsTranslate("ReflectionView", "Export as PDF")
                onClicked: root.requestExport(".pdf")
            }
            SecondaryButton {
                objectName: "reflectionExportMarkdown"
                text: qsTranslate("ReflectionView", "Export as Markdown")
                onClicked: root.requestExport(".md")
            }
        }
    }
}
