/// One level of a depth ladder: its numbers, how long its depth bar is, and how it is marked.
public struct LadderRow: Hashable, Sendable {
    /// Texts for the ladder's columns, right-aligned in them (price, size, total…).
    public var columns: [String]
    /// The bar's length as a share (0...1) of the space after the columns.
    public var barFraction: Double
    /// Style of the depth bar (`.bid` or `.ask` in the order book).
    public var barStyle: Style
    /// Style of the column texts; `.flash` replaces it (keeping bold) while `flash` is set.
    public var textStyle: Style
    /// Shown in the ladder's first cell, such as `*` for a level holding the user's order.
    public var marker: Character?
    var markerStyle: Style
    /// The level just changed: its text is drawn in `.flash`.
    public var flash: Bool

    /// A level with plain text, no marker and no flash unless told; a marker is drawn in `.ownOrder`.
    public init(
        columns: [String], barFraction: Double, barStyle: Style, textStyle: Style = .text, marker: Character? = nil,
        markerStyle: Style = Style(.ownOrder), flash: Bool = false
    ) {
        self.columns = columns
        self.barFraction = barFraction
        self.barStyle = barStyle
        self.textStyle = textStyle
        self.marker = marker
        self.markerStyle = markerStyle
        self.flash = flash
    }
}
