// SPDX-License-Identifier: Apache-2.0
// The media view without a player, for a computer whose Qt Multimedia has no backend:
// MediaActivity::viewUrl() hands it out instead of View.qml, because Qt 6.4 ends the whole
// app the moment a MediaPlayer is created without a backend. Images still show; a
// recording shows its transcript and says it cannot be played here.
View {
    playerAvailable: false
}
