import CascadeCore
import TerminalKit

/// The user's positions (size, entry, mark, liquidation price, PnL and ROE, leverage and mode, ADL
/// level), then their option positions (premium paid and mark; no liquidation price of their own),
/// then open orders in every instrument.
enum PositionsView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let account = context.snapshot.account
        let inner = Box.draw(
            in: rect,
            title:
                "Positions \(account.positions.count + account.optionPositions.count) · Orders \(account.orders.count)",
            focused: context.focused(.positions), glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        var rows: [[TableCell]] = account.positions.map { row($0, context) }
        rows += account.optionPositions.map { optionRow($0, context) }
        for order in account.orders {
            let instrument = context.snapshot[order.instrument].instrument
            let kind = order.kindText(instrument)
            rows.append([
                TableCell(text: instrument.symbol, style: Style(.muted)),
                TableCell(text: order.side == .buy ? "BUY" : "SELL", style: Style(order.side == .buy ? .buy : .sell)),
                TableCell(text: instrument.format(order.quantity)), TableCell(text: kind),
                TableCell(text: "order #\(order.id.rawValue)", style: Style(.muted)),
                TableCell(text: order.reduceOnly ? "reduce" : ""), TableCell(text: ""), TableCell(text: ""),
                TableCell(text: ""),
            ])
        }
        if rows.isEmpty {
            let keys = context.state.keyMap
            canvas.put(
                "No position. \(keys.key(for: .buy)) buy · \(keys.key(for: .sell)) sell · :buy 0.1", x: inner.x,
                y: inner.y, style: Style(.muted),
                maxWidth: inner.width)
            return
        }
        let selected = min(context.state.selectedRow, rows.count - 1)
        // Without a perpetual position, the liquidation and ADL columns have nothing to show and
        // give their room to the options' PnL, which carries no ROE and needs no fixed width.
        let onlyOptions = account.positions.isEmpty
        var shown = allColumns
        if onlyOptions { shown[6].width = shown[6].title.count }
        let order = onlyOptions ? priority.filter { $0 != 5 && $0 != 8 } : priority
        let chosen = columns(
            fitting: inner.width, widths: Table(columns: shown, rows: rows).contentWidths, priority: order)
        _ = Table(
            columns: chosen.map { shown[$0] }, rows: rows.map { pick(chosen, $0) },
            selectedRow: context.focused(.positions) ? selected : nil
        ).draw(in: inner, canvas: &canvas)
    }

    /// Every column in display order, at its narrowest (the table widens columns to their content);
    /// `priority` lists which go first when space is short.
    static let allColumns = [
        TableColumn(title: "Market", width: 9), TableColumn(title: "Side", width: 6),
        TableColumn(title: "Size", width: 8, alignment: .right),
        TableColumn(title: "Entry", width: 9, alignment: .right),
        TableColumn(title: "Mark", width: 9, alignment: .right),
        TableColumn(title: "Liq.", width: 9, alignment: .right),
        TableColumn(title: "PnL (ROE)", width: 18, alignment: .right),
        TableColumn(title: "Lev", width: 9), TableColumn(title: "ADL", width: 3, alignment: .right),
    ]
    static let priority = [0, 1, 2, 5, 6, 3, 7, 4, 8]

    /// Indices of the columns that fit whole in `width` at their content `widths`, by `priority`, in
    /// display order: a column that would not fit is left out rather than cut.
    static func columns(fitting width: Int, widths: [Int], priority: [Int] = priority) -> [Int] {
        var chosen: [Int] = []
        var used = -1
        for index in priority where used + 1 + widths[index] <= width {
            chosen.append(index)
            used += 1 + widths[index]
        }
        return chosen.sorted()
    }

    private static func pick(_ chosen: [Int], _ cells: [TableCell]) -> [TableCell] { chosen.map { cells[$0] } }

    /// An option position: its premium in the entry and mark columns, "—" for a liquidation price
    /// (options are closed by their account's cross margin, not at a price of their own).
    private static func optionRow(_ option: OptionPositionSnapshot, _ context: ViewContext) -> [TableCell] {
        let instrument = option.instrument
        let pnl = option.unrealizedPnL
        return leadingCells(option.position, instrument, context) + [
            TableCell(text: option.mark.map { instrument.format($0.price) } ?? "—"),
            TableCell(text: "—", style: Style(.muted)),
            TableCell(text: DisplayFormat.money(pnl, signed: true), style: Style(pnl.units >= 0 ? .up : .down)),
            TableCell(text: "cross"),
            TableCell(text: "-"),
        ]
    }

    private static func row(_ position: PositionSnapshot, _ context: ViewContext) -> [TableCell] {
        let instrument = context.snapshot[position.instrument].instrument
        let risk = position.risk
        let pnl = risk.unrealizedPnL
        let roe = risk.roe.map { " (\(DisplayFormat.percent($0, places: 1, signed: true)))" } ?? ""
        let mode = position.position.mode == .isolated ? "iso" : "cross"
        // Under portfolio margin a cross position has no liquidation price or leverage of its own.
        let portfolio = context.snapshot.account.crossModel == .portfolio && position.position.mode == .cross
        return leadingCells(position.position, instrument, context) + [
            TableCell(text: instrument.format(risk.input.mark)),
            portfolio
                ? TableCell(text: "—", style: Style(.muted))
                : TableCell(text: risk.liquidationPrice.map(instrument.format) ?? "none", style: Style(.liquidation)),
            TableCell(text: DisplayFormat.money(pnl, signed: true) + roe, style: Style(pnl.units >= 0 ? .up : .down)),
            TableCell(text: portfolio ? "portfolio" : "\(position.position.leverage)x \(mode)"),
            TableCell(text: position.deleveragingLevel.map(String.init) ?? "-"),
        ]
    }

    /// Market, side, size and entry: the cells every position row starts with.
    private static func leadingCells(_ position: Position, _ instrument: Instrument, _ context: ViewContext)
        -> [TableCell]
    {
        let long = position.size > 0
        return [
            TableCell(text: instrument.symbol),
            TableCell(
                text: "\(long ? context.glyphs.up : context.glyphs.down)\(long ? "LONG" : "SHORT")",
                style: Style(long ? .buy : .sell)),
            TableCell(text: instrument.format(Quantity(lots: abs(position.size)))),
            TableCell(text: position.averageEntryPrice(on: instrument).map(instrument.format) ?? "—"),
        ]
    }
}
