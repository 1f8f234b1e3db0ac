/// A line chart drawn with braille dots: two columns and four rows of dots per cell, so a 60×12
/// panel plots 120 points at 48 heights. With ASCII glyphs it plots one point per cell as `*`,
/// joined by `.`.
public struct BrailleChart: Hashable, Sendable {
    /// The lines to plot, each right-aligned on its newest value; later series draw over earlier ones.
    public var series: [ChartSeries]
    /// Reference lines, drawn behind the series; their labels are drawn over them.
    public var levels: [ChartLevel]
    /// The value range shown; nil fits the visible values of all series.
    public var range: ClosedRange<Double>?

    /// A chart of `series`, with no level lines and a range fitted to the visible values unless told.
    public init(series: [ChartSeries], levels: [ChartLevel] = [], range: ClosedRange<Double>? = nil) {
        self.series = series
        self.levels = levels
        self.range = range
    }

    /// Draws level lines, then the series (the last series wins a shared cell's style), then the
    /// level labels. Each series shows its newest values, right-aligned.
    ///
    /// - Returns: the value-to-row mapping used, for axis labels.
    @discardableResult
    public func draw(in rect: Rect, glyphs: Glyphs, canvas: inout Canvas) -> ChartScale {
        let columnsPerCell = glyphs.usesBraille ? 2 : 1
        let rowsPerCell = glyphs.usesBraille ? 4 : 1
        let pointColumns = rect.width * columnsPerCell
        let visible = series.map { $0.values.suffix(pointColumns) }
        let fitted = ChartScale.range(of: visible.flatMap { $0.compactMap { $0 } }) ?? 0...1
        let scale = ChartScale(range: range ?? fitted, rect: rect, rowsPerCell: rowsPerCell)
        guard !rect.isEmpty else { return scale }
        ChartLevel.drawLines(levels, scale: scale, glyphs: glyphs, canvas: &canvas)
        var grid = DotGrid(rect: rect, columnsPerCell: columnsPerCell, rowsPerCell: rowsPerCell)
        for (line, values) in zip(series, visible) {
            grid.plot(Array(values), startColumn: pointColumns - values.count, scale: scale, style: line.style)
        }
        grid.draw(braille: glyphs.usesBraille, canvas: &canvas)
        ChartLevel.drawLabels(levels, scale: scale, canvas: &canvas)
        return scale
    }
}
