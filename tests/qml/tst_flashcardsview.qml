// SPDX-License-Identifier: Apache-2.0
// The flashcards view: a session by keyboard alone, drafts and their restoration, the end
// screen with the plugin's real C++ scoring, accessible names, and how it looks.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 900

    // Two cards of the lesson's and one from the glossary, as the host passes it (resolved
    // entries under glossaryEntries).
    readonly property var config: ({
        prompt: "Terms from the lesson on **hierarchy**.",
        deck: [
            { id: "brief", front: "What do you send an interpreter before a session?", back: "Slides, documents and a list of **key terms**." },
            { id: "segments", front: "How long should one segment be?", back: "One or two sentences: a complete thought." }
        ],
        glossaryTerms: ["power-distance"],
        glossaryEntries: {
            "power-distance": { term: "Power distance", definition: "How far the less powerful members of a group expect and accept that power is shared unequally." }
        }
    })

    Component {
        id: frame
        Pane {
            padding: 16
            width: 760
        }
    }

    TestCase {
        id: test
        name: "FlashcardsView"
        when: windowShown

        SignalSpy { id: submittedSpy; signalName: "submitted" }
        SignalSpy { id: draftSpy; signalName: "draftChanged" }

        function init() {
            verify(activities.setLanguage("en"))
        }
        function cleanup() {
            activities.setLanguage("en")
        }

        function createView(properties, parent) {
            const component = Qt.createComponent(activities.viewUrl("flashcards"))
            compare(component.status, Component.Ready, component.errorString())
            const initial = Object.assign({ width: scene.width, config: config, seed: 1, savedResponse: null,
                                            savedDraft: null, evaluation: null, attempts: 0, busy: false }, properties || {})
            const item = createTemporaryObject(component, parent || scene, initial)
            verify(item !== null)
            submittedSpy.clear()
            submittedSpy.target = item
            draftSpy.clear()
            draftSpy.target = item
            return item
        }
        function focused() { return scene.Window.activeFocusItem }
        function tabTo(name) {
            for (let i = 0; i < 12; ++i) {
                keyClick(Qt.Key_Tab)
                if (focused() && focused().objectName === name)
                    return focused()
            }
            fail("could not reach " + name + " with Tab")
        }
        function lastDraft() { return draftSpy.signalArguments[draftSpy.count - 1][0] }
        function text(view, name) { return findChild(view, name).text }

        function test_aWholeSessionByKeyboardAlone() {
            const view = createView()
            tabTo("flashcardsShowAnswer")
            compare(text(view, "flashcardsProgress"), "Card 1 of 3")
            compare(text(view, "flashcardsFront"), "What do you send an interpreter before a session?")
            verify(!findChild(view, "flashcardsBack").visible, "the answer is hidden until asked for")
            verify(!findChild(view, "flashcardsRatings").visible)

            // Card 1: Space turns it, 3 is Good.
            keyClick(Qt.Key_Space)
            verify(findChild(view, "flashcardsBack").visible)
            verify(findChild(view, "flashcardsRatings").visible)
            verify(!findChild(view, "flashcardsShowAnswer").visible)
            compare(lastDraft().revealed, true)
            compare(focused().objectName, "flashcardsCard", "the focus stays on the card, not on a rating")
            keyClick(Qt.Key_3)
            compare(view.reviews, [{ card: "brief", quality: 4 }])
            compare(lastDraft(), { reviews: [{ card: "brief", quality: 4 }], revealed: false })
            compare(text(view, "flashcardsProgress"), "Card 2 of 3")
            compare(focused().objectName, "flashcardsShowAnswer", "ready for the next card")
            compare(text(view, "flashcardsStatus"), "Marked “Good”. Card 2 of 3.")

            // Card 2: Enter turns it, Tab reaches the buttons, Space on Easy.
            keyClick(Qt.Key_Return)
            verify(view.revealed)
            tabTo("flashcardsRate_5")
            keyClick(Qt.Key_Space)
            compare(view.reviews[1], { card: "segments", quality: 5 })

            // Card 3, from the glossary: the term in front, the definition behind; 1 is Again.
            compare(text(view, "flashcardsFront"), "Power distance")
            keyClick(Qt.Key_Space)
            compare(text(view, "flashcardsBack"), config.glossaryEntries["power-distance"].definition)
            compare(submittedSpy.count, 0, "nothing is sent before the last card")
            keyClick(Qt.Key_1)

            compare(submittedSpy.count, 1)
            const response = submittedSpy.signalArguments[0][0]
            compare(response, { reviews: [{ card: "brief", quality: 4 }, { card: "segments", quality: 5 },
                                          { card: "power-distance", quality: 1 }] })
            verify(findChild(view, "flashcardsEnd").visible)
            verify(!findChild(view, "flashcardsCard").visible)
            compare(focused().objectName, "flashcardsRestart")

            view.evaluation = activities.evaluate("flashcards", config, response)
            compare(view.evaluation.rawScore, 2)
            compare(text(view, "flashcardsSummary"), "You knew 2 of 3 cards well (Good or Easy).")
            verify(findChild(view, "flashcardsReviewSoonHeading").visible)
            compare(text(view, "flashcardsReviewSoon_power-distance"), "• Power distance — Again")
            verify(!findChild(view, "flashcardsSendAgain").visible)

            // A new session, by keyboard, starts again from the first card.
            keyClick(Qt.Key_Space)
            compare(view.reviews, [])
            compare(lastDraft(), { reviews: [], revealed: false })
            compare(text(view, "flashcardsProgress"), "Card 1 of 3")
            compare(focused().objectName, "flashcardsShowAnswer")
        }

        function test_ratingKeysDoNothingBeforeTheAnswerIsShown() {
            const view = createView()
            tabTo("flashcardsShowAnswer")
            keyClick(Qt.Key_3)
            keyClick(Qt.Key_4)
            compare(view.reviews, [])
            compare(draftSpy.count, 0)
            keyClick(Qt.Key_Space)
            keyClick(Qt.Key_5) // not one of the four
            compare(view.reviews, [])
            keyClick(Qt.Key_4)
            compare(view.reviews, [{ card: "brief", quality: 5 }])
        }

        function test_restoresASessionUnderWay() {
            const view = createView({ savedDraft: { reviews: [{ card: "brief", quality: 3 }], revealed: true } })
            compare(view.position, 1)
            verify(view.revealed)
            compare(text(view, "flashcardsProgress"), "Card 2 of 3")
            verify(findChild(view, "flashcardsBack").visible)
            compare(text(view, "flashcardsBack"), "One or two sentences: a complete thought.")
            compare(draftSpy.count, 0, "restoring is not a change")
            tabTo("flashcardsRate_3")
            keyClick(Qt.Key_Return)
            compare(view.reviews, [{ card: "brief", quality: 3 }, { card: "segments", quality: 3 }])
        }

        function test_aDraftForAnotherDeckIsIgnored() {
            const stale = createView({ savedDraft: { reviews: [{ card: "gone", quality: 4 }], revealed: true } })
            compare(stale.position, 0)
            verify(!stale.revealed)
            const badQuality = createView({ savedDraft: { reviews: [{ card: "brief", quality: 9 }] } })
            compare(badQuality.position, 0)
            const tooLong = createView({ savedDraft: { reviews: [{ card: "brief", quality: 4 }, { card: "segments", quality: 4 },
                                                                 { card: "power-distance", quality: 4 }, { card: "x", quality: 4 }] } })
            compare(tooLong.position, 0)
        }

        function test_theLastSessionShowsItsEndScreen() {
            const response = { reviews: [{ card: "brief", quality: 5 }, { card: "segments", quality: 4 },
                                         { card: "power-distance", quality: 4 }] }
            const view = createView({ savedResponse: response, evaluation: activities.evaluate("flashcards", config, response) })
            verify(view.finished)
            verify(findChild(view, "flashcardsEnd").visible)
            compare(text(view, "flashcardsSummary"), "You knew 3 of 3 cards well (Good or Easy).")
            verify(findChild(view, "flashcardsAllKnown").visible)
            verify(!findChild(view, "flashcardsReviewSoonHeading").visible)
        }

        function test_aFinishedSessionNotYetSavedCanBeSentAgain() {
            const reviews = [{ card: "brief", quality: 1 }, { card: "segments", quality: 3 }, { card: "power-distance", quality: 4 }]
            const view = createView({ savedDraft: { reviews: reviews, revealed: false } })
            verify(view.finished)
            compare(text(view, "flashcardsSummary"), "Your answers have not been saved yet.")
            tabTo("flashcardsSendAgain")
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0].reviews, reviews)
        }

        function test_missingGlossaryTextIsSaidPlainly() {
            const bare = { glossaryTerms: ["power-distance"] }
            const view = createView({ config: bare })
            compare(text(view, "flashcardsFront"), "power-distance")
            view.reveal()
            compare(text(view, "flashcardsBack"), "The glossary’s definition of this term is not available here.")
        }

        function test_everyControlHasAnAccessibleName() {
            const view = createView()
            const card = findChild(view, "flashcardsCard")
            compare(card.Accessible.name, "Card 1 of 3: What do you send an interpreter before a session? Press Space to show the answer.")
            const show = findChild(view, "flashcardsShowAnswer")
            compare(show.Accessible.name, "Show answer")
            compare(show.Accessible.role, Accessible.Button)
            view.reveal()
            compare(card.Accessible.name, "Card 1 of 3: What do you send an interpreter before a session? Answer: Slides, documents and a list of key terms.")
            const names = { 1: "Again (key 1)", 3: "Hard (key 2)", 4: "Good (key 3)", 5: "Easy (key 4)" }
            for (const q in names) {
                const button = findChild(view, "flashcardsRate_" + q)
                compare(button.Accessible.name, names[q])
                compare(button.Accessible.role, Accessible.Button)
                verify(button.Accessible.description.length > 10)
            }
            compare(findChild(view, "flashcardsRatings").Accessible.name, "How well did you know it?")
            compare(findChild(view, "flashcardsPrompt").Accessible.name, "Terms from the lesson on hierarchy.")
        }

        function test_theFocusIsVisible() {
            const view = createView()
            const show = tabTo("flashcardsShowAnswer")
            verify(show.visualFocus)
            verify(show.background.children[0].visible, "the focus ring shows")
            keyClick(Qt.Key_Space)
            const card = focused()
            compare(card.objectName, "flashcardsCard")
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_Tab, Qt.ShiftModifier)
            compare(focused(), card)
            compare(card.background.border.width, 2)
            compare(card.background.border.color, card.palette.highlight)
        }

        // Renders the view as learners see it, in both languages, at a normal and a large font,
        // mid-session and at the end. Saves PNGs when PASSERELLE_SCREENSHOT_DIR is set; always
        // checks that the French strings ship and that large text wraps instead of spilling out.
        function test_rendersInBothLanguagesAtTwoSizes_data() {
            return [
                { tag: "en-15", language: "en", size: 15 },
                { tag: "en-22", language: "en", size: 22 },
                { tag: "fr-15", language: "fr", size: 15 },
                { tag: "fr-22", language: "fr", size: 22 }
            ]
        }
        function test_rendersInBothLanguagesAtTwoSizes(data) {
            verify(activities.setLanguage(data.language))
            const fr = data.language === "fr"
            const localized = fr ? {
                prompt: "Les termes de la leçon sur la **hiérarchie**.",
                deck: [
                    { id: "brief", front: "Que transmettez-vous à l’interprète avant la séance\u00a0?", back: "Les diapositives, les documents et une liste de **termes clés**." },
                    { id: "segments", front: "Quelle longueur pour un segment\u00a0?", back: "Une ou deux phrases\u00a0: une idée complète." }
                ],
                glossaryTerms: ["power-distance"],
                glossaryEntries: { "power-distance": { term: "Distance hiérarchique", definition: "Une des six dimensions de Hofstede\u00a0: la mesure dans laquelle les membres les moins puissants d’un groupe attendent et acceptent une répartition inégale du pouvoir." } }
            } : config
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": data.size })
            const view = createView({ config: localized, width: pane.availableWidth,
                                      savedDraft: { reviews: [{ card: "brief", quality: 4 }], revealed: true } }, pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            wait(50)
            compare(text(view, "flashcardsRatingHelp"), fr ? "La connaissiez-vous bien\u00a0? Appuyez sur une touche de 1 à 4, ou choisissez un bouton."
                                                          : "How well did you know it? Press 1 to 4, or choose a button.")
            compare(findChild(view, "flashcardsRate_1").text, fr ? "À revoir" : "Again")
            for (const q of [1, 3, 4, 5]) {
                const button = findChild(view, "flashcardsRate_" + q)
                const corner = button.mapToItem(view, button.width, button.height)
                verify(corner.x <= view.width + 1, "rating " + q + " stays inside the view")
                verify(button.height >= button.implicitHeight - 1)
            }
            verify(findChild(view, "flashcardsBack").height >= data.size, "back " + findChild(view, "flashcardsBack").height)
            let image = grabImage(pane)
            compare(image.width, Math.round(pane.width))
            if (activities.screenshotDir() !== "")
                image.save(activities.screenshotDir() + "/flashcards-" + data.tag + ".png")

            // The end screen, with one card to see again soon.
            view.rate(3)
            view.reveal()
            view.rate(1)
            verify(view.finished)
            view.evaluation = activities.evaluate("flashcards", localized, submittedSpy.signalArguments[0][0])
            wait(50)
            compare(text(view, "flashcardsSummary"), fr ? "Cartes bien connues (Bien ou Facile)\u00a0: 1 sur 3."
                                                       : "You knew 1 of 3 cards well (Good or Easy).")
            image = grabImage(pane)
            if (activities.screenshotDir() !== "")
                image.save(activities.screenshotDir() + "/flashcards-end-" + data.tag + ".png")
        }
    }
}
