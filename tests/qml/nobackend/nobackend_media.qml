// SPDX-License-Identifier: Apache-2.0
// The media activity on a computer whose Qt Multimedia has no usable backend. Run by ctest
// with QT_MEDIA_BACKEND naming a backend that does not exist (tests/qml/CMakeLists.txt):
// Qt 6.4 would end the process the moment a MediaPlayer was created, so reaching the end
// of this file proves the plugin handed out a view without a player. Not named tst_*.qml,
// so the ordinary run (with a backend) does not pick it up.
import QtQuick
import QtQuick.Controls
import QtTest

Item {
    id: scene
    width: 800
    height: 600

    TestCase {
        name: "MediaViewWithoutBackend"
        when: windowShown

        SignalSpy { id: submittedSpy; signalName: "submitted" }

        function test_theTranscriptStaysAndTheActivityCanBeCompleted() {
            const url = activities.viewUrl("media").toString()
            compare(url, "qrc:/activities/media/TranscriptView.qml")
            const component = Qt.createComponent(url)
            compare(component.status, Component.Ready, component.errorString())
            const view = createTemporaryObject(component, scene, {
                width: scene.width, baseUrl: activities.writeSampleMedia(), seed: 0, attempts: 0, busy: false,
                savedResponse: null, savedDraft: null, evaluation: null,
                config: { kind: "audio", src: "media/tone.wav", transcript: "**Expert:** Every word, in writing." }
            })
            submittedSpy.target = view
            wait(200) // a player, if one were created, would have ended the process by now
            const cannot = findChild(view, "mediaCannotPlay")
            verify(cannot.visible)
            compare(cannot.text, "This recording cannot be played on this computer. The transcript has everything it says.")
            verify(findChild(view, "mediaTranscript").visible)
            for (let i = 0; i < 10 && scene.Window.activeFocusItem?.objectName !== "mediaMarkSeen"; ++i)
                keyClick(Qt.Key_Tab)
            compare(scene.Window.activeFocusItem.objectName, "mediaMarkSeen")
            keyClick(Qt.Key_Space)
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0], { seen: true, via: "button" })
        }
    }
}
