import CascadeCore
import CascadeSim
import TerminalKit

/// Where liquidations wait: time across (newest right), price down (highest at the top), shade by the
/// notional that would be liquidated there, from the engine's true positions or from the estimate
/// analytics sites make from public data, so the two can be compared.
///
/// Every column keeps its own price frame, so each is resampled onto one price range around the
/// current mark (`±halfRange`, one row per cell); intensity is relative to the busiest cell shown.
struct HeatmapView {
    /// Half the shown price range, as a share of the mark.
    static let halfRange = 0.05

    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        draw(context, in: rect, showingSymbol: false, canvas: &canvas)
    }

    /// `showingSymbol` names the instrument in the title (where the screen shows several).
    static func draw(_ context: ViewContext, in rect: Rect, showingSymbol: Bool, canvas: inout Canvas) {
        let market = context.market
        let instrument = market.instrument
        let engine = context.state.heatmapSource == .engine
        let series = engine ? market.heatmap : market.estimatedHeatmap
        let title =
            "Liquidation heatmap" + (showingSymbol ? " \(instrument.symbol)" : "") + " · "
            + (engine ? "engine" : "estimate from public data")
        let inner = Box.draw(
            in: rect, title: title,
            focused: context.focused(.heatmap), glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        guard let center = (market.mark ?? market.price).map(instrument.decimal), center > 0, !series.columns.isEmpty
        else {
            canvas.put("no positions yet", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }

        let top = center * (1 + halfRange)
        let bottom = center * (1 - halfRange)
        let labelWidth = instrument.format(instrument.nearestPrice(to: top)).count + 1
        let axisWidth = inner.width >= labelWidth + 6 ? labelWidth : 0
        let plot = Rect(x: inner.x, y: inner.y, width: inner.width - axisWidth, height: inner.height)
        let rowHeight = (top - bottom) / Double(plot.height)
        var grid = series.columns.suffix(plot.width).map { column in
            resample(column, instrument: instrument, top: top, rowHeight: rowHeight, rows: plot.height)
        }
        let busiest = grid.joined().map(abs).max() ?? 0
        if busiest > 0 { grid = grid.map { $0.map { $0 / busiest } } }
        let markerRow = min(plot.height - 1, Int((top - center) / rowHeight))
        HeatmapWidget(grid: grid, markerRow: markerRow).draw(in: plot, glyphs: context.glyphs, canvas: &canvas)
        // The frame's bottom border tells time and shade, as a scrolled page's tells its place.
        let shown = series.columns.suffix(plot.width)
        // One column per statistics minute: n columns span n minutes, as the open-interest trend says.
        let span = (shown.last?.time ?? 0) - (shown.first?.time ?? 0) + .minute
        drawFooter(
            span: span, columns: shown.count, busiest: busiest,
            in: Rect(x: plot.x, y: rect.maxY - 1, width: plot.width, height: 1), glyphs: context.glyphs,
            canvas: &canvas)

        guard axisWidth > 0 else { return }
        func label(_ text: String, row: Int, _ style: Style, lead: Character = " ") {
            canvas.put(String(lead) + text, x: plot.maxX, y: plot.y + row, style: style, maxWidth: axisWidth)
        }
        let price = { (row: Int) in
            instrument.format(instrument.nearestPrice(to: top - (Double(row) + 0.5) * rowHeight))
        }
        if markerRow >= 2 { label(price(0), row: 0, Style(.axis)) }
        if plot.height - 1 - markerRow >= 2 { label(price(plot.height - 1), row: plot.height - 1, Style(.axis)) }
        label(
            instrument.format(instrument.nearestPrice(to: center)), row: markerRow, Style(.heatCurrent),
            lead: context.glyphs.horizontal)
        // Short positions are liquidated as the price rises, long ones as it falls: named, not only coloured.
        if markerRow >= 4 { label("shorts", row: 1, Style(.heatShort, level: UInt8(Role.levels - 1))) }
        if plot.height - 1 - markerRow >= 4 {
            label("longs", row: plot.height - 2, Style(.heatLong, level: UInt8(Role.levels - 1)))
        }
    }

    /// The time axis on the bottom border under the plot (`row`), ` -48m ` at its oldest column and
    /// ` now ` at the newest, and between them (or left of them, while few columns are drawn) the shade
    /// ramp's legend, ` ░▒▓█ to $1.2M ` (the busiest cell's notional): each part only when it fits whole.
    private static func drawFooter(
        span: SimTime, columns: Int, busiest: Double, in row: Rect, glyphs: Glyphs, canvas: inout Canvas
    ) {
        let start = " -" + SimDuration.format(max(.minute, span)) + " "
        let legend = " " + HeatmapWidget.shades(glyphs) + " to $" + NumberFormat.compact(busiest) + " "
        let firstX = max(row.x, row.maxX - columns)
        let room = row.maxX - firstX
        guard room >= start.count + 6 else { return }
        canvas.put(start, x: firstX, y: row.y, style: Style(.axis))
        canvas.put(" now ", x: row.maxX - 5, y: row.y, style: Style(.axis))
        guard busiest > 0 else { return }
        // Between the time labels; left of them while the history is still shorter than the plot.
        let between = row.maxX - 5 - (firstX + start.count)
        let before = firstX - row.x
        if legend.count + 2 <= between {
            canvas.put(legend, x: firstX + start.count + (between - legend.count) / 2, y: row.y, style: Style(.axis))
        } else if legend.count + 2 <= before {
            canvas.put(legend, x: row.x + (before - legend.count) / 2, y: row.y, style: Style(.axis))
        }
    }

    /// One column's buckets spread over the panel's rows by how much of each bucket's price span
    /// falls in each row: longs positive, shorts negative, the larger side winning a shared row.
    private static func resample(
        _ column: HeatmapSeries.Column, instrument: Instrument, top: Double, rowHeight: Double, rows: Int
    ) -> [Double] {
        var longs = Array(repeating: 0.0, count: rows)
        var shorts = longs
        let lowest = instrument.decimal(column.lowest)
        let width = instrument.decimal(Price(ticks: column.width))
        guard width > 0, rowHeight > 0 else { return longs }
        // Only the buckets that overlap the shown range: a column may hold many more than the panel shows.
        let count = max(column.longs.count, column.shorts.count)
        let bottom = top - Double(rows) * rowHeight
        let firstBucket = Int(max(0, min(Double(count), ((bottom - lowest) / width).rounded(.down))))
        let lastBucket = Int(max(-1, min(Double(count - 1), ((top - lowest) / width).rounded(.up))))
        guard firstBucket <= lastBucket else { return longs }
        for bucket in firstBucket...lastBucket {
            let long = bucket < column.longs.count ? column.longs[bucket] : 0
            let short = bucket < column.shorts.count ? column.shorts[bucket] : 0
            guard long > 0 || short > 0 else { continue }
            let low = lowest + Double(bucket) * width
            let high = low + width
            // Clamped while still floating point: a bucket far outside the range must not overflow Int.
            let row = { (price: Double) in Int(min(Double(rows), max(-1, ((top - price) / rowHeight).rounded(.down)))) }
            let first = max(0, row(high))
            let last = min(rows - 1, row(low))
            guard first <= last else { continue }
            for row in first...last {
                let rowTop = top - Double(row) * rowHeight
                let share = (min(high, rowTop) - max(low, rowTop - rowHeight)) / width
                guard share > 0 else { continue }
                longs[row] += long * share
                shorts[row] += short * share
            }
        }
        return zip(longs, shorts).map { long, short in long >= short ? long : -short }
    }
}
