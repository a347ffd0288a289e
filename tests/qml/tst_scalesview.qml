// SPDX-License-Identifier: Apache-2.0
// The scales view: placing yourself on every scale with the keyboard alone, by clicking,
// restored from a draft, and the profile chart drawn from the plugin's real C++ gaps.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 2800

    function pole(label, description) { return { label: label, description: description } }
    readonly property var config: ({
        intro: "Place yourself as you usually work at home, not as you think you should.",
        scales: [
            { id: "context", left: pole("Low-context", "Messages are explicit; what matters is said."),
              right: pole("High-context", "Much is implied; listeners read between the lines.") },
            { id: "feedback", left: pole("Direct feedback", "Criticism is said plainly, even in front of others."),
              right: pole("Indirect feedback", "Criticism is softened and given in private.") },
            { id: "leading", left: pole("Egalitarian", "The boss is one of the team."),
              right: pole("Hierarchical", "Status and rank shape who speaks and decides.") },
            { id: "trust", left: pole("Task-based trust", "Trust comes from work done well."),
              right: pole("Relationship-based trust", "Trust comes from time spent together.") },
            { id: "time", left: pole("Linear time", "One thing at a time, on schedule."),
              right: pole("Flexible time", "Plans adapt to people and events.") }
        ],
        comparison: { label: "The context you described", values: { context: 6, feedback: 6, leading: 5, trust: 3 } },
        prompts: { feedback: "How will you ask for feedback without putting anyone on the spot?",
                   leading: "Who should open the workshop, and who should speak first?",
                   time: "How much slack does your agenda have?" }
    })
    // context 2 (gap 4), feedback 3 (gap 3), leading 4 (gap 1), trust 1 (gap 2), time 7.
    readonly property var profile: ({ context: 2, feedback: 3, leading: 4, trust: 1, time: 7 })

    // A frame like the lesson page's, whose font the view inherits.
    Component {
        id: frame
        Pane {
            padding: 16
            width: 760
        }
    }

    TestCase {
        id: test
        name: "ScalesView"
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
            const component = Qt.createComponent(activities.viewUrl("scales"))
            compare(component.status, Component.Ready, component.errorString())
            const initial = Object.assign({ width: scene.width, config: scene.config, savedResponse: null,
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
        function tabTo(name) {
            for (let i = 0; i < 20; ++i) {
                keyClick(Qt.Key_Tab)
                if (focused() && focused().objectName === name)
                    return focused()
            }
            fail("could not reach " + name + " with Tab")
        }
        function lastDraft() { return draftSpy.signalArguments[draftSpy.count - 1][0] }
        // Plays the host: scores the last response with the plugin and hands the result back.
        function answer(view, cfg) {
            const response = submittedSpy.signalArguments[submittedSpy.count - 1][0]
            view.evaluation = activities.evaluate("scales", cfg || scene.config, response)
            return response
        }
        function highlighted(view, id) {
            const row = findChild(view, "scalesChartRow_" + id)
            return row.color.a > 0 && findChild(view, "scalesGapText_" + id).visible
        }

        function test_placesEveryScaleWithTheKeyboardAlone() {
            const view = createView()
            const submit = findChild(view, "scalesSubmit")
            verify(!submit.enabled, "nothing to show before every scale is placed")
            verify(!findChild(view, "scalesChart").visible)

            tabTo("scalesTrack_context")
            keyClick(Qt.Key_Home)            // 1
            keyClick(Qt.Key_Right)           // 2
            compare(view.positions.context, 2)
            compare(lastDraft().positions, { context: 2 })
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "scalesTrack_feedback", "one Tab stop per scale")
            keyClick(Qt.Key_3)
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_Right)           // unplaced: starts in the middle
            compare(view.positions.leading, 4)
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_End)
            keyClick(Qt.Key_Home)
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_End)
            compare(view.positions, profile)
            compare(lastDraft().positions, profile)
            compare(findChild(view, "scalesProgress").text, "All 5 scales placed.")

            keyClick(Qt.Key_Tab)
            compare(focused(), submit)
            verify(submit.enabled)
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            compare(answer(view).positions, profile)
            verify(view.evaluation.completion)

            // The chart: largest gaps highlighted, each with its question.
            verify(findChild(view, "scalesChart").visible)
            verify(highlighted(view, "context"))
            verify(highlighted(view, "feedback"))
            verify(highlighted(view, "trust"), "a gap equal to the threshold is large")
            verify(!highlighted(view, "leading"), "a gap of 1 is not large")
            verify(!highlighted(view, "time"), "no comparison on this scale")
            compare(findChild(view, "scalesGapText_context").text,
                    "Gap of 4 points: “The context you described” sits nearer to “High-context”.")
            compare(findChild(view, "scalesGapText_trust").text,
                    "Gap of 2 points: “The context you described” sits nearer to “Relationship-based trust”.")
            compare(findChild(view, "scalesPrompt_feedback").text,
                    "How will you ask for feedback without putting anyone on the spot?")
            verify(findChild(view, "scalesPrompt_feedback").visible)
            verify(!findChild(view, "scalesPrompt_context").visible, "no question was written for this scale")
            verify(!findChild(view, "scalesPrompt_leading").visible, "questions show only beside large gaps")
            compare(findChild(view, "scalesSummary").text,
                    "The largest gaps from “The context you described”, largest first: "
                    + "Low-context – High-context (4); Direct feedback – Indirect feedback (3); "
                    + "Task-based trust – Relationship-based trust (2).")
            // The bar of a large gap runs from the learner's mark to the comparison's.
            const bar = findChild(view, "scalesGapBar_context")
            const self = findChild(view, "scalesSelfMark_context")
            const other = findChild(view, "scalesComparisonMark_context")
            verify(bar.visible && bar.height > findChild(view, "scalesGapBar_leading").height)
            fuzzyCompare(bar.x, self.x + self.width / 2, 1)
            fuzzyCompare(bar.x + bar.width, other.x + other.width / 2, 1)
            verify(!findChild(view, "scalesComparisonMark_time").visible)
            verify(!submit.enabled, "the profile shown is up to date")
            compare(submit.text, "Update my profile")
        }

        function test_keysStayWithinTheScale() {
            const view = createView()
            const track = tabTo("scalesTrack_context")
            keyClick(Qt.Key_Left)
            compare(view.positions.context, 4, "the first arrow places the learner in the middle")
            keyClick(Qt.Key_Left)
            compare(view.positions.context, 3)
            keyClick(Qt.Key_Down)
            compare(view.positions.context, 2)
            keyClick(Qt.Key_Up)
            compare(view.positions.context, 3)
            keyClick(Qt.Key_7)
            compare(view.positions.context, 7)
            const drafts = draftSpy.count
            keyClick(Qt.Key_Right)
            compare(view.positions.context, 7, "7 is the right pole")
            compare(draftSpy.count, drafts, "no change, no draft")
            keyClick(Qt.Key_Home)
            keyClick(Qt.Key_Left)
            compare(view.positions.context, 1)
            keyClick(Qt.Key_9)
            compare(view.positions.context, 1, "only 1 to 7 place")
            compare(focused(), track)
        }

        function test_namesEveryControl() {
            const view = createView()
            const track = tabTo("scalesTrack_feedback")
            compare(track.Accessible.role, Accessible.Slider)
            compare(track.Accessible.name,
                    "Scale 2 of 5: from “Direct feedback” to “Indirect feedback”. Not placed yet.")
            verify(track.Accessible.description.indexOf("Home and End") >= 0)
            keyClick(Qt.Key_Home)
            compare(track.Accessible.name,
                    "Scale 2 of 5: from “Direct feedback” to “Indirect feedback”. 1 of 7: fully “Direct feedback”.")
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Right)
            verify(track.Accessible.name.endsWith("3 of 7: leaning towards “Direct feedback”."), track.Accessible.name)
            keyClick(Qt.Key_Right)
            verify(track.Accessible.name.endsWith("4 of 7: midway between the two."), track.Accessible.name)
            keyClick(Qt.Key_6)
            verify(track.Accessible.name.endsWith("6 of 7: close to “Indirect feedback”."), track.Accessible.name)
            // The focus is visible, not only announced.
            compare(track.background.border.width, 2)
            compare(track.background.border.color, track.palette.highlight)
            compare(findChild(view, "scalesTrack_context").background.border.width, 1)
            compare(findChild(view, "scalesSubmit").Accessible.name, "Show my profile")

            const done = createView({ savedResponse: { positions: profile },
                                      evaluation: activities.evaluate("scales", config, { positions: profile }) })
            const chart = findChild(done, "scalesChart")
            compare(chart.Accessible.role, Accessible.Chart)
            compare(chart.Accessible.name, "Your profile")
            const row = findChild(done, "scalesChartRow_feedback")
            compare(row.Accessible.name,
                    "Direct feedback – Indirect feedback. You: 3 of 7: leaning towards “Direct feedback”. "
                    + "The context you described: 6 of 7: close to “Indirect feedback”. "
                    + "Gap of 3 points: “The context you described” sits nearer to “Indirect feedback”. "
                    + "A large gap. How will you ask for feedback without putting anyone on the spot?")
            verify(findChild(done, "scalesChartRow_leading").Accessible.name.indexOf("A large gap") < 0)
        }

        function test_aClickPlacesTheLearner() {
            const view = createView()
            waitForRendering(view) // pointer events reach items once they are laid out
            mouseClick(findChild(view, "scalesPoint_trust_6"))
            compare(view.positions.trust, 6)
            compare(focused().objectName, "scalesTrack_trust", "the clicked scale takes the focus")
            compare(lastDraft().positions, { trust: 6 })
            mouseClick(findChild(view, "scalesPoint_trust_2"))
            compare(view.positions.trust, 2)
        }

        function test_restoresADraft() {
            const draft = { context: 5, feedback: 1, leading: 7 }
            const view = createView({ savedDraft: { positions: draft } })
            compare(view.positions, draft)
            compare(draftSpy.count, 0, "restoring is not a change")
            compare(findChild(view, "scalesProgress").text, "3 of 5 scales placed.")
            verify(findChild(view, "scalesTrack_context").Accessible.name.endsWith("5 of 7: leaning towards “High-context”."))
            verify(findChild(view, "scalesPoint_leading_7").width > findChild(view, "scalesPoint_leading_6").width,
                   "the chosen point is drawn larger")
            verify(!findChild(view, "scalesSubmit").enabled)
            // Positions that no longer fit the config are dropped.
            const stale = createView({ savedDraft: { positions: { context: 9, gone: 3, time: 2 } } })
            compare(stale.positions, { time: 2 })
        }

        function test_theLastProfileShowsUntilAScaleMoves() {
            const evaluation = activities.evaluate("scales", config, { positions: profile })
            const view = createView({ savedResponse: { positions: profile }, savedDraft: { positions: profile },
                                      evaluation: evaluation })
            verify(findChild(view, "scalesChart").visible)
            verify(highlighted(view, "context"))
            const submit = findChild(view, "scalesSubmit")
            verify(!submit.enabled)
            tabTo("scalesTrack_leading")
            keyClick(Qt.Key_Right)
            verify(!findChild(view, "scalesChart").visible, "the old profile no longer matches")
            verify(submit.enabled)
            compare(submit.text, "Update my profile")
        }

        function test_withoutComparisonTheChartShowsTheLearnerAlone() {
            const plain = Object.assign({}, config)
            delete plain.comparison
            delete plain.prompts
            const view = createView({ config: plain, savedDraft: { positions: profile } })
            tabTo("scalesSubmit")
            keyClick(Qt.Key_Return)
            answer(view, plain)
            verify(findChild(view, "scalesChart").visible)
            compare(findChild(view, "scalesSummary").text,
                    "Your positions at a glance. There is no comparison profile for this activity.")
            verify(!findChild(view, "scalesLegendComparison").parent.visible)
            for (const id of ["context", "feedback", "leading", "trust", "time"]) {
                verify(findChild(view, "scalesSelfMark_" + id).visible)
                verify(!findChild(view, "scalesComparisonMark_" + id).visible)
                verify(!highlighted(view, id))
            }
        }

        // The keyboard state is visible, not only announced: the focused scale is outlined and
        // its chosen point drawn larger.
        function test_showsTheFocusedScale() {
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": 15 })
            const view = createView({ width: pane.availableWidth, savedDraft: { positions: { context: 2 } } },
                                    pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            const track = tabTo("scalesTrack_feedback")
            keyClick(Qt.Key_5)
            compare(track.background.border.width, 2)
            compare(track.background.border.color, track.palette.highlight)
            verify(findChild(view, "scalesPoint_feedback_5").width > findChild(view, "scalesPoint_feedback_4").width)
            compare(findChild(view, "scalesPoint_feedback_5").color, track.palette.highlight)
            if (activities.screenshotDir() !== "")
                grabImage(pane).save(activities.screenshotDir() + "/scales-en-keyboard.png")
        }

        // Renders the view as learners see it, in both languages, at a normal and a large font,
        // with the profile and its comparison. Saves PNGs when PASSERELLE_SCREENSHOT_DIR is set;
        // always checks the French strings ship and that large text grows rather than spills.
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
                intro: "Situez-vous comme vous travaillez d’habitude chez vous, pas comme vous pensez devoir le faire.",
                scales: [
                    { id: "context", left: pole("Contexte faible", "Les messages sont explicites : l’essentiel est dit."),
                      right: pole("Contexte fort", "Beaucoup reste implicite ; on lit entre les lignes.") },
                    { id: "feedback", left: pole("Critique directe", "La critique est dite franchement, même devant d’autres."),
                      right: pole("Critique indirecte", "La critique est adoucie et faite en privé.") },
                    { id: "leading", left: pole("Égalitaire", "Le chef est un membre de l’équipe."),
                      right: pole("Hiérarchique", "Le statut et le rang décident de qui parle et tranche.") },
                    { id: "trust", left: pole("Confiance fondée sur la tâche", "La confiance naît du travail bien fait."),
                      right: pole("Confiance fondée sur la relation", "La confiance naît du temps passé ensemble.") },
                    { id: "time", left: pole("Temps linéaire", "Une chose à la fois, selon le programme."),
                      right: pole("Temps flexible", "Les plans s’adaptent aux personnes et aux événements.") }
                ],
                comparison: { label: "Le contexte que vous avez décrit", values: config.comparison.values },
                prompts: { feedback: "Comment demanderez-vous un retour sans mettre personne en difficulté ?",
                           leading: "Qui doit ouvrir l’atelier, et qui doit parler en premier ?" }
            } : config
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": data.size })
            const view = createView({ config: localized, width: pane.availableWidth,
                                      savedDraft: { positions: profile } }, pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            view.submitted({ positions: profile })
            view.evaluation = activities.evaluate("scales", localized, { positions: profile })
            wait(50)
            compare(findChild(view, "scalesInstructions").text, fr
                    ? "Situez-vous sur chaque échelle\u00a0: 1 est le pôle de gauche, 7 celui de droite. Utilisez les flèches, Début et Fin, ou cliquez sur un point. Il n’y a pas de bonne réponse."
                    : "Place yourself on each scale: 1 is the pole on the left, 7 the pole on the right. Use the arrow keys, Home and End, or click a point. There are no right answers.")
            compare(findChild(view, "scalesGapText_context").text, fr
                    ? "Écart de 4\u00a0points\u00a0: «\u00a0Le contexte que vous avez décrit\u00a0» est plus proche de «\u00a0Contexte fort\u00a0»."
                    : "Gap of 4 points: “The context you described” sits nearer to “High-context”.")
            verify(highlighted(view, "feedback"))
            for (const id of ["context", "feedback", "leading", "trust", "time"]) {
                const track = findChild(view, "scalesTrack_" + id)
                verify(track.width <= view.width + 1, id + " stays inside the view")
                const row = findChild(view, "scalesChartRow_" + id)
                verify(row.height >= row.implicitHeight - 1, id + " is not squeezed")
                verify(row.x + row.width <= view.width + 1, id + " row stays inside the view")
            }
            verify(findChild(view, "scalesTrack_context").height >= data.size * 3, "the scales grow with the text")
            const image = grabImage(pane)
            compare(image.width, Math.round(pane.width))
            if (activities.screenshotDir() !== "")
                image.save(activities.screenshotDir() + "/scales-" + data.tag + ".png") // throws if it cannot
        }
    }
}
