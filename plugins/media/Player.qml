// SPDX-License-Identifier: Apache-2.0
// The audio and video player of the media view, in a file of its own: it is the only part
// that imports QtMultimedia, so that a computer without it (or without a working backend)
// still shows the rest of the activity. View.qml loads it with a Loader and falls back to
// the transcript when it cannot load or reports that the file cannot be played.
//
// Keyboard: Tab reaches Play/Pause (Space or Enter), the position slider (Left/Right: 5
// seconds back or forward) and the volume slider (Left/Right: 10 %).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia

ColumnLayout {
    id: root

    property url source              // already checked by View.qml: a file of the module
    property url posterSource        // video only; may be empty
    property bool isVideo: false
    property string label: ""         // what is playing, for accessible names
    property int textSize: 15
    property int startPosition: 0     // milliseconds, from the learner's draft

    // Set when the file cannot be played here: the view then says so beside the transcript.
    readonly property bool failed: player.error !== MediaPlayer.NoError || player.mediaStatus === MediaPlayer.InvalidMedia
    readonly property string failure: player.errorString
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property alias mediaPlayer: player
    signal ended()
    signal paused(int position)

    spacing: 8

    function toggle() {
        if (playing)
            player.pause()
        else
            player.play()
    }
    function time(ms) {
        const s = Math.max(0, Math.floor(ms / 1000))
        const m = Math.floor(s / 60)
        return m + ":" + String(s % 60).padStart(2, "0")
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }

    MediaPlayer {
        id: player
        source: root.source
        audioOutput: AudioOutput { id: audio; volume: 0.8 }
        videoOutput: root.isVideo ? videoOutput : null
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.EndOfMedia)
                root.ended()
            else if (mediaStatus === MediaPlayer.LoadedMedia && root.startPosition > 0 && seekable)
                setPosition(Math.min(root.startPosition, Math.max(0, duration - 1000)))
        }
        onPlaybackStateChanged: {
            if (playbackState === MediaPlayer.PausedState)
                root.paused(position)
        }
    }

    Rectangle {
        objectName: "mediaScreen"
        visible: root.isVideo
        Layout.fillWidth: true
        Layout.preferredHeight: width * 9 / 16
        color: "#000000"
        radius: 6
        VideoOutput {
            id: videoOutput
            anchors.fill: parent
            fillMode: VideoOutput.PreserveAspectFit
        }
        Image {
            objectName: "mediaPoster"
            anchors.fill: parent
            visible: root.posterSource.toString() !== "" && !root.playing && player.position === 0
            source: root.posterSource
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            Accessible.ignored: true
        }
        TapHandler { onTapped: root.toggle() }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 10

        Button {
            id: playButton
            objectName: "mediaPlay"
            text: root.playing ? qsTranslate("MediaView", "Pause") : qsTranslate("MediaView", "Play")
            enabled: !root.failed
            focusPolicy: Qt.StrongFocus
            font.capitalization: Font.MixedCase
            Accessible.role: Accessible.Button
            Accessible.name: root.label ? text + ": " + root.label : text
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: root.toggle()
            contentItem: Text {
                text: (root.playing ? "❚❚  " : "▶  ") + playButton.text
                font: playButton.font
                color: playButton.enabled ? playButton.palette.highlightedText : root.tint(playButton.palette.windowText, 0.55)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitWidth: 96
                implicitHeight: 40
                radius: 8
                color: playButton.enabled ? playButton.palette.highlight : root.tint(playButton.palette.windowText, 0.12)
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: -3
                    radius: 11
                    color: "transparent"
                    border.width: 2
                    border.color: playButton.palette.highlight
                    visible: playButton.visualFocus
                }
            }
        }

        Slider {
            id: positionSlider
            objectName: "mediaPosition"
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, player.duration)
            stepSize: 5000
            enabled: !root.failed && player.seekable
            focusPolicy: Qt.StrongFocus
            // Follows the player, except while the learner holds it.
            Binding on value {
                when: !positionSlider.pressed
                value: player.position
            }
            onMoved: player.setPosition(value)
            Accessible.role: Accessible.Slider
            Accessible.name: qsTranslate("MediaView", "Position")
            Accessible.description: qsTranslate("MediaView", "%1 of %2. Left and right arrow keys: 5 seconds back or forward.")
                                        .arg(root.time(player.position)).arg(root.time(player.duration))
            Rectangle {
                anchors.fill: parent
                anchors.margins: -2
                radius: 6
                color: "transparent"
                border.width: 2
                border.color: positionSlider.palette.highlight
                visible: positionSlider.visualFocus
            }
        }

        Label {
            objectName: "mediaTime"
            text: root.time(player.position) + " / " + root.time(player.duration)
            Accessible.ignored: true
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 10
        Label {
            text: qsTranslate("MediaView", "Volume")
            Accessible.ignored: true
        }
        Slider {
            id: volumeSlider
            objectName: "mediaVolume"
            Layout.preferredWidth: Math.max(120, root.textSize * 9)
            from: 0
            to: 1
            stepSize: 0.1
            value: audio.volume
            focusPolicy: Qt.StrongFocus
            onMoved: audio.volume = value
            Accessible.role: Accessible.Slider
            Accessible.name: qsTranslate("MediaView", "Volume")
            Accessible.description: qsTranslate("MediaView", "%1%").arg(Math.round(audio.volume * 100))
            Rectangle {
                anchors.fill: parent
                anchors.margins: -2
                radius: 6
                color: "transparent"
                border.width: 2
                border.color: volumeSlider.palette.highlight
                visible: volumeSlider.visualFocus
            }
        }
        Label {
            objectName: "mediaVolumeValue"
            text: Math.round(audio.volume * 100) + " %"
            Accessible.ignored: true
        }
    }
}
