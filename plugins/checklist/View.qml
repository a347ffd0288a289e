// SPDX-License-Identifier: Apache-2.0
// The checklist view: sections of items to tick, each with an optional note. Ticks and notes
// are reported as a draft on every change, so the list survives a restart; "Done" records
// the list as it stands (ChecklistActivity::evaluate counts what is ticked), and "Print or
// save as PDF" asks the host to save a one-page field card.
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
    property var savedResponse: null   // {checked: [...], notes: {...}}, the list when "Done" was last pressed
    property var savedDraft: null      // {checked: [...], notes: {...}}, the list as it is now
    property var evaluation: null      // {rawScore, maxScore, success, feedback: {ticked, total, checked, open}}
    property bool busy: false
    property int attempts: 0
    property int seed: 0
    property url baseUrl
    // Not part of the host contract yet: the module's name, for the field card's footer.
    property string moduleTitle: ""
    signal submitted(var response)
    signal draftChanged(var draft)
    signal documentRequested(var document, string suggestedName)

    readonly property int maxNoteLength: 2000   // ChecklistActivity::MaxNoteLength
    readonly property var sections: config.sections || []
    readonly property var items: sections.reduce(function (all, s) { return all.concat(s.items || []) }, [])
    property var checked: ({})         // itemId -> true
    property var notes: ({})           // itemId -> text
    property var openNotes: ({})       // itemId -> true while its note field shows, even empty
    property var lastResponse: null    // what "Done" last recorded
    readonly property int tickedCount: items.filter(function (i) { return checked[i.id] === true }).length
    readonly property bool recorded: isRecord(evaluation) && sameResponse(lastResponse, response())
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
        return !!e && !!e.feedback && (e.feedback.verdict === "all-ticked" || e.feedback.verdict === "some-open")
    }
    function known(id) {
        return items.some(function (i) { return i.id === id })
    }
    // A saved list, keeping only the items the config still has.
    function usable(saved) {
        if (!saved || !Array.isArray(saved.checked))
            return null
        const c = {}, n = {}
        for (const id of saved.checked)
            if (known(id))
                c[id] = true
        const savedNotes = saved.notes || {}
        for (const id in savedNotes)
            if (known(id) && typeof savedNotes[id] === "string" && savedNotes[id].length > 0)
                n[id] = savedNotes[id].slice(0, maxNoteLength)
        return { checked: c, notes: n }
    }
    // The draft is written on every change, so it is never older than the last answer.
    function restore() {
        const state = usable(savedDraft) || usable(savedResponse) || { checked: {}, notes: {} }
        checked = state.checked
        notes = state.notes
        lastResponse = savedResponse
    }
    // The list as a response (and as a draft: the same shape), in the config's order.
    function response() {
        const n = {}
        for (const item of items)
            if (notes[item.id] && notes[item.id].trim().length > 0)
                n[item.id] = notes[item.id]
        return { checked: items.filter(function (i) { return checked[i.id] === true }).map(function (i) { return i.id }),
                 notes: n }
    }
    function sameResponse(a, b) {
        if (!a || !b || !Array.isArray(a.checked))
            return false
        const an = a.notes || {}, bn = b.notes || {}
        return a.checked.slice().sort().join("\n") === b.checked.slice().sort().join("\n")
                && Object.keys(an).length === Object.keys(bn).length
                && Object.keys(an).every(function (k) { return an[k] === bn[k] })
    }
    function setChecked(id, on) {
        if ((checked[id] === true) === on)
            return
        const next = Object.assign({}, checked)
        if (on)
            next[id] = true
        else
            delete next[id]
        checked = next
        draftChanged(response())
    }
    function setNote(id, text) {
        const value = text.slice(0, maxNoteLength)
        if ((notes[id] || "") === value)
            return
        const next = Object.assign({}, notes)
        if (value.length > 0)
            next[id] = value
        else
            delete next[id]
        notes = next
        draftChanged(response())
    }
    function openNote(id, open) {
        const next = Object.assign({}, openNotes)
        if (open)
            next[id] = true
        else
            delete next[id]
        openNotes = next
    }
    function done() {
        lastResponse = response()
        submitted(lastResponse)
    }

    // ---- the field card ------------------------------------------------------------------

    function fieldCard() {
        const blocks = []
        for (const section of sections) {
            if (section.heading)
                blocks.push({ kind: "heading", text: section.heading })
            for (const item of section.items || [])
                blocks.push({ kind: "checkbox", text: item.text, checked: checked[item.id] === true,
                              note: (notes[item.id] || "").trim() })
        }
        return {
            title: config.title || "",
            subtitle: qsTranslate("ChecklistView", "Field card · %1 of %2 ticked").arg(tickedCount).arg(items.length),
            blocks: blocks,
            footer: moduleTitle.length > 0 ? "Passerelle · " + moduleTitle : "Passerelle"
        }
    }
    // A file name from the title: characters that file systems refuse become spaces.
    function fileName(title, suffix) {
        const base = (title || "").replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim()
        return (base.length > 0 ? base.slice(0, 80) : qsTranslate("ChecklistView", "Checklist")) + suffix
    }
    function requestFieldCard() {
        documentRequested(fieldCard(), fileName(config.title, ".pdf"))
    }

    function statusText() {
        if (recorded) {
            return evaluation.success
                    ? qsTranslate("ChecklistView", "Recorded: everything is ticked.")
                    : qsTranslate("ChecklistView", "Recorded: %1 of %2 ticked. You can come back and tick the rest later.")
                      .arg(evaluation.feedback.ticked).arg(evaluation.feedback.total)
        }
        if (isRecord(evaluation))
            return qsTranslate("ChecklistView", "You have changed the list since you pressed Done. Your ticks and notes are kept; press Done again to record them.")
        return qsTranslate("ChecklistView", "Your ticks and notes are kept on this computer as you go.")
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
            objectName: "checklistTitle"
            Layout.fillWidth: true
            text: root.config.title || ""
            font.weight: Font.DemiBold
            font.pixelSize: Math.round(root.textSize * 1.2)
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "checklistIntro"
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
            objectName: "checklistProgress"
            Layout.fillWidth: true
            text: qsTranslate("ChecklistView", "%1 of %2 ticked").arg(root.tickedCount).arg(root.items.length)
            opacity: 0.8
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Repeater {
            model: root.sections
            delegate: ColumnLayout {
                id: section
                required property var modelData
                Layout.fillWidth: true
                Layout.topMargin: 4
                spacing: 6

                Label {
                    visible: text.length > 0
                    Layout.fillWidth: true
                    text: section.modelData.heading || ""
                    font.weight: Font.DemiBold
                    font.pixelSize: Math.round(root.textSize * 1.05)
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Repeater {
                    model: section.modelData.items || []
                    delegate: ColumnLayout {
                        id: entry
                        required property var modelData
                        readonly property string iid: modelData.id
                        readonly property bool ticked: root.checked[iid] === true
                        readonly property bool noteShown: root.openNotes[iid] === true || (root.notes[iid] || "").length > 0
                        Layout.fillWidth: true
                        spacing: 4

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8

                            AbstractButton {
                                id: box
                                objectName: "checklistItem_" + entry.iid
                                Layout.fillWidth: true
                                checkable: true
                                checked: entry.ticked
                                focusPolicy: Qt.StrongFocus
                                activeFocusOnTab: true
                                text: entry.modelData.text
                                onToggled: root.setChecked(entry.iid, checked)
                                Keys.onReturnPressed: { toggle(); toggled() }
                                Keys.onEnterPressed: { toggle(); toggled() }
                                Accessible.role: Accessible.CheckBox
                                Accessible.name: text
                                Accessible.description: entry.modelData.hint || ""
                                Accessible.checkable: true
                                Accessible.checked: checked
                                // At least 44 px to hit; one line of text sits in the middle of it.
                                topPadding: Math.max(7, Math.round((44 - boxContent.implicitHeight) / 2))
                                bottomPadding: topPadding
                                leftPadding: 10
                                rightPadding: 10

                                background: Rectangle {
                                    radius: 8
                                    color: box.hovered ? root.tint(box.palette.highlight, 0.05) : "transparent"
                                    border.width: box.visualFocus ? 2 : 1
                                    border.color: box.visualFocus ? box.palette.highlight : root.tint(box.palette.windowText, 0.18)
                                }
                                contentItem: RowLayout {
                                    id: boxContent
                                    spacing: 12
                                    Rectangle {
                                        // The box, filled with a tick when the item is done.
                                        // Level with the first line of the text, however the text wraps.
                                        Layout.alignment: Qt.AlignTop
                                        Layout.topMargin: Math.max(0, Math.round((lineMetrics.height - implicitHeight) / 2))
                                        implicitWidth: Math.round(root.textSize * 1.25)
                                        implicitHeight: implicitWidth
                                        radius: 4
                                        border.width: 2
                                        border.color: box.palette.highlight
                                        color: entry.ticked ? box.palette.highlight : "transparent"
                                        Text {
                                            anchors.centerIn: parent
                                            visible: entry.ticked
                                            text: "✓"
                                            color: box.palette.highlightedText
                                            font.pixelSize: Math.round(root.textSize * 0.95)
                                            font.weight: Font.Bold
                                        }
                                    }
                                    ColumnLayout {
                                        Layout.fillWidth: true
                                        Layout.alignment: Qt.AlignTop
                                        spacing: 2
                                        FontMetrics { id: lineMetrics; font: itemText.font }
                                        Label {
                                            id: itemText
                                            Layout.fillWidth: true
                                            text: box.text
                                            wrapMode: Text.Wrap
                                            textFormat: Text.PlainText
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            visible: text.length > 0
                                            text: entry.modelData.hint || ""
                                            wrapMode: Text.Wrap
                                            textFormat: Text.PlainText
                                            opacity: 0.75
                                            font.pixelSize: Math.round(root.textSize * 0.9)
                                        }
                                    }
                                }
                            }

                            // The note button's column keeps its width when the note is open, so
                            // every row's box has the same width.
                            Item {
                                Layout.alignment: Qt.AlignTop
                                implicitWidth: noteButton.implicitWidth
                                implicitHeight: noteButton.implicitHeight
                                AbstractButton {
                                    id: noteButton
                                    objectName: "checklistAddNote_" + entry.iid
                                    visible: !entry.noteShown
                                    width: parent.width
                                    focusPolicy: Qt.StrongFocus
                                    activeFocusOnTab: true
                                    text: qsTranslate("ChecklistView", "Add a note")
                                    Accessible.role: Accessible.Button
                                    Accessible.name: qsTranslate("ChecklistView", "Add a note to “%1”").arg(entry.modelData.text)
                                    implicitHeight: 44
                                    implicitWidth: noteLabel.implicitWidth + 20
                                    contentItem: Label {
                                        id: noteLabel
                                        text: noteButton.text
                                        color: noteButton.palette.highlight
                                        font.underline: noteButton.hovered || noteButton.visualFocus
                                        horizontalAlignment: Text.AlignHCenter
                                        verticalAlignment: Text.AlignVCenter
                                    }
                                    background: Rectangle {
                                        radius: 6
                                        color: "transparent"
                                        border.width: noteButton.visualFocus ? 2 : 0
                                        border.color: noteButton.palette.highlight
                                    }
                                    onClicked: {
                                        root.openNote(entry.iid, true)
                                        noteField.forceActiveFocus(Qt.TabFocusReason)
                                    }
                                    Keys.onReturnPressed: clicked()
                                    Keys.onEnterPressed: clicked()
                                }
                            }
                        }

                        TextArea {
                            id: noteField
                            objectName: "checklistNote_" + entry.iid
                            visible: entry.noteShown
                            Layout.fillWidth: true
                            Layout.leftMargin: Math.round(root.textSize * 2.4)
                            Layout.rightMargin: noteButton.implicitWidth + 8
                            wrapMode: TextEdit.Wrap
                            text: root.notes[entry.iid] || ""
                            placeholderText: qsTranslate("ChecklistView", "Your note")
                            Accessible.role: Accessible.EditableText
                            Accessible.name: qsTranslate("ChecklistView", "Note on “%1”").arg(entry.modelData.text)
                            topPadding: 8
                            bottomPadding: 8
                            leftPadding: 10
                            rightPadding: 10
                            background: Rectangle {
                                radius: 6
                                color: noteField.palette.base
                                border.width: noteField.activeFocus ? 2 : 1
                                border.color: noteField.activeFocus ? noteField.palette.highlight : root.tint(noteField.palette.windowText, 0.3)
                            }
                            onTextChanged: if (visible || text.length > 0) root.setNote(entry.iid, text)
                            // Tab leaves the note, as everywhere else; an empty note closes.
                            Keys.onPressed: function (event) {
                                if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
                                    const next = nextItemInFocusChain(event.key === Qt.Key_Tab)
                                    if (next)
                                        next.forceActiveFocus(event.key === Qt.Key_Tab ? Qt.TabFocusReason : Qt.BacktabFocusReason)
                                    event.accepted = true
                                }
                            }
                            onActiveFocusChanged: if (!activeFocus && text.trim().length === 0) root.openNote(entry.iid, false)
                        }
                    }
                }
            }
        }

        Label {
            objectName: "checklistStatus"
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
                id: doneButton
                objectName: "checklistDone"
                text: qsTranslate("ChecklistView", "Done")
                enabled: !root.busy && !root.recorded && root.items.length > 0
                Accessible.name: text
                font.capitalization: Font.MixedCase
                leftPadding: 16
                rightPadding: 16
                font.weight: Font.DemiBold
                // Drawn without shader effects, so it shows with the software renderer too.
                contentItem: Text {
                    text: doneButton.text
                    font: doneButton.font
                    color: doneButton.enabled ? doneButton.palette.highlightedText : root.tint(doneButton.palette.windowText, 0.55)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitWidth: 120
                    implicitHeight: 40
                    radius: 8
                    color: doneButton.enabled ? doneButton.palette.highlight : root.tint(doneButton.palette.windowText, 0.12)
                    opacity: doneButton.down ? 0.85 : 1
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: -3
                        radius: 11
                        color: "transparent"
                        border.width: 2
                        border.color: doneButton.palette.highlight
                        visible: doneButton.visualFocus
                    }
                }
                onClicked: root.done()
                Keys.onReturnPressed: if (enabled) clicked()
                Keys.onEnterPressed: if (enabled) clicked()
            }
            SecondaryButton {
                objectName: "checklistPrint"
                text: qsTranslate("ChecklistView", "Print or save as PDF")
                onClicked: root.requestFieldCard()
            }
        }
    }
}
