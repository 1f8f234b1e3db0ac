import CascadeCore
import TerminalKit

/// The selected auction's price curve over its round, from the start price to the reset: the part
/// already run bright, the rest dim, the oracle and the market (index) price as level lines, and each
/// take of this round as a point where it happened.
enum AuctionCurveView {
    static func draw(_ lending: LendingSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        guard !lending.auctions.isEmpty else {
            let inner = Box.draw(
                in: rect, title: "Auction price curve", focused: false, glyphs: context.glyphs, canvas: &canvas)
            canvas.putFitting(
                "Select an auction with ↑↓ when one runs: its price falls along this curve until someone takes it.",
                x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let auction = lending.auctions[min(context.state.lendingSelection.auction, lending.auctions.count - 1)]
        let kind = lending.kinds[auction.kind]
        let owner = auction.isYours ? "YOUR vault" : "vault"
        let inner = Box.draw(
            in: rect, title: "Auction #\(auction.id.rawValue) · \(owner) #\(auction.vault.rawValue) · \(kind.name)",
            focused: auction.isYours, glyphs: context.glyphs, canvas: &canvas)
        guard inner.height >= 2 else { return }
        let lot = auction.lot
        let rules = kind.auction
        let price = lot.price(at: lending.time, rules: rules)
        let index = indexPrice(kind, lending, context.snapshot)
        var summary = "now \(LendingFormat.price(price, kind))"
        if let oracle = kind.price { summary += " · oracle \(LendingFormat.price(oracle, kind))" }
        if let index { summary += " · index \(DisplayFormat.fixed(index, 2))" }
        summary += " · reset in \(DisplayFormat.clock(lot.timeToReset(at: lending.time, rules: rules)))"
        canvas.putFitting(summary, x: inner.x, y: inner.y, style: Style(.text, bold: true), maxWidth: inner.width)
        let chart = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let takes: [(second: Double, price: Double)] = lending.activity.compactMap { entry in
            guard entry.auction == auction.id, entry.time >= lot.start, case .taken(let take, _, _) = entry.what else {
                return nil
            }
            return (Double(entry.time - lot.start) / Double(SimTime.second), LendingFormat.plotted(take.price, kind))
        }
        var levels: [ChartLevel] = []
        if let oracle = kind.price {
            levels.append(
                ChartLevel(value: LendingFormat.plotted(oracle, kind), style: Style(.chartIndex), label: "oracle"))
        }
        if let index { levels.append(ChartLevel(value: index, style: Style(.chartMark), label: "index")) }
        plot(
            length: Double(AuctionLot.resetAfter(rules)), elapsed: Double(lot.elapsedSeconds(at: lending.time)),
            price: { second in
                let factor = rules.curve.factor(afterSeconds: Int64(second)) ?? .zero
                return lot.top.times(factor).map { LendingFormat.plotted($0, kind) }
            }, takes: takes, levels: levels, top: LendingFormat.plotted(lot.top, kind),
            role: auction.isYours ? .marginDanger : .chartLine, in: chart, glyphs: context.glyphs, canvas: &canvas)
    }

    /// A price curve over `length` seconds (`price` gives it `second`s in; nil leaves a gap): bright
    /// in `role` up to `elapsed`, dim after; `takes` (seconds in, price) as bold points; `levels` as
    /// level lines; the range from `bottom` to a little above the highest of `top` and the levels. The
    /// live auction's panel and the auction replays draw with it.
    static func plot(
        length: Double, elapsed: Double, price: (Double) -> Double?, takes: [(second: Double, price: Double)],
        levels: [ChartLevel], top: Double, bottom: Double = 0, role: Role, in chart: Rect, glyphs: Glyphs,
        canvas: inout Canvas
    ) {
        guard chart.width > 0, chart.height > 0 else { return }
        let points = chart.width * (glyphs.usesBraille ? 2 : 1)
        let seconds = (0..<points).map { Double($0) / Double(max(1, points - 1)) * length }
        let curve = seconds.map(price)
        let run = zip(seconds, curve).map { $0 <= elapsed ? $1 : nil }
        var marks = [Double?](repeating: nil, count: points)
        for take in takes {
            let point = min(points - 1, max(0, Int(take.second / max(1, length) * Double(points - 1))))
            marks[point] = take.price
        }
        let highest = ([top] + levels.map(\.value)).max() ?? 1
        BrailleChart(
            series: [
                ChartSeries(values: curve, style: Style(.muted)), ChartSeries(values: run, style: Style(role)),
                ChartSeries(values: marks, style: Style(.buy, bold: true)),
            ], levels: levels, range: min(bottom, highest)...highest * 1.05
        ).draw(in: chart, glyphs: glyphs, canvas: &canvas)
    }

    /// The index of the collateral's price source, in whole debt per whole collateral: a supply
    /// token's is the underlying's index × the pool's exchange rate.
    static func indexPrice(_ kind: LendingSnapshot.Kind, _ lending: LendingSnapshot, _ snapshot: MarketSnapshot)
        -> Double?
    {
        guard let pool = lending.pool(kind.underlying), let symbol = pool.priceSource,
            let market = snapshot.instruments.first(where: { $0.instrument.symbol == symbol }),
            let index = market.index
        else { return nil }
        let rate = kind.collateral == kind.underlying ? 1 : Double(pool.exchangeRate.units) / Double(Ray.scale)
        return market.instrument.decimal(index) * rate
    }
}
