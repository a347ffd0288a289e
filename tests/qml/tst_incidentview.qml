// SPDX-License-Identifier: Apache-2.0
// The critical-incident view, worked through with the keyboard alone, its feedback coming
// from the plugin's real C++ scoring.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 900

    readonly property var config: ({
        episode: "On the first morning of a workshop in Bishkek, the head of department opens with a forty-minute speech. Your agenda had planned ten minutes.",
        question: "Why did the head of department speak for so long?",
        explanations: [
            { id: "a", text: "He wanted to show the ministry's support for the workshop.", rating: "plausible",
              feedback: "Partly: the support matters, but it does not explain the length." },
            { id: "b", text: "Opening at length honours the guests and the occasion.", rating: "best",
              feedback: "Yes: a long opening shows respect and gives the event its weight." },
            { id: "c", text: "He did not read the agenda.", rating: "poor",
              feedback: "Unlikely: the agenda was agreed with his office beforehand." },
            { id: "d", text: "He wanted to delay the sessions he disagreed with.", rating: "plausible",
              feedback: "Possible, but nothing in the episode points to disagreement." }
        ]
    })

    TestCase {
        id: test
        name: "IncidentView"
        when: windowShown

        SignalSpy { id: submittedSpy; signalName: "submitted" }
        SignalSpy { id: draftSpy; signalName: "draftChanged" }

        function createView(extra) {
            const component = Qt.createComponent(activities.viewUrl("incident"))
            compare(component.status, Component.Ready, component.errorString())
            const properties = { width: scene.width, config: scene.config, savedResponse: null,
                                 savedDraft: null, evaluation: null }
            for (const key in extra)
                properties[key] = extra[key]
            const item = createTemporaryObject(component, scene, properties)
            verify(item !== null)
            submittedSpy.clear()
            submittedSpy.target = item
            draftSpy.clear()
            draftSpy.target = item
            item.forceActiveFocus()
            return item
        }

        // Presses Tab until the control called `name` has the focus.
        function tabTo(name) {
            for (let i = 0; i < 20; ++i) {
                keyClick(Qt.Key_Tab)
                const item = scene.Window.activeFocusItem
                if (item && item.objectName === name)
                    return item
            }
            fail("could not reach " + name + " with Tab")
        }

        // Plays the host: scores the last response with the plugin and hands the result back.
        function answer(view, cfg) {
            const response = submittedSpy.signalArguments[submittedSpy.count - 1][0]
            view.evaluation = activities.evaluate("incident", cfg || scene.config, response)
            return response
        }

        function feedbackShown(view, id) {
            const label = findChild(view, "incidentFeedback_" + id)
            return label.visible ? label.text : null
        }

        function test_searchUntilTheBestByKeyboard() {
            const view = createView()
            verify(!findChild(view, "incidentStatus").visible, "no verdict before a choice")

            tabTo("incidentExplanation_c")
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            compare(answer(view).choices, ["c"])
            compare(feedbackShown(view, "c"), "Unlikely: the agenda was agreed with his office beforehand.")
            compare(findChild(view, "incidentRating_c").text, "An unlikely explanation")
            compare(feedbackShown(view, "a"), null, "no feedback on what was not chosen yet")
            compare(findChild(view, "incidentStatus").text,
                    "Not the best explanation yet. Read the feedback, then choose another one.")

            tabTo("incidentExplanation_a")
            keyClick(Qt.Key_Return)
            compare(submittedSpy.count, 2)
            compare(answer(view).choices, ["c", "a"], "the whole search is sent each time")
            compare(findChild(view, "incidentRating_a").text, "Plausible, but not the best")
            verify(feedbackShown(view, "c") !== null, "earlier feedback stays open")

            tabTo("incidentExplanation_b")
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 3)
            compare(answer(view).choices, ["c", "a", "b"])
            compare(view.evaluation.rawScore, 0, "the first choice (poor) is what counts")
            verify(view.evaluation.completion)
            compare(feedbackShown(view, "b"), "Yes: a long opening shows respect and gives the event its weight.")
            compare(findChild(view, "incidentStatus").text,
                    "You found the best explanation. Your score counts your first choice. Open any explanation to read its feedback.")

            // Now every explanation opens and closes in place; nothing more is submitted.
            compare(feedbackShown(view, "d"), null)
            const d = tabTo("incidentExplanation_d")
            verify(!d.Accessible.checked)
            keyClick(Qt.Key_Space)
            compare(feedbackShown(view, "d"), "Possible, but nothing in the episode points to disagreement.")
            verify(d.Accessible.checked)
            keyClick(Qt.Key_Return)
            compare(feedbackShown(view, "d"), null)
            keyClick(Qt.Key_Space)
            compare(feedbackShown(view, "d"), "Possible, but nothing in the episode points to disagreement.")
            compare(submittedSpy.count, 3)
        }

        function test_bestAtTheFirstTry() {
            const view = createView()
            tabTo("incidentExplanation_b")
            keyClick(Qt.Key_Space)
            answer(view)
            compare(view.evaluation.rawScore, 1)
            verify(view.evaluation.success)
            compare(findChild(view, "incidentStatus").text,
                    "Well done: you chose the best explanation first. Open the other explanations to read their feedback.")
            // The others are there to read, closed until opened.
            compare(feedbackShown(view, "a"), null)
            tabTo("incidentExplanation_a")
            keyClick(Qt.Key_Space)
            compare(feedbackShown(view, "a"), "Partly: the support matters, but it does not explain the length.")
            compare(submittedSpy.count, 1)
        }

        function test_aChosenExplanationIsNotSentAgain() {
            const view = createView()
            tabTo("incidentExplanation_d")
            keyClick(Qt.Key_Space)
            answer(view)
            keyClick(Qt.Key_Space) // the same explanation: closes its feedback
            compare(submittedSpy.count, 1)
            compare(feedbackShown(view, "d"), null)
            keyClick(Qt.Key_Space)
            compare(feedbackShown(view, "d"), "Possible, but nothing in the episode points to disagreement.")
        }

        function test_reportsWhatWasRevealedAsADraft() {
            const view = createView()
            tabTo("incidentExplanation_a")
            keyClick(Qt.Key_Space)
            verify(draftSpy.count >= 1, "the choice is saved at once")
            compare(draftSpy.signalArguments[0][0].choices, ["a"])
            answer(view)
            const draft = draftSpy.signalArguments[draftSpy.count - 1][0]
            compare(draft.choices, ["a"])
            compare(draft.verdict, "searching")
            compare(draft.revealed.a.feedback, "Partly: the support matters, but it does not explain the length.")
            compare(draft.revealed.a.rating, "plausible")
        }

        function test_aHalfDoneSearchSurvivesARestart() {
            // The learner chose d, read its feedback, and closed the app.
            const first = createView()
            tabTo("incidentExplanation_d")
            keyClick(Qt.Key_Space)
            answer(first)
            const draft = JSON.parse(JSON.stringify(draftSpy.signalArguments[draftSpy.count - 1][0]))
            first.destroy()
            wait(0)

            const view = createView({ savedDraft: draft })
            compare(feedbackShown(view, "d"), "Possible, but nothing in the episode points to disagreement.")
            compare(findChild(view, "incidentStatus").text,
                    "Not the best explanation yet. Read the feedback, then choose another one.")
            tabTo("incidentExplanation_b")
            keyClick(Qt.Key_Space)
            compare(answer(view).choices, ["d", "b"], "the first choice survives the restart")
            compare(view.evaluation.rawScore, 0.5)
        }

        function test_showsTheLastAnswer() {
            const saved = { choices: ["a", "b"] }
            const view = createView({ savedResponse: saved,
                                      evaluation: activities.evaluate("incident", scene.config, saved) })
            compare(feedbackShown(view, "a"), "Partly: the support matters, but it does not explain the length.")
            compare(feedbackShown(view, "b"), "Yes: a long opening shows respect and gives the event its weight.")
            compare(feedbackShown(view, "c"), null)
            compare(findChild(view, "incidentStatus").text,
                    "You found the best explanation. Your score counts your first choice. Open any explanation to read its feedback.")
            tabTo("incidentExplanation_c")
            keyClick(Qt.Key_Space)
            compare(feedbackShown(view, "c"), "Unlikely: the agenda was agreed with his office beforehand.")
            compare(submittedSpy.count, 0, "a finished incident is not answered again")
        }

        function test_everyControlHasAnAccessibleName() {
            const view = createView()
            for (const explanation of scene.config.explanations) {
                const button = findChild(view, "incidentExplanation_" + explanation.id)
                compare(button.Accessible.name, explanation.text)
                compare(button.Accessible.role, Accessible.Button)
                compare(button.Accessible.description, "Choose this explanation")
            }
            compare(findChild(view, "incidentQuestion").Accessible.name, scene.config.question)
            compare(findChild(view, "incidentEpisode").Accessible.name, scene.config.episode)

            tabTo("incidentExplanation_a")
            keyClick(Qt.Key_Space)
            answer(view)
            const a = findChild(view, "incidentExplanation_a")
            compare(a.Accessible.description,
                    "Plausible, but not the best. Partly: the support matters, but it does not explain the length.")
            verify(a.Accessible.checkable)
        }

        function test_anImageThatCannotBeShownLeavesItsTextAlternative() {
            const cfg = Object.assign({}, scene.config, { image: "media/opening.svg", imageAlt: "A long table in a meeting room." })
            const view = createView({ config: cfg })
            const alt = findChild(view, "incidentImageAlt")
            verify(alt.visible)
            compare(alt.text, "Image: A long table in a meeting room.")
            verify(!findChild(view, "incidentImage").visible)
        }

        function test_anImageResolvesAgainstTheModuleFolder() {
            // Any folder with an SVG will do as "the module's folder": the shell's sources.
            const folder = Qt.resolvedUrl("../../app/shell/")
            const shown = createView({ config: Object.assign({}, scene.config, { image: "icons/logo.svg", imageAlt: "Logo" }),
                                       baseUrl: folder })
            const picture = findChild(shown, "incidentImage")
            tryCompare(picture, "status", Image.Ready)
            verify(picture.visible)
            compare(picture.source.toString(), folder + "icons/logo.svg")
            // A path that climbs out of the module's folder is never loaded.
            const escaping = createView({ config: Object.assign({}, scene.config, { image: "../shell/icons/logo.svg", imageAlt: "Logo" }),
                                          baseUrl: folder })
            verify(!findChild(escaping, "incidentImage").visible)
            verify(findChild(escaping, "incidentImageAlt").visible)
        }

        function test_theExplanationsKeepTheirOrderForALearner() {
            const one = createView({ seed: 12345 })
            const order = one.explanations.map(function (e) { return e.id })
            const again = createView({ seed: 12345 })
            compare(again.explanations.map(function (e) { return e.id }), order)
            compare(order.slice().sort(), ["a", "b", "c", "d"])
        }
    }
}
