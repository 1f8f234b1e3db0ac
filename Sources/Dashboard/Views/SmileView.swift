import CascadeCore
import TerminalKit

/// The expiry's volatility smile against strike: the exchange's fitted mark IV as a line, and the
/// implied volatilities of the out-of-the-money bids and asks as points, with the index marked under
/// the axis.
enum SmileView {
    static func draw(_ chain: OptionChainSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let inner = Box.draw(
            in: rect,
            title: "Smile \(chain.expiryCode) · mark IV line · bid · ask".fitting(
                rect.width - 4, fieldsSeparatedBy: " · "),
            focused: false,
            glyphs: context.glyphs, canvas: &canvas)
        let underlying = context.snapshot[chain.underlying].instrument
        guard inner.height >= 3, inner.width >= 10, let first = chain.rows.first, let last = chain.rows.last,
            let index = chain.index, last.strike.ticks > first.strike.ticks
        else {
            canvas.put("No smile yet".fitting(inner.width), x: inner.x, y: inner.y, style: Style(.muted))
            return
        }
        let low = underlying.decimal(first.strike)
        let high = underlying.decimal(last.strike)
        let forward = underlying.decimal(index)
        let columns = inner.width * (context.glyphs.usesBraille ? 2 : 1)
        func column(_ strike: Double) -> Int { Int(((strike - low) / (high - low) * Double(columns - 1)).rounded()) }
        var line = [Double?](repeating: nil, count: columns)
        var bids = line
        var asks = line
        let marks = chain.rows.compactMap { row in
            row.call.mark.map { (underlying.decimal(row.strike), $0.volatility) }
        }
        for point in 0..<columns {
            let strike = low + (high - low) * Double(point) / Double(max(1, columns - 1))
            let volatility =
                chain.smile?.impliedVolatility(strike: strike, forward: forward)
                ?? marks.min { abs($0.0 - strike) < abs($1.0 - strike) }?.1
            line[point] = volatility.map { $0 * 100 }
        }
        for row in chain.rows {
            let strike = underlying.decimal(row.strike)
            let quote = strike >= forward ? row.call : row.put
            let option = EuropeanOption(strike >= forward ? .call : .put, strike: strike, years: chain.years)
            func volatility(_ price: Price?) -> Double? {
                guard let price, price.ticks > 0 else { return nil }
                let premium = quote.instrument.decimal(price)
                return (try? option.impliedVolatility(price: premium, forward: forward, rate: 0)).map { $0 * 100 }
            }
            bids[column(strike)] = volatility(quote.bid)
            asks[column(strike)] = volatility(quote.ask)
        }
        let plot = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        let scale = BrailleChart(
            series: [
                ChartSeries(values: line, style: Style(.chartLine)), ChartSeries(values: bids, style: Style(.bid)),
                ChartSeries(values: asks, style: Style(.ask)),
            ]
        ).draw(in: plot, glyphs: context.glyphs, canvas: &canvas)
        canvas.put(
            DisplayFormat.fixed(scale.value(atRow: plot.y), 0) + "%", x: plot.x, y: plot.y, style: Style(.axis))
        canvas.put(
            DisplayFormat.fixed(scale.value(atRow: plot.maxY - 1), 0) + "%", x: plot.x, y: plot.maxY - 1,
            style: Style(.axis))
        PayoffView.drawAxis(
            low: low, high: high, index: forward,
            format: { DisplayFormat.grouped(underlying.format(underlying.nearestPrice(to: $0))) },
            y: inner.maxY - 1, x: inner.x, width: inner.width, glyphs: context.glyphs, canvas: &canvas)
    }
}
