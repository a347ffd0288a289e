// SPDX-License-Identifier: Apache-2.0
// The design tokens every screen uses: colours, type scale and spacing. No screen
// hard-codes a colour or a size; it asks the Theme.
pragma Singleton
import QtQuick

QtObject {
    // Accent: a deep blue-teal, 7:1 against white, so white text on it passes WCAG AA.
    readonly property color accent: "#1D5C7A"
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color accentHover: "#24708F"
    readonly property color accentPressed: "#164A63"
    readonly property color accentSoft: "#E3EEF3"
    readonly property color accentSoftPressed: "#CADDE6"
    readonly property color focusRing: "#B35C00"
    readonly property color disabledSurface: "#E6E9ED"
    readonly property color textDisabled: "#7A838C"
    readonly property color background: "#F7F8FA"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1C2430"
    readonly property color textMuted: "#4D5966" // 7:1 on surface
    readonly property color divider: "#D9DEE4"
    readonly property color success: "#1B6B3A"
    readonly property color danger: "#A12B2B"
    readonly property color dangerSurface: "#FBE9E9"
    readonly property color successSurface: "#E6F4EA"
    readonly property color warningSurface: "#FFF4D6"
    readonly property color warningText: "#5C4300"

    readonly property string fontFamily: "Inter"
    // Text size: every font size below is multiplied by it. Main.qml sets it once, from
    // `passerelle --text-scale <factor>` (1.5 for large text). Activity views follow too:
    // they size their text from the window's font, which is fontBody.
    property real textScale: 1.0
    // Type scale (pixel sizes at 100% text).
    readonly property int fontSmall: Math.round(13 * textScale)
    readonly property int fontBody: Math.round(15 * textScale)
    readonly property int fontLarge: Math.round(18 * textScale)
    readonly property int fontTitle: Math.round(22 * textScale)
    readonly property int fontDisplay: Math.round(28 * textScale)

    // Spacing scale.
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 16
    readonly property int spacingL: 24
    readonly property int spacingXl: 40
    readonly property int radius: 10

    // Reading column: about 70 characters of body text, at any text size.
    readonly property int readingWidth: Math.round(720 * textScale)
    readonly property int railWidth: Math.round(88 * textScale)
}
