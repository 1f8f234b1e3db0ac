/// The characters widgets draw with, in a Unicode set and a pure-ASCII set.
///
/// Braille and block characters are missing from some fonts and from non-UTF-8 locales, so every
/// widget takes a `Glyphs` and draws something readable with either set. Ramps run from empty (or
/// lowest) to full (or highest); widgets scale to a ramp's length, so the sets may differ in length.
public struct Glyphs: Sendable, Hashable {
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var horizontal: Character
    public var vertical: Character
    /// Direction marks, so a price move is readable without colour.
    public var up: Character
    public var down: Character
    /// Horizontal bar fill: first = empty cell, last = full cell, between = partial cells.
    public var barRamp: [Character]
    /// What an unfilled gauge cell shows, so the gauge's extent is visible without colour.
    public var gaugeEmpty: Character
    /// Vertical levels for sparklines, lowest first; the last is a full cell.
    public var blockRamp: [Character]
    /// Density for the heatmap, lightest first (zero intensity is a blank cell).
    public var shadeRamp: [Character]
    /// Whether line charts use braille dots (2×4 per cell) or one `*` per cell.
    public var usesBraille: Bool
    /// Candle bodies differ by direction in shape as well as colour.
    public var candleUpBody: Character
    public var candleDownBody: Character
    public var candleWick: Character
    /// Horizontal reference lines in charts (entry, liquidation price, orders).
    public var levelLine: Character

    public static let unicode = Glyphs(
        topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯", horizontal: "─", vertical: "│",
        up: "▲", down: "▼", barRamp: Array(" ▏▎▍▌▋▊▉█"), gaugeEmpty: "·", blockRamp: Array("▁▂▃▄▅▆▇█"),
        shadeRamp: Array("░▒▓█"), usesBraille: true, candleUpBody: "┃", candleDownBody: "█", candleWick: "│",
        levelLine: "┄")

    public static let ascii = Glyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        up: "+", down: "-", barRamp: Array(" ....#"), gaugeEmpty: "-", blockRamp: Array("_.-=+*#@"),
        shadeRamp: Array(".:*#"), usesBraille: false, candleUpBody: "+", candleDownBody: "#", candleWick: "|",
        levelLine: "-")
}
