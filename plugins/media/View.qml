// SPDX-License-Identifier: Apache-2.0
// The media view: an image with its caption, or an audio or video player with the
// transcript beside it. Files come from the module's own folder only (baseUrl + src, with
// src a plain relative path under media/: never "..", an absolute path or an address), so a
// module plays offline and cannot reach anything else on the computer.
//
// The player lives in Player.qml, the only file that imports QtMultimedia. When it cannot be
// loaded, or the file cannot be played, the view says so and the transcript, which carries
// everything the recording says, stays in place.
//
// Completion: "Mark as seen", or a recording played to its end. Nothing is scored
// (MediaActivity::evaluate). The draft keeps where the learner paused a recording.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

FocusScope {
    id: root
    // Feedback colours, bound by the host to the app's theme (light, dark, high contrast).
    property color successColor: "#1b6b3a"
    property color dangerColor: "#a12b2b"
    property color warningColor: "#7a4d00"

    // Set by the activity host.
    property var config: ({})
    property var savedResponse: null   // {seen: true, via}
    property var savedDraft: null      // {position: milliseconds}, where a recording was paused
    property var evaluation: null      // {completion, feedback: {verdict: "seen"}}
    property bool busy: false
    property int attempts: 0
    property int seed: 0              // unused
    property url baseUrl               // the module's folder, ending in "/"
    property string moduleTitle        // unused
    signal submitted(var response)
    signal draftChanged(var draft)
    signal documentRequested(var document, string suggestedName)

    // Where the player comes from; a test points it elsewhere to play a computer without
    // QtMultimedia.
    property url playerUrl: Qt.resolvedUrl("Player.qml")
    // False in TranscriptView.qml, which the plugin hands out when Qt Multimedia has no
    // backend here: then no player is ever created.
    property bool playerAvailable: true

    readonly property string kind: config.kind || ""
    readonly property bool isImage: kind === "image"
    readonly property bool isRecording: kind === "audio" || kind === "video"
    readonly property string pathProblem: mediaPathProblem(config.src)
    readonly property string mediaUrl: resolve(config.src)
    readonly property string posterUrl: kind === "video" && config.poster ? resolve(config.poster) : ""
    readonly property bool seen: (evaluation && evaluation.feedback && evaluation.feedback.verdict === "seen")
                                 || (savedResponse !== null && savedResponse !== undefined && savedResponse.seen === true)
    readonly property bool playerFailed: isRecording && (!playerAvailable || mediaUrl === "" || playerLoader.status === Loader.Error
                                                         || (playerLoader.item !== null && playerLoader.item.failed))
    // The text size in pixels, whether the inherited font is set in points or pixels.
    readonly property int textSize: sizeProbe.fontInfo.pixelSize
    // The transcript sits beside the player when both get a readable width; expanded, it
    // takes the whole width under the player.
    property bool transcriptExpanded: false
    readonly property bool besidePlayer: width >= textSize * 30 && !transcriptExpanded

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth

    // The same rule as MediaActivity's validation: a relative path inside media/, made of
    // plain names. Empty when the path is usable, else why not.
    function mediaPathProblem(path) {
        if (typeof path !== "string" || path.length === 0)
            return "missing"
        if (path.indexOf(":") >= 0 || path.startsWith("//"))
            return "scheme"
        if (path[0] === "/" || path.indexOf("\\") >= 0)
            return "absolute"
        const parts = path.split("/")
        for (const part of parts)
            if (part === "" || part === "." || part === ".." || !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(part))
                return "part"
        if (parts.length < 2 || parts[0] !== "media")
            return "outside"
        return ""
    }
    // The file's URL in the module's folder, or an empty URL when the path or the folder is
    // not acceptable.
    function resolve(path) {
        const base = String(baseUrl)
        if (mediaPathProblem(path) !== "" || !base.endsWith("/") || !(base.startsWith("file:") || base.startsWith("qrc:")))
            return ""
        return base + path
    }
    function markAsSeen(via) {
        if (busy || seen)
            return
        submitted({ seen: true, via: via })
    }
    function tint(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }

    Label {
        id: sizeProbe
        text: "M"
        visible: false
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        // ---- an image --------------------------------------------------------------------
        Image {
            id: picture
            objectName: "mediaImage"
            visible: root.isImage && status !== Image.Error && root.mediaUrl !== ""
            Layout.fillWidth: true
            Layout.maximumWidth: Math.max(1, sourceSize.width)
            Layout.preferredHeight: sourceSize.width > 0 ? Math.min(width, sourceSize.width) * sourceSize.height / sourceSize.width : 0
            Layout.alignment: Qt.AlignHCenter
            source: root.isImage ? root.mediaUrl : ""
            fillMode: Image.PreserveAspectFit
            asynchronous: false
            Accessible.role: Accessible.Graphic
            Accessible.name: root.config.alt || ""
        }
        Label {
            objectName: "mediaImageMissing"
            visible: root.isImage && (picture.status === Image.Error || root.mediaUrl === "")
            Layout.fillWidth: true
            text: qsTranslate("MediaView", "This image cannot be shown here. It shows: %1").arg(root.config.alt || "")
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        // ---- a recording and its transcript -------------------------------------------------
        GridLayout {
            id: playerAndTranscript
            objectName: "mediaPlayerAndTranscript"
            visible: root.isRecording
            Layout.fillWidth: true
            columns: root.besidePlayer ? 2 : 1
            columnSpacing: 20
            rowSpacing: 12

            ColumnLayout {
                id: playerColumn
                objectName: "mediaPlayerColumn"
                Layout.fillWidth: true
                Layout.preferredWidth: root.besidePlayer ? 55 : 100
                Layout.alignment: Qt.AlignTop
                spacing: 8

                Loader {
                    id: playerLoader
                    objectName: "mediaPlayerLoader"
                    Layout.fillWidth: true
                    visible: !root.playerFailed
                    active: root.playerAvailable && root.isRecording && root.mediaUrl !== ""
                    source: root.playerUrl
                    onLoaded: {
                        item.source = root.mediaUrl
                        item.posterSource = root.posterUrl
                        item.isVideo = root.kind === "video"
                        item.label = root.config.caption || ""
                        item.textSize = Qt.binding(function () { return root.textSize })
                        item.startPosition = root.savedDraft && root.savedDraft.position > 0 ? root.savedDraft.position : 0
                    }
                }
                Connections {
                    target: playerLoader.item
                    function onEnded() { root.markAsSeen("ended") }
                    function onPaused(position) { root.draftChanged({ position: position }) }
                }
                Label {
                    objectName: "mediaRecordingCaption"
                    visible: text.length > 0
                    Layout.fillWidth: true
                    text: root.isRecording ? (root.config.caption || "") : ""
                    textFormat: Text.MarkdownText
                    wrapMode: Text.Wrap
                    font.italic: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    objectName: "mediaCannotPlay"
                    visible: root.playerFailed
                    Layout.fillWidth: true
                    text: root.mediaUrl === "" && root.pathProblem !== ""
                          ? qsTranslate("MediaView", "This recording is not a file of the module, so it is not played. The transcript has everything it says.")
                          : qsTranslate("MediaView", "This recording cannot be played on this computer. The transcript has everything it says.")
                    wrapMode: Text.Wrap
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            Control {
                id: transcriptPane
                objectName: "mediaTranscriptPane"
                Layout.fillWidth: true
                Layout.preferredWidth: root.besidePlayer ? 45 : 100
                Layout.alignment: Qt.AlignTop
                padding: 12
                // Collapsed, a long transcript shows its first lines (as many as the player is
                // tall, and at least eight); expanded, all of it.
                readonly property int collapsedHeight: Math.max(playerColumn.implicitHeight, Math.round(root.textSize * 1.5 * 8))
                readonly property bool overflows: transcriptText.implicitHeight > collapsedHeight + root.textSize
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTranslate("MediaView", "Transcript")
                readonly property color paneColor: Qt.tint(palette.window, root.tint(palette.windowText, 0.04))
                background: Rectangle {
                    radius: 8
                    color: transcriptPane.paneColor
                    border.width: 1
                    border.color: root.tint(transcriptPane.palette.windowText, 0.18)
                }
                contentItem: ColumnLayout {
                    spacing: 8
                    Label {
                        Layout.fillWidth: true
                        text: qsTranslate("MediaView", "Transcript")
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Item {
                        id: transcriptBox
                        objectName: "mediaTranscriptBox"
                        Layout.fillWidth: true
                        implicitHeight: transcriptPane.overflows && !root.transcriptExpanded
                                        ? transcriptPane.collapsedHeight : transcriptText.implicitHeight
                        clip: true
                        Label {
                            id: transcriptText
                            objectName: "mediaTranscript"
                            width: parent.width
                            text: root.config.transcript || ""
                            textFormat: Text.MarkdownText
                            wrapMode: Text.Wrap
                            lineHeight: 1.2
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        // A cut line fades out, so the transcript visibly goes on.
                        Rectangle {
                            visible: transcriptPane.overflows && !root.transcriptExpanded
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            height: Math.round(root.textSize * 2.5)
                            gradient: Gradient {
                                GradientStop { position: 0; color: "transparent" }
                                GradientStop { position: 1; color: transcriptPane.paneColor }
                            }
                        }
                    }
                    Button {
                        id: expandButton
                        objectName: "mediaTranscriptToggle"
                        visible: transcriptPane.overflows || root.transcriptExpanded
                        Layout.fillWidth: true
                        flat: true
                        focusPolicy: Qt.StrongFocus
                        font.capitalization: Font.MixedCase
                        text: root.transcriptExpanded ? qsTranslate("MediaView", "Show less of the transcript")
                                                      : qsTranslate("MediaView", "Show the whole transcript")
                        Accessible.role: Accessible.Button
                        Accessible.name: text
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                        onClicked: root.transcriptExpanded = !root.transcriptExpanded
                        contentItem: Text {
                            text: (root.transcriptExpanded ? "▴ " : "▾ ") + expandButton.text
                            font: expandButton.font
                            color: expandButton.palette.windowText
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            implicitHeight: 36
                            radius: 6
                            color: expandButton.hovered ? root.tint(expandButton.palette.highlight, 0.1) : "transparent"
                            border.width: expandButton.visualFocus ? 2 : 0
                            border.color: expandButton.palette.highlight
                        }
                    }
                }
            }
        }

        // ---- caption, an image's long description, completion -----------------------------------
        Label {
            id: captionLabel
            objectName: "mediaCaption"
            visible: text.length > 0
            Layout.fillWidth: true
            text: root.isImage ? (root.config.caption || "") : ""
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            font.italic: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "mediaDescription"
            visible: root.isImage && text.length > 0
            Layout.fillWidth: true
            text: root.isImage ? (root.config.transcript || "") : ""
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Button {
                id: markSeen
                objectName: "mediaMarkSeen"
                text: qsTranslate("MediaView", "Mark as seen")
                enabled: !root.seen && !root.busy
                focusPolicy: Qt.StrongFocus
                font.capitalization: Font.MixedCase
                Accessible.role: Accessible.Button
                Accessible.name: text
                Keys.onReturnPressed: if (enabled) clicked()
                Keys.onEnterPressed: if (enabled) clicked()
                onClicked: root.markAsSeen("button")
                contentItem: Text {
                    text: markSeen.text
                    font: markSeen.font
                    color: markSeen.enabled ? markSeen.palette.buttonText : root.tint(markSeen.palette.windowText, 0.55)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitWidth: 120
                    implicitHeight: 40
                    radius: 8
                    color: markSeen.enabled ? (markSeen.hovered ? root.tint(markSeen.palette.highlight, 0.1) : markSeen.palette.base)
                                            : root.tint(markSeen.palette.windowText, 0.08)
                    border.width: markSeen.visualFocus ? 2 : 1
                    border.color: markSeen.visualFocus ? markSeen.palette.highlight : root.tint(markSeen.palette.windowText, 0.35)
                }
            }
            Label {
                objectName: "mediaSeen"
                visible: root.seen
                Layout.fillWidth: true
                text: "✓ " + qsTranslate("MediaView", "Seen.")
                wrapMode: Text.Wrap
                color: root.successColor
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTranslate("MediaView", "Seen.")
            }
        }
    }
}
