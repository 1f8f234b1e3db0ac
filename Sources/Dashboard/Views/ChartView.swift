import CascadeCore
import CascadeSim
import TerminalKit

/// The price chart: candles or a line of closes (with mark and index) at the chosen timeframe,
/// the user's entry, liquidation and order prices as levels, and a price axis on the right.
///
/// Candles carry the mark price as a `•` marker wherever it leaves the candle's range, and the axis
/// labels the current mark beside the last trade: a one-sided book can print trades far from a
/// crashing mark, and the chart must not hide that. The title names the marker ("• mark").
///
/// Levels show only when they fall inside the range the prices span, so a distant liquidation
/// price never squashes the candles into a few rows.
struct ChartView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let market = context.market
        let instrument = market.instrument
        let state = context.state
        let minutes = max(1, state.timeframe)
        let timeframe = minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes)m"
        let legend = state.chartMode == .candles ? " · \(context.glyphs.candleMarker) mark" : ""
        let inner = Box.draw(
            in: rect, title: "Chart \(instrument.symbol) · \(timeframe) · \(state.chartMode.rawValue)\(legend)",
            focused: context.focused(.chart), glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        let periods = aggregate(market.candles, minutes: minutes)
        guard let latest = periods.last else {
            canvas.put("no trades yet", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }

        let labelWidth = instrument.format(periods.map(\.bar.high).max() ?? latest.bar.high).count + 1
        let axisWidth = inner.width >= labelWidth + 8 ? labelWidth : 0
        let plot = Rect(x: inner.x, y: inner.y, width: inner.width - axisWidth, height: inner.height)
        let levels = levels(context)
        let scale: ChartScale
        switch state.chartMode {
        case .candles:
            let candles = periods.map { period in
                Candle(
                    open: instrument.decimal(period.bar.open), high: instrument.decimal(period.bar.high),
                    low: instrument.decimal(period.bar.low), close: instrument.decimal(period.bar.close))
            }
            let marks = ChartSeries(values: sampled(market.markSeries, periods, market), style: Style(.chartMark))
            scale = CandleChart(candles: candles, levels: levels, markers: marks).draw(
                in: plot, glyphs: context.glyphs, canvas: &canvas)
        case .line:
            let legend = plot.height >= 6 ? 1 : 0
            let area = Rect(x: plot.x, y: plot.y, width: plot.width, height: plot.height - legend)
            let series = [
                ChartSeries(values: sampled(market.indexSeries, periods, market), style: Style(.chartIndex)),
                ChartSeries(values: sampled(market.markSeries, periods, market), style: Style(.chartMark)),
                ChartSeries(values: periods.map { instrument.decimal($0.bar.close) }, style: Style(.chartLine)),
            ]
            scale = BrailleChart(series: series, levels: levels).draw(in: area, glyphs: context.glyphs, canvas: &canvas)
            if legend > 0 { drawLegend(x: plot.x, y: plot.maxY - 1, width: plot.width, canvas: &canvas) }
        }
        drawProtectionsOffRange(context, scale: scale, canvas: &canvas)
        if axisWidth > 0 {
            let axis = Rect(x: plot.maxX, y: scale.rect.y, width: axisWidth, height: scale.rect.height)
            drawAxis(
                scale, last: latest.bar, mark: market.mark, in: axis, instrument: instrument, glyphs: context.glyphs,
                canvas: &canvas)
        }
    }

    /// A take-profit, stop-loss or trailing stop beyond the prices the chart shows is still shown: its label at the
    /// plot's top or bottom row, right-aligned, with an arrow saying which way it lies.
    private static func drawProtectionsOffRange(_ context: ViewContext, scale: ChartScale, canvas: inout Canvas) {
        let market = context.market
        let instrument = market.instrument
        for order in context.snapshot.account.orders where order.instrument == market.id {
            guard order.protection != nil, let price = order.price ?? order.trigger else { continue }
            let value = instrument.decimal(price)
            guard !scale.range.contains(value) else { continue }
            let above = value > scale.range.upperBound
            let label =
                "\(above ? context.glyphs.up : context.glyphs.down) \(order.chartName) "
                + "\(instrument.format(order.quantity)) \(instrument.format(price))"
            guard label.count <= scale.rect.width else { continue }
            canvas.put(
                label, x: scale.rect.maxX - label.count, y: above ? scale.rect.y : scale.rect.maxY - 1,
                style: Style(.chartOrder))
        }
    }

    /// One timeframe period: its bar and the index of its last one-minute candle.
    struct Period {
        var bar: BarRecorder.Bar
        var lastMinute: Int
    }

    /// One-minute candles merged into periods of `minutes`, aligned to whole periods of simulated time
    /// (an hour candle starts on the hour); the newest period may be in progress.
    static func aggregate(_ candles: [BarRecorder.Bar], minutes: Int) -> [Period] {
        let length = Int64(minutes) * 60
        var periods: [Period] = []
        for (index, candle) in candles.enumerated() {
            let start = candle.time / length * length
            if var period = periods.last, period.bar.time == start {
                period.bar.high = max(period.bar.high, candle.high)
                period.bar.low = min(period.bar.low, candle.low)
                period.bar.close = candle.close
                period.bar.volume += candle.volume
                period.lastMinute = index
                periods[periods.count - 1] = period
            } else {
                var bar = candle
                bar.time = start
                periods.append(Period(bar: bar, lastMinute: index))
            }
        }
        return periods
    }

    /// A per-minute series (aligned with the candles from the newest end) read at each period's close.
    private static func sampled(_ series: [Double], _ periods: [Period], _ market: InstrumentSnapshot) -> [Double?] {
        let offset = market.candles.count - series.count
        return periods.map { period in
            let index = period.lastMinute - offset
            return series.indices.contains(index) ? series[index] : nil
        }
    }

    /// The user's entry and liquidation prices and open orders in the shown instrument (a take-profit,
    /// stop-loss or trailing stop labelled `TP`, `SL` or `TRAIL` at its trigger now). A line sits on the row nearest its price; its label says
    /// the exact price, which the axis beside it cannot.
    private static func levels(_ context: ViewContext) -> [ChartLevel] {
        let market = context.market
        let instrument = market.instrument
        var levels: [ChartLevel] = context.snapshot.account.orders.filter { $0.instrument == market.id }.compactMap {
            order in
            guard let price = order.price ?? order.trigger else { return nil }
            let what = order.chartName
            return ChartLevel(
                value: instrument.decimal(price), style: Style(.chartOrder),
                label: "\(what) \(instrument.format(order.quantity)) \(instrument.format(price))")
        }
        for position in context.snapshot.account.positions where position.instrument == market.id {
            if let liquidation = position.risk.liquidationPrice {
                levels.append(
                    ChartLevel(
                        value: instrument.decimal(liquidation), style: Style(.chartLiquidation),
                        label: "liq \(instrument.format(liquidation))"))
            }
            if let entry = position.position.averageEntryPrice(on: instrument) {
                levels.append(
                    ChartLevel(
                        value: instrument.decimal(entry), style: Style(.chartEntry),
                        label: "entry \(instrument.format(entry))"))
            }
        }
        return levels
    }

    /// Price labels every few rows, the latest close in reverse video on its own row, marked with
    /// the direction of its period, and the current mark after its marker glyph on its row (unless
    /// that is the close's row: there the two agree as far as the chart can show).
    private static func drawAxis(
        _ scale: ChartScale, last: BarRecorder.Bar, mark: Price?, in axis: Rect, instrument: Instrument,
        glyphs: Glyphs, canvas: inout Canvas
    ) {
        guard !axis.isEmpty else { return }
        let gap = max(2, axis.height / 4)
        var rows = Array(stride(from: axis.y, to: axis.maxY, by: gap))
        if let lastRow = rows.last, axis.maxY - 1 - lastRow >= 2 { rows.append(axis.maxY - 1) }
        for y in rows {
            let label = instrument.format(instrument.nearestPrice(to: scale.value(atRow: y)))
            canvas.put(" " + label, x: axis.x, y: y, style: Style(.axis), maxWidth: axis.width)
        }
        let closeRow = scale.row(for: instrument.decimal(last.close))
        if let mark, let y = scale.row(for: instrument.decimal(mark)), y != closeRow {
            let label = String(glyphs.candleMarker) + instrument.format(mark)
            canvas.put(label, x: axis.x, y: y, style: Style(.chartMark), maxWidth: axis.width)
        }
        guard let y = closeRow else { return }
        let rising = last.close >= last.open
        let label = String(rising ? glyphs.up : glyphs.down) + instrument.format(last.close)
        canvas.put(
            label, x: axis.x, y: y, style: Style(rising ? .candleUp : .candleDown, reverse: true), maxWidth: axis.width)
    }

    /// Names the line-mode series in their own styles, so the lines are told apart by more than colour.
    private static func drawLegend(x: Int, y: Int, width: Int, canvas: inout Canvas) {
        var column = x
        for (name, role) in [("last", Role.chartLine), ("mark", .chartMark), ("index", .chartIndex)] {
            guard column < x + width else { return }
            column += canvas.put(name, x: column, y: y, style: Style(role), maxWidth: x + width - column) + 1
        }
    }
}
