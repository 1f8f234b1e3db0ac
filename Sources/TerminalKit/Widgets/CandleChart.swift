/// Candlesticks, one column per candle: a wick from high to low and a body from open to close.
///
/// Up and down candles differ in body glyph (`┃` and `█`, ASCII `+` and `#`) as well as in colour
/// (`.candleUp`, `.candleDown`), so direction reads without colour.
public struct CandleChart: Hashable, Sendable {
    /// Oldest first; the newest `rect.width` are drawn, one column each.
    public var candles: [Candle]
    /// Reference lines, drawn behind the candles; their labels are drawn over them.
    public var levels: [ChartLevel]
    /// The price range shown; nil fits the visible candles' lows and highs (and markers).
    public var range: ClosedRange<Double>?
    /// A second series beside the candles (a mark price beside the trades), one value per candle
    /// aligned from the newest end: a `glyphs.candleMarker` in its style on the candle's column
    /// wherever it lies outside the candle's high–low, so a marker means the two series disagree.
    public var markers: ChartSeries?

    /// A chart of `candles` (oldest first), with no level lines or markers and a range fitted to the
    /// visible candles unless told.
    public init(
        candles: [Candle], levels: [ChartLevel] = [], markers: ChartSeries? = nil, range: ClosedRange<Double>? = nil
    ) {
        self.candles = candles
        self.levels = levels
        self.markers = markers
        self.range = range
    }

    /// Draws level lines, the newest `rect.width` candles right-aligned, then level labels.
    ///
    /// - Returns: the value-to-row mapping used, for axis labels.
    @discardableResult
    public func draw(in rect: Rect, glyphs: Glyphs, canvas: inout Canvas) -> ChartScale {
        let visible = candles.suffix(rect.width)
        let marks = Array((markers?.values ?? []).suffix(visible.count))
        let padded = Array(repeating: nil, count: visible.count - marks.count) + marks
        let fitted = ChartScale.range(of: visible.flatMap { [$0.low, $0.high] } + marks.compactMap { $0 }) ?? 0...1
        let scale = ChartScale(range: range ?? fitted, rect: rect, rowsPerCell: 1)
        guard !rect.isEmpty else { return scale }
        ChartLevel.drawLines(levels, scale: scale, glyphs: glyphs, canvas: &canvas)
        let startX = rect.maxX - visible.count
        for (offset, candle) in visible.enumerated() {
            let style = Style(candle.isUp ? .candleUp : .candleDown)
            let x = startX + offset
            draw(
                glyphs.candleWick, x: x, from: candle.high, to: candle.low, scale: scale, style: style, canvas: &canvas)
            let body = candle.isUp ? glyphs.candleUpBody : glyphs.candleDownBody
            draw(
                body, x: x, from: max(candle.open, candle.close), to: min(candle.open, candle.close), scale: scale,
                style: style, canvas: &canvas)
            if let value = padded[offset], let markers, !(candle.low...candle.high).contains(value),
                let y = scale.row(for: value), y != scale.row(for: candle.low), y != scale.row(for: candle.high)
            {
                canvas[x, y] = Cell(character: glyphs.candleMarker, style: markers.style)
            }
        }
        ChartLevel.drawLabels(levels, scale: scale, canvas: &canvas)
        return scale
    }

    /// Fills column `x` from the row of `top` down to the row of `bottom`, each clamped to the plot.
    private func draw(
        _ glyph: Character, x: Int, from top: Double, to bottom: Double, scale: ChartScale, style: Style,
        canvas: inout Canvas
    ) {
        let clamp = { (value: Double) in min(scale.range.upperBound, max(scale.range.lowerBound, value)) }
        guard let first = scale.row(for: clamp(top)), let last = scale.row(for: clamp(bottom)) else { return }
        for y in first...max(first, last) { canvas[x, y] = Cell(character: glyph, style: style) }
    }
}
