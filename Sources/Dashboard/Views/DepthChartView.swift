import CascadeCore
import TerminalKit

/// The book as a depth chart, the book panel's other view (`d`): price across, centred on the mid;
/// the cumulative size a market order would take up, bids rising to the left and asks to the right,
/// in eighth-of-a-row columns. Bids are shaded (`▒`) and asks solid (`█`), so the two sides differ
/// without colour; a legend says which is which. The size axis (left) and the price axis (bottom) print only whole labels.
enum DepthChartView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let market = context.market
        let instrument = market.instrument
        let inner = Box.draw(
            in: rect, title: "Depth \(instrument.symbol)", focused: context.focused(.book), glyphs: context.glyphs,
            canvas: &canvas)
        guard !inner.isEmpty else { return }
        let depth = market.depth
        guard let bid = depth.bids.first?.price, let ask = depth.asks.first?.price,
            let deepestBid = depth.bids.last?.price, let deepestAsk = depth.asks.last?.price
        else {
            canvas.put("no two-sided book yet", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let legendRows = inner.height >= 8 ? 1 : 0
        let plotHeight = inner.height - 1 - legendRows
        guard plotHeight >= 2 else { return }
        // Both sides reach out to the nearer side's deepest level, so each area fills its half.
        let mid = Double(bid.ticks + ask.ticks) / 2
        let half = max(
            min(mid - Double(deepestBid.ticks), Double(deepestAsk.ticks) - mid), Double(ask.ticks - bid.ticks))
        // The size scale: the most either side holds within the span, known before the plot's width.
        let scale = Quantity(
            lots: max(
                depth.bids.last { Double($0.price.ticks) >= mid - half }?.cumulativeQuantity.lots ?? 0,
                depth.asks.last { Double($0.price.ticks) <= mid + half }?.cumulativeQuantity.lots ?? 0))
        let sizes = Self.sizeLabels(scale, instrument: instrument, rows: plotHeight)
        let axisWidth = sizes.map(\.text.count).max() ?? 1
        let plot = Rect(x: inner.x + axisWidth + 1, y: inner.y, width: inner.width - axisWidth - 1, height: plotHeight)
        guard plot.width >= 4 else { return }
        let columns = Self.columns(depth, mid: mid, half: half, width: plot.width)
        let deepest = Double(scale.lots)
        ColumnChart(
            columns: columns.map { column in
                ColumnChart.Column(
                    fraction: deepest > 0 ? Double(column.lots) / deepest : 0,
                    style: Style(column.side == .buy ? .bid : .ask), fill: column.side == .buy ? .shaded : .solid)
            }
        ).draw(in: plot, glyphs: context.glyphs, canvas: &canvas)
        // The size axis: labels right-aligned left of a rule, at the rows their sizes reach.
        for row in 0..<plotHeight {
            canvas.put("│", x: plot.x - 1, y: plot.y + row, style: Style(.axis))
        }
        for label in sizes {
            canvas.put(
                label.text, x: plot.x - 1 - label.text.count, y: plot.y + label.row, style: Style(.axis))
            canvas.put("┤", x: plot.x - 1, y: plot.y + label.row, style: Style(.axis))
        }
        let low = Price(ticks: Int64((mid - half).rounded(.up)))
        let high = Price(ticks: Int64((mid + half).rounded(.down)))
        drawPriceAxis(
            (low: low, mid: Price(ticks: Int64(mid)), high: high), instrument: instrument, in: plot, canvas: &canvas)
        if legendRows > 0 {
            let unit = instrument.kind == .inverse ? "contracts" : String(instrument.symbol.prefix { $0 != "-" })
            let spread = DisplayFormat.fixed(half / mid * 100, 2)
            let (bids, asks) = (
                ColumnChart.Fill.shaded.glyph(in: context.glyphs), ColumnChart.Fill.solid.glyph(in: context.glyphs)
            )
            let forms = [
                "\(bids) bids · \(asks) asks · size in \(unit) · ±\(spread)%",
                "\(bids) bids · \(asks) asks · \(unit) · ±\(spread)%", "\(bids) bids \(asks) asks \(unit)",
                "\(bids) bid \(asks) ask",
            ]
            let text = forms.first { $0.count <= inner.width } ?? ""
            canvas.put(text, x: inner.x, y: inner.maxY - 1, style: Style(.muted), maxWidth: inner.width)
        }
    }

    /// One column's cumulative size and the side it belongs to.
    struct DepthColumn: Equatable {
        var side: Side
        var lots: Int64
    }

    /// The cumulative size at each of `width` columns spanning `mid ± half` ticks: left of the mid,
    /// the bids at or above the column's price; right of it, the asks at or below. A column inside
    /// the spread holds nothing.
    static func columns(_ depth: BookDepth, mid: Double, half: Double, width: Int) -> [DepthColumn] {
        (0..<width).map { column in
            let price = mid - half + (Double(column) + 0.5) * 2 * half / Double(width)
            if price < mid {
                let level = depth.bids.last { Double($0.price.ticks) >= price }
                return DepthColumn(side: .buy, lots: level?.cumulativeQuantity.lots ?? 0)
            }
            let level = depth.asks.last { Double($0.price.ticks) <= price }
            return DepthColumn(side: .sell, lots: level?.cumulativeQuantity.lots ?? 0)
        }
    }

    /// Size labels for an axis `rows` tall topped by `scale`: 0 at the bottom row, the scale at the
    /// top, and between them a label about every six rows (at most four steps), at even fractions.
    static func sizeLabels(_ scale: Quantity, instrument: Instrument, rows: Int) -> [(row: Int, text: String)] {
        let steps = rows >= 5 ? min(4, max(2, rows / 6)) : 1
        return (0...steps).map { step in
            let lots = Int64(Int128(scale.lots) * Int128(step) / Int128(steps))
            return (
                (rows - 1) - (rows - 1) * step / steps, step == 0 ? "0" : instrument.shortFormat(Quantity(lots: lots))
            )
        }
    }

    /// Prices under the plot at even steps from `low` to `high` (the mid among them), as many as fit
    /// whole with a space between: the edges' labels flush with the plot's edges, the others centred
    /// on their column; the mid in bold. At the narrowest, the two edges, else the mid alone.
    private static func drawPriceAxis(
        _ prices: (low: Price, mid: Price, high: Price), instrument: Instrument, in plot: Rect, canvas: inout Canvas
    ) {
        let span = prices.high.ticks - prices.low.ticks
        /// The labels of `steps` even steps, with their first column; nil when two would touch.
        func labels(_ steps: Int) -> [(x: Int, text: String, isMid: Bool)]? {
            var placed: [(x: Int, text: String, isMid: Bool)] = []
            for step in 0...steps {
                let isMid = step * 2 == steps
                let price =
                    isMid
                    ? prices.mid : Price(ticks: prices.low.ticks + Int64(Int128(span) * Int128(step) / Int128(steps)))
                let text = instrument.format(price)
                let centre = plot.x + (plot.width - 1) * step / steps
                let x =
                    step == 0 ? plot.x : step == steps ? plot.maxX - text.count : centre - text.count / 2
                if let last = placed.last, x <= last.x + last.text.count { return nil }
                guard x >= plot.x, x + text.count <= plot.maxX else { return nil }
                placed.append((x, text, isMid))
            }
            return placed
        }
        let mid = instrument.format(prices.mid)
        let midAlone =
            mid.count <= plot.width ? [(x: plot.x + (plot.width - mid.count) / 2, text: mid, isMid: true)] : []
        let chosen = [8, 6, 4, 2].lazy.compactMap { labels($0) }.first ?? labels(1) ?? midAlone
        for label in chosen {
            canvas.put(
                label.text, x: label.x, y: plot.maxY, style: label.isMid ? Style(.text, bold: true) : Style(.axis))
        }
    }
}
