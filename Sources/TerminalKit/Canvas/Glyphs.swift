/// The characters widgets draw with, in a Unicode set and a pure-ASCII set.
///
/// Braille and block characters are missing from some fonts and from non-UTF-8 locales, so every
/// widget takes a `Glyphs` and draws something readable with either set. Ramps run from empty (or
/// lowest) to full (or highest); widgets scale to a ramp's length, so the sets may differ in length.
public struct Glyphs: Sendable, Hashable {
    var topLeft: Character
    var topRight: Character
    var bottomLeft: Character
    var bottomRight: Character
    /// Horizontal box border (`─`, ASCII `-`); also the heatmap's current-price line.
    public var horizontal: Character
    var vertical: Character
    /// Direction marks, so a price move is readable without colour.
    public var up: Character
    /// Falling price, sell or short (`▼`, ASCII `-`).
    public var down: Character
    /// Horizontal bar fill: first = empty cell, last = full cell, between = partial cells.
    var barRamp: [Character]
    /// What an unfilled gauge cell shows, so the gauge's extent is visible without colour.
    var gaugeEmpty: Character
    /// Vertical levels for sparklines, lowest first; the last is a full cell.
    var blockRamp: [Character]
    /// Density for the heatmap, lightest first (zero intensity is a blank cell).
    var shadeRamp: [Character]
    /// Whether line charts use braille dots (2×4 per cell) or one `*` per cell.
    public var usesBraille: Bool
    /// Candle bodies differ by direction in shape as well as colour.
    var candleUpBody: Character
    var candleDownBody: Character
    var candleWick: Character
    /// A second series beside the candles (`•`, ASCII `o`): unlike every candle glyph.
    public var candleMarker: Character
    /// Horizontal reference lines in charts (entry, liquidation price, orders).
    var levelLine: Character

    /// Rounded frames, braille charts and eighth-cell bars: for UTF-8 terminals whose font has them.
    public static let unicode = Glyphs(
        topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯", horizontal: "─", vertical: "│",
        up: "▲", down: "▼", barRamp: Array(" ▏▎▍▌▋▊▉█"), gaugeEmpty: "·", blockRamp: Array("▁▂▃▄▅▆▇█"),
        shadeRamp: Array("░▒▓█"), usesBraille: true, candleUpBody: "┃", candleDownBody: "█", candleWick: "│",
        candleMarker: "•", levelLine: "┄")

    /// 7-bit characters only, for `--ascii` and non-UTF-8 locales; charts plot one `*` per cell.
    public static let ascii = Glyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        up: "+", down: "-", barRamp: Array(" ....#"), gaugeEmpty: "-", blockRamp: Array("_.-=+*#@"),
        shadeRamp: Array(".:*#"), usesBraille: false, candleUpBody: "+", candleDownBody: "#", candleWick: "|",
        candleMarker: "o", levelLine: "-")
}
