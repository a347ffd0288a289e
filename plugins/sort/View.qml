// SPDX-License-Identifier: Apache-2.0
// The sort view: a prompt and the items as a list to put in order. Two ways to move an
// item, both complete:
//   keyboard: Tab reaches the list (one stop), Up/Down move between items, Space or Enter
//   picks the focused item up, Up/Down/Home/End then carry it, Space or Enter drops it and
//   Escape puts it back where it was; Ctrl+Up/Down moves the focused item at once.
//   pointer: drag an item by any part of it, or use its small up and down buttons.
// Every change updates the item's accessible name and a status line, so a screen reader
// says where the item now is. Scoring happens in C++ (SortActivity::evaluate); this file
// shows the config, reports the arrangement as a draft and shows the evaluation in place.
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
    property var savedResponse: null   // {order: [...]}, the last answer sent
    property var savedDraft: null      // {order: [...]}, the arrangement not yet checked
    property var evaluation: null      // {rawScore, maxScore, success, feedback: {...}}
    property bool busy: false
    property int attempts: 0          // answers submitted so far
    property int seed: 0              // stable per learner: the first arrangement comes from it
    property url baseUrl               // the module's folder: media paths resolve against it
    property string moduleTitle           // for documents the view prints
    signal submitted(var response)
    signal draftChanged(var draft)

    readonly property var items: config.items || []
    property var order: []             // item ids in the learner's current order
    property int current: 0            // the row that holds the keyboard focus (roving tab stop)
    property string grabbedId: ""      // the item picked up with the keyboard
    property int grabbedFrom: -1       // where it was picked up, for Escape
    property bool dragging: false      // an item is being dragged with the pointer
    property string announcement: ""   // the last change, in words
    // The text size in pixels, whether the inherited font is set in points or pixels.
    readonly property int textSize: instructions.fontInfo.pixelSize
    readonly property bool answered: isAnswer(evaluation)
    // The evaluation belongs to the order it was made for; moving an item hides it until
    // the learner checks again.
    property bool showingFeedback: answered

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth

    Component.onCompleted: restore()
    onSavedResponseChanged: restore()
    onSavedDraftChanged: restore()
    onConfigChanged: restore()
    onEvaluationChanged: showingFeedback = isAnswer(evaluation)

    // ---- state -------------------------------------------------------------------------

    function isAnswer(e) {
        return e !== null && e !== undefined && e.feedback !== undefined && e.feedback.verdict !== "invalid"
    }
    function textOf(id) {
        for (let i = 0; i < items.length; ++i)
            if (items[i].id === id)
                return items[i].text
        return ""
    }
    // A saved order is used only if it still names every item of the config exactly once
    // (the module may have changed since it was saved).
    function usableOrder(saved) {
        if (!saved || !Array.isArray(saved.order) || saved.order.length !== items.length)
            return null
        const ids = items.map(function (item) { return item.id })
        for (let i = 0; i < saved.order.length; ++i)
            if (ids.indexOf(saved.order[i]) < 0 || saved.order.indexOf(saved.order[i]) !== i)
                return null
        return saved.order.slice()
    }
    // The first arrangement: a shuffle drawn from the seed, so the same learner always sees
    // the same one, and never the answer itself.
    function shuffled() {
        const ids = items.map(function (item) { return item.id })
        let state = root.seed >>> 0
        function next() { // mulberry32: small, good enough to shuffle ten items
            state = (state + 0x6D2B79F5) >>> 0
            let t = state
            t = Math.imul(t ^ (t >>> 15), t | 1)
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
            return ((t ^ (t >>> 14)) >>> 0) / 4294967296
        }
        for (let i = ids.length - 1; i > 0; --i) {
            const j = Math.floor(next() * (i + 1))
            const swap = ids[i]; ids[i] = ids[j]; ids[j] = swap
        }
        if (ids.length > 1 && ids.every(function (id, i) { return id === items[i].id }))
            ids.push(ids.shift())
        return ids
    }
    function restore() {
        const next = usableOrder(savedDraft) || usableOrder(savedResponse) || shuffled()
        setOrder(next)
        grabbedId = ""
        showingFeedback = isAnswer(evaluation) && sameOrder(next, savedResponse)
    }
    function sameOrder(ids, response) {
        const saved = usableOrder(response)
        return saved !== null && saved.every(function (id, i) { return id === ids[i] })
    }
    function setOrder(ids) {
        rows.clear()
        for (const id of ids)
            rows.append({ itemId: id })
        order = ids
        current = Math.min(current, Math.max(0, ids.length - 1))
    }
    function readOrder() {
        const ids = []
        for (let i = 0; i < rows.count; ++i)
            ids.push(rows.get(i).itemId)
        return ids
    }
    function positionText(index) {
        return qsTranslate("SortView", "Item %1 of %2").arg(index + 1).arg(order.length)
    }
    // Moves the item at `from` to `to`. `report` is false while a pointer drag is under way:
    // the draft is reported once, when the item is dropped.
    function moveItem(from, to, report) {
        if (from === to || from < 0 || to < 0 || from >= rows.count || to >= rows.count)
            return
        const id = rows.get(from).itemId
        rows.move(from, to, 1)
        order = readOrder()
        current = to
        showingFeedback = false
        announcement = qsTranslate("SortView", "“%1” is now at position %2 of %3.")
                .arg(textOf(id)).arg(to + 1).arg(order.length)
        if (report)
            draftChanged({ order: order.slice() })
    }
    function focusRow(index) {
        const row = repeater.itemAt(index)
        if (!row)
            return
        current = index
        row.card.forceActiveFocus(Qt.TabFocusReason)
    }
    function grab(id, index) {
        grabbedId = id
        grabbedFrom = index
        announcement = qsTranslate("SortView", "“%1” picked up at position %2 of %3.")
                .arg(textOf(id)).arg(index + 1).arg(order.length)
    }
    function drop(index) {
        const id = grabbedId
        grabbedId = ""
        announcement = qsTranslate("SortView", "“%1” dropped at position %2 of %3.")
                .arg(textOf(id)).arg(index + 1).arg(order.length)
    }
    function handleKey(index, event) {
        const id = rows.get(index).itemId
        const carrying = grabbedId === id
        const moveNow = carrying || (event.modifiers & Qt.ControlModifier)
        let target = -1
        switch (event.key) {
        case Qt.Key_Up: target = index - 1; break
        case Qt.Key_Down: target = index + 1; break
        case Qt.Key_Home: target = 0; break
        case Qt.Key_End: target = rows.count - 1; break
        case Qt.Key_Space:
        case Qt.Key_Return:
        case Qt.Key_Enter:
            if (carrying)
                drop(index)
            else
                grab(id, index)
            event.accepted = true
            return
        case Qt.Key_Escape:
            if (!carrying)
                return
            moveItem(index, grabbedFrom, true)
            grabbedId = ""
            announcement = qsTranslate("SortView", "Move cancelled: “%1” is back at position %2 of %3.")
                    .arg(textOf(id)).arg(grabbedFrom + 1).arg(order.length)
            focusRow(grabbedFrom)
            event.accepted = true
            return
        default:
            return
        }
        event.accepted = true
        target = Math.max(0, Math.min(rows.count - 1, target))
        if (target === index)
            return
        if (moveNow) {
            moveItem(index, target, true)
            focusRow(target)
        } else {
            focusRow(target)
        }
    }

    // ---- feedback wording -----------------------------------------------------------------

    function itemFeedback(id) {
        if (!showingFeedback || !evaluation.feedback.items)
            return null
        return evaluation.feedback.items[id] || null
    }
    // Where a misplaced item belongs, worded here so that it follows the learner's language.
    function hint(entry) {
        if (!entry || entry.correct)
            return ""
        if (entry.position === 1)
            return qsTranslate("SortView", "It belongs first, before “%1”.").arg(textOf(entry.before))
        if (!entry.before)
            return qsTranslate("SortView", "It belongs last, after “%1”.").arg(textOf(entry.after))
        return qsTranslate("SortView", "It belongs at position %1, after “%2”.").arg(entry.position).arg(textOf(entry.after))
    }
    function verdictText() {
        const f = evaluation.feedback
        switch (f.verdict) {
        case "correct": return qsTranslate("SortView", "Correct: everything is in order.")
        case "partial": return qsTranslate("SortView", "Nearly: %n item(s) to move.", "", f.toMove)
        default: return qsTranslate("SortView", "Not yet: %n item(s) to move.", "", f.toMove)
        }
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }

    ListModel { id: rows }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            objectName: "sortPrompt"
            Layout.fillWidth: true
            text: root.config.prompt || ""
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Label {
            id: instructions
            objectName: "sortInstructions"
            Layout.fillWidth: true
            text: qsTranslate("SortView", "Drag the items into order, or use the keyboard: Space picks up the selected item, the arrow keys move it, Space drops it.")
            opacity: 0.8
            wrapMode: Text.Wrap
        }

        Column {
            id: list
            objectName: "sortList"
            Layout.fillWidth: true
            spacing: 6
            // The list itself takes no focus: its current row does (one Tab stop for all).
            Accessible.role: Accessible.List
            Accessible.name: qsTranslate("SortView", "Items to put in order")
            // Rows slide when moved with the keyboard or the buttons. Not during a pointer drag:
            // a row still sliding under the pointer would be entered again and swap back.
            move: root.dragging ? null : slide
            Transition {
                id: slide
                NumberAnimation { property: "y"; duration: 120 }
            }

            Repeater {
                id: repeater
                model: rows
                delegate: Item {
                    id: slot
                    required property int index
                    required property string itemId
                    readonly property var feedback: root.itemFeedback(itemId)
                    property alias card: card
                    width: list.width
                    height: card.implicitHeight

                    // A dragged card entering another row's place takes that place.
                    DropArea {
                        anchors.fill: parent
                        keys: ["passerelle-sort-item"]
                        onEntered: function (drag) {
                            if (drag.source && drag.source.owner === root)
                                root.moveItem(drag.source.slotIndex, slot.index, false)
                        }
                    }

                    Control {
                        id: card
                        objectName: "sortItem_" + slot.itemId
                        readonly property Item owner: root
                        readonly property int slotIndex: slot.index
                        readonly property bool carried: root.grabbedId === slot.itemId
                        width: slot.width
                        anchors.left: parent.left
                        anchors.verticalCenter: parent.verticalCenter
                        focusPolicy: Qt.StrongFocus
                        activeFocusOnTab: slot.index === root.current || activeFocus
                        hoverEnabled: true
                        padding: 10
                        z: dragHandler.active ? 10 : 0
                        onActiveFocusChanged: {
                            if (!root) // the view is being destroyed
                                return
                            if (activeFocus) {
                                root.current = slot.index
                            } else if (carried && !root.dragging) {
                                root.drop(slot.index) // leaving the list puts the item down
                            }
                        }

                        Accessible.role: Accessible.ListItem
                        Accessible.name: {
                            let name = root.positionText(slot.index) + ": " + root.textOf(slot.itemId) + "."
                            if (carried)
                                name += " " + qsTranslate("SortView", "Selected. Use the up and down arrow keys to move it, then press Space to drop it.")
                            if (slot.feedback)
                                name += " " + (slot.feedback.correct
                                               ? qsTranslate("SortView", "In the right place.")
                                               : qsTranslate("SortView", "Out of place.") + " " + root.hint(slot.feedback)
                                                 + (slot.feedback.feedback ? " " + slot.feedback.feedback : ""))
                            return name
                        }
                        Accessible.description: qsTranslate("SortView", "Press Space to pick it up and move it with the arrow keys, or press Ctrl with an arrow key to move it at once.")
                        Accessible.selectable: true
                        Accessible.selected: carried

                        Keys.onPressed: function (event) { root.handleKey(slot.index, event) }

                        DragHandler {
                            id: dragHandler
                            // Holds on to the pointer once dragging: the page around (a Flickable) must not
                            // take the gesture over and scroll instead of moving the item.
                            grabPermissions: PointerHandler.CanTakeOverFromItems | PointerHandler.CanTakeOverFromHandlersOfDifferentType
                            xAxis.enabled: false
                            enabled: !root.busy
                            onActiveChanged: {
                                if (active) {
                                    root.dragging = true
                                    root.grabbedId = ""
                                    card.forceActiveFocus(Qt.MouseFocusReason)
                                } else {
                                    root.dragging = false
                                    root.drop(slot.index)
                                    root.draftChanged({ order: root.order.slice() })
                                }
                            }
                        }
                        TapHandler {
                            onTapped: card.forceActiveFocus(Qt.MouseFocusReason)
                        }
                        Drag.active: dragHandler.active
                        Drag.source: card
                        Drag.keys: ["passerelle-sort-item"]
                        Drag.hotSpot.x: width / 2
                        Drag.hotSpot.y: height / 2
                        states: State {
                            when: dragHandler.active
                            ParentChange { target: card; parent: root }
                            AnchorChanges { target: card; anchors.left: undefined; anchors.verticalCenter: undefined }
                        }

                        background: Rectangle {
                            radius: 8
                            color: card.carried || dragHandler.active ? root.tint(card.palette.highlight, 0.16)
                                                                      : card.palette.base
                            border.width: card.visualFocus || card.carried || dragHandler.active ? 2 : 1
                            border.color: card.visualFocus || card.carried || dragHandler.active
                                          ? card.palette.highlight
                                          : slot.feedback && !slot.feedback.correct ? root.dangerColor
                                                                                    : root.tint(card.palette.windowText, 0.25)
                        }

                        contentItem: RowLayout {
                            spacing: 10

                            // Grip: six dots that say "this can be dragged".
                            Grid {
                                columns: 2
                                spacing: 3
                                Layout.alignment: Qt.AlignVCenter
                                Repeater {
                                    model: 6
                                    Rectangle {
                                        width: 4; height: 4; radius: 2
                                        color: root.tint(card.palette.windowText, 0.45)
                                    }
                                }
                            }
                            Label {
                                // The position, as a badge; marked once the answer is checked.
                                objectName: "sortPosition_" + slot.itemId
                                Layout.alignment: Qt.AlignVCenter
                                Layout.minimumWidth: implicitHeight
                                horizontalAlignment: Text.AlignHCenter
                                text: slot.feedback ? (slot.feedback.correct ? "✓" : "✗") : String(slot.index + 1)
                                font.weight: Font.DemiBold
                                color: slot.feedback ? (slot.feedback.correct ? root.successColor : root.dangerColor) : card.palette.windowText
                                Accessible.ignored: true
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 4
                                Label {
                                    Layout.fillWidth: true
                                    text: root.textOf(slot.itemId)
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                    Accessible.ignored: true
                                }
                                Label {
                                    objectName: "sortFeedback_" + slot.itemId
                                    visible: slot.feedback !== null && !slot.feedback.correct
                                    Layout.fillWidth: true
                                    text: visible ? root.hint(slot.feedback)
                                                    + (slot.feedback.feedback ? " " + slot.feedback.feedback : "")
                                                  : ""
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                    color: root.dangerColor
                                    Accessible.ignored: true
                                }
                            }
                            // For pointer users who would rather click than drag. The keyboard has
                            // its own way (above), so these are not Tab stops.
                            Repeater {
                                model: [{ step: -1, glyph: "▲", name: qsTranslate("SortView", "Move up") },
                                        { step: 1, glyph: "▼", name: qsTranslate("SortView", "Move down") }]
                                delegate: AbstractButton {
                                    id: stepButton
                                    required property var modelData
                                    objectName: (modelData.step < 0 ? "sortUp_" : "sortDown_") + slot.itemId
                                    readonly property int target: slot.index + modelData.step
                                    Layout.alignment: Qt.AlignVCenter
                                    implicitWidth: Math.max(32, root.textSize * 2)
                                    implicitHeight: implicitWidth
                                    focusPolicy: Qt.NoFocus
                                    enabled: target >= 0 && target < rows.count && !root.busy
                                    Accessible.name: modelData.name + ": " + root.textOf(slot.itemId)
                                    contentItem: Label {
                                        text: stepButton.modelData.glyph
                                        horizontalAlignment: Text.AlignHCenter
                                        verticalAlignment: Text.AlignVCenter
                                        font.pixelSize: Math.round(root.textSize * 0.8)
                                        opacity: stepButton.enabled ? 0.8 : 0.25
                                    }
                                    background: Rectangle {
                                        radius: 6
                                        color: stepButton.hovered && stepButton.enabled
                                               ? root.tint(card.palette.highlight, 0.15) : "transparent"
                                    }
                                    onClicked: {
                                        root.moveItem(slot.index, target, true)
                                        root.focusRow(root.current)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        Label {
            // Says what the last move did: read by screen readers, useful to everyone.
            objectName: "sortStatus"
            Layout.fillWidth: true
            text: root.announcement
            visible: text.length > 0
            wrapMode: Text.Wrap
            opacity: 0.8
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            Button {
                id: checkButton
                objectName: "sortSubmit"
                text: root.answered ? qsTranslate("SortView", "Check again")
                                    : qsTranslate("SortView", "Check my order")
                enabled: root.order.length > 0 && !root.busy && !root.showingFeedback
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
                onClicked: {
                    root.grabbedId = ""
                    root.submitted({ order: root.order.slice() })
                }
                Keys.onReturnPressed: if (enabled) clicked()
                Keys.onEnterPressed: if (enabled) clicked()
            }
            Label {
                objectName: "sortVerdict"
                visible: root.showingFeedback
                Layout.fillWidth: true
                text: root.showingFeedback
                      ? root.verdictText() + (root.evaluation.feedback.message ? " " + root.evaluation.feedback.message : "")
                      : ""
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
