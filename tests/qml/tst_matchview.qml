// SPDX-License-Identifier: Apache-2.0
// The match view, in both forms: completed with the keyboard alone, with the mouse, restored
// from a draft, with feedback from the plugin's real C++ scoring.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 1200

    readonly property var categoriesConfig: ({
        prompt: "Which dimension does each behaviour illustrate?",
        categories: [
            { id: "power", label: "Power distance" },
            { id: "uncertainty", label: "Uncertainty avoidance" },
            { id: "group", label: "Individualism and collectivism" }
        ],
        items: [
            { id: "senior", text: "Everyone waits for the most senior official to speak first", category: "power",
              feedback: "Who may speak first is a question of status: power distance." },
            { id: "agenda", text: "A detailed written agenda is asked for weeks ahead", category: "uncertainty" },
            { id: "team", text: "Nobody commits before the team has been consulted", category: "group" },
            { id: "director", text: "The director's proposal is not questioned in the meeting", category: "power" },
            { id: "rules", text: "Participants ask for the exact rule behind every step", category: "uncertainty" }
        ],
        feedback: { correct: "You can read these behaviours.", partial: "Look again at the ones marked." }
    })
    readonly property var categoriesAnswer: ({ senior: "power", agenda: "uncertainty", team: "group",
                                               director: "power", rules: "uncertainty" })

    readonly property var pairsConfig: ({
        prompt: "Match each way of interpreting to its description.",
        pairs: [
            { id: "consecutive", left: "Consecutive", right: "The speaker pauses and the interpreter renders each segment" },
            { id: "simultaneous", left: "Simultaneous", right: "Rendered in real time, usually from a booth" },
            { id: "whispered", left: "Whispered", right: "Spoken softly to one or two listeners sitting close by",
              feedback: "Chuchotage suits one or two listeners, not a room." }
        ]
    })
    readonly property var pairsAnswer: ({ consecutive: "consecutive", simultaneous: "simultaneous", whispered: "whispered" })

    Component {
        id: frame
        Pane {
            padding: 16
            width: 760
        }
    }

    // A scrolling page, like the lesson reader: dragging an item must move the item, not the page.
    Component {
        id: scrollingPage
        Flickable {
            width: scene.width
            height: 1100
            contentHeight: 3000
        }
    }

    TestCase {
        id: test
        name: "MatchView"
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
            const component = Qt.createComponent(activities.viewUrl("match"))
            compare(component.status, Component.Ready, component.errorString())
            const initial = Object.assign({ width: scene.width, config: categoriesConfig, seed: 11, savedResponse: null,
                                            savedDraft: null, evaluation: null }, properties || {})
            const item = createTemporaryObject(component, parent || scene, initial)
            verify(item !== null)
            submittedSpy.clear()
            submittedSpy.target = item
            draftSpy.clear()
            draftSpy.target = item
            return item
        }
        function focused() { return scene.Window.activeFocusItem }
        function focusedName() { return focused() ? focused().objectName : "" }
        function tabTo(name) {
            for (let i = 0; i < 30; ++i) {
                keyClick(Qt.Key_Tab)
                if (focusedName().indexOf(name) === 0)
                    return focused()
            }
            fail("could not reach " + name + " with Tab")
        }
        function answer(view, config) {
            const response = submittedSpy.signalArguments[submittedSpy.count - 1][0]
            view.evaluation = activities.evaluate("match", config, response)
            return response
        }
        // Places every item with Tab, Space and arrows only: Space on an item opens its list
        // of places, Down walks the list, Space places it; the focus goes on to the next item.
        function placeByKeyboard(view, answers) {
            tabTo("matchItem_")
            for (let guard = 0; view.poolIds.length > 0 && guard < 20; ++guard) {
                const id = focusedName().substring("matchItem_".length)
                verify(answers[id] !== undefined, "focus is on an item to place, not on " + focusedName())
                keyClick(Qt.Key_Space)
                tryVerify(function () { return focusedName().indexOf("matchOption_" + id + "_") === 0 },
                          1000, "opening the list puts the focus in it")
                const wanted = "matchOption_" + id + "_" + answers[id]
                for (let k = 0; focusedName() !== wanted && k < 15; ++k)
                    keyClick(Qt.Key_Down)
                compare(focusedName(), wanted)
                keyClick(Qt.Key_Space)
                compare(view.placement[id], answers[id])
                if (view.poolIds.length > 0)
                    tryCompare(test, "currentFocus", "matchItem_" + view.poolIds[0])
            }
            compare(view.poolIds.length, 0)
        }
        property string currentFocus: focused() ? focused().objectName : ""

        function test_sortsIntoCategoriesWithTheKeyboardAlone() {
            const view = createView()
            verify(!findChild(view, "matchSubmit").enabled, "nothing placed yet")
            placeByKeyboard(view, categoriesAnswer)
            compare(draftSpy.count, 5)
            compare(draftSpy.signalArguments[4][0].matches, categoriesAnswer)
            const submit = tabTo("matchSubmit")
            verify(submit.enabled)
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            compare(answer(view, categoriesConfig).matches, categoriesAnswer)
            verify(view.evaluation.success)
            compare(findChild(view, "matchVerdict").text, "Correct: everything is in its place. You can read these behaviours.")
            verify(!submit.enabled)
        }

        function test_matchesPairsWithTheKeyboardAlone() {
            const view = createView({ config: pairsConfig })
            placeByKeyboard(view, pairsAnswer)
            tabTo("matchSubmit")
            keyClick(Qt.Key_Return)
            compare(answer(view, pairsConfig).matches, pairsAnswer)
            verify(view.evaluation.success)
            compare(view.evaluation.rawScore, 3)
        }

        function test_rightsAreShuffledFromTheSeed() {
            const shown = {}
            for (let seed = 0; seed < 20; ++seed) {
                const view = createView({ config: pairsConfig, seed: seed })
                const ids = view.targets.map(function (t) { return t.id })
                verify(ids.join() !== "consecutive,simultaneous,whispered", "seed " + seed + " lines the pairs up")
                shown[ids.join()] = true
                view.destroy()
            }
            verify(Object.keys(shown).length > 1)
            compare(createView({ seed: 5 }).sources, createView({ seed: 5 }).sources)
        }

        function test_announcesTheItemAndItsPlaces() {
            const view = createView()
            const chip = tabTo("matchItem_")
            const id = chip.itemId
            const text = categoriesConfig.items.filter(function (i) { return i.id === id })[0].text
            compare(chip.Accessible.name, "Item 1 of 5: " + text + ". Not placed yet.")
            compare(chip.Accessible.description, "Press Space to choose where it goes.")
            keyClick(Qt.Key_Space)
            compare(chip.Accessible.name, "Item 1 of 5: " + text
                    + ". Not placed yet. Selected. Choose where it goes in the list that follows.")
            tryCompare(test, "currentFocus", "matchOption_" + id + "_power")
            compare(focused().Accessible.name, "Put in “Power distance”")
            keyClick(Qt.Key_Down)
            compare(focused().Accessible.name, "Put in “Uncertainty avoidance”")
            keyClick(Qt.Key_Space)
            compare(findChild(view, "matchStatus").text, "“" + text + "” placed in “Uncertainty avoidance”.")
            const placed = findChild(view, "matchItem_" + id)
            compare(placed.Accessible.name, "Item 1 of 5: " + text + ". In “Uncertainty avoidance”.")
        }

        function test_escapeClosesTheListAndKeepsTheFocus() {
            const view = createView()
            const chip = tabTo("matchItem_")
            const id = chip.itemId
            keyClick(Qt.Key_Space)
            tryVerify(function () { return focusedName().indexOf("matchOption_") === 0 })
            keyClick(Qt.Key_Escape)
            compare(view.choosingId, "")
            compare(focusedName(), "matchItem_" + id)
            compare(Object.keys(view.placement).length, 0)
            compare(draftSpy.count, 0)
        }

        function test_tabbingAwayClosesTheList() {
            const view = createView()
            const chip = tabTo("matchItem_")
            keyClick(Qt.Key_Space)
            tryVerify(function () { return focusedName().indexOf("matchOption_") === 0 })
            keyClick(Qt.Key_Tab) // from the first place to the second: still in the list
            compare(view.choosingId, chip.itemId)
            for (let i = 0; i < 4 && focusedName().indexOf("matchOption_") === 0; ++i)
                keyClick(Qt.Key_Tab)
            verify(focusedName().indexOf("matchItem_") === 0 && focusedName() !== chip.objectName, focusedName())
            tryCompare(view, "choosingId", "")
        }

        function test_aPlacedItemCanGoBack() {
            const view = createView({ savedDraft: { matches: { senior: "group" } } })
            const chip = findChild(view, "matchItem_senior")
            chip.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            tryCompare(test, "currentFocus", "matchOption_senior_group", 1000, "the list starts at its place now")
            compare(focused().Accessible.name, "Put in “Individualism and collectivism” (its place now)")
            keyClick(Qt.Key_Down)
            compare(focusedName(), "matchOption_senior_back")
            keyClick(Qt.Key_Space)
            compare(view.placement.senior, undefined)
            compare(view.poolIds.indexOf("senior") >= 0, true)
            tryCompare(test, "currentFocus", "matchItem_senior")
        }

        function test_aTakenRightGoesBackToTheList() {
            const view = createView({ config: pairsConfig, savedDraft: { matches: { consecutive: "simultaneous" } } })
            const chip = findChild(view, "matchItem_simultaneous")
            chip.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            tryVerify(function () { return focusedName().indexOf("matchOption_simultaneous_") === 0 })
            const option = findChild(view, "matchOption_simultaneous_simultaneous")
            compare(option.Accessible.name, "Match with “Rendered in real time, usually from a booth” (now matched with “Consecutive”)")
            option.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Return)
            compare(view.placement.simultaneous, "simultaneous")
            compare(view.placement.consecutive, undefined)
            compare(findChild(view, "matchStatus").text,
                    "“Simultaneous” matched with “Rendered in real time, usually from a booth”. “Consecutive” is back among the items to place.")
        }

        function test_dragsAnItemWithTheMouse() {
            const view = createView()
            waitForRendering(view) // pointer events reach items once they are laid out
            const id = view.poolIds[0]
            const chip = findChild(view, "matchItem_" + id)
            const place = findChild(view, "matchTarget_group")
            const start = chip.mapToItem(view, chip.width / 2, chip.height / 2)
            const end = place.mapToItem(view, place.width / 2, place.height / 2)
            mousePress(view, start.x, start.y)
            for (let i = 1; i <= 20; ++i)
                mouseMove(view, start.x + (end.x - start.x) * i / 20, start.y + (end.y - start.y) * i / 20, 10)
            mouseRelease(view, end.x, end.y)
            tryVerify(function () { return view.placement[id] === "group" })
            compare(draftSpy.count, 1)
            compare(draftSpy.signalArguments[0][0].matches[id], "group")
            waitForRendering(view)
            verify(findChild(place, "matchItem_" + id) !== null, "the item now shows in the category")

            // And back onto the list of items to place.
            const placed = findChild(place, "matchItem_" + id)
            const from = placed.mapToItem(view, placed.width / 2, placed.height / 2)
            const pool = findChild(view, "matchPool")
            const to = pool.mapToItem(view, pool.width / 2, 20)
            mousePress(view, from.x, from.y)
            for (let i = 1; i <= 20; ++i)
                mouseMove(view, from.x + (to.x - from.x) * i / 20, from.y + (to.y - from.y) * i / 20, 10)
            mouseRelease(view, to.x, to.y)
            tryVerify(function () { return view.placement[id] === undefined })
            compare(draftSpy.count, 2)
        }

        function test_dragsInsideAScrollingPage() {
            const page = createTemporaryObject(scrollingPage, scene)
            const view = createView({ width: page.width }, page.contentItem)
            waitForRendering(view)
            const id = view.poolIds[0]
            const chip = findChild(view, "matchItem_" + id)
            const place = findChild(view, "matchTarget_uncertainty")
            const start = chip.mapToItem(page, chip.width / 2, chip.height / 2)
            const end = place.mapToItem(page, place.width / 2, place.height / 2)
            mousePress(page, start.x, start.y)
            let scrolled = 0
            for (let i = 1; i <= 20; ++i) {
                mouseMove(page, start.x + (end.x - start.x) * i / 20, start.y + (end.y - start.y) * i / 20, 10)
                scrolled = Math.max(scrolled, Math.abs(page.contentY))
            }
            mouseRelease(page, end.x, end.y)
            tryVerify(function () { return view.placement[id] === "uncertainty" })
            compare(scrolled, 0, "the page did not scroll while the item was dragged")
            compare(page.contentY, 0, "the page did not scroll")

            // The same gesture below the activity scrolls the page: the check above means something.
            verify(view.height < page.height - 200)
            const x = 20, y = page.height - 50
            mousePress(page, x, y)
            for (let i = 1; i <= 20; ++i)
                mouseMove(page, x, y - 8 * i, 10)
            mouseRelease(page, x, y - 160)
            verify(page.contentY > 0, "a drag outside the items scrolls the page")
        }

        function test_aClickOpensTheListToo() {
            const view = createView()
            waitForRendering(view)
            const id = view.poolIds[0]
            mouseClick(findChild(view, "matchItem_" + id))
            compare(view.choosingId, id)
            waitForRendering(view)
            mouseClick(findChild(view, "matchOption_" + id + "_power"))
            compare(view.placement[id], "power")
        }

        function test_wrongPlacementsExplainThemselves() {
            const wrong = Object.assign({}, categoriesAnswer, { senior: "group", agenda: "power" })
            const view = createView({ savedDraft: { matches: wrong } })
            verify(view.complete)
            tabTo("matchSubmit")
            keyClick(Qt.Key_Space)
            answer(view, categoriesConfig)
            compare(view.evaluation.rawScore, 3)
            compare(findChild(view, "matchVerdict").text, "Nearly: 3 of 5 right. Look again at the ones marked.")
            compare(findChild(view, "matchFeedback_senior").text,
                    "It belongs in “Power distance”. Who may speak first is a question of status: power distance.")
            compare(findChild(view, "matchFeedback_agenda").text, "It belongs in “Uncertainty avoidance”.")
            verify(!findChild(view, "matchFeedback_team").visible)
            const chip = findChild(view, "matchItem_agenda")
            verify(chip.Accessible.name.indexOf("Not quite. It belongs in “Uncertainty avoidance”.") > 0, chip.Accessible.name)
            verify(findChild(view, "matchItem_team").Accessible.name.indexOf(" Correct.") > 0)
        }

        function test_pairsSayWhatTheyGoWith() {
            const view = createView({ config: pairsConfig,
                                      savedDraft: { matches: { consecutive: "whispered", simultaneous: "simultaneous", whispered: "consecutive" } } })
            tabTo("matchSubmit")
            keyClick(Qt.Key_Space)
            answer(view, pairsConfig)
            compare(findChild(view, "matchFeedback_whispered").text,
                    "It goes with “Spoken softly to one or two listeners sitting close by”. Chuchotage suits one or two listeners, not a room.")
            compare(findChild(view, "matchVerdict").text, "Nearly: 1 of 3 right.")
        }

        function test_restoresAHalfDoneDraft() {
            const view = createView({ savedDraft: { matches: { senior: "power", team: "group", ghost: "power", rules: "nowhere" } } })
            compare(view.placement, { senior: "power", team: "group" }, "unknown items and places are dropped")
            compare(view.poolIds.length, 3)
            verify(findChild(findChild(view, "matchTarget_power"), "matchItem_senior") !== null)
            verify(!findChild(view, "matchSubmit").enabled)
            compare(findChild(view, "matchVerdict").text, "Place every item to check your answer.")
            compare(draftSpy.count, 0, "restoring is not a change")
        }

        function test_theLastAnswerShowsItsFeedback() {
            const matches = Object.assign({}, categoriesAnswer, { rules: "group" })
            const evaluation = activities.evaluate("match", categoriesConfig, { matches: matches })
            const view = createView({ savedResponse: { matches: matches }, evaluation: evaluation })
            compare(view.placement, matches)
            verify(findChild(view, "matchVerdict").text.indexOf("Nearly: 4 of 5 right.") === 0)
            verify(findChild(view, "matchFeedback_rules").visible)
            compare(findChild(view, "matchSubmit").text, "Check again")
            verify(!findChild(view, "matchSubmit").enabled)
        }

        function test_rendersInBothLanguagesAtTwoSizes_data() {
            return [
                { tag: "en-15", language: "en", size: 15 },
                { tag: "en-22", language: "en", size: 22 },
                { tag: "fr-15", language: "fr", size: 15 },
                { tag: "fr-22", language: "fr", size: 22 }
            ]
        }
        // Renders the categories form after a partly wrong answer, as learners see it. Saves
        // PNGs when PASSERELLE_SCREENSHOT_DIR is set; always checks the French strings ship and
        // that every item stays inside its place at both sizes.
        function test_rendersInBothLanguagesAtTwoSizes(data) {
            verify(activities.setLanguage(data.language))
            const fr = data.language === "fr"
            const config = fr ? {
                prompt: "Quelle dimension chaque comportement illustre-t-il ?",
                categories: [
                    { id: "power", label: "Distance hiérarchique" },
                    { id: "uncertainty", label: "Contrôle de l’incertitude" },
                    { id: "group", label: "Individualisme et collectivisme" }
                ],
                items: [
                    { id: "senior", text: "Chacun attend que le plus haut responsable parle en premier", category: "power",
                      feedback: "Qui parle en premier est une question de statut : distance hiérarchique." },
                    { id: "agenda", text: "Un ordre du jour écrit et détaillé est demandé des semaines à l’avance", category: "uncertainty" },
                    { id: "team", text: "Personne ne s’engage avant d’avoir consulté l’équipe", category: "group" },
                    { id: "director", text: "La proposition du directeur n’est pas discutée en réunion", category: "power" },
                    { id: "rules", text: "Les participants demandent la règle exacte derrière chaque étape", category: "uncertainty" }
                ]
            } : categoriesConfig
            const matches = Object.assign({}, categoriesAnswer, { senior: "group" })
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": data.size })
            const view = createView({ config: config, width: pane.availableWidth, savedResponse: { matches: matches },
                                      evaluation: activities.evaluate("match", config, { matches: matches }) },
                                    pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            waitForRendering(pane)
            compare(findChild(view, "matchInstructions").text, fr
                    ? "Faites glisser chaque élément dans sa catégorie, ou sélectionnez-le (Espace ou un clic) et choisissez sa catégorie dans la liste."
                    : "Drag each item into its category, or select it (Space or a click) and choose its category from the list.")
            for (const target of config.categories) {
                const place = findChild(view, "matchTarget_" + target.id)
                verify(place.width > 100, target.id + " is wide enough to read")
                for (const item of config.items) {
                    const chip = findChild(place, "matchItem_" + item.id)
                    if (!chip)
                        continue
                    const where = chip.mapToItem(place, 0, 0)
                    verify(where.x >= 0 && where.x + chip.width <= place.width + 1, item.id + " stays inside " + target.id)
                    verify(where.y + chip.height <= place.height + 1, item.id + " is not cut off at the bottom")
                }
            }
            if (activities.screenshotDir() !== "")
                grabImage(pane).save(activities.screenshotDir() + "/match-" + data.tag + ".png")
        }

        // The pairs form while the learner is choosing, list open, at a normal size.
        function test_rendersPairsWhileChoosing() {
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": 15 })
            const view = createView({ config: pairsConfig, width: pane.availableWidth,
                                      savedDraft: { matches: { consecutive: "consecutive" } } }, pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            const chip = tabTo("matchItem_")
            keyClick(Qt.Key_Space)
            tryVerify(function () { return focusedName().indexOf("matchOption_") === 0 })
            compare(view.choosingId, chip.itemId)
            const option = focused()
            compare(option.background.border.width, 2, "the focused place is outlined")
            waitForRendering(pane)
            if (activities.screenshotDir() !== "")
                grabImage(pane).save(activities.screenshotDir() + "/match-pairs-en-keyboard.png")
        }
    }
}
