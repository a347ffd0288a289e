// SPDX-License-Identifier: Apache-2.0
// The quiz view, answered with the keyboard alone.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 700

    readonly property var singleConfig: ({
        question: "Where is your progress kept?",
        options: [
            { id: "a", text: "On a server", correct: false, feedback: "No: it stays on this computer." },
            { id: "b", text: "On this computer", correct: true, feedback: "Yes: saved locally, at once." },
            { id: "c", text: "Nowhere", correct: false, feedback: "No: every answer is saved." }
        ],
        feedback: { correct: "Well done.", incorrect: "Read the lesson again." }
    })
    readonly property var multipleConfig: ({
        question: "What can a lesson contain?",
        multiple: true,
        options: [
            { id: "a", text: "Pages", correct: true, feedback: "Yes." },
            { id: "b", text: "Activities", correct: true, feedback: "Yes, with feedback." },
            { id: "c", text: "Programs", correct: false, feedback: "No: modules are data only." }
        ]
    })

    TestCase {
        id: test
        name: "QuizView"
        when: windowShown

        property var view: null

        SignalSpy { id: submittedSpy; signalName: "submitted" }
        SignalSpy { id: draftSpy; signalName: "draftChanged" }

        function createView(config, saved, draft, evaluation) {
            const component = Qt.createComponent(activities.viewUrl("quiz"))
            compare(component.status, Component.Ready, component.errorString())
            const item = createTemporaryObject(component, scene, {
                width: scene.width, config: config,
                savedResponse: saved === undefined ? null : saved,
                savedDraft: draft === undefined ? null : draft,
                evaluation: evaluation === undefined ? null : evaluation })
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

        function answer(view, config) {
            const response = submittedSpy.signalArguments[submittedSpy.count - 1][0]
            const evaluation = activities.evaluate("quiz", config, response)
            view.evaluation = evaluation
            return response
        }

        function test_singleChoiceByKeyboard() {
            const view = createView(singleConfig)
            const submit = findChild(view, "quizSubmit")
            verify(!submit.enabled, "nothing chosen yet")

            const optionB = tabTo("quizOption_b")
            keyClick(Qt.Key_Space)
            verify(optionB.checked)
            compare(view.selected, ["b"])
            verify(submit.enabled)

            compare(tabTo("quizSubmit"), submit)
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            const response = answer(view, singleConfig)
            compare(response.selected, ["b"])

            const feedback = findChild(view, "quizFeedback_b")
            verify(feedback.visible)
            compare(feedback.text, "✓ Yes: saved locally, at once.")
            // Right at once: the feedback of the other options shows too, so every option teaches.
            compare(findChild(view, "quizFeedback_a").text, "✗ No: it stays on this computer.")
            compare(findChild(view, "quizVerdict").text, "Correct. Well done.")
            verify(!submit.enabled, "checking the same answer twice is pointless")
        }

        function test_wrongAnswerThenRetry() {
            const view = createView(singleConfig)
            tabTo("quizOption_c")
            keyClick(Qt.Key_Space)
            tabTo("quizSubmit")
            keyClick(Qt.Key_Return)
            compare(submittedSpy.count, 1)
            answer(view, singleConfig)
            compare(findChild(view, "quizFeedback_c").text, "✗ No: every answer is saved.")
            compare(findChild(view, "quizVerdict").text, "Not quite. Read the lesson again.")
            verify(!findChild(view, "quizFeedback_b").visible, "a wrong answer does not give the right one away")

            // Choosing again hides the old feedback until the new answer is checked.
            const optionB = tabTo("quizOption_b")
            keyClick(Qt.Key_Space)
            verify(optionB.checked)
            verify(!findChild(view, "quizOption_c").checked, "single choice: one option at a time")
            verify(!findChild(view, "quizFeedback_c").visible)
            tabTo("quizSubmit")
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 2)
            compare(answer(view, singleConfig).selected, ["b"])
            compare(findChild(view, "quizVerdict").text, "Correct. Well done.")
        }

        function test_multipleChoiceByKeyboard() {
            const view = createView(multipleConfig)
            tabTo("quizOption_a")
            keyClick(Qt.Key_Space)
            tabTo("quizOption_c")
            keyClick(Qt.Key_Space)
            compare(view.selected.slice().sort(), ["a", "c"])
            tabTo("quizSubmit")
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            answer(view, multipleConfig)
            compare(view.evaluation.rawScore, 0)
            compare(findChild(view, "quizFeedback_a").text, "✓ Yes.")
            compare(findChild(view, "quizFeedback_c").text, "✗ No: modules are data only.")

            // Untick c, tick b: all right.
            tabTo("quizOption_b")
            keyClick(Qt.Key_Space)
            tabTo("quizOption_c")
            keyClick(Qt.Key_Space)
            compare(view.selected.slice().sort(), ["a", "b"])
            tabTo("quizSubmit")
            keyClick(Qt.Key_Space)
            answer(view, multipleConfig)
            compare(view.evaluation.rawScore, 2)
            verify(view.evaluation.success)
        }

        function test_restoresTheLastAnswer() {
            const view = createView(singleConfig, { selected: ["a"] })
            verify(findChild(view, "quizOption_a").checked)
            verify(!findChild(view, "quizOption_b").checked)
        }

        function test_reportsItsDraftAsTheLearnerChooses() {
            const view = createView(multipleConfig)
            tabTo("quizOption_b")
            keyClick(Qt.Key_Space)
            compare(draftSpy.count, 1)
            compare(draftSpy.signalArguments[0][0].selected, ["b"])
            tabTo("quizOption_c")
            keyClick(Qt.Key_Space)
            compare(draftSpy.count, 2)
            compare(draftSpy.signalArguments[1][0].selected.slice().sort(), ["b", "c"])
            compare(submittedSpy.count, 0, "a draft is not an answer")
        }

        function test_aDraftWinsOverTheLastAnswer() {
            // Answered "a" (wrong), then ticked "b" without checking: "b" shows, no feedback.
            const evaluation = activities.evaluate("quiz", singleConfig, { selected: ["a"] })
            const view = createView(singleConfig, { selected: ["a"] }, { selected: ["b"] }, evaluation)
            verify(findChild(view, "quizOption_b").checked)
            verify(!findChild(view, "quizOption_a").checked)
            verify(!findChild(view, "quizVerdict").visible)
            verify(findChild(view, "quizSubmit").enabled)
        }

        function test_theLastAnswerShowsItsFeedback() {
            const evaluation = activities.evaluate("quiz", singleConfig, { selected: ["a"] })
            const view = createView(singleConfig, { selected: ["a"] }, { selected: ["a"] }, evaluation)
            verify(findChild(view, "quizOption_a").checked)
            verify(findChild(view, "quizVerdict").visible)
            compare(findChild(view, "quizFeedback_a").text, "✗ No: it stays on this computer.")
        }

        function test_trueFalseByKeyboard() {
            const config = { question: "Briefing the interpreter saves time.", trueFalse: true, answer: true,
                             trueFeedback: "Yes: a briefed interpreter keeps pace.", falseFeedback: "It does save time." }
            const view = createView(config)
            compare(findChild(view, "quizOption_true").text, "True")
            compare(findChild(view, "quizOption_false").text, "False")
            tabTo("quizOption_true")
            keyClick(Qt.Key_Space)
            tabTo("quizSubmit")
            keyClick(Qt.Key_Space)
            compare(answer(view, config).selected, ["true"])
            verify(view.evaluation.success)
            // Right: every option's feedback is shown, including the one not chosen.
            compare(findChild(view, "quizFeedback_true").text, "✓ Yes: a briefed interpreter keeps pace.")
            compare(findChild(view, "quizFeedback_false").text, "✗ It does save time.")
        }

        function test_shuffleIsStableForALearner() {
            const config = Object.assign({}, multipleConfig, { shuffle: true, options: [
                { id: "a", text: "A", correct: true, feedback: "" }, { id: "b", text: "B", correct: false, feedback: "" },
                { id: "c", text: "C", correct: false, feedback: "" }, { id: "d", text: "D", correct: false, feedback: "" },
                { id: "e", text: "E", correct: false, feedback: "" }, { id: "f", text: "F", correct: false, feedback: "" }] })
            const order = function (seed) {
                const view = createTemporaryObject(Qt.createComponent(activities.viewUrl("quiz")), scene,
                                                   { config: config, seed: seed })
                return view.options.map(function (o) { return o.id }).join("")
            }
            compare(order(12345), order(12345), "same learner, same order")
            compare(order(12345).split("").sort().join(""), "abcdef", "a permutation of the options")
            const orders = {}
            for (let seed = 1; seed <= 20; ++seed)
                orders[order(seed)] = true
            verify(Object.keys(orders).length > 5, "different learners see different orders")
            verify(!orders["abcdef"] || Object.keys(orders).length > 1)
        }

        function test_attemptsRunOut() {
            const config = Object.assign({}, singleConfig, { maxAttempts: 2 })
            const view = createView(config)
            view.attempts = 1
            tabTo("quizOption_a")
            keyClick(Qt.Key_Space)
            tabTo("quizSubmit")
            keyClick(Qt.Key_Space)
            answer(view, config)
            view.attempts = 2 // the host reports the count after each answer
            const submit = findChild(view, "quizSubmit")
            compare(submit.text, "No attempts left")
            verify(!submit.enabled)
            verify(!findChild(view, "quizOption_b").enabled)
            // No attempts left: the right answer and every option's feedback are revealed.
            compare(findChild(view, "quizFeedback_b").text, "✓ Yes: saved locally, at once.")
        }

        function test_everyControlHasAnAccessibleName() {
            const view = createView(singleConfig)
            for (const id of ["a", "b", "c"]) {
                const option = findChild(view, "quizOption_" + id)
                compare(option.Accessible.name, singleConfig.options[["a", "b", "c"].indexOf(id)].text)
                compare(option.Accessible.role, Accessible.RadioButton)
            }
            compare(findChild(view, "quizSubmit").Accessible.name, "Check my answer")
        }
    }
}
