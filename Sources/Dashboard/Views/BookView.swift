import CascadeCore
import TerminalKit

/// The order book: asks above, bids below, and between them the spread and the mark.
///
/// Each level shows price, size and cumulative size with a depth bar proportional to the cumulative
/// size, so the book's shape reads at a glance; levels are grouped by `AppState.bookGrouping` ticks,
/// which the title states in price units (`Book BTC-PERP · by 10.0`).
/// Levels holding the user's orders carry `glyphs.ownMark`, and levels whose size changed since the
/// previous snapshot flash.
struct BookView {
    /// Column headers, in column order.
    private static let headers = ["Price", "Size", "Total"]

    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let market = context.market
        let instrument = market.instrument
        let grouping = Int64(max(1, context.state.bookGrouping))
        // The grouping in price units (`by 10.0`), which mean something to a trader; ticks do not.
        let title = "Book \(instrument.symbol)" + (grouping > 1 ? " · by \(groupText(grouping, instrument))" : "")
        let inner = Box.draw(
            in: rect, title: title, focused: context.focused(.book), glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }

        let headerRows = inner.height >= 5 ? 1 : 0
        let levelRows = inner.height - headerRows - 1
        let askRows = levelRows / 2
        let asks = Array(grouped(market.depth.asks, by: grouping, side: .sell).prefix(askRows))
        let bids = Array(grouped(market.depth.bids, by: grouping, side: .buy).prefix(levelRows - askRows))
        let before = context.previous?.instruments.first { $0.id == market.id }.map { previous in
            (
                asks: sizes(grouped(previous.depth.asks, by: grouping, side: .sell)),
                bids: sizes(grouped(previous.depth.bids, by: grouping, side: .buy))
            )
        }

        let texts = (asks + bids).map { level in
            [
                instrument.format(level.price), instrument.shortFormat(level.quantity),
                instrument.shortFormat(level.cumulativeQuantity),
            ]
        }
        let widths = columnWidths(texts, fitting: inner.width)
        let deepest = Double((asks + bids).map(\.cumulativeQuantity.lots).max() ?? 0)
        func row(_ level: DepthLevel, _ text: [String], role: Role, changed: Bool) -> LadderRow {
            LadderRow(
                columns: Array(text.prefix(widths.count)),
                barFraction: deepest > 0 ? Double(level.cumulativeQuantity.lots) / deepest : 0,
                barStyle: Style(role), textStyle: Style(role),
                marker: level.holdsAccountOrder ? context.glyphs.ownMark : nil, flash: changed)
        }
        let askLadder = zip(asks, texts).map { level, text in
            row(level, text, role: .ask, changed: before.map { $0.asks[level.price] != level.quantity } ?? false)
        }
        let bidLadder = zip(bids, texts.dropFirst(asks.count)).map { level, text in
            row(level, text, role: .bid, changed: before.map { $0.bids[level.price] != level.quantity } ?? false)
        }

        if headerRows > 0 {
            let header = LadderRow(
                columns: Array(headers.prefix(widths.count)), barFraction: 0, barStyle: Style(.header),
                textStyle: Style(.header))
            DepthLadder(columnWidths: widths, rows: [header])
                .draw(
                    in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), glyphs: context.glyphs,
                    canvas: &canvas)
        }
        let spreadY = inner.y + headerRows + askRows
        DepthLadder(columnWidths: widths, rows: askLadder.reversed())
            .draw(
                in: Rect(x: inner.x, y: spreadY - asks.count, width: inner.width, height: asks.count),
                glyphs: context.glyphs, canvas: &canvas)
        drawSpread(market, x: inner.x + 1, y: spreadY, width: inner.width - 1, canvas: &canvas)
        DepthLadder(columnWidths: widths, rows: bidLadder)
            .draw(
                in: Rect(x: inner.x, y: spreadY + 1, width: inner.width, height: inner.maxY - spreadY - 1),
                glyphs: context.glyphs, canvas: &canvas)
    }

    /// Widths for as many of price, size and total as fit before the bar: every column is as wide as
    /// its widest text or header; columns drop from the right when the panel is narrow.
    private static func columnWidths(_ texts: [[String]], fitting width: Int) -> [Int] {
        let all = headers.indices.map { column in
            max(headers[column].count, texts.map { $0[column].count }.max() ?? 0)
        }
        for count in stride(from: all.count, to: 1, by: -1) {
            let used = all.prefix(count).reduce(1) { $0 + $1 + 1 }
            if used <= width { return Array(all.prefix(count)) }
        }
        return [all[0]]
    }

    /// The spread in price and basis points of the mid, and the mark: the longest form that fits.
    private static func drawSpread(_ market: InstrumentSnapshot, x: Int, y: Int, width: Int, canvas: inout Canvas) {
        guard width > 0 else { return }
        let instrument = market.instrument
        let mark = market.mark.map { "mark \(instrument.format($0))" }
        var forms: [String] = []
        if let bid = market.depth.bids.first?.price, let ask = market.depth.asks.first?.price {
            let spread = instrument.format(Price(ticks: ask.ticks - bid.ticks))
            let bps = DisplayFormat.fixed(Double(ask.ticks - bid.ticks) * 20_000 / Double(ask.ticks + bid.ticks), 2)
            if let mark { forms += ["spread \(spread) · \(bps) bps · \(mark)", "\(spread) \(bps)bps · \(mark)"] }
            forms += ["spread \(spread) · \(bps) bps", "\(spread) \(bps)bps", spread]
        } else {
            if let mark { forms += ["no spread · \(mark)", mark] }
            forms.append("no spread")
        }
        let text = forms.first { $0.count <= width } ?? forms[forms.count - 1]
        canvas.put(text, x: x, y: y, style: Style(.muted), maxWidth: width)
    }

    /// Size per price of grouped levels, to find the ones that changed.
    private static func sizes(_ levels: [DepthLevel]) -> [Price: Quantity] {
        Dictionary(levels.map { ($0.price, $0.quantity) }, uniquingKeysWith: +)
    }
}
