// SPDX-License-Identifier: Apache-2.0
// The design tokens every screen uses: colour roles, type scale, spacing and radii. No screen
// hard-codes a colour or a size; it asks the Theme. Three palettes share the same roles:
// light, dark and high contrast. Activity views (plugins) cannot import this file: the
// window hands them the palette, and ActivityHost binds their successColor, dangerColor and
// warningColor.
pragma Singleton
import QtQuick

QtObject {
    id: theme

    // "light", "dark" or "high-contrast". Main.qml binds it to the learner's preference.
    property string name: "light"
    readonly property var names: ["light", "dark", "high-contrast"]
    // The Material style underneath: dark for the dark and high-contrast palettes.
    readonly property bool dark: name !== "light"

    // One object per theme, with the same roles. tst_themecontrast reads them from here and
    // checks every pair in contrastPairs: text at least 4.5:1, other marks at least 3:1 (WCAG AA).
    readonly property var palettes: ({
        "light": {
            background: "#F7F8FA",
            surface: "#FFFFFF",
            divider: "#D9DEE4",
            text: "#1C2430",
            textMuted: "#4D5966",
            textDisabled: "#7A838C",
            disabledSurface: "#E6E9ED",
            accent: "#1D5C7A",
            textOnAccent: "#FFFFFF",
            accentHover: "#24708F",
            accentPressed: "#164A63",
            accentSoft: "#E3EEF3",
            accentSoftPressed: "#CADDE6",
            toolbar: "#1D5C7A",
            textOnToolbar: "#FFFFFF",
            toolbarHover: "#24708F",
            focusRing: "#B35C00",
            success: "#1B6B3A",
            successSurface: "#E6F4EA",
            danger: "#A12B2B",
            dangerSurface: "#FBE9E9",
            warningText: "#5C4300",
            warningSurface: "#FFF4D6"
        },
        "dark": {
            background: "#11171D",
            surface: "#1A222A",
            divider: "#34404B",
            text: "#E8EDF2",
            textMuted: "#AEB9C4",
            textDisabled: "#7F8A95",
            disabledSurface: "#2A333C",
            accent: "#8CCBE8",
            textOnAccent: "#0B1C25",
            accentHover: "#A5D8EF",
            accentPressed: "#6FB6D8",
            accentSoft: "#1E3846",
            accentSoftPressed: "#284A5C",
            toolbar: "#172D3A",
            textOnToolbar: "#E8EDF2",
            toolbarHover: "#22404F",
            focusRing: "#FFB35C",
            success: "#7FD69B",
            successSurface: "#17331F",
            danger: "#FF9A8F",
            dangerSurface: "#3A1F1F",
            warningText: "#F2CF6B",
            warningSurface: "#3A3015"
        },
        "high-contrast": {
            background: "#000000",
            surface: "#000000",
            divider: "#FFFFFF",
            text: "#FFFFFF",
            textMuted: "#F0F0F0",
            textDisabled: "#B3B3B3",
            disabledSurface: "#1A1A1A",
            accent: "#FFE14D",
            textOnAccent: "#000000",
            accentHover: "#FFEB85",
            accentPressed: "#E6C700",
            accentSoft: "#000000",
            accentSoftPressed: "#262626",
            toolbar: "#000000",
            textOnToolbar: "#FFFFFF",
            toolbarHover: "#262626",
            focusRing: "#00E5FF",
            success: "#8CFF9E",
            successSurface: "#000000",
            danger: "#FF9E9E",
            dangerSurface: "#000000",
            warningText: "#FFE14D",
            warningSurface: "#000000"
        }
    })
    // [foreground, background, minimum ratio]: every combination a screen draws text in.
    readonly property var contrastPairs: [
        ["text", "background", 4.5], ["text", "surface", 4.5], ["text", "accentSoft", 4.5],
        ["textMuted", "background", 4.5], ["textMuted", "surface", 4.5],
        ["textOnAccent", "accent", 4.5], ["textOnAccent", "accentHover", 4.5],
        ["textOnAccent", "accentPressed", 4.5],
        ["accent", "accentSoft", 4.5], ["accent", "accentSoftPressed", 4.5],
        ["accent", "surface", 4.5], ["accent", "background", 4.5],
        ["textOnToolbar", "toolbar", 4.5], ["textOnToolbar", "toolbarHover", 4.5],
        ["success", "surface", 4.5], ["success", "successSurface", 4.5],
        ["danger", "surface", 4.5], ["danger", "dangerSurface", 4.5],
        ["warningText", "surface", 4.5], ["warningText", "warningSurface", 4.5],
        ["text", "successSurface", 4.5], ["text", "dangerSurface", 4.5], ["text", "warningSurface", 4.5],
        ["focusRing", "background", 3], ["focusRing", "surface", 3], ["focusRing", "accentSoft", 3]
    ]
    readonly property var colors: palettes[name] !== undefined ? palettes[name] : palettes["light"]

    readonly property color background: colors.background
    readonly property color surface: colors.surface
    readonly property color divider: colors.divider
    readonly property color text: colors.text
    readonly property color textMuted: colors.textMuted
    readonly property color textDisabled: colors.textDisabled
    readonly property color disabledSurface: colors.disabledSurface
    // The one accent colour: primary buttons, current rail entry, links.
    readonly property color accent: colors.accent
    readonly property color textOnAccent: colors.textOnAccent
    readonly property color accentHover: colors.accentHover
    readonly property color accentPressed: colors.accentPressed
    readonly property color accentSoft: colors.accentSoft
    readonly property color accentSoftPressed: colors.accentSoftPressed
    // The top bar.
    readonly property color toolbar: colors.toolbar
    readonly property color textOnToolbar: colors.textOnToolbar
    readonly property color toolbarHover: colors.toolbarHover
    // Keyboard focus: a ring of this colour around the focused control.
    readonly property color focusRing: colors.focusRing
    readonly property int focusRingWidth: name === "high-contrast" ? 3 : 2
    readonly property color success: colors.success
    readonly property color successSurface: colors.successSurface
    readonly property color danger: colors.danger
    readonly property color dangerSurface: colors.dangerSurface
    readonly property color warningText: colors.warningText
    readonly property color warningSurface: colors.warningSurface
    // Card borders: stronger in high contrast, where surfaces and background are both black.
    readonly property int borderWidth: name === "high-contrast" ? 2 : 1

    readonly property string fontFamily: "Inter"
    // Text size: every font size below is multiplied by it. Main.qml binds it to the learner's
    // preference, or to `passerelle --text-scale <factor>` (2 for 200%). Activity views follow
    // too: they size their text from the window's font, which is fontBody.
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
    // Radii: cards and panels, and the smaller controls inside them.
    readonly property int radius: 10
    readonly property int radiusSmall: 8

    // Reading column: about 70 characters of body text, at any text size.
    readonly property int readingWidth: Math.round(720 * textScale)
    // The rail grows with the text, a little slower: at 200% a full-speed rail would eat the
    // page, and "Catalogue" still fits on one line.
    readonly property int railWidth: Math.round(88 * (1 + (textScale - 1) * 0.8))
    // Icons grow half as fast as the text.
    readonly property int iconSize: Math.round(24 * (1 + (textScale - 1) / 2))
    readonly property int iconSizeSmall: Math.round(20 * (1 + (textScale - 1) / 2))
}
