// SPDX-License-Identifier: Apache-2.0
// The sort view: put in order with the keyboard alone, with the mouse, restored from a draft,
// with feedback from the plugin's real C++ scoring.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 900

    readonly property var config: ({
        prompt: "Put the steps of working with an interpreter in order.",
        items: [
            { id: "meet", text: "Meet the interpreter before the session" },
            { id: "terms", text: "Share the key terms and documents", feedback: "Shared early, terms can be prepared." },
            { id: "seat", text: "Agree where everyone sits" },
            { id: "speak", text: "Speak in short segments, in the first person" },
            { id: "debrief", text: "Debrief together afterwards" }
        ],
        feedback: { correct: "Well prepared.", partial: "Close.", incorrect: "Look at the lesson again." }
    })
    readonly property var rightOrder: ["meet", "terms", "seat", "speak", "debrief"]

    // A frame like the lesson page's, whose font the view inherits.
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
            height: 850
            contentHeight: 2000
        }
    }

    TestCase {
        id: test
        name: "SortView"
        when: windowShown

        SignalSpy { id: submittedSpy; signalName: "submitted" }
        SignalSpy { id: draftSpy; signalName: "draftChanged" }

        // English has a translation file too, for its plural forms.
        function init() {
            verify(activities.setLanguage("en"))
        }
        function cleanup() {
            activities.setLanguage("en")
        }

        function createView(properties, parent) {
            const component = Qt.createComponent(activities.viewUrl("sort"))
            compare(component.status, Component.Ready, component.errorString())
            const initial = Object.assign({ width: scene.width, config: config, seed: 7, savedResponse: null,
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
        // Presses Tab until an item of the list has the focus.
        function tabToList() {
            for (let i = 0; i < 10; ++i) {
                keyClick(Qt.Key_Tab)
                if (focused() && focused().objectName.indexOf("sortItem_") === 0)
                    return focused()
            }
            fail("could not reach the list with Tab")
        }
        function tabTo(name) {
            for (let i = 0; i < 10; ++i) {
                keyClick(Qt.Key_Tab)
                if (focused() && focused().objectName === name)
                    return focused()
            }
            fail("could not reach " + name + " with Tab")
        }
        function answer(view) {
            const response = submittedSpy.signalArguments[submittedSpy.count - 1][0]
            view.evaluation = activities.evaluate("sort", config, response)
            return response
        }
        // Puts the list in order with arrows and Space only, like a keyboard user would:
        // for each position, go to the item that belongs there, pick it up, carry it, drop it.
        function sortByKeyboard(view) {
            tabToList()
            for (let place = 0; place < rightOrder.length; ++place) {
                const from = view.order.indexOf(rightOrder[place])
                for (let guard = 0; view.current !== from && guard < 10; ++guard)
                    keyClick(view.current < from ? Qt.Key_Down : Qt.Key_Up)
                compare(focused().objectName, "sortItem_" + rightOrder[place])
                if (from === place)
                    continue
                keyClick(Qt.Key_Space)
                compare(view.grabbedId, rightOrder[place])
                verify(focused().Accessible.name.indexOf("Selected. Use the up and down arrow keys to move it") > 0,
                       focused().Accessible.name)
                for (let step = from; step > place; --step)
                    keyClick(Qt.Key_Up)
                keyClick(Qt.Key_Space)
                compare(view.grabbedId, "")
                compare(view.order.indexOf(rightOrder[place]), place)
                compare(focused().objectName, "sortItem_" + rightOrder[place], "the focus moves with the item")
            }
        }

        function test_theFirstOrderIsShuffledFromTheSeedAndNeverRight() {
            const seen = {}
            for (let seed = 0; seed < 40; ++seed) {
                const view = createView({ seed: seed })
                compare(view.order.length, 5)
                verify(view.order.join() !== rightOrder.join(), "seed " + seed + " shows the answer")
                compare(view.order.slice().sort(), rightOrder.slice().sort())
                seen[view.order.join()] = true
                view.destroy()
            }
            verify(Object.keys(seen).length > 10, "the shuffle depends on the seed")
            const a = createView({ seed: 1234 })
            const b = createView({ seed: 1234 })
            compare(a.order, b.order)
        }

        function test_putsItInOrderWithTheKeyboardAlone() {
            const view = createView()
            sortByKeyboard(view)
            compare(view.order, rightOrder)
            verify(draftSpy.count > 0)
            compare(draftSpy.signalArguments[draftSpy.count - 1][0].order, rightOrder)

            const submit = tabTo("sortSubmit")
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            compare(answer(view).order, rightOrder)
            verify(view.evaluation.success)
            compare(findChild(view, "sortVerdict").text, "Correct: everything is in order. Well prepared.")
            for (const id of rightOrder) {
                compare(findChild(view, "sortPosition_" + id).text, "✓")
                verify(!findChild(view, "sortFeedback_" + id).visible)
            }
            verify(!submit.enabled, "checking the same order twice is pointless")
        }

        function test_announcesWhatHappensToTheFocusedItem() {
            const view = createView()
            const card = tabToList()
            const id = view.order[0]
            const text = config.items.filter(function (i) { return i.id === id })[0].text
            compare(card.Accessible.name, "Item 1 of 5: " + text + ".")
            compare(card.Accessible.role, Accessible.ListItem)
            verify(card.Accessible.description.indexOf("Press Space to pick it up") === 0)
            keyClick(Qt.Key_Space)
            compare(card.Accessible.name, "Item 1 of 5: " + text
                    + ". Selected. Use the up and down arrow keys to move it, then press Space to drop it.")
            verify(card.Accessible.selected)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(view.order.indexOf(id), 2)
            verify(card.Accessible.name.indexOf("Item 3 of 5: " + text + ". Selected.") === 0, card.Accessible.name)
            const status = findChild(view, "sortStatus")
            compare(status.text, "“" + text + "” is now at position 3 of 5.")
            compare(status.Accessible.role, Accessible.AlertMessage)
            keyClick(Qt.Key_Return)
            compare(card.Accessible.name, "Item 3 of 5: " + text + ".")
            compare(status.text, "“" + text + "” dropped at position 3 of 5.")
            compare(findChild(view, "sortSubmit").Accessible.name, "Check my order")
            compare(findChild(view, "sortUp_" + id).Accessible.name, "Move up: " + text)
        }

        function test_escapePutsTheItemBack() {
            const view = createView()
            const before = view.order.slice()
            tabToList()
            keyClick(Qt.Key_Space)
            keyClick(Qt.Key_End)
            compare(view.order[4], before[0])
            keyClick(Qt.Key_Escape)
            compare(view.order, before)
            compare(view.grabbedId, "")
            compare(focused().objectName, "sortItem_" + before[0])
            compare(draftSpy.signalArguments[draftSpy.count - 1][0].order, before)
        }

        function test_controlArrowMovesAtOnceAndArrowsAloneOnlyMoveTheFocus() {
            const view = createView()
            const before = view.order.slice()
            tabToList()
            keyClick(Qt.Key_Down)
            compare(view.order, before, "an arrow alone moves the focus, not the item")
            compare(focused().objectName, "sortItem_" + before[1])
            compare(draftSpy.count, 0)
            keyClick(Qt.Key_Down, Qt.ControlModifier)
            compare(view.order[2], before[1])
            compare(focused().objectName, "sortItem_" + before[1])
            compare(draftSpy.count, 1)
            // Tab leaves the list: the next stop is the button, not the next item.
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "sortSubmit")
            keyClick(Qt.Key_Tab, Qt.ShiftModifier)
            compare(focused().objectName, "sortItem_" + before[1], "Shift+Tab comes back to the same item")
        }

        function test_dragsAnItemWithTheMouse() {
            const view = createView()
            waitForRendering(view) // pointer events reach items once they are laid out
            const before = view.order.slice()
            const card = findChild(view, "sortItem_" + before[0])
            const target = findChild(view, "sortItem_" + before[2])
            const start = card.mapToItem(view, card.width / 2, card.height / 2)
            const end = target.mapToItem(view, target.width / 2, target.height / 2)
            mousePress(view, start.x, start.y)
            for (let i = 1; i <= 20; ++i)
                mouseMove(view, start.x, start.y + (end.y - start.y) * i / 20, 10)
            mouseRelease(view, start.x, end.y)
            tryCompare(view, "dragging", false)
            compare(view.order, [before[1], before[2], before[0], before[3], before[4]])
            compare(draftSpy.count, 1, "one draft when the item is dropped")
            compare(draftSpy.signalArguments[0][0].order, view.order)
            // The card is back in the list, in its new row.
            tryVerify(function () { return card.parent !== view })
            const slotCard = findChild(view, "sortItem_" + before[0])
            const third = findChild(view, "sortItem_" + view.order[1])
            tryVerify(function () { return slotCard.mapToItem(view, 0, 0).y > third.mapToItem(view, 0, 0).y },
                      1000, "the dropped card sits below the second row once the rows settle")
        }

        function test_dragsInsideAScrollingPage() {
            const page = createTemporaryObject(scrollingPage, scene)
            const view = createView({ width: page.width }, page.contentItem)
            waitForRendering(view)
            const before = view.order.slice()
            const card = findChild(view, "sortItem_" + before[0])
            const target = findChild(view, "sortItem_" + before[1])
            const start = card.mapToItem(page, card.width / 2, card.height / 2)
            const end = target.mapToItem(page, target.width / 2, target.height / 2)
            mousePress(page, start.x, start.y)
            let scrolled = 0
            for (let i = 1; i <= 20; ++i) {
                mouseMove(page, start.x, start.y + (end.y - start.y) * i / 20, 10)
                scrolled = Math.max(scrolled, Math.abs(page.contentY))
            }
            mouseRelease(page, start.x, end.y)
            tryCompare(view, "dragging", false)
            compare(scrolled, 0, "the page did not scroll while the item was dragged")
            compare(page.contentY, 0, "the page did not scroll")
            compare(view.order, [before[1], before[0], before[2], before[3], before[4]])

            // The same gesture below the activity scrolls the page: the check above means something.
            verify(view.height < page.height - 100)
            const x = 20, y = page.height - 50
            mousePress(page, x, y)
            for (let i = 1; i <= 20; ++i)
                mouseMove(page, x, y - 8 * i, 10)
            mouseRelease(page, x, y - 160)
            verify(page.contentY > 0, "a drag outside the items scrolls the page")
        }

        function test_theUpAndDownButtonsMoveForPointerUsers() {
            const view = createView()
            const before = view.order.slice()
            const down = findChild(view, "sortDown_" + before[0])
            waitForRendering(view) // pointer events reach items once they are laid out
            mouseClick(down)
            compare(view.order[1], before[0])
            verify(!findChild(view, "sortUp_" + view.order[0]).enabled, "the first item cannot go up")
            compare(draftSpy.count, 1)
        }

        function test_misplacedItemsSayWhereTheyBelong() {
            // "terms" carried to the end: only it is out of place.
            const order = ["meet", "seat", "speak", "debrief", "terms"]
            const view = createView({ savedDraft: { order: order } })
            compare(view.order, order)
            tabTo("sortSubmit")
            keyClick(Qt.Key_Return)
            answer(view)
            compare(view.evaluation.rawScore, 3)
            compare(findChild(view, "sortVerdict").text, "Nearly: 1 item to move. Close.")
            compare(findChild(view, "sortFeedback_terms").text,
                    "It belongs at position 2, after “Meet the interpreter before the session”. Shared early, terms can be prepared.")
            compare(findChild(view, "sortPosition_terms").text, "✗")
            verify(!findChild(view, "sortFeedback_meet").visible)
            const card = findChild(view, "sortItem_terms")
            verify(card.Accessible.name.indexOf("Out of place. It belongs at position 2") > 0, card.Accessible.name)

            // Moving an item hides the old feedback until the learner checks again.
            verify(findChild(view, "sortSubmit").enabled === false)
            tabToList()
            keyClick(Qt.Key_Down, Qt.ControlModifier)
            verify(!findChild(view, "sortVerdict").visible)
            verify(findChild(view, "sortSubmit").enabled)
        }

        function test_generatedHintsForTheFirstAndLastPlaces() {
            const view = createView({ savedDraft: { order: ["debrief", "terms", "seat", "speak", "meet"] } })
            tabTo("sortSubmit")
            keyClick(Qt.Key_Space)
            answer(view)
            compare(findChild(view, "sortFeedback_meet").text, "It belongs first, before “Share the key terms and documents”.")
            compare(findChild(view, "sortFeedback_debrief").text, "It belongs last, after “Speak in short segments, in the first person”.")
        }

        function test_restoresADraft() {
            const draft = ["seat", "meet", "debrief", "terms", "speak"]
            const view = createView({ savedDraft: { order: draft } })
            compare(view.order, draft)
            for (let i = 0; i < draft.length; ++i)
                compare(findChild(view, "sortPosition_" + draft[i]).text, String(i + 1))
            compare(draftSpy.count, 0, "restoring is not a change")
            verify(!findChild(view, "sortVerdict").visible)
        }

        function test_aDraftForAnotherConfigIsIgnored() {
            const view = createView({ seed: 3, savedDraft: { order: ["meet", "terms", "gone", "speak", "debrief"] } })
            const fresh = createView({ seed: 3 })
            compare(view.order, fresh.order)
        }

        function test_theLastAnswerShowsItsFeedback() {
            const order = ["terms", "meet", "seat", "speak", "debrief"]
            const evaluation = activities.evaluate("sort", config, { order: order })
            const view = createView({ savedResponse: { order: order }, savedDraft: { order: order }, evaluation: evaluation })
            verify(findChild(view, "sortVerdict").visible)
            compare(findChild(view, "sortSubmit").text, "Check again")
            verify(findChild(view, "sortFeedback_terms").visible || findChild(view, "sortFeedback_meet").visible)
        }

        function test_aDraftNewerThanTheAnswerHidesItsFeedback() {
            const answered = ["terms", "meet", "seat", "speak", "debrief"]
            const evaluation = activities.evaluate("sort", config, { order: answered })
            const view = createView({ savedResponse: { order: answered }, evaluation: evaluation,
                                      savedDraft: { order: rightOrder } })
            compare(view.order, rightOrder)
            verify(!findChild(view, "sortVerdict").visible)
            verify(findChild(view, "sortSubmit").enabled)
        }

        // The keyboard state is visible, not only announced: the carried item is outlined.
        function test_showsTheCarriedItem() {
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": 15 })
            const view = createView({ width: pane.availableWidth }, pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            const card = tabToList()
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Space)
            keyClick(Qt.Key_Down)
            const carried = findChild(view, "sortItem_" + view.grabbedId)
            compare(carried, focused())
            compare(carried.background.border.width, 2)
            compare(carried.background.border.color, carried.palette.highlight)
            const other = findChild(view, "sortItem_" + view.order[0])
            compare(other.background.border.width, 1)
            wait(300) // let the rows finish sliding into place
            if (activities.screenshotDir() !== "")
                grabImage(pane).save(activities.screenshotDir() + "/sort-en-keyboard.png")
        }

        // Renders the view as learners see it, in both languages, at a normal and a large font.
        // Saves PNGs when PASSERELLE_SCREENSHOT_DIR is set; always checks the French strings
        // ship and that large text grows the rows instead of spilling out.
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
                prompt: "Remettez dans l’ordre les étapes du travail avec un interprète.",
                items: [
                    { id: "meet", text: "Rencontrer l’interprète avant la séance" },
                    { id: "terms", text: "Lui transmettre les termes clés et les documents", feedback: "Transmis tôt, les termes peuvent être préparés." },
                    { id: "seat", text: "Convenir de la place de chacun" },
                    { id: "speak", text: "Parler par phrases courtes, à la première personne" },
                    { id: "debrief", text: "Faire le point ensemble après la séance" }
                ],
                feedback: { partial: "Relisez la partie sur la préparation de l’interprète." }
            } : config
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": data.size })
            const view = createView({ config: localized, width: pane.availableWidth,
                                      savedDraft: { order: ["meet", "seat", "speak", "debrief", "terms"] } }, pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            view.submitted({ order: view.order.slice() })
            view.evaluation = activities.evaluate("sort", localized, { order: view.order.slice() })
            wait(50)
            compare(findChild(view, "sortInstructions").text, fr
                    ? "Faites glisser les éléments dans l’ordre, ou utilisez le clavier\u00a0: Espace saisit l’élément sélectionné, les flèches le déplacent, Espace le dépose."
                    : "Drag the items into order, or use the keyboard: Space picks up the selected item, the arrow keys move it, Space drops it.")
            for (const id of ["meet", "terms", "seat", "speak", "debrief"]) {
                const card = findChild(view, "sortItem_" + id)
                verify(card.height >= card.implicitHeight - 1, id + " is not squeezed")
                verify(card.width <= view.width + 1, id + " stays inside the view")
            }
            verify(findChild(view, "sortItem_meet").height >= data.size * 2, "the rows grow with the text")
            const image = grabImage(pane)
            compare(image.width, Math.round(pane.width))
            if (activities.screenshotDir() !== "")
                image.save(activities.screenshotDir() + "/sort-" + data.tag + ".png") // throws if it cannot
        }
    }
}
