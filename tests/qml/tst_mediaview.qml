// SPDX-License-Identifier: Apache-2.0
// The media view: an image and a recording used by keyboard alone, the transcript beside the
// player, paths that would leave the module refused, the fallback when nothing can play,
// and how it looks. The media are made on the spot by the test harness (a WAV it
// synthesises, an SVG it writes).
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 1000

    property url moduleUrl: activities.writeSampleMedia()
    readonly property string transcript: "**Expert:** Good morning. Before we start, here are the three terms we will use today, and why each matters for the asylum interview."
    readonly property var imageConfig: ({
        kind: "image", src: "media/picture.svg",
        alt: "An iceberg: a small white tip above the water, a much larger mass below it",
        caption: "What we see of a culture, and what we do not."
    })
    readonly property var audioConfig: ({ kind: "audio", src: "media/tone.wav", transcript: transcript,
                                          caption: "Briefing the interpreter" })

    Component {
        id: frame
        Pane {
            padding: 16
            width: 760
        }
    }

    TestCase {
        id: test
        name: "MediaView"
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
            const component = Qt.createComponent(activities.viewUrl("media"))
            compare(component.status, Component.Ready, component.errorString())
            const initial = Object.assign({ width: scene.width, config: audioConfig, baseUrl: scene.moduleUrl, seed: 0,
                                            savedResponse: null, savedDraft: null, evaluation: null, attempts: 0,
                                            busy: false }, properties || {})
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
        function player(view) {
            const loader = findChild(view, "mediaPlayerLoader")
            tryCompare(loader, "status", Loader.Ready)
            return loader.item
        }

        function test_anImageWithItsAltTextAndCaptionMarkedSeenByKeyboard() {
            const view = createView({ config: imageConfig })
            const image = findChild(view, "mediaImage")
            tryCompare(image, "status", Image.Ready)
            compare(image.source.toString(), scene.moduleUrl.toString() + "media/picture.svg")
            verify(image.visible)
            compare(image.Accessible.role, Accessible.Graphic)
            compare(image.Accessible.name, imageConfig.alt)
            verify(image.width > 0 && image.width <= 320)
            compare(findChild(view, "mediaCaption").text, imageConfig.caption)
            verify(!findChild(view, "mediaPlayerAndTranscript").visible)

            const button = tabTo("mediaMarkSeen")
            compare(button.Accessible.name, "Mark as seen")
            compare(button.Accessible.role, Accessible.Button)
            verify(button.visualFocus)
            compare(button.background.border.width, 2)
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0], { seen: true, via: "button" })
            view.evaluation = activities.evaluate("media", imageConfig, submittedSpy.signalArguments[0][0])
            verify(view.evaluation.completion)
            verify(findChild(view, "mediaSeen").visible)
            verify(!button.enabled, "seen once is enough")
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
        }

        function test_anImageThatCannotLoadShowsItsAltText() {
            const view = createView({ config: Object.assign({}, imageConfig, { src: "media/missing.svg" }) })
            const missing = findChild(view, "mediaImageMissing")
            tryCompare(missing, "visible", true)
            compare(missing.text, "This image cannot be shown here. It shows: " + imageConfig.alt)
        }

        function test_theTranscriptSitsBesideThePlayer() {
            const view = createView()
            player(view)
            waitForRendering(view)
            const playerColumn = findChild(view, "mediaPlayerColumn")
            const pane = findChild(view, "mediaTranscriptPane")
            verify(pane.visible)
            const p = playerColumn.mapToItem(view, 0, 0)
            const t = pane.mapToItem(view, 0, 0)
            verify(t.x >= p.x + playerColumn.width, "the transcript is to the right of the player")
            compare(t.y, p.y, "and level with it")
            verify(pane.width > view.width * 0.3, "wide enough to read: " + pane.width)
            compare(findChild(view, "mediaTranscript").text, transcript)
            compare(pane.Accessible.name, "Transcript")
            verify(!findChild(view, "mediaCannotPlay").visible)
        }

        function test_playsByKeyboardAndCompletesWhenTheRecordingEnds() {
            const view = createView()
            const item = player(view)
            tryVerify(function () { return item.mediaPlayer.duration > 0 || item.failed }, 5000)
            verify(!item.failed, "the test tone cannot be played here: " + item.failure)
            compare(Math.round(item.mediaPlayer.duration / 100), 6, "0.6 s of tone")
            const play = tabTo("mediaPlay")
            compare(play.Accessible.name, "Play: Briefing the interpreter")
            compare(play.Accessible.role, Accessible.Button)
            keyClick(Qt.Key_Space)
            tryVerify(function () { return item.playing || submittedSpy.count > 0 }, 3000, "playing")
            tryCompare(submittedSpy, "count", 1, 5000)
            compare(submittedSpy.signalArguments[0][0], { seen: true, via: "ended" })
        }

        function test_pausingKeepsThePositionAsADraft() {
            const view = createView()
            const item = player(view)
            tryVerify(function () { return item.mediaPlayer.duration > 0 || item.failed }, 5000)
            verify(!item.failed, item.failure)
            tabTo("mediaPlay")
            keyClick(Qt.Key_Space)
            tryVerify(function () { return item.mediaPlayer.position > 100 }, 3000)
            keyClick(Qt.Key_Space)
            tryCompare(draftSpy, "count", 1, 3000)
            const draft = draftSpy.signalArguments[0][0]
            verify(draft.position > 0, JSON.stringify(draft))
            compare(submittedSpy.count, 0, "pausing is not seeing to the end")
        }

        function test_theSlidersWorkByKeyboard() {
            const view = createView()
            const item = player(view)
            tryVerify(function () { return item.mediaPlayer.duration > 0 || item.failed }, 5000)
            const volume = tabTo("mediaVolume")
            compare(volume.Accessible.name, "Volume")
            compare(volume.Accessible.role, Accessible.Slider)
            const before = item.mediaPlayer.audioOutput.volume
            keyClick(Qt.Key_Left)
            compare(Math.round(item.mediaPlayer.audioOutput.volume * 10), Math.round(before * 10) - 1)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Right)
            compare(Math.round(item.mediaPlayer.audioOutput.volume * 10), Math.round(before * 10) + 1)
            verify(volume.visualFocus)
            keyClick(Qt.Key_Tab, Qt.ShiftModifier)
            const position = focused()
            compare(position.objectName, "mediaPosition")
            compare(position.Accessible.name, "Position")
            verify(position.Accessible.description.indexOf("0:00 of 0:00") === 0, position.Accessible.description)
        }

        // Only a plain relative path inside media/ is resolved; anything else is not even
        // handed to the player, and the learner still has the transcript.
        function test_refusesPathsThatLeaveTheModule_data() {
            return [
                { tag: "parent", src: "media/../secret.wav" },
                { tag: "parent first", src: "../secret.wav" },
                { tag: "absolute", src: "/etc/passwd" },
                { tag: "file url", src: "file:///etc/passwd" },
                { tag: "web", src: "https://example.org/a.wav" },
                { tag: "outside media", src: "secret.wav" },
                { tag: "backslash", src: "media\\..\\secret.wav" }
            ]
        }
        function test_refusesPathsThatLeaveTheModule(data) {
            const view = createView({ config: Object.assign({}, audioConfig, { src: data.src }) })
            compare(view.mediaUrl, "")
            const loader = findChild(view, "mediaPlayerLoader")
            verify(!loader.active, "no player for " + data.src)
            compare(loader.item, null)
            const cannot = findChild(view, "mediaCannotPlay")
            verify(cannot.visible)
            compare(cannot.text, "This recording is not a file of the module, so it is not played. The transcript has everything it says.")
            verify(findChild(view, "mediaTranscript").visible)
            // The same file, named properly, plays: the refusal is about the path.
            const good = createView({ config: Object.assign({}, audioConfig, { src: "media/tone.wav" }) })
            compare(good.mediaUrl, scene.moduleUrl.toString() + "media/tone.wav")
        }

        function test_onlyAFileOrResourceFolderIsABase() {
            const web = createView({ baseUrl: "https://example.org/module/" })
            compare(web.mediaUrl, "")
            verify(findChild(web, "mediaCannotPlay").visible)
            const noSlash = createView({ baseUrl: scene.moduleUrl.toString().replace(/\/$/, "") })
            compare(noSlash.mediaUrl, "")
            const image = createView({ config: imageConfig, baseUrl: "https://example.org/module/" })
            compare(findChild(image, "mediaImage").source.toString(), "")
            verify(findChild(image, "mediaImageMissing").visible)
        }

        function test_aFileThatCannotBePlayedFallsBackToTheTranscript() {
            const view = createView({ config: Object.assign({}, audioConfig, { src: "media/broken.wav" }) })
            const cannot = findChild(view, "mediaCannotPlay")
            tryCompare(cannot, "visible", true, 5000)
            compare(cannot.text, "This recording cannot be played on this computer. The transcript has everything it says.")
            compare(cannot.Accessible.role, Accessible.AlertMessage)
            verify(findChild(view, "mediaTranscript").visible)
            verify(!findChild(view, "mediaPlayerLoader").visible)
            // The learner can still complete it.
            tabTo("mediaMarkSeen")
            keyClick(Qt.Key_Return)
            compare(submittedSpy.count, 1)
        }

        // A computer without QtMultimedia: the player cannot even load.
        function test_withoutMultimediaTheTranscriptRemains() {
            const view = createView({ playerUrl: Qt.resolvedUrl("no-such-player.qml") })
            const loader = findChild(view, "mediaPlayerLoader")
            tryCompare(loader, "status", Loader.Error)
            const cannot = findChild(view, "mediaCannotPlay")
            verify(cannot.visible)
            compare(cannot.text, "This recording cannot be played on this computer. The transcript has everything it says.")
            verify(findChild(view, "mediaTranscript").visible)
            verify(findChild(view, "mediaMarkSeen").enabled)
        }

        // What the plugin hands out when Qt Multimedia has no backend (see
        // nobackend/nobackend_media.qml for the real thing): no player is ever created.
        function test_theTranscriptViewNeverCreatesAPlayer() {
            const component = Qt.createComponent("qrc:/activities/media/TranscriptView.qml")
            compare(component.status, Component.Ready, component.errorString())
            const view = createTemporaryObject(component, scene, { width: scene.width, config: audioConfig,
                                                                   baseUrl: scene.moduleUrl })
            const loader = findChild(view, "mediaPlayerLoader")
            verify(!loader.active)
            compare(loader.item, null)
            verify(findChild(view, "mediaCannotPlay").visible)
            verify(findChild(view, "mediaTranscript").visible)
            const image = createTemporaryObject(component, scene, { width: scene.width, config: imageConfig,
                                                                    baseUrl: scene.moduleUrl })
            tryCompare(findChild(image, "mediaImage"), "status", Image.Ready)
        }

        function test_aLongTranscriptExpandsToTheWholeWidth() {
            let longText = ""
            for (let i = 1; i <= 30; ++i)
                longText += "Sentence " + i + " of what the expert says in the recording. "
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": 22 })
            const view = createView({ width: pane.availableWidth, config: Object.assign({}, audioConfig, { transcript: longText }) },
                                    pane.contentItem)
            player(view)
            const toggle = findChild(view, "mediaTranscriptToggle")
            verify(toggle.visible)
            const text = findChild(view, "mediaTranscript")
            const box = text.parent
            verify(box.height < text.implicitHeight, "collapsed at first")
            verify(view.besidePlayer)
            tabTo("mediaTranscriptToggle")
            compare(toggle.Accessible.name, "Show the whole transcript")
            keyClick(Qt.Key_Space)
            verify(view.transcriptExpanded)
            verify(!view.besidePlayer, "expanded, it takes the whole width")
            tryVerify(function () { return box.height >= text.implicitHeight - 1 })
            compare(toggle.Accessible.name, "Show less of the transcript")
            verify(findChild(view, "mediaTranscriptPane").width > view.width * 0.9)
        }

        // A video: the screen above the controls shows the poster until it plays. (The harness
        // has no video file; a WAV under kind: video exercises the same player and layout.)
        function test_aVideoShowsItsPosterBesideTheTranscript() {
            const pane = createTemporaryObject(frame, scene, { "font.pixelSize": 15 })
            const view = createView({ width: pane.availableWidth, config: {
                kind: "video", src: "media/briefing.wav", poster: "media/picture.svg",
                caption: "An expert briefs an interpreter", transcript: transcript } }, pane.contentItem)
            pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
            const item = player(view)
            compare(String(item.posterSource), scene.moduleUrl.toString() + "media/picture.svg")
            const screen = findChild(view, "mediaScreen")
            verify(screen.visible)
            tryVerify(function () { return screen.height > 100 }, 2000, "screen " + screen.width + "x" + screen.height)
            const poster = findChild(view, "mediaPoster")
            tryCompare(poster, "status", Image.Ready)
            verify(poster.visible)
            const t = findChild(view, "mediaTranscriptPane").mapToItem(view, 0, 0)
            verify(t.x > screen.mapToItem(view, 0, 0).x + screen.width - 1, "the transcript is beside the video")
            wait(100)
            if (activities.screenshotDir() !== "")
                grabImage(pane).save(activities.screenshotDir() + "/media-video-en-15.png")
        }

        function test_restoresThePausedPosition() {
            const view = createView({ savedDraft: { position: 300 } })
            const item = player(view)
            compare(item.startPosition, 300)
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
            const audio = fr ? {
                kind: "audio", src: "media/briefing.wav", caption: "Préparer l’interprète",
                transcript: "**Experte\u00a0:** Bonjour. Avant de commencer, voici les trois termes que nous emploierons aujourd’hui, et pourquoi chacun compte pour l’entretien d’asile.\n\n**Interprète\u00a0:** Merci. Pouvez-vous me les épeler\u00a0?"
            } : {
                kind: "audio", src: "media/briefing.wav", caption: "Briefing the interpreter",
                transcript: transcript + "\n\n**Interpreter:** Thank you. Could you spell them for me?"
            }
            const image = fr ? {
                kind: "image", src: "media/picture.svg", alt: "Un iceberg\u00a0: une petite pointe blanche hors de l’eau, une masse bien plus grande dessous",
                caption: "Ce que l’on voit d’une culture, et ce que l’on ne voit pas."
            } : imageConfig
            for (const which of ["audio", "image"]) {
                const pane = createTemporaryObject(frame, scene, { "font.pixelSize": data.size })
                const view = createView({ config: which === "audio" ? audio : image, width: pane.availableWidth }, pane.contentItem)
                pane.contentHeight = Qt.binding(function () { return view.implicitHeight })
                if (which === "audio") {
                    const item = player(view)
                    tryVerify(function () { return item.mediaPlayer.duration > 0 }, 5000, "the recording is loaded")
                    compare(findChild(view, "mediaTime").text, "0:00 / 1:15")
                    compare(findChild(view, "mediaRecordingCaption").text, audio.caption)
                    compare(findChild(view, "mediaPlay").text, fr ? "Lire" : "Play")
                    verify(view.besidePlayer, "the transcript stays beside the player at " + data.size + " px")
                } else {
                    tryCompare(findChild(view, "mediaImage"), "status", Image.Ready)
                }
                compare(findChild(view, "mediaMarkSeen").text, fr ? "Marquer comme vu" : "Mark as seen")
                compare(view.textSize, data.size)
                wait(100)
                const shot = grabImage(pane)
                compare(shot.width, Math.round(pane.width))
                if (activities.screenshotDir() !== "")
                    shot.save(activities.screenshotDir() + "/media-" + which + "-" + data.tag + ".png")
            }
        }
    }
}
