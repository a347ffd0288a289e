// SPDX-License-Identifier: Apache-2.0
// The match view: items to place (the lefts of pairs, or the items to sort) and the places
// they can go (the rights, or the categories). Two ways to place an item, both complete:
//   keyboard: every item is a Tab stop; Space or Enter opens the list of places under it,
//   Up/Down (or Tab) move through that list, Space or Enter places the item there, Escape
//   closes the list. Focus then goes to the next item still to place.
//   pointer: drag an item onto a place (or back onto the list of items), or click it and
//   click a place in its list.
// Every placement updates the item's accessible name and a status line. Scoring happens
// in C++ (MatchActivity::evaluate); this file shows the config, reports the placements as a
// draft and shows the evaluation in place.
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
    property var savedResponse: null   // {matches: {itemId: targetId}}, the last answer sent
    property var savedDraft: null      // {matches: {...}}, placements not yet checked (may be partial)
    property var evaluation: null      // {rawScore, maxScore, success, feedback: {...}}
    property bool busy: false
    property int attempts: 0          // answers submitted so far
    property int seed: 0              // stable per learner: the shuffles come from it
    property url baseUrl               // the module's folder: media paths resolve against it
    property string moduleTitle           // for documents the view prints
    signal submitted(var response)
    signal draftChanged(var draft)

    readonly property bool pairs: Array.isArray(config.pairs)
    // What the learner places, and where: [{id, text}] each, in display order.
    property var sources: []
    property var targets: []
    property var placement: ({})       // source id -> target id; absent while still to place
    property string choosingId: ""     // the item whose list of places is open
    property string dropTargetId: ""   // the place under a dragged item ("" = none, "-" = the pool)
    property string pendingFocusId: "" // the item to focus once the chips are rebuilt
    property string announcement: ""
    // The text size in pixels, whether the inherited font is set in points or pixels.
    readonly property int textSize: instructions.fontInfo.pixelSize
    readonly property var poolIds: sources.filter(function (s) { return placement[s.id] === undefined })
                                          .map(function (s) { return s.id })
    readonly property bool complete: sources.length > 0 && poolIds.length === 0
    readonly property bool answered: isAnswer(evaluation)
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
    function shuffle(list) {
        const out = list.slice()
        let state = root.seed >>> 0
        function next() { // mulberry32: small, good enough for twelve entries
            state = (state + 0x6D2B79F5) >>> 0
            let t = state
            t = Math.imul(t ^ (t >>> 15), t | 1)
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
            return ((t ^ (t >>> 14)) >>> 0) / 4294967296
        }
        for (let i = out.length - 1; i > 0; --i) {
            const j = Math.floor(next() * (i + 1))
            const swap = out[i]; out[i] = out[j]; out[j] = swap
        }
        // Never the authors' order: for pairs it would line every right up with its left.
        if (out.length > 1 && out.every(function (x, i) { return x.id === list[i].id }))
            out.push(out.shift())
        return out
    }
    function restore() {
        if (pairs) {
            const list = config.pairs || []
            sources = list.map(function (p) { return { id: p.id, text: p.left } })
            targets = shuffle(list.map(function (p) { return { id: p.id, text: p.right } }))
        } else {
            // Authors tend to list items category by category: shuffle so the order gives nothing away.
            sources = shuffle((config.items || []).map(function (i) { return { id: i.id, text: i.text } }))
            targets = (config.categories || []).map(function (c) { return { id: c.id, text: c.label } })
        }
        const saved = savedDraft && savedDraft.matches ? savedDraft.matches
                    : savedResponse && savedResponse.matches ? savedResponse.matches : {}
        placement = usablePlacement(saved)
        choosingId = ""
        showingFeedback = isAnswer(evaluation) && samePlacement(placement, savedResponse)
    }
    // Keeps the placements that still make sense for this config (it may have changed).
    function usablePlacement(saved) {
        const out = {}
        const taken = {}
        for (const s of sources) {
            const t = saved[s.id]
            if (typeof t !== "string" || !targetById(t) || (pairs && taken[t]))
                continue
            out[s.id] = t
            taken[t] = true
        }
        return out
    }
    function samePlacement(p, response) {
        if (!response || !response.matches)
            return false
        const keys = Object.keys(p)
        return keys.length === Object.keys(response.matches).length
                && keys.every(function (k) { return response.matches[k] === p[k] })
    }
    function sourceById(id) {
        for (const s of sources)
            if (s.id === id)
                return s
        return null
    }
    function targetById(id) {
        for (const t of targets)
            if (t.id === id)
                return t
        return null
    }
    function textOfSource(id) { const s = sourceById(id); return s ? s.text : "" }
    function textOfTarget(id) { const t = targetById(id); return t ? t.text : "" }
    function placedIn(targetId) {
        return sources.filter(function (s) { return placement[s.id] === targetId })
                      .map(function (s) { return s.id })
    }
    function occupantOf(targetId) {
        const ids = placedIn(targetId)
        return ids.length > 0 ? ids[0] : ""
    }
    function numberOf(id) {
        for (let i = 0; i < sources.length; ++i)
            if (sources[i].id === id)
                return i + 1
        return 0
    }

    // Puts `id` on `targetId` ("" sends it back to the items to place). In pair mode a place
    // holds one item: the one already there goes back to the list.
    function place(id, targetId) {
        const fromPool = placement[id] === undefined
        const next = Object.assign({}, placement)
        let displaced = ""
        if (targetId === "") {
            delete next[id]
        } else {
            if (pairs) {
                displaced = occupantOf(targetId)
                if (displaced !== "" && displaced !== id)
                    delete next[displaced]
                else
                    displaced = ""
            }
            next[id] = targetId
        }
        choosingId = ""
        placement = next
        showingFeedback = false
        if (targetId === "")
            announcement = qsTranslate("MatchView", "“%1” is back among the items to place.").arg(textOfSource(id))
        else if (pairs)
            announcement = qsTranslate("MatchView", "“%1” matched with “%2”.").arg(textOfSource(id)).arg(textOfTarget(targetId))
                    + (displaced ? " " + qsTranslate("MatchView", "“%1” is back among the items to place.").arg(textOfSource(displaced)) : "")
        else
            announcement = qsTranslate("MatchView", "“%1” placed in “%2”.").arg(textOfSource(id)).arg(textOfTarget(targetId))
        // Keep the learner moving: from the list, on to the next item still to place.
        pendingFocusId = fromPool && targetId !== "" && poolIds.length > 0 ? poolIds[0] : id
        Qt.callLater(applyPendingFocus)
        draftChanged({ matches: Object.assign({}, next) })
    }
    function applyPendingFocus() {
        const chip = findChip(column, "matchItem_" + pendingFocusId)
        pendingFocusId = ""
        if (chip)
            chip.forceActiveFocus(Qt.TabFocusReason)
    }
    function findChip(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findChip(item.children[i], name)
            if (found)
                return found
        }
        return null
    }
    function openChooser(id) {
        choosingId = id
        announcement = qsTranslate("MatchView", "Choose where “%1” goes.").arg(textOfSource(id))
    }
    function closeChooser(chip) {
        choosingId = ""
        chip.forceActiveFocus(Qt.TabFocusReason)
    }

    // ---- feedback wording -----------------------------------------------------------------

    function itemFeedback(id) {
        if (!showingFeedback || !evaluation.feedback.items)
            return null
        return evaluation.feedback.items[id] || null
    }
    function hint(entry) {
        if (!entry || entry.correct)
            return ""
        const where = pairs ? qsTranslate("MatchView", "It goes with “%1”.").arg(textOfTarget(entry.expected))
                            : qsTranslate("MatchView", "It belongs in “%1”.").arg(textOfTarget(entry.expected))
        return where + (entry.feedback ? " " + entry.feedback : "")
    }
    function whereText(id) {
        const t = placement[id]
        if (t === undefined)
            return qsTranslate("MatchView", "Not placed yet.")
        return pairs ? qsTranslate("MatchView", "Matched with “%1”.").arg(textOfTarget(t))
                     : qsTranslate("MatchView", "In “%1”.").arg(textOfTarget(t))
    }
    function verdictText() {
        const e = evaluation
        switch (e.feedback.verdict) {
        case "correct": return qsTranslate("MatchView", "Correct: everything is in its place.")
        case "partial": return qsTranslate("MatchView", "Nearly: %1 of %2 right.").arg(e.rawScore).arg(e.maxScore)
        default: return qsTranslate("MatchView", "Not yet: none is right.")
        }
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }

    // One item, wherever it is: in the list of items to place or on a place.
    component Chip: Control {
        id: chip
        required property string itemId
        readonly property Item owner: root
        readonly property bool choosing: root.choosingId === itemId
        readonly property var feedback: root.itemFeedback(itemId)
        objectName: "matchItem_" + itemId
        function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }
        focusPolicy: Qt.StrongFocus
        hoverEnabled: true
        padding: 8
        z: dragHandler.active ? 10 : 0

        Accessible.role: Accessible.ListItem
        Accessible.name: {
            let name = qsTranslate("MatchView", "Item %1 of %2: %3.").arg(root.numberOf(itemId)).arg(root.sources.length)
                    .arg(root.textOfSource(itemId)) + " " + root.whereText(itemId)
            if (choosing)
                name += " " + qsTranslate("MatchView", "Selected. Choose where it goes in the list that follows.")
            if (feedback)
                name += " " + (feedback.correct ? qsTranslate("MatchView", "Correct.")
                                                : qsTranslate("MatchView", "Not quite.") + " " + root.hint(feedback))
            return name
        }
        Accessible.description: qsTranslate("MatchView", "Press Space to choose where it goes.")
        Accessible.selectable: true
        Accessible.selected: choosing

        Keys.onPressed: function (event) {
            if (event.key === Qt.Key_Space || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                if (chip.choosing)
                    root.closeChooser(chip)
                else
                    root.openChooser(chip.itemId)
                event.accepted = true
            } else if (event.key === Qt.Key_Escape && chip.choosing) {
                root.closeChooser(chip)
                event.accepted = true
            } else if (event.key === Qt.Key_Down && chip.choosing && options.count > 0) {
                options.itemAt(0).forceActiveFocus(Qt.TabFocusReason)
                event.accepted = true
            }
        }
        onChoosingChanged: if (choosing) Qt.callLater(focusOptions)
        // The list of places closes when the focus leaves the item and its list (Tab onwards).
        onActiveFocusChanged: if (!activeFocus) Qt.callLater(closeIfFocusLeft)
        function closeIfFocusLeft() {
            if (!root || !choosing)
                return
            for (let item = chip.Window.activeFocusItem; item; item = item.parent)
                if (item === chip)
                    return
            root.choosingId = ""
        }
        // Opening the list puts the focus on the place the item has now, or the first one.
        function focusOptions() {
            if (!choosing || options.count === 0)
                return
            const now = root.placement[itemId]
            for (let i = 0; i < options.count; ++i) {
                if (options.itemAt(i).targetId === (now === undefined ? options.itemAt(0).targetId : now)) {
                    options.itemAt(i).forceActiveFocus(Qt.TabFocusReason)
                    return
                }
            }
        }

        DragHandler {
            id: dragHandler
            // Holds on to the pointer once dragging: the page around (a Flickable) must not
            // take the gesture over and scroll instead of moving the item.
            grabPermissions: PointerHandler.CanTakeOverFromItems | PointerHandler.CanTakeOverFromHandlersOfDifferentType
            enabled: !root.busy
            onActiveChanged: {
                if (active) {
                    root.choosingId = ""
                    root.dropTargetId = ""
                    return
                }
                const target = root.dropTargetId
                root.dropTargetId = ""
                const id = chip.itemId
                if (target === "-")
                    Qt.callLater(root.place, id, "")
                else if (target !== "")
                    Qt.callLater(root.place, id, target)
            }
        }
        TapHandler {
            onTapped: {
                chip.forceActiveFocus(Qt.MouseFocusReason)
                if (chip.choosing)
                    root.choosingId = ""
                else
                    root.openChooser(chip.itemId)
            }
        }
        Drag.active: dragHandler.active
        Drag.source: chip
        Drag.keys: ["passerelle-match-item"]
        Drag.hotSpot.x: width / 2
        Drag.hotSpot.y: height / 2
        states: State {
            when: dragHandler.active
            ParentChange { target: chip; parent: root }
        }

        background: Rectangle {
            radius: 8
            color: chip.choosing || dragHandler.active ? chip.tint(chip.palette.highlight, 0.16) : chip.palette.base
            border.width: chip.visualFocus || chip.choosing || dragHandler.active ? 2 : 1
            border.color: chip.visualFocus || chip.choosing || dragHandler.active
                          ? chip.palette.highlight
                          : chip.feedback && !chip.feedback.correct ? root.dangerColor : chip.tint(chip.palette.windowText, 0.25)
        }

        contentItem: ColumnLayout {
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Grid {
                    // Grip: six dots that say "this can be dragged".
                    columns: 2
                    spacing: 3
                    Layout.alignment: Qt.AlignVCenter
                    Repeater {
                        model: 6
                        Rectangle {
                            width: 4; height: 4; radius: 2
                            color: chip.tint(chip.palette.windowText, 0.45)
                        }
                    }
                }
                Label {
                    visible: chip.feedback !== null
                    text: chip.feedback && chip.feedback.correct ? "✓" : "✗"
                    font.weight: Font.DemiBold
                    color: chip.feedback && chip.feedback.correct ? root.successColor : root.dangerColor
                    Accessible.ignored: true
                }
                Label {
                    Layout.fillWidth: true
                    text: root.textOfSource(chip.itemId)
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Accessible.ignored: true
                }
            }
            Label {
                objectName: "matchFeedback_" + chip.itemId
                visible: chip.feedback !== null && !chip.feedback.correct
                Layout.fillWidth: true
                text: visible ? root.hint(chip.feedback) : ""
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: root.dangerColor
                Accessible.ignored: true
            }
            // The places this item can go, shown under it while the learner chooses.
            ColumnLayout {
                visible: chip.choosing
                Layout.fillWidth: true
                spacing: 4
                Accessible.role: Accessible.List
                Accessible.name: qsTranslate("MatchView", "Where “%1” goes").arg(root.textOfSource(chip.itemId))
                Repeater {
                    id: options
                    model: chip.choosing
                           ? root.targets.concat(root.placement[chip.itemId] !== undefined ? [{ id: "", text: "" }] : [])
                           : []
                    delegate: AbstractButton {
                        id: option
                        required property var modelData
                        required property int index
                        readonly property string targetId: modelData.id
                        readonly property string occupant: root.pairs && targetId !== "" ? root.occupantOf(targetId) : ""
                        objectName: "matchOption_" + chip.itemId + "_" + (targetId === "" ? "back" : targetId)
                        Layout.fillWidth: true
                        focusPolicy: Qt.StrongFocus
                        padding: 8
                        text: targetId === ""
                              ? qsTranslate("MatchView", "Back to the items to place")
                              : root.pairs ? qsTranslate("MatchView", "Match with “%1”").arg(modelData.text)
                                           : qsTranslate("MatchView", "Put in “%1”").arg(modelData.text)
                        readonly property string note: occupant !== "" && occupant !== chip.itemId
                                                       ? qsTranslate("MatchView", "now matched with “%1”").arg(root.textOfSource(occupant))
                                                       : root.placement[chip.itemId] === targetId && targetId !== ""
                                                         ? qsTranslate("MatchView", "its place now") : ""
                        Accessible.role: Accessible.Button
                        Accessible.name: text + (note ? " (" + note + ")" : "")
                        onClicked: root.place(chip.itemId, targetId)
                        onActiveFocusChanged: if (!activeFocus) Qt.callLater(chip.closeIfFocusLeft)
                        Keys.onPressed: function (event) {
                            if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
                                const step = event.key === Qt.Key_Up ? -1 : 1
                                const to = index + step
                                if (to >= 0 && to < options.count)
                                    options.itemAt(to).forceActiveFocus(Qt.TabFocusReason)
                                else if (to < 0)
                                    chip.forceActiveFocus(Qt.TabFocusReason)
                                event.accepted = true
                            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                                option.clicked()
                                event.accepted = true
                            } else if (event.key === Qt.Key_Escape) {
                                root.closeChooser(chip)
                                event.accepted = true
                            }
                        }
                        contentItem: ColumnLayout {
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: option.text
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: option.note !== ""
                                text: option.note
                                wrapMode: Text.Wrap
                                opacity: 0.75
                                font.pixelSize: Math.max(11, Math.round(root.textSize * 0.85))
                            }
                        }
                        background: Rectangle {
                            radius: 6
                            color: option.visualFocus || option.hovered ? chip.tint(option.palette.highlight, 0.14) : "transparent"
                            border.width: option.visualFocus ? 2 : 1
                            border.color: option.visualFocus ? option.palette.highlight : chip.tint(option.palette.windowText, 0.2)
                        }
                    }
                }
            }
        }
    }

    // A place items can be dropped on: the list of items to place, a right or a category.
    component Place: Control {
        id: place
        required property string placeId     // "-" for the list of items to place
        readonly property bool dropHovered: dropArea.containsDrag
        function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }
        background: Rectangle {
            radius: 10
            color: place.dropHovered ? place.tint(place.palette.highlight, 0.10) : "transparent"
            border.width: place.dropHovered ? 2 : 1
            border.color: place.dropHovered ? place.palette.highlight : place.tint(place.palette.windowText, 0.2)
        }
        DropArea {
            id: dropArea
            anchors.fill: parent
            keys: ["passerelle-match-item"]
            onEntered: function (drag) {
                if (drag.source && drag.source.owner === root)
                    root.dropTargetId = place.placeId
            }
            onExited: if (root.dropTargetId === place.placeId) root.dropTargetId = ""
        }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            objectName: "matchPrompt"
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
            objectName: "matchInstructions"
            Layout.fillWidth: true
            text: root.pairs
                  ? qsTranslate("MatchView", "Drag each item onto its match, or select it (Space or a click) and choose its match from the list.")
                  : qsTranslate("MatchView", "Drag each item into its category, or select it (Space or a click) and choose its category from the list.")
            opacity: 0.8
            wrapMode: Text.Wrap
        }

        // The items still to place. Also a place: dropping an item here takes it back.
        Place {
            objectName: "matchPool"
            placeId: "-"
            Layout.fillWidth: true
            implicitHeight: poolColumn.implicitHeight + 20
            Accessible.role: Accessible.Grouping
            Accessible.name: poolTitle.text
            ColumnLayout {
                id: poolColumn
                anchors.fill: parent
                anchors.margins: 10
                spacing: 6
                Label {
                    id: poolTitle
                    Layout.fillWidth: true
                    text: root.poolIds.length > 0
                          ? qsTranslate("MatchView", "To place (%1)").arg(root.poolIds.length)
                          : qsTranslate("MatchView", "Everything is placed. Check your answer when you are ready.")
                    wrapMode: Text.Wrap
                    font.weight: Font.DemiBold
                    opacity: 0.85
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 6
                    Repeater {
                        model: root.poolIds
                        delegate: Chip {
                            required property string modelData
                            itemId: modelData
                            width: Math.min(implicitWidth, poolColumn.width)
                        }
                    }
                }
            }
        }

        GridLayout {
            id: places
            Layout.fillWidth: true
            // Categories side by side while each stays at least 13 ems wide; fewer columns as text grows.
            columns: root.pairs ? 1 : Math.max(1, Math.min(root.targets.length, Math.floor(width / (root.textSize * 13))))
            columnSpacing: 10
            rowSpacing: 10
            Repeater {
                model: root.targets
                delegate: Place {
                    id: target
                    required property var modelData
                    placeId: modelData.id
                    objectName: "matchTarget_" + modelData.id
                    Layout.fillWidth: true
                    Layout.fillHeight: !root.pairs
                    Layout.preferredWidth: 1 // equal columns
                    implicitHeight: targetLayout.implicitHeight + 20
                    Accessible.role: Accessible.Grouping
                    Accessible.name: modelData.text
                    GridLayout {
                        id: targetLayout
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 10
                        // A pair reads left to right: the item placed, then the right it matches.
                        columns: root.pairs ? 2 : 1
                        columnSpacing: 12
                        rowSpacing: 6
                        Label {
                            Layout.row: 0
                            Layout.column: root.pairs ? 1 : 0
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            text: target.modelData.text
                            wrapMode: Text.Wrap
                            font.weight: root.pairs ? Font.Normal : Font.DemiBold
                            Accessible.ignored: true
                        }
                        ColumnLayout {
                            Layout.row: root.pairs ? 0 : 1
                            Layout.column: 0
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            spacing: 6
                            Repeater {
                                model: root.placedIn(target.modelData.id)
                                delegate: Chip {
                                    required property string modelData
                                    itemId: modelData
                                    Layout.fillWidth: true
                                }
                            }
                            Label {
                                visible: root.placedIn(target.modelData.id).length === 0
                                Layout.fillWidth: true
                                text: root.pairs ? qsTranslate("MatchView", "Drop its match here")
                                                 : qsTranslate("MatchView", "Drop items here")
                                opacity: 0.55
                                font.italic: true
                                wrapMode: Text.Wrap
                                Accessible.ignored: true
                            }
                        }
                    }
                }
            }
        }

        Label {
            // Says what the last placement did: read by screen readers, useful to everyone.
            objectName: "matchStatus"
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
                objectName: "matchSubmit"
                text: root.answered ? qsTranslate("MatchView", "Check again")
                                    : qsTranslate("MatchView", "Check my answer")
                enabled: root.complete && !root.busy && !root.showingFeedback
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
                    root.choosingId = ""
                    root.submitted({ matches: Object.assign({}, root.placement) })
                }
                Keys.onReturnPressed: if (enabled) clicked()
                Keys.onEnterPressed: if (enabled) clicked()
            }
            Label {
                objectName: "matchVerdict"
                Layout.fillWidth: true
                visible: root.showingFeedback || !root.complete
                text: root.showingFeedback
                      ? root.verdictText() + (root.evaluation.feedback.message ? " " + root.evaluation.feedback.message : "")
                      : qsTranslate("MatchView", "Place every item to check your answer.")
                wrapMode: Text.Wrap
                font.weight: root.showingFeedback ? Font.DemiBold : Font.Normal
                opacity: root.showingFeedback ? 1 : 0.75
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
