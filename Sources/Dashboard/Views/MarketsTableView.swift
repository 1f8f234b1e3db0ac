import CascadeCore
import TerminalKit

/// Every listed instrument on one row each: last price, 24 h change, mark-index basis, funding and
/// its countdown, the maintenance rate (an announced rise after an arrow) and annualised volatility,
/// open interest, 24 h volume, liquidations of the last hour by side, and a price
/// trend in what width the columns leave. The selected row (`AppState.marketRow`) is highlighted.
enum MarketsTableView {
    /// The narrowest trend worth drawing after the columns.
    static let minimumTrend = 8

    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let count = context.snapshot.instruments.count
        let inner = Box.draw(
            in: rect, title: "Markets · \(count) instrument\(count == 1 ? "" : "s")", focused: true,
            glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        let glyphs = context.glyphs
        let columns = [
            TableColumn(title: "Symbol", width: 8), TableColumn(title: "Last", width: 7, alignment: .right),
            TableColumn(title: "24h", width: 6, alignment: .right),
            TableColumn(title: "Basis", width: 6, alignment: .right),
            TableColumn(title: "Funding", width: 8, alignment: .right),
            TableColumn(title: "Next", width: 8, alignment: .right),
            TableColumn(title: "MMR", width: 5, alignment: .right),
            TableColumn(title: "Vol", width: 4, alignment: .right),
            TableColumn(title: "OI", width: 5, alignment: .right),
            TableColumn(title: "Vol 24h", width: 6, alignment: .right),
            TableColumn(title: "Liq1h \(glyphs.down)L", width: 6, alignment: .right),
            TableColumn(title: "Liq1h \(glyphs.up)S", width: 6, alignment: .right),
        ]
        let selected = min(context.state.marketRow, context.snapshot.instruments.count - 1)
        let table = Table(
            columns: columns, rows: context.snapshot.instruments.map { row($0, time: context.snapshot.time, glyphs) },
            selectedRow: selected)
        let textWidth = table.contentWidths.reduce(0, +) + columns.count - 1
        let trendWidth = inner.width - textWidth - 2
        let drawsTrend = trendWidth >= minimumTrend
        let tableRect = drawsTrend ? Rect(x: inner.x, y: inner.y, width: textWidth, height: inner.height) : inner
        let shown = table.draw(in: tableRect, canvas: &canvas)
        guard drawsTrend else { return }
        let trendX = inner.maxX - trendWidth
        canvas.put("Trend", x: trendX, y: inner.y, style: Style(.header), maxWidth: trendWidth)
        let first = max(0, selected - (inner.height - 1) + 1)
        for offset in 0..<shown {
            let market = context.snapshot.instruments[first + offset]
            let closes = market.candles.suffix(trendWidth).map { market.instrument.decimal($0.close) }
            let role: Role = market.dayChange < 0 ? .down : .up
            Sparkline.draw(
                values: closes, in: Rect(x: trendX, y: inner.y + 1 + offset, width: trendWidth, height: 1),
                style: Style(first + offset == selected ? .selection : role), glyphs: glyphs, canvas: &canvas)
        }
    }

    /// Tier 1's maintenance rate; an announced rise shows its new rate after an arrow, in warning colour.
    static func marginCell(_ market: InstrumentSnapshot) -> TableCell {
        guard let margin = market.margin else { return TableCell(text: "—") }
        guard let pending = margin.pending else {
            return TableCell(text: DisplayFormat.marginRate(margin.maintenanceRate))
        }
        return TableCell(
            text: "\(DisplayFormat.marginRate(margin.maintenanceRate))→\(DisplayFormat.marginRate(pending.newRate))",
            style: Style(.marginWarning, bold: true))
    }

    /// One instrument's cells; a figure not known yet shows `—`.
    static func row(_ market: InstrumentSnapshot, time: SimTime, _ glyphs: Glyphs) -> [TableCell] {
        let instrument = market.instrument
        let (change, direction) = DisplayFormat.change(market.dayChange * 100, places: 2, glyphs: glyphs)
        let basis = market.basis.map { DisplayFormat.change($0 * 100, places: 3, glyphs: glyphs) }
        let role = { (direction: Int) -> Role in direction > 0 ? .up : direction < 0 ? .down : .text }
        let money = { (value: Double) in "$" + NumberFormat.compact(value) }
        return [
            TableCell(text: instrument.symbol, style: Style(.title, bold: true)),
            TableCell(text: market.price.map(instrument.format) ?? "—"),
            TableCell(text: market.price == nil ? "—" : change, style: Style(role(direction))),
            TableCell(text: basis?.text ?? "—", style: Style(role(basis?.direction ?? 0))),
            TableCell(
                text: DisplayFormat.percent(market.fundingRate, places: 4, signed: true),
                style: Style(market.fundingRate.units < 0 ? .down : .text)),
            TableCell(text: DisplayFormat.clock(market.nextFunding - time), style: Style(.muted)),
            marginCell(market),
            TableCell(
                text: market.marginSeries.last?.volatility.map { "\(DisplayFormat.fixed($0 * 100, 0))%" } ?? "—",
                style: Style(.muted)),
            TableCell(text: NumberFormat.compact(instrument.decimal(Quantity(lots: market.openInterest)))),
            TableCell(text: money(Double(market.volume24h.units) / 1e6)),
            TableCell(text: money(market.liquidatedLongsLastHour), style: Style(.sell)),
            TableCell(text: money(market.liquidatedShortsLastHour), style: Style(.buy)),
        ]
    }
}
