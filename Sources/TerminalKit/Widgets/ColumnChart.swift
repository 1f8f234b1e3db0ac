/// Columns rising from the bottom of a rectangle, one per cell, each with its own height, style and
/// fill: the two areas of a depth chart, a histogram.
///
/// A column's top cell takes the block ramp's partial glyph, so its height reads to an eighth of a
/// row; the cells under it take the column's fill, so two areas differ in shape as well as in
/// colour (in monochrome and with 8 colours too).
public struct ColumnChart: Sendable {
    /// What fills a column below its top cell.
    public enum Fill: Sendable, Hashable {
        /// The block ramp's full cell (`█`, ASCII `@`).
        case solid
        /// A medium shade (`▒`, ASCII `:`).
        case shaded

        /// The character this fill draws with `glyphs`, for a legend.
        public func glyph(in glyphs: Glyphs) -> Character {
            switch self {
            case .solid: glyphs.blockRamp.last ?? "#"
            case .shaded: glyphs.shadeRamp.count > 1 ? glyphs.shadeRamp[1] : ":"
            }
        }
    }

    /// One column: its height as a fraction of the rectangle's, its style and its fill.
    public struct Column: Sendable, Hashable {
        /// Height in `0...1` of the rectangle; anything above zero shows at least an eighth.
        public var fraction: Double
        /// The role of every cell of the column (a depth chart's `.bid` or `.ask`).
        public var style: Style
        /// What fills the column under its top cell.
        public var fill: Fill

        /// A column `fraction` of the chart's height tall.
        public init(fraction: Double, style: Style, fill: Fill) {
            self.fraction = fraction
            self.style = style
            self.fill = fill
        }
    }

    /// Left to right from the rectangle's first column; those past its width are not drawn.
    public var columns: [Column]

    /// A chart of `columns`, drawn from the left edge.
    public init(columns: [Column]) { self.columns = columns }

    /// Draws the columns into `rect`, bottom-aligned.
    public func draw(in rect: Rect, glyphs: Glyphs, canvas: inout Canvas) {
        let ramp = glyphs.blockRamp
        guard !rect.isEmpty, !ramp.isEmpty else { return }
        let steps = ramp.count
        for (offset, column) in columns.prefix(rect.width).enumerated() {
            let fraction = column.fraction.isFinite ? min(1, max(0, column.fraction)) : 0
            guard fraction > 0 else { continue }
            let level = max(1, Int((fraction * Double(rect.height * steps)).rounded()))
            let fullRows = level / steps
            let partial = level % steps
            let body = column.fill.glyph(in: glyphs)
            for row in 0..<fullRows {
                canvas[rect.x + offset, rect.maxY - 1 - row] = Cell(character: body, style: column.style)
            }
            if partial > 0 && fullRows < rect.height {
                canvas[rect.x + offset, rect.maxY - 1 - fullRows] = Cell(
                    character: ramp[partial - 1], style: column.style)
            }
        }
    }
}
