import CascadeCore
import TerminalKit

/// The user's option positions with their Greeks (delta in coins, gamma per USD, vega per volatility
/// point and theta per day, all in USD of the whole position), then the book's net Greeks on the
/// chain's underlying and its delta with the perpetual position added.
enum OptionPositionsView {
    static let allColumns = [
        TableColumn(title: "Option", width: 18), TableColumn(title: "Size", width: 6, alignment: .right),
        TableColumn(title: "Mark", width: 7, alignment: .right), TableColumn(title: "IV", width: 6, alignment: .right),
        TableColumn(title: "Δ", width: 6, alignment: .right), TableColumn(title: "Γ", width: 8, alignment: .right),
        TableColumn(title: "Vega", width: 6, alignment: .right),
        TableColumn(title: "Θ/day", width: 7, alignment: .right),
        TableColumn(title: "PnL", width: 8, alignment: .right),
    ]
    static let priority = [0, 1, 4, 8, 7, 6, 2, 5, 3]

    static func draw(_ chain: OptionChainSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let positions = context.snapshot.account.optionPositions
        let inner = Box.draw(
            in: rect, title: "Option positions \(positions.count)", focused: false, glyphs: context.glyphs,
            canvas: &canvas)
        guard !inner.isEmpty else { return }
        let underlying = context.snapshot[chain.underlying].instrument
        let book = positions.filter { $0.instrument.option?.underlying == chain.underlying }
            .reduce(PositionGreeks()) { $0 + $1.greeks }
        let perp =
            context.snapshot.account.positions.first { $0.instrument == chain.underlying }
            .map { underlying.decimal(Quantity(lots: $0.position.size)) } ?? 0
        let unit = underlying.sizeUnit
        let summary = [
            "Net \(unit) options: Δ \(OptionFormat.signed(book.delta, 3))", "Γ \(OptionFormat.signed(book.gamma, 5))",
            "vega \(OptionFormat.signed(book.vega, 2))", "Θ \(OptionFormat.signed(book.theta, 2))/day",
            "· with perp Δ \(OptionFormat.signed(book.delta + perp, 3)) \(unit)",
        ].joined(separator: "  ")
        canvas.put(
            summary.fitting(inner.width, fieldsSeparatedBy: "  "), x: inner.x, y: inner.maxY - 1, style: Style(.accent))
        guard !positions.isEmpty else {
            // Wrapped, not cut: the hint is whole at any width the panel has rows for.
            let hint = "No option position. ↑↓←→ pick one in the chain, b buy · s sell".wrapped(inner.width, indent: 0)
            for (row, line) in hint.prefix(max(0, inner.height - 1)).enumerated() {
                canvas.put(line, x: inner.x, y: inner.y + row, style: Style(.muted))
            }
            return
        }
        let rows = positions.map(row)
        let chosen = PositionsView.columns(
            fitting: inner.width, widths: Table(columns: allColumns, rows: rows).contentWidths, priority: priority)
        _ = Table(columns: chosen.map { allColumns[$0] }, rows: rows.map { cells in chosen.map { cells[$0] } })
            .draw(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1), canvas: &canvas)
    }

    private static func row(_ position: OptionPositionSnapshot) -> [TableCell] {
        let instrument = position.instrument
        let greeks = position.greeks
        let long = position.position.size > 0
        let pnl = position.unrealizedPnL
        let size = instrument.format(Quantity(lots: abs(position.position.size)))
        return [
            TableCell(text: instrument.symbol),
            TableCell(text: (long ? "+" : "-") + size, style: Style(long ? .buy : .sell)),
            TableCell(text: position.mark.map { DisplayFormat.grouped(instrument.format($0.price)) } ?? "—"),
            TableCell(text: position.mark.map { OptionFormat.volatility($0.volatility) } ?? "—"),
            TableCell(text: OptionFormat.signed(greeks.delta, 3)),
            TableCell(text: OptionFormat.signed(greeks.gamma, 5)),
            TableCell(text: OptionFormat.signed(greeks.vega, 2)),
            TableCell(text: OptionFormat.signed(greeks.theta, 2)),
            TableCell(text: DisplayFormat.money(pnl, signed: true), style: Style(pnl.units >= 0 ? .up : .down)),
        ]
    }
}
