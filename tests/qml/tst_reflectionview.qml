// SPDX-License-Identifier: Apache-2.0
// The reflection view: writing and saving with the keyboard alone, the draft written as the
// learner types, restored after a restart, and the documents it asks the host to export.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 1200

    readonly property var config: ({
        intro: "Think back to the opening of your last workshop.",
        prompts: [
            { id: "surprise", text: "What surprised you?", placeholder: "A moment, a reaction, a silence…", minWords: 5 },
            { id: "change", text: "What will you do differently next time?" }
        ]
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
        name: "ReflectionView"
        when: windowShown

        SignalSpy { id: submittedSpy; signalName: "submitted" }
        SignalSpy { id: draftSpy; signalName: "draftChanged" }
        SignalSpy { id: documentSpy; signalName: "documentRequested" }

        // English has a translation file too, for its plural forms.
        function init() {
            verify(activities.setLanguage("en"))
        }
        function cleanup() {
            activities.setLanguage("en")
        }

        function createView(properties, parent) {
            const component = Qt.createComponent(activities.viewUrl("reflection"))
            compare(component.status, Component.Ready, component.errorString())
            const initial = Object.assign({ width: scene.width, config: scene.config, savedResponse: null,
                                            savedDraft: null, evaluation: null }, properties || {})
            const item = createTemporaryObject(component, parent || scene, initial)
            verify(item !== null)
            for (const spy of [submittedSpy, draftSpy, documentSpy]) {
                spy.clear()
                spy.target = item
            }
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
        function type(text) {
            for (const ch of text)
                keyClick(ch === " " ? Qt.Key_Space : ch === "\n" ? Qt.Key_Return : ch)
        }
        function lastDraft() { return draftSpy.signalArguments[draftSpy.count - 1][0] }

        function test_writesAndSavesWithTheKeyboardAlone() {
            const view = createView()
            compare(findChild(view, "reflectionPrivacy").text, "Only you can see this unless you choose to share it.")
            const save = findChild(view, "reflectionSave")
            verify(!save.enabled, "nothing to save yet")

            const first = tabTo("reflectionAnswer_surprise")
            type("The long opening")
            compare(lastDraft(), { answers: { surprise: "The long opening" } })
            verify(draftSpy.count >= 16, "a draft on every change; the host debounces")
            compare(findChild(view, "reflectionCount_surprise").text, "3 words (5 suggested)")
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "reflectionAnswer_change", "Tab moves on instead of typing a tab")
            compare(first.text, "The long opening")
            type("Plan time\nfor it")
            compare(findChild(view, "reflectionCount_change").text, "4 words")
            compare(lastDraft().answers.change, "Plan time\nfor it")

            keyClick(Qt.Key_Tab)
            compare(focused(), save)
            verify(save.enabled)
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            const response = submittedSpy.signalArguments[0][0]
            compare(response, { answers: { surprise: "The long opening", change: "Plan time\nfor it" } })
            view.evaluation = activities.evaluate("reflection", config, response)
            verify(view.evaluation.completion)
            compare(view.evaluation.feedback.short, ["surprise"])
            compare(findChild(view, "reflectionStatus").text, "Saved. Your reflection is recorded as done.")
            verify(!save.enabled, "nothing new to save")

            // Typing again makes it a draft until it is saved again.
            tabTo("reflectionAnswer_change")
            type(" early")
            verify(save.enabled)
            compare(findChild(view, "reflectionStatus").text, "What you write is kept on this computer as you type.")
        }

        function test_aPartialReflectionIsSavedButNotComplete() {
            const view = createView({ savedDraft: { answers: { change: "Arrive a day earlier." } } })
            tabTo("reflectionSave")
            keyClick(Qt.Key_Return)
            view.evaluation = activities.evaluate("reflection", config, submittedSpy.signalArguments[0][0])
            verify(!view.evaluation.completion)
            compare(findChild(view, "reflectionStatus").text, "Saved. Answer every question to complete this activity.")
        }

        function test_exportsThePromptsAndAnswers() {
            const view = createView({ savedDraft: { answers: { surprise: "The speech lasted forty minutes.\nNobody minded.\n\nExcept me." } } })
            tabTo("reflectionExportPdf")
            keyClick(Qt.Key_Space)
            compare(documentSpy.count, 1)
            compare(documentSpy.signalArguments[0][1], "My reflection.pdf")
            const document = documentSpy.signalArguments[0][0]
            compare(document.title, "My reflection")
            compare(document.blocks, [
                { kind: "heading", text: "What surprised you?" },
                { kind: "quote", text: "The speech lasted forty minutes.\nNobody minded." },
                { kind: "quote", text: "Except me." },
                { kind: "heading", text: "What will you do differently next time?" },
                { kind: "paragraph", text: "(No answer yet.)" }
            ])
            compare(document.footer, "Passerelle · Private: written for yourself.")
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "reflectionExportMarkdown")
            keyClick(Qt.Key_Return)
            compare(documentSpy.count, 2)
            compare(documentSpy.signalArguments[1][1], "My reflection.md")
            compare(submittedSpy.count, 0, "exporting is not saving an answer")

            const named = createView({ moduleTitle: "Working effectively across cultures" })
            named.requestExport(".md")
            compare(documentSpy.signalArguments[0][0].subtitle, "Working effectively across cultures")
            compare(documentSpy.signalArguments[0][0].footer,
                    "Passerelle · Working effectively across cultures · Private: written for yourself.")
        }

        function test_restoresFromADraftAndShowsTheLastSave() {
            const saved = { answers: { surprise: "The silence after my question.", change: "Ask in pairs first." } }
            const view = createView({ savedResponse: saved, savedDraft: saved,
                                      evaluation: activities.evaluate("reflection", config, saved) })
            compare(findChild(view, "reflectionAnswer_surprise").text, "The silence after my question.")
            compare(findChild(view, "reflectionAnswer_change").text, "Ask in pairs first.")
            compare(draftSpy.count, 0, "restoring is not a change")
            compare(findChild(view, "reflectionStatus").text, "Saved. Your reflection is recorded as done.")
            verify(!findChild(view, "reflectionSave").enabled)

            // A newer draft wins over the last save, and answers to removed prompts are dropped.
            const newer = createView({ savedResponse: saved,
                                       savedDraft: { answers: { surprise: "The silence.", gone: "x" } },
                                       evaluation: activities.evaluate("reflection", config, saved) })
            compare(newer.answers, { surprise: "The silence." })
            verify(findChild(newer, "reflectionSave").enabled)
        }

        function test_namesEveryControl() {
            const view = createView()
            const area = findChild(view, "reflectionAnswer_surprise")
            compare(area.Accessible.role, Accessible.EditableText)
            compare(area.Accessible.name, "What surprised you?")
            compare(area.Accessible.description, "0 words (5 suggested)")
            compare(area.placeholderText, "A moment, a reaction, a silence…")
            compare(findChild(view, "reflectionPrompt_surprise").Accessible.role, Accessible.Heading)
            compare(findChild(view, "reflectionSave").Accessible.name, "Save my reflection")
            compare(findChild(view, "reflectionExportPdf").Accessible.name, "Export as PDF")
            compare(findChild(view, "reflectionExportMarkdown").Accessible.name, "Export as Markdown")
            compare(findChild(view, "reflectionPrivacy").Accessible.name, "Only you can see this unless you choose to share it.")
            tabTo("reflectionAnswer_surprise")
            compare(area.background.border.width, 2, "the focused answer is outlined")
            type("One")
            compare(area.Accessible.description, "1 word (5 suggested)")
        }

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
                intro: "Repensez à l’ouverture de votre dernier atelier.",
                prompts: [
                    { id: "surprise", text: "Qu’est-ce qui vous a surpris ?", placeholder: "Un moment, une réaction, un silence…", minWords: 5 },
                    { id: "change", text: "Que ferez-vous autrement la prochaine fois ?" }
                ]
            } : config
            const answers = fr ? { surprise: "Le discours d’ouverture a duré quarante minutes, et personne ne s’en est plaint." }
                               : { surprise: "The opening speech lasted forty minutes, and nobody complained." }
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": data.size })
            const view = createView({ config: localized, width: pane.availableWidth, savedDraft: { answers: answers } },
                                    pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            wait(50)
            compare(findChild(view, "reflectionPrivacy").text, fr
                    ? "Vous seul pouvez voir ce texte, sauf si vous choisissez de le partager."
                    : "Only you can see this unless you choose to share it.")
            compare(findChild(view, "reflectionCount_surprise").text, fr ? "13\u00a0mots (5\u00a0suggérés)" : "9 words (5 suggested)")
            compare(findChild(view, "reflectionCount_change").text, fr ? "0\u00a0mot" : "0 words")
            for (const id of ["surprise", "change"]) {
                const area = findChild(view, "reflectionAnswer_" + id)
                verify(area.width <= view.width + 1, id + " stays inside the view")
                verify(area.height >= data.size * 5, id + " leaves room to write")
            }
            const image = grabImage(pane)
            compare(image.width, Math.round(pane.width))
            if (activities.screenshotDir() !== "")
                image.save(activities.screenshotDir() + "/reflection-" + data.tag + ".png")
        }
    }
}
