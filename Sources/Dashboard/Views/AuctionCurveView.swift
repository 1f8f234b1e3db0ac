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
        let points = chart.width * (context.glyphs.usesBraille ? 2 : 1)
        let length = Double(AuctionLot.resetAfter(rules))
        let elapsed = Double(lot.elapsedSeconds(at: lending.time))
        let seconds = (0..<points).map { Double($0) / Double(max(1, points - 1)) * length }
        let curve = seconds.map { second -> Double? in
            let factor = rules.curve.factor(afterSeconds: Int64(second)) ?? .zero
            return (lot.top.times(factor)).map { LendingFormat.plotted($0, kind) }
        }
        let run = zip(seconds, curve).map { $0 <= elapsed ? $1 : nil }
        var takes = [Double?](repeating: nil, count: points)
        for entry in lending.activity where entry.auction == auction.id && entry.time >= lot.start {
            guard case .taken(let take, _, _) = entry.what else { continue }
            let second = Double(entry.time - lot.start) / Double(SimTime.second)
            let point = min(points - 1, Int(second / max(1, length) * Double(points - 1)))
            takes[point] = LendingFormat.plotted(take.price, kind)
        }
        var levels: [ChartLevel] = []
        if let oracle = kind.price {
            levels.append(
                ChartLevel(value: LendingFormat.plotted(oracle, kind), style: Style(.chartIndex), label: "oracle"))
        }
        if let index { levels.append(ChartLevel(value: index, style: Style(.chartMark), label: "index")) }
        let highest = ([LendingFormat.plotted(lot.top, kind)] + levels.map(\.value)).max() ?? 1
        BrailleChart(
            series: [
                ChartSeries(values: curve, style: Style(.muted)),
                ChartSeries(values: run, style: Style(auction.isYours ? .marginDanger : .chartLine)),
                ChartSeries(values: takes, style: Style(.buy, bold: true)),
            ], levels: levels, range: 0...highest * 1.05
        ).draw(in: chart, glyphs: context.glyphs, canvas: &canvas)
    }

    /// The index of the collateral's price source, in whole debt per whole collateral.
    static func indexPrice(_ kind: LendingSnapshot.Kind, _ lending: LendingSnapshot, _ snapshot: MarketSnapshot)
        -> Double?
    {
        guard let symbol = lending.pool(kind.collateral)?.priceSource,
            let market = snapshot.instruments.first(where: { $0.instrument.symbol == symbol }),
            let index = market.index
        else { return nil }
        return market.instrument.decimal(index)
    }
}
