import CascadeCore
import TerminalKit

/// Profit and loss against the underlying's price: at expiry (intrinsic value less cost) and today
/// (Black-76 at each leg's mark IV, less cost), for the selected option position, the whole options
/// book on the underlying (`p`), or one contract of the selected option when none is held. The index
/// is marked under the axis.
enum PayoffView {
    /// One option of the diagram: its terms, signed contracts, cost (USD, signed like the position)
    /// and the volatility and time its "today" value is priced at.
    struct Leg {
        var option: EuropeanOption
        var contracts: Double
        var cost: Double
        var volatility: Double

        func pnl(at spot: Double, today: Bool) -> Double {
            let value =
                today
                ? option.greeks(forward: spot, rate: 0, volatility: volatility).price
                : max(0, option.right == .call ? spot - option.strike : option.strike - spot)
            return contracts * value - cost
        }
    }

    static func draw(_ chain: OptionChainSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let (title, legs) = legs(chain, context)
        let inner = Box.draw(
            in: rect, title: "Payoff \(title) · at expiry · today".fitting(rect.width - 4, fieldsSeparatedBy: " · "),
            focused: false, glyphs: context.glyphs, canvas: &canvas)
        let underlying = context.snapshot[chain.underlying].instrument
        guard inner.height >= 3, inner.width >= 10, !legs.isEmpty, let index = chain.index else {
            canvas.put("Nothing to draw".fitting(inner.width), x: inner.x, y: inner.y, style: Style(.muted))
            return
        }
        let forward = underlying.decimal(index)
        let volatility = legs.map(\.volatility).max() ?? 0.6
        let years = legs.map(\.option.years).max() ?? 0
        let half = min(0.6, max(0.1, 3 * volatility * years.squareRoot()))
        let strikes = legs.map(\.option.strike)
        let low = min(forward * (1 - half), (strikes.min() ?? forward) * 0.95)
        let high = max(forward * (1 + half), (strikes.max() ?? forward) * 1.05)
        let columns = inner.width * (context.glyphs.usesBraille ? 2 : 1)
        let spots = (0..<columns).map { low + (high - low) * Double($0) / Double(max(1, columns - 1)) }
        func curve(today: Bool) -> [Double?] {
            spots.map { spot in legs.reduce(0) { $0 + $1.pnl(at: spot, today: today) } }
        }
        let plot = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        let scale = BrailleChart(
            series: [
                ChartSeries(values: curve(today: true), style: Style(.chartIndex)),
                ChartSeries(values: curve(today: false), style: Style(.chartLine)),
            ], levels: [ChartLevel(value: 0, style: Style(.axis), label: "0")]
        ).draw(in: plot, glyphs: context.glyphs, canvas: &canvas)
        for y in [plot.y, plot.maxY - 1] {
            canvas.put(
                NumberFormat.compact(scale.value(atRow: y)), x: plot.x, y: y, style: Style(.axis))
        }
        drawAxis(
            low: low, high: high, index: forward,
            format: { DisplayFormat.grouped(underlying.format(underlying.nearestPrice(to: $0))) }, y: inner.maxY - 1,
            x: inner.x, width: inner.width, glyphs: context.glyphs, canvas: &canvas)
    }

    /// What the diagram shows and its legs: the whole book, the selected option held, or one contract of it.
    static func legs(_ chain: OptionChainSnapshot, _ context: ViewContext) -> (String, [Leg]) {
        let held = context.snapshot.account.optionPositions.filter {
            $0.instrument.option?.underlying == chain.underlying
        }
        func leg(_ position: OptionPositionSnapshot) -> Leg? {
            guard let terms = position.instrument.option, let mark = position.mark else { return nil }
            let asset = position.instrument.settlementAsset
            return Leg(
                option: EuropeanOption(
                    terms.right, strike: position.instrument.decimal(terms.strike), years: position.years),
                contracts: position.contracts,
                cost: Double(position.position.costBasis.units) / Double(asset.unitsPerWhole),
                volatility: mark.volatility)
        }
        if context.state.options.wholeBook { return ("book (\(held.count))", held.compactMap(leg)) }
        guard let quote = context.state.options.quote(in: chain), let terms = quote.instrument.option,
            let mark = quote.mark
        else { return ("", []) }
        if let position = held.first(where: { $0.id == quote.id }), let leg = leg(position) {
            return (quote.instrument.symbol, [leg])
        }
        let strike = quote.instrument.decimal(terms.strike)
        let premium = quote.instrument.decimal(quote.ask ?? mark.price)
        return (
            "1 \(quote.instrument.symbol) · not held",
            [
                Leg(
                    option: EuropeanOption(terms.right, strike: strike, years: chain.years), contracts: 1,
                    cost: premium, volatility: mark.volatility)
            ]
        )
    }

    /// The price axis under a chart: `low` at the left, `high` at the right, and the index marked
    /// (`▲ 64,012`) at its place when it is in range.
    static func drawAxis(
        low: Double, high: Double, index: Double, format: (Double) -> String, y: Int, x: Int, width: Int,
        glyphs: Glyphs, canvas: inout Canvas
    ) {
        let left = format(low)
        let right = format(high)
        canvas.put(left, x: x, y: y, style: Style(.axis), maxWidth: width)
        if left.count + right.count + 1 <= width {
            canvas.put(right, x: x + width - right.count, y: y, style: Style(.axis))
        }
        guard high > low, (low...high).contains(index) else { return }
        let marker = "\(glyphs.up) \(format(index))"
        let column = Int(((index - low) / (high - low) * Double(width - 1)).rounded())
        let start = min(max(x, x + column - 0), x + width - marker.count)
        guard start >= x + left.count + 1, start + marker.count <= x + width - right.count - 1 else {
            canvas.put(String(glyphs.up), x: x + column, y: y, style: Style(.chartIndex, bold: true))
            return
        }
        canvas.put(marker, x: start, y: y, style: Style(.chartIndex, bold: true))
    }
}
