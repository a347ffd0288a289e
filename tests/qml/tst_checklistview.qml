// SPDX-License-Identifier: Apache-2.0
// The checklist view: ticking and annotating with the keyboard alone, the draft that keeps the
// list between sessions, "Done" scored by the plugin's real C++, and the field card it asks
// the host to print.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 1400

    readonly property var config: ({
        title: "Before you fly",
        intro: "Tick what is ready. Your list is kept until you come back.",
        sections: [
            { heading: "Papers", items: [
                { id: "passport", text: "Passport valid six months after your return" },
                { id: "visa", text: "Visa or invitation letter", hint: "The partner institution's letter often stands in for a visa." },
                { id: "insurance", text: "Travel and health insurance" }
            ] },
            { heading: "People", items: [
                { id: "interpreter", text: "Interpreter booked and briefed" },
                { id: "focal", text: "Focal point's phone number saved" }
            ] }
        ]
    })
    readonly property var allIds: ["passport", "visa", "insurance", "interpreter", "focal"]

    Component {
        id: frame
        Pane {
            padding: 16
            width: 760
        }
    }

    TestCase {
        id: test
        name: "ChecklistView"
        when: windowShown

        SignalSpy { id: submittedSpy; signalName: "submitted" }
        SignalSpy { id: draftSpy; signalName: "draftChanged" }
        SignalSpy { id: documentSpy; signalName: "documentRequested" }

        function init() {
            verify(activities.setLanguage("en"))
        }
        function cleanup() {
            activities.setLanguage("en")
        }

        function createView(properties, parent) {
            const component = Qt.createComponent(activities.viewUrl("checklist"))
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
            for (let i = 0; i < 30; ++i) {
                keyClick(Qt.Key_Tab)
                if (focused() && focused().objectName === name)
                    return focused()
            }
            fail("could not reach " + name + " with Tab")
        }
        function type(text) {
            for (const ch of text)
                keyClick(ch === " " ? Qt.Key_Space : ch)
        }
        function lastDraft() { return draftSpy.signalArguments[draftSpy.count - 1][0] }
        function answer(view) {
            const response = submittedSpy.signalArguments[submittedSpy.count - 1][0]
            view.evaluation = activities.evaluate("checklist", config, response)
            return response
        }

        function test_ticksAnnotatesAndFinishesWithTheKeyboardAlone() {
            const view = createView()
            const passport = tabTo("checklistItem_passport")
            keyClick(Qt.Key_Space)
            verify(passport.checked)
            compare(lastDraft(), { checked: ["passport"], notes: {} })
            compare(findChild(view, "checklistProgress").text, "1 of 5 ticked")

            // A note: the button opens a field and moves the focus into it.
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "checklistAddNote_passport")
            keyClick(Qt.Key_Return)
            compare(focused().objectName, "checklistNote_passport")
            type("Renew by May")
            compare(lastDraft(), { checked: ["passport"], notes: { passport: "Renew by May" } })
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "checklistItem_visa", "Tab leaves the note instead of typing a tab")
            compare(view.notes.passport, "Renew by May")

            keyClick(Qt.Key_Return)          // Enter ticks too
            keyClick(Qt.Key_Tab)             // the visa's note button
            tabTo("checklistItem_focal")
            keyClick(Qt.Key_Space)
            compare(lastDraft().checked, ["passport", "visa", "focal"], "in the list's order")

            const done = tabTo("checklistDone")
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            compare(answer(view), { checked: ["passport", "visa", "focal"], notes: { passport: "Renew by May" } })
            compare(view.evaluation.rawScore, 3)
            compare(view.evaluation.maxScore, 5)
            compare(findChild(view, "checklistStatus").text,
                    "Recorded: 3 of 5 ticked. You can come back and tick the rest later.")
            verify(!done.enabled, "nothing new to record")

            // Unticking after Done says so, and Done records again.
            tabTo("checklistItem_visa")
            keyClick(Qt.Key_Space)
            verify(done.enabled)
            verify(findChild(view, "checklistStatus").text.indexOf("You have changed the list since you pressed Done") === 0)
        }

        function test_everythingTickedSaysSo() {
            const view = createView({ savedDraft: { checked: allIds.slice(), notes: {} } })
            tabTo("checklistDone")
            keyClick(Qt.Key_Return)
            answer(view)
            verify(view.evaluation.success)
            compare(findChild(view, "checklistStatus").text, "Recorded: everything is ticked.")
        }

        function test_printsAFieldCard() {
            const view = createView({ savedDraft: { checked: ["visa", "focal"], notes: { visa: "Letter signed on 3 May", focal: "  " } } })
            tabTo("checklistPrint")
            keyClick(Qt.Key_Space)
            compare(documentSpy.count, 1)
            const document = documentSpy.signalArguments[0][0]
            compare(documentSpy.signalArguments[0][1], "Before you fly.pdf")
            compare(document.title, "Before you fly")
            compare(document.subtitle, "Field card · 2 of 5 ticked")
            compare(document.footer, "Passerelle")
            compare(document.blocks.length, 7)
            compare(document.blocks[0], { kind: "heading", text: "Papers" })
            compare(document.blocks[1], { kind: "checkbox", text: "Passport valid six months after your return", checked: false, note: "" })
            compare(document.blocks[2], { kind: "checkbox", text: "Visa or invitation letter", checked: true, note: "Letter signed on 3 May" })
            compare(document.blocks[4], { kind: "heading", text: "People" })
            compare(document.blocks[6].checked, true)
            compare(submittedSpy.count, 0, "printing is not an answer")

            // The module's name goes in the footer when the host gives it; the file name never
            // holds characters a file system refuses.
            const named = createView({ moduleTitle: "Working effectively across cultures",
                                       config: Object.assign({}, config, { title: "Papers / visas: 2026?" }) })
            named.requestFieldCard()
            compare(documentSpy.signalArguments[0][0].footer, "Passerelle · Working effectively across cultures")
            compare(documentSpy.signalArguments[0][1], "Papers visas 2026.pdf")
        }

        function test_restoresTicksAndNotesFromADraft() {
            const view = createView({ savedDraft: { checked: ["insurance", "gone"], notes: { interpreter: "Call Aizada", gone: "x" } } })
            compare(view.checked, { insurance: true })
            compare(view.notes, { interpreter: "Call Aizada" })
            verify(findChild(view, "checklistItem_insurance").checked)
            verify(!findChild(view, "checklistItem_passport").checked)
            const note = findChild(view, "checklistNote_interpreter")
            verify(note.visible)
            compare(note.text, "Call Aizada")
            verify(!findChild(view, "checklistAddNote_interpreter").visible)
            verify(!findChild(view, "checklistNote_focal").visible)
            compare(draftSpy.count, 0, "restoring is not a change")
            compare(findChild(view, "checklistStatus").text, "Your ticks and notes are kept on this computer as you go.")
        }

        function test_theLastAnswerShowsAsRecorded() {
            const response = { checked: ["passport"], notes: {} }
            const view = createView({ savedResponse: response, savedDraft: response,
                                      evaluation: activities.evaluate("checklist", config, response) })
            verify(findChild(view, "checklistItem_passport").checked)
            compare(findChild(view, "checklistStatus").text,
                    "Recorded: 1 of 5 ticked. You can come back and tick the rest later.")
            verify(!findChild(view, "checklistDone").enabled)
        }

        function test_namesEveryControl() {
            const view = createView()
            const visa = tabTo("checklistItem_visa")
            compare(visa.Accessible.role, Accessible.CheckBox)
            compare(visa.Accessible.name, "Visa or invitation letter")
            compare(visa.Accessible.description, "The partner institution's letter often stands in for a visa.")
            verify(!visa.Accessible.checked)
            keyClick(Qt.Key_Space)
            verify(visa.Accessible.checked)
            compare(visa.background.border.width, 2, "the focused item is outlined")
            const add = findChild(view, "checklistAddNote_visa")
            compare(add.Accessible.role, Accessible.Button)
            compare(add.Accessible.name, "Add a note to “Visa or invitation letter”")
            compare(findChild(view, "checklistNote_visa").Accessible.name, "Note on “Visa or invitation letter”")
            compare(findChild(view, "checklistDone").Accessible.name, "Done")
            compare(findChild(view, "checklistPrint").Accessible.name, "Print or save as PDF")
            compare(findChild(view, "checklistTitle").Accessible.role, Accessible.Heading)
        }

        function test_anEmptyNoteCloses() {
            const view = createView()
            tabTo("checklistAddNote_focal")
            keyClick(Qt.Key_Space)
            compare(focused().objectName, "checklistNote_focal")
            keyClick(Qt.Key_Tab)
            verify(!findChild(view, "checklistNote_focal").visible, "nothing typed: the field closes")
            verify(findChild(view, "checklistAddNote_focal").visible)
            compare(draftSpy.count, 0)
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
                title: "Avant le départ",
                intro: "Cochez ce qui est prêt. Votre liste est conservée jusqu’à votre retour.",
                sections: [
                    { heading: "Documents", items: [
                        { id: "passport", text: "Passeport valable six mois après le retour" },
                        { id: "visa", text: "Visa ou lettre d’invitation", hint: "La lettre de l’institution partenaire tient souvent lieu de visa." },
                        { id: "insurance", text: "Assurance voyage et santé" }
                    ] },
                    { heading: "Personnes", items: [
                        { id: "interpreter", text: "Interprète réservé et briefé" },
                        { id: "focal", text: "Numéro du point focal enregistré" }
                    ] }
                ]
            } : config
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": data.size })
            const view = createView({ config: localized, width: pane.availableWidth,
                                      savedDraft: { checked: ["passport", "visa"],
                                                    notes: { visa: fr ? "Lettre signée le 3 mai" : "Letter signed on 3 May" } } },
                                    pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            wait(50)
            compare(findChild(view, "checklistPrint").text, fr ? "Imprimer ou enregistrer en PDF" : "Print or save as PDF")
            compare(findChild(view, "checklistProgress").text, fr ? "2 cochés sur 5" : "2 of 5 ticked")
            for (const id of allIds) {
                const item = findChild(view, "checklistItem_" + id)
                verify(item.height >= item.implicitHeight - 1, id + " is not squeezed")
                verify(item.width <= view.width + 1, id + " stays inside the view")
            }
            verify(findChild(view, "checklistItem_passport").height >= data.size * 2, "the rows grow with the text")
            const image = grabImage(pane)
            compare(image.width, Math.round(pane.width))
            if (activities.screenshotDir() !== "")
                image.save(activities.screenshotDir() + "/checklist-" + data.tag + ".png")
        }
    }
}
