// SPDX-License-Identifier: Apache-2.0
// The branching-scenario view, played with the keyboard alone, its outcome coming from the
// plugin's real C++ scoring.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 900

    // arrival -> director | agenda; director -> good-end | agenda; agenda -> director (a
    // loop) | poor-end | mixed-end.
    readonly property var config: ({
        title: "A senior official joins the workshop",
        start: "arrival",
        nodes: [
            { id: "arrival", text: "Ten minutes in, the deputy minister walks in unannounced.",
              choices: [
                  { id: "greet", text: "Pause and welcome her", consequence: "The room relaxes; she nods to you.", next: "director" },
                  { id: "agenda", text: "Carry on with the exercise", consequence: "Participants glance at the door.", next: "agenda" }
              ] },
            { id: "director", text: "She asks what the workshop is about.",
              choices: [
                  { id: "ask", text: "Invite her to say a few words", consequence: "She speaks briefly and encourages the group.", next: "good-end" },
                  { id: "keep-plan", text: "Summarise quickly and go back to the plan", consequence: "She listens politely.", next: "agenda" }
              ] },
            { id: "agenda", text: "The exercise goes on, but nobody speaks.",
              choices: [
                  { id: "pause", text: "Stop and greet her after all", consequence: "Better late than never.", next: "director" },
                  { id: "push-on", text: "Insist that everyone answers", consequence: "The silence gets heavier.", next: "poor-end" },
                  { id: "adapt", text: "Switch to small-group work", consequence: "Groups talk more freely.", next: "mixed-end" }
              ] },
            { id: "good-end", text: "The group works with energy all day.", ending: { outcome: "good", debrief: "Honouring a senior visitor first made the rest of the day possible." } },
            { id: "mixed-end", text: "The groups produce something, but the visitor leaves early.", ending: { outcome: "mixed", debrief: "Small groups rescued the work, not the relationship." } },
            { id: "poor-end", text: "The session ends in silence.", ending: { outcome: "poor", debrief: "Pressing people to speak in front of their superior rarely works." } }
        ]
    })
    readonly property var goodRun: ["arrival", "greet", "director", "ask", "good-end"]

    TestCase {
        id: test
        name: "ScenarioView"
        when: windowShown

        SignalSpy { id: submittedSpy; signalName: "submitted" }
        SignalSpy { id: draftSpy; signalName: "draftChanged" }

        function createView(extra) {
            const component = Qt.createComponent(activities.viewUrl("scenario"))
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

        function focused() {
            const item = scene.Window.activeFocusItem
            return item ? item.objectName : ""
        }

        // Presses Tab until the control called `name` has the focus.
        function tabTo(name) {
            if (focused() === name)
                return scene.Window.activeFocusItem
            for (let i = 0; i < 20; ++i) {
                keyClick(Qt.Key_Tab)
                if (focused() === name)
                    return scene.Window.activeFocusItem
            }
            fail("could not reach " + name + " with Tab")
        }

        function lastDraft() {
            return draftSpy.signalArguments[draftSpy.count - 1][0].path
        }

        // Plays the host: scores the last response with the plugin and hands the result back.
        function answer(view) {
            const response = submittedSpy.signalArguments[submittedSpy.count - 1][0]
            view.evaluation = activities.evaluate("scenario", scene.config, response)
            return response
        }

        // Takes one choice and reads on, by keyboard.
        function take(choiceId, key) {
            tabTo("scenarioChoice_" + choiceId)
            keyClick(key || Qt.Key_Space)
            tabTo("scenarioContinue")
            keyClick(key || Qt.Key_Space)
        }

        function test_playToAGoodEndingByKeyboard() {
            const view = createView()
            compare(findChild(view, "scenarioTitle").text, "A senior official joins the workshop")
            compare(findChild(view, "scenarioNodeText").text, "Ten minutes in, the deputy minister walks in unannounced.")

            tabTo("scenarioChoice_greet")
            keyClick(Qt.Key_Space)
            compare(findChild(view, "scenarioChosen").text, "You chose: Pause and welcome her")
            compare(findChild(view, "scenarioConsequence").text, "The room relaxes; she nods to you.")
            compare(focused(), "scenarioContinue", "the consequence's button takes the focus")
            compare(lastDraft(), ["arrival", "greet"])
            verify(findChild(view, "scenarioChoice_greet") === null, "the choices give way to the consequence")

            keyClick(Qt.Key_Return)
            compare(findChild(view, "scenarioNodeText").text, "She asks what the workshop is about.")
            compare(focused(), "scenarioNodeText", "the new situation is read first")
            compare(lastDraft(), ["arrival", "greet", "director"])
            compare(submittedSpy.count, 0, "no answer before an ending")

            take("ask", Qt.Key_Return)
            compare(submittedSpy.count, 1)
            compare(answer(view).path, scene.goodRun)
            compare(view.evaluation.rawScore, 1)
            compare(findChild(view, "scenarioOutcome").text, "A good outcome")
            compare(findChild(view, "scenarioDebrief").text, "Honouring a senior visitor first made the rest of the day possible.")
            compare(findChild(view, "scenarioNodeText").text, "The group works with energy all day.")
            compare(findChild(view, "scenarioTaken_0").text, "1. Pause and welcome her")
            compare(findChild(view, "scenarioTaken_1").text, "2. Invite her to say a few words")
            verify(!findChild(view, "scenarioRefused").visible)
        }

        function test_startAgainAfterAnEnding() {
            const view = createView()
            take("greet")
            take("ask")
            answer(view)

            tabTo("scenarioRestart")
            keyClick(Qt.Key_Space)
            compare(lastDraft(), ["arrival"])
            compare(findChild(view, "scenarioNodeText").text, "Ten minutes in, the deputy minister walks in unannounced.")
            compare(findChild(view, "scenarioPreviousOutcome").text, "Your last run had a good outcome.")

            // A second run, round the loop, to a poor ending: a new answer of its own.
            take("agenda")
            take("pause")
            take("keep-plan")
            take("push-on")
            compare(submittedSpy.count, 2)
            compare(answer(view).path, ["arrival", "agenda", "agenda", "pause", "director", "keep-plan",
                                        "agenda", "push-on", "poor-end"])
            compare(view.evaluation.rawScore, 0)
            verify(view.evaluation.completion)
            compare(findChild(view, "scenarioOutcome").text, "A poor outcome")
            verify(!findChild(view, "scenarioPreviousOutcome").visible)
        }

        function test_aHalfPlayedScenarioSurvivesARestart() {
            const view = createView({ savedDraft: { path: ["arrival", "agenda", "agenda", "pause"] } })
            compare(findChild(view, "scenarioNodeText").text, "The exercise goes on, but nobody speaks.")
            compare(findChild(view, "scenarioConsequence").text, "Better late than never.")
            tabTo("scenarioContinue")
            keyClick(Qt.Key_Space)
            compare(findChild(view, "scenarioNodeText").text, "She asks what the workshop is about.")
            take("ask")
            compare(answer(view).path, ["arrival", "agenda", "agenda", "pause", "director", "ask", "good-end"])
            compare(findChild(view, "scenarioOutcome").text, "A good outcome")
        }

        function test_showsTheLastRun() {
            const saved = { path: scene.goodRun }
            const view = createView({ savedResponse: saved,
                                      evaluation: activities.evaluate("scenario", scene.config, saved) })
            verify(view.atEnding)
            compare(findChild(view, "scenarioOutcome").text, "A good outcome")
            compare(findChild(view, "scenarioDebrief").text, "Honouring a senior visitor first made the rest of the day possible.")
            compare(submittedSpy.count, 0)
        }

        function test_aStaleDraftStartsFromTheBeginning() {
            // A draft from an older version of the scenario, whose nodes have changed.
            const view = createView({ savedDraft: { path: ["arrival", "wait", "lobby"] } })
            compare(view.path, ["arrival"])
            compare(findChild(view, "scenarioNodeText").text, "Ten minutes in, the deputy minister walks in unannounced.")
        }

        function test_aPathTheScenarioRefusesIsSaidSo() {
            // The scoring refused the run (the scenario changed under it): the view says so
            // instead of showing an outcome as if it counted.
            const saved = { path: scene.goodRun }
            const changed = JSON.parse(JSON.stringify(scene.config))
            changed.nodes[1].choices[0].next = "mixed-end"
            const view = createView({ savedResponse: saved,
                                      evaluation: activities.evaluate("scenario", changed, saved) })
            verify(findChild(view, "scenarioRefused").visible)
            compare(view.evaluation.feedback.verdict, "invalid")
        }

        function test_everyControlHasAnAccessibleName() {
            const view = createView()
            for (const choice of scene.config.nodes[0].choices) {
                const button = findChild(view, "scenarioChoice_" + choice.id)
                compare(button.Accessible.name, choice.text)
                compare(button.Accessible.role, Accessible.Button)
            }
            compare(findChild(view, "scenarioNodeText").Accessible.name, scene.config.nodes[0].text)
            compare(findChild(view, "scenarioTitle").Accessible.role, Accessible.Heading)
            tabTo("scenarioChoice_agenda")
            keyClick(Qt.Key_Space)
            const next = findChild(view, "scenarioContinue")
            compare(next.Accessible.name, "Continue")
            compare(next.Accessible.description, "Participants glance at the door.")
            keyClick(Qt.Key_Space)
            take("push-on")
            compare(findChild(view, "scenarioRestart").Accessible.name, "Start again")
            compare(findChild(view, "scenarioOutcome").Accessible.name, "A poor outcome")
        }
    }
}
