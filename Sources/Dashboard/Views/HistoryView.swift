import CascadeCore
import CascadeSim
import TerminalKit

/// The history overlay (`H`): the session's totals (realised PnL, funding, fees, deposits), the
/// account's equity curve with its span, then every fill (fee, realised PnL, maker or taker) and
/// every order with its outcome, newest first. A scrolled page: rows too wide wrap, never cut.
enum HistoryView {
    static let title = "History · this session (↑↓ PgUp PgDn scroll, :export DIR writes CSV, Esc)"

    static func draw(offset: Int, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        let width = OverlayPage.frame(in: bounds).inset(by: 1).width
        OverlayPage.draw(
            lines(context, width: width), title: title, offset: offset, in: bounds, glyphs: context.glyphs,
            canvas: &canvas)
    }

    /// The page's lines for an inner width of `width` (the equity curve takes one column a minute).
    static func lines(_ context: ViewContext, width: Int) -> [OverlayPage.Line] {
        let history = context.snapshot.history
        let text = Style(.overlay)
        let header = Style(.header)
        let money = { (value: Money) in DisplayFormat.money(value, signed: true) }
        let net = history.realizedPnL - history.funding - history.fees
        var lines: [OverlayPage.Line] = [
            ("Session", header),
            (
                "Realised PnL \(money(history.realizedPnL)) · funding paid \(DisplayFormat.money(history.funding)) · "
                    + "fees paid \(DisplayFormat.money(history.fees))", text
            ),
            (
                "Net \(money(net)) USDC (realised − funding − fees) · deposited "
                    + DisplayFormat.money(history.deposits), text
            ),
        ]
        let samples = history.equity.suffix(max(1, width))
        if let first = samples.first, let last = samples.last {
            let values = samples.map { Double($0.equity.units) }
            let span = SimDuration.format(last.time - first.time + .minute)
            lines.append(
                (
                    "Equity \(DisplayFormat.money(first.equity)) → \(DisplayFormat.money(last.equity)) over the "
                        + "last \(span), one column a minute", text
                ))
            lines.append((Sparkline.text(values: values, width: width, glyphs: context.glyphs), Style(.accent)))
        } else {
            lines.append(("Equity: sampled once a simulated minute, from the first minute on", Style(.muted)))
        }
        lines.append(("", text))
        lines += fillLines(context)
        lines.append(("", text))
        lines += orderLines(context)
        return lines
    }

    private static func fillLines(_ context: ViewContext) -> [OverlayPage.Line] {
        let fills = context.snapshot.history.fills
        guard !fills.isEmpty else { return [("Fills: none yet", Style(.header))] }
        let rows = fills.reversed().map { fill -> [String] in
            let instrument = fill.instrument
            return [
                DisplayFormat.clock(fill.time % (24 * .hour)), instrument.symbol, fill.side == .buy ? "buy" : "sell",
                instrument.format(fill.quantity), instrument.format(fill.price), instrument.format(fill.fee),
                instrument.format(fill.realizedPnL),
                fill.byLiquidation ? "liquidation" : fill.isMaker ? "maker" : "taker",
            ]
        }
        let table = columns(
            [["Time", "Instrument", "Side", "Size", "Price", "Fee", "PnL", "Role"]] + rows, right: 3...6)
        return [("Fills: \(fills.count), newest first", Style(.header)), (table[0], Style(.muted))]
            + table.dropFirst().map { ($0, Style(.overlay)) }
    }

    private static func orderLines(_ context: ViewContext) -> [OverlayPage.Line] {
        let orders = context.snapshot.history.orders
        guard !orders.isEmpty else { return [("Orders: none yet", Style(.header))] }
        let rows = orders.reversed().map { order -> [String] in
            let instrument = order.instrument
            let price = order.terms.limit ?? order.terms.stop?.triggerPrice
            return [
                DisplayFormat.clock(order.time % (24 * .hour)), order.id.map { "#\($0.rawValue)" } ?? "—",
                instrument.symbol, order.terms.side == .buy ? "buy" : "sell", order.kind,
                instrument.format(order.terms.quantity), price.map(instrument.format) ?? "—",
                order.averagePrice.map(instrument.format) ?? "—", order.outcome,
            ]
        }
        let table = columns(
            [["Time", "Order", "Instrument", "Side", "Type", "Size", "Price", "Avg fill", "Outcome"]] + rows,
            right: 5...7)
        return [("Orders: \(orders.count), newest first", Style(.header)), (table[0], Style(.muted))]
            + table.dropFirst().map { ($0, Style(.overlay)) }
    }

    /// `rows` as lines of columns two spaces apart, each as wide as its widest cell; the columns in
    /// `right` aligned right (numbers), the last one not padded.
    static func columns(_ rows: [[String]], right: ClosedRange<Int>) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                if right.contains(column) { return pad + cell }
                return column == row.count - 1 ? cell : cell + pad
            }.joined(separator: "  ")
        }
    }
}
