// SPDX-License-Identifier: Apache-2.0
// The flashcards view: one card at a time. The learner reads the front, recalls the answer,
// turns the card ("Show answer", or Space/Enter) and says how well they knew it with one of
// four buttons (or the keys 1 to 4). After the last card the session is sent in one answer,
// and an end screen says how it went and which cards come back soon.
//
// Buttons send the SM-2 qualities of app/core/progress/sm2.h: Again 1, Hard 3, Good 4,
// Easy 5. Scoring happens in C++ (FlashcardsActivity::evaluate); this file shows the cards,
// reports where the learner is as a draft, and shows the evaluation.
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
    property var savedResponse: null   // {reviews: [...]}, the last session sent
    property var savedDraft: null      // {reviews: [...], revealed}, the session under way
    property var evaluation: null      // {rawScore, maxScore, completion, feedback: {...}}
    property bool busy: false
    property int attempts: 0          // sessions sent so far
    property int seed: 0              // unused: cards come in the author's order
    property url baseUrl               // the module's folder (unused: cards have no media)
    property string moduleTitle        // unused: the deck needs no title
    signal submitted(var response)
    signal draftChanged(var draft)
    signal documentRequested(var document, string suggestedName)

    // Cards in the author's order: the deck, then the glossary terms. A glossary card's text
    // comes from the entries the host resolved from the module's glossary.
    readonly property var cards: {
        const list = []
        for (const card of (config.deck || []))
            list.push({ id: card.id, front: card.front || "", back: card.back || "", fromGlossary: false })
        const entries = config.glossaryEntries || {}
        for (const id of (config.glossaryTerms || [])) {
            const entry = entries[id]
            list.push({ id: id, front: entry ? entry.term : id, back: entry ? entry.definition : "",
                        fromGlossary: true, missing: !entry })
        }
        return list
    }
    property var reviews: []           // [{card, quality}], in card order
    property bool revealed: false      // the current card shows its back
    property string announcement: ""   // the last change, in words, for screen readers
    readonly property int position: reviews.length
    readonly property bool finished: cards.length > 0 && reviews.length >= cards.length
    readonly property var current: position < cards.length ? cards[position] : null
    readonly property bool evaluated: evaluation !== null && evaluation !== undefined
                                      && evaluation.feedback !== undefined && evaluation.feedback.verdict === "complete"
    // The text size in pixels, whether the inherited font is set in points or pixels.
    readonly property int textSize: progressLine.fontInfo.pixelSize
    readonly property var ratings: [
        { quality: 1, key: "1", name: qsTranslate("FlashcardsView", "Again"),
          help: qsTranslate("FlashcardsView", "I did not know it: show it again soon.") },
        { quality: 3, key: "2", name: qsTranslate("FlashcardsView", "Hard"),
          help: qsTranslate("FlashcardsView", "I knew it, with real difficulty.") },
        { quality: 4, key: "3", name: qsTranslate("FlashcardsView", "Good"),
          help: qsTranslate("FlashcardsView", "I knew it after a moment’s thought.") },
        { quality: 5, key: "4", name: qsTranslate("FlashcardsView", "Easy"),
          help: qsTranslate("FlashcardsView", "I knew it at once.") }
    ]

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth

    Component.onCompleted: restore()
    onConfigChanged: restore()
    onSavedDraftChanged: restore()
    onSavedResponseChanged: restore()

    // ---- state -------------------------------------------------------------------------

    // A saved session is used only if it reviews the config's cards in order, each with a
    // known quality: the module may have changed since it was saved.
    function usableReviews(saved) {
        if (!saved || !Array.isArray(saved.reviews) || saved.reviews.length > cards.length)
            return null
        for (let i = 0; i < saved.reviews.length; ++i) {
            const r = saved.reviews[i]
            if (!r || r.card !== cards[i].id || [0, 1, 2, 3, 4, 5].indexOf(r.quality) < 0)
                return null
        }
        return saved.reviews.map(function (r) { return { card: r.card, quality: r.quality } })
    }
    function restore() {
        const draft = usableReviews(savedDraft)
        const answer = usableReviews(savedResponse)
        if (draft !== null) {
            reviews = draft
            revealed = savedDraft.revealed === true && draft.length < cards.length
        } else if (answer !== null && answer.length === cards.length) {
            reviews = answer
            revealed = false
        } else {
            reviews = []
            revealed = false
        }
    }
    function report() {
        draftChanged({ reviews: reviews.slice(), revealed: revealed })
    }
    function reveal() {
        if (finished || revealed)
            return
        revealed = true
        announcement = qsTranslate("FlashcardsView", "Answer: %1").arg(plain(current.back))
        report()
        card.forceActiveFocus(Qt.OtherFocusReason)
    }
    function rate(quality) {
        if (finished || !revealed || busy)
            return
        const rating = ratings.filter(function (r) { return r.quality === quality })[0]
        reviews = reviews.concat([{ card: current.id, quality: quality }])
        revealed = false
        report()
        if (finished) {
            announcement = qsTranslate("FlashcardsView", "Session complete.")
            submitted({ reviews: reviews.slice() })
            restartButton.forceActiveFocus(Qt.OtherFocusReason)
        } else {
            announcement = qsTranslate("FlashcardsView", "Marked “%1”. Card %2 of %3.")
                    .arg(rating.name).arg(position + 1).arg(cards.length)
            showAnswer.forceActiveFocus(Qt.OtherFocusReason)
        }
    }
    function restart() {
        reviews = []
        revealed = false
        announcement = qsTranslate("FlashcardsView", "New session. Card %1 of %2.").arg(1).arg(cards.length)
        report()
        showAnswer.forceActiveFocus(Qt.OtherFocusReason)
    }
    // Markdown reduced to what a screen reader should say.
    function plain(markdown) {
        return (markdown || "").replace(/[*_`#>]/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\s+/g, " ").trim()
    }
    // Plain text that ends like a sentence, so that a screen reader pauses after it.
    function sentence(markdown) {
        const text = plain(markdown)
        return /[.?!…]$/.test(text) ? text : text + "."
    }
    function ratingName(quality) {
        if (quality >= 5) return ratings[3].name
        if (quality === 4) return ratings[2].name
        if (quality === 3) return ratings[1].name
        return ratings[0].name
    }
    function cardById(id) {
        for (const c of cards)
            if (c.id === id)
                return c
        return null
    }
    // Cards answered Again or Hard in the evaluated session, weakest first.
    function toReviewSoon() {
        if (!evaluated)
            return []
        const per = evaluation.feedback.cards || {}
        return cards.filter(function (c) { return per[c.id] && !per[c.id].recalled })
                    .sort(function (a, b) { return per[a.id].quality - per[b.id].quality })
                    .map(function (c) { return { id: c.id, front: c.front, quality: per[c.id].quality } })
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }

    Keys.onPressed: function (event) {
        if (finished)
            return
        if (!revealed && (event.key === Qt.Key_Space || event.key === Qt.Key_Return || event.key === Qt.Key_Enter)) {
            reveal()
            event.accepted = true
        } else if (revealed && event.key >= Qt.Key_1 && event.key <= Qt.Key_4) {
            rate(ratings[event.key - Qt.Key_1].quality)
            event.accepted = true
        }
    }

    // A button drawn without shader effects (so it shows with the software renderer too),
    // with a visible focus ring. `primary` fills it with the accent colour.
    component ActionButton: Button {
        id: button
        property bool primary: false
        property string shortcut: ""
        property int textSize: 15
        function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }
        Accessible.role: Accessible.Button
        Accessible.name: text
        font.capitalization: Font.MixedCase
        font.weight: primary ? Font.DemiBold : Font.Normal
        focusPolicy: Qt.StrongFocus
        leftPadding: 14
        rightPadding: 14
        Keys.onReturnPressed: if (enabled) clicked()
        Keys.onEnterPressed: if (enabled) clicked()
        contentItem: Item {
            implicitWidth: labels.implicitWidth
            implicitHeight: labels.implicitHeight
            Column {
                id: labels
                anchors.centerIn: parent
                spacing: 0
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: button.text
                    font: button.font
                    color: !button.enabled ? button.tint(button.palette.windowText, 0.55)
                                           : button.primary ? button.palette.highlightedText : button.palette.buttonText
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: button.shortcut.length > 0
                    text: qsTranslate("FlashcardsView", "key %1").arg(button.shortcut)
                    font.pixelSize: Math.max(11, Math.round(button.textSize * 0.75))
                    color: button.tint(button.primary ? button.palette.highlightedText : button.palette.buttonText, 0.75)
                }
            }
        }
        background: Rectangle {
            implicitWidth: 96
            implicitHeight: 40
            radius: 8
            color: !button.enabled ? button.tint(button.palette.windowText, 0.12)
                                   : button.primary ? button.palette.highlight
                                                    : button.hovered ? button.tint(button.palette.highlight, 0.1) : button.palette.base
            border.width: button.primary ? 0 : 1
            border.color: button.tint(button.palette.windowText, 0.35)
            opacity: button.down ? 0.85 : 1
            Rectangle {
                anchors.fill: parent
                anchors.margins: -3
                radius: 11
                color: "transparent"
                border.width: 2
                border.color: button.palette.highlight
                visible: button.visualFocus
            }
        }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            objectName: "flashcardsPrompt"
            visible: text.length > 0
            Layout.fillWidth: true
            text: root.config.prompt || ""
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            Accessible.role: Accessible.StaticText
            Accessible.name: root.plain(text)
        }

        Label {
            id: progressLine
            objectName: "flashcardsProgress"
            Layout.fillWidth: true
            visible: !root.finished
            text: root.cards.length === 0 ? qsTranslate("FlashcardsView", "This deck has no cards.")
                                          : qsTranslate("FlashcardsView", "Card %1 of %2").arg(root.position + 1).arg(root.cards.length)
            opacity: 0.8
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        // ---- the card ------------------------------------------------------------------
        Control {
            id: card
            objectName: "flashcardsCard"
            visible: !root.finished && root.current !== null
            Layout.fillWidth: true
            focusPolicy: Qt.StrongFocus
            padding: Math.max(16, root.textSize)
            Accessible.role: Accessible.StaticText
            Accessible.name: !root.current ? ""
                : root.revealed ? qsTranslate("FlashcardsView", "Card %1 of %2: %3 Answer: %4")
                                      .arg(root.position + 1).arg(root.cards.length)
                                      .arg(root.sentence(root.current.front)).arg(root.sentence(backText.text))
                                : qsTranslate("FlashcardsView", "Card %1 of %2: %3 Press Space to show the answer.")
                                      .arg(root.position + 1).arg(root.cards.length).arg(root.sentence(root.current.front))
            background: Rectangle {
                radius: 10
                color: card.palette.base
                border.width: card.visualFocus ? 2 : 1
                border.color: card.visualFocus ? card.palette.highlight : root.tint(card.palette.windowText, 0.25)
            }
            contentItem: ColumnLayout {
                spacing: 12
                Label {
                    objectName: "flashcardsFront"
                    Layout.fillWidth: true
                    text: root.current ? root.current.front : ""
                    textFormat: root.current && root.current.fromGlossary ? Text.PlainText : Text.MarkdownText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Math.round(root.textSize * 1.25)
                    font.weight: Font.DemiBold
                    Accessible.ignored: true
                }
                Rectangle {
                    visible: root.revealed
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: root.tint(card.palette.windowText, 0.2)
                }
                Label {
                    id: backText
                    objectName: "flashcardsBack"
                    visible: root.revealed
                    Layout.fillWidth: true
                    text: !root.current ? ""
                        : root.current.missing ? qsTranslate("FlashcardsView", "The glossary’s definition of this term is not available here.")
                                               : root.current.back
                    textFormat: root.current && root.current.fromGlossary ? Text.PlainText : Text.MarkdownText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.ignored: true
                }
            }
            TapHandler { onTapped: root.reveal() }
        }

        ActionButton {
            id: showAnswer
            textSize: root.textSize
            objectName: "flashcardsShowAnswer"
            visible: !root.finished && !root.revealed && root.current !== null
            focus: true
            primary: true
            Layout.alignment: Qt.AlignHCenter
            text: qsTranslate("FlashcardsView", "Show answer")
            Accessible.description: qsTranslate("FlashcardsView", "Space or Enter")
            onClicked: root.reveal()
        }

        Label {
            objectName: "flashcardsRatingHelp"
            visible: root.revealed && !root.finished
            Layout.fillWidth: true
            text: qsTranslate("FlashcardsView", "How well did you know it? Press 1 to 4, or choose a button.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }

        // Wraps onto several lines when the text is large or the pane narrow.
        Flow {
            id: ratingRow
            objectName: "flashcardsRatings"
            visible: root.revealed && !root.finished
            Layout.fillWidth: true
            spacing: 8
            // Centred under the card while the buttons fit on one line.
            // (The buttons' widths only, never their positions, so no binding loop.)
            readonly property real lineWidth: {
                let sum = spacing * (ratingButtons.count - 1)
                for (let i = 0; i < ratingButtons.count; ++i)
                    sum += ratingButtons.itemAt(i) ? ratingButtons.itemAt(i).width : 0
                return sum
            }
            leftPadding: Math.max(0, Math.floor((width - lineWidth) / 2))
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTranslate("FlashcardsView", "How well did you know it?")
            Repeater {
                id: ratingButtons
                model: root.ratings
                delegate: ActionButton {
                    required property var modelData
                    textSize: root.textSize
                    objectName: "flashcardsRate_" + modelData.quality
                    text: modelData.name
                    shortcut: modelData.key
                    enabled: !root.busy
                    width: Math.max(implicitWidth, root.textSize * 7)
                    Accessible.name: qsTranslate("FlashcardsView", "%1 (key %2)").arg(modelData.name).arg(modelData.key)
                    Accessible.description: modelData.help
                    ToolTip.visible: hovered
                    ToolTip.text: modelData.help
                    ToolTip.delay: 600
                    onClicked: root.rate(modelData.quality)
                }
            }
        }

        // ---- the end screen -------------------------------------------------------------
        ColumnLayout {
            objectName: "flashcardsEnd"
            visible: root.finished
            Layout.fillWidth: true
            spacing: 10

            Label {
                id: endHeading
                objectName: "flashcardsEndHeading"
                Layout.fillWidth: true
                text: qsTranslate("FlashcardsView", "Session complete")
                font.pixelSize: Math.round(root.textSize * 1.25)
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text + ". " + summary.text
            }
            Label {
                id: summary
                objectName: "flashcardsSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.evaluated
                      ? qsTranslate("FlashcardsView", "You knew %1 of %n card(s) well (Good or Easy).", "", root.evaluation.feedback.total)
                            .arg(root.evaluation.feedback.recalled)
                      : root.busy ? qsTranslate("FlashcardsView", "Saving your answers…")
                                  : qsTranslate("FlashcardsView", "Your answers have not been saved yet.")
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                objectName: "flashcardsReviewSoonHeading"
                visible: root.toReviewSoon().length > 0
                Layout.fillWidth: true
                text: qsTranslate("FlashcardsView", "These cards will come back soon:")
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
            }
            Repeater {
                model: root.toReviewSoon()
                delegate: Label {
                    required property var modelData
                    objectName: "flashcardsReviewSoon_" + modelData.id
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    text: "• " + root.plain(modelData.front) + " — " + root.ratingName(modelData.quality)
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.ListItem
                    Accessible.name: root.plain(modelData.front) + ", " + root.ratingName(modelData.quality)
                }
            }
            Label {
                objectName: "flashcardsAllKnown"
                visible: root.evaluated && root.toReviewSoon().length === 0
                Layout.fillWidth: true
                text: qsTranslate("FlashcardsView", "You knew every card well: they come back in a few days.")
                wrapMode: Text.Wrap
            }
            RowLayout {
                spacing: 12
                Layout.fillWidth: true
                ActionButton {
                    objectName: "flashcardsSendAgain"
                    textSize: root.textSize
                    visible: !root.evaluated && !root.busy
                    primary: true
                    text: qsTranslate("FlashcardsView", "Save my answers")
                    onClicked: root.submitted({ reviews: root.reviews.slice() })
                }
                ActionButton {
                    id: restartButton
                    textSize: root.textSize
                    objectName: "flashcardsRestart"
                    text: qsTranslate("FlashcardsView", "Start a new session")
                    enabled: !root.busy
                    onClicked: root.restart()
                }
            }
        }

        Label {
            // Says what the last action did: read by screen readers.
            objectName: "flashcardsStatus"
            Layout.fillWidth: true
            text: root.announcement
            visible: text.length > 0 && !root.finished
            wrapMode: Text.Wrap
            opacity: 0.75
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
