import TerminalKit

/// Marks the market panels add to rows, in the glyph set's alphabet: a glyph set whose direction
/// marks are ASCII gets ASCII marks, since its terminal may not show anything else.
extension Glyphs {
    /// The user's own order or trade.
    var ownMark: Character { up.isASCII ? "*" : "◆" }
}
