import CascadeCore
import CascadeSim
import TerminalKit

/// The order ticket overlay: its fields, then a live preview of cost, fee, margin and the
/// liquidation price the position would have.
enum TicketView {
    static func draw(_ ticket: OrderTicket, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        let width = min(bounds.width, 52)
        let height = min(bounds.height, 17)
        let rect = Rect(
            x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width,
            height: height)
        canvas.fill(rect, style: Style(.overlay))
        let market = context.market
        let quote = ticket.option.flatMap { context.snapshot.options?.quote($0) }
        let instrument = quote?.instrument ?? market.instrument
        let buying = ticket.side == .buy
        let inner = Box.draw(
            in: rect, title: "\(buying ? "Buy" : "Sell") \(instrument.symbol)", focused: true, glyphs: context.glyphs,
            canvas: &canvas)
        guard !inner.isEmpty else { return }
        var y = inner.y
        func field(_ field: OrderTicket.Field, _ label: String, _ value: String) {
            guard y < inner.maxY else { return }
            let selected = ticket.field == field
            canvas.put(label, x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
            let shown = selected ? "‹ \(value) ›" : "  \(value)  "
            canvas.put(
                shown, x: inner.x + 14, y: y, style: Style(selected ? .selection : .text), maxWidth: inner.width - 14)
            y += 1
        }
        field(.side, "Side", buying ? "\(context.glyphs.up) BUY / long" : "\(context.glyphs.down) SELL / short")
        field(.kind, "Type", ticket.kind.rawValue)
        field(.size, "Size", ticket.size.text.isEmpty ? "0" : ticket.size.text)
        if ticket.kind != .market {
            field(.price, ticket.kind == .stop ? "Trigger (mark)" : "Price", ticket.price.text)
        }
        for shown in ticket.fields where shown.rawValue > OrderTicket.Field.price.rawValue {
            switch shown {
            case .leverage: field(.leverage, "Leverage", "\(ticket.leverage)x")
            case .reduceOnly: field(.reduceOnly, "Reduce-only", ticket.reduceOnly ? "yes" : "no")
            default: field(.mode, "Margin", ticket.mode == .cross ? "cross" : "isolated")
            }
        }
        y += 1
        switch ticket.terms(on: instrument) {
        case .failure(let error):
            canvas.put(error.description, x: inner.x, y: y, style: Style(.statusError), maxWidth: inner.width)
        case .success where quote != nil:
            guard let quote,
                let preview = ticket.optionPreview(
                    quote: quote, index: context.snapshot.options?.index, account: context.snapshot.account)
            else {
                canvas.put("no price to preview against", x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
                return
            }
            func line(_ label: String, _ value: String, _ style: Style = .text) {
                guard y < inner.maxY else { return }
                canvas.put(label, x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
                canvas.putFitting(value, x: inner.x + 14, y: y, style: style, maxWidth: inner.width - 14)
                y += 1
            }
            let pays = ticket.side == .buy ? "pay" : "receive"
            line(
                "At",
                "\(DisplayFormat.grouped(instrument.format(preview.fillPrice))) · \(pays) "
                    + "\(DisplayFormat.money(preview.premium)) USDC")
            line("Fee", DisplayFormat.money(preview.fee) + " USDC")
            line("Margin", DisplayFormat.money(preview.margin) + " USDC (standard)")
            let greeks = preview.greeks
            line(
                "After: Δ Γ", "\(OptionFormat.signed(greeks.delta, 3)) · \(OptionFormat.signed(greeks.gamma, 5))")
            line(
                "vega · Θ/day", "\(OptionFormat.signed(greeks.vega, 2)) · \(OptionFormat.signed(greeks.theta, 2)) USD")
        case .success:
            guard let preview = ticket.preview(market: market, account: context.snapshot.account) else {
                canvas.put("no price to preview against", x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
                return
            }
            func line(_ label: String, _ value: String, _ style: Style = .text) {
                guard y < inner.maxY else { return }
                canvas.put(label, x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
                canvas.putFitting(value, x: inner.x + 14, y: y, style: style, maxWidth: inner.width - 14)
                y += 1
            }
            line("At", "\(instrument.format(preview.fillPrice)) · notional \(DisplayFormat.money(preview.notional))")
            line("Fee", DisplayFormat.money(preview.fee))
            line("Margin", DisplayFormat.money(preview.margin) + " (\(ticket.leverage)x)")
            let liquidation =
                preview.risk?.liquidationPrice.map(instrument.format) ?? (preview.risk == nil ? "flat" : "none")
            line("Liq. price", liquidation, Style(.liquidation, bold: true))
        }
        // The keys, on as many bottom lines as they need (whole fields, never a cut word), as room allows.
        var lines: [String] = []
        for field in ["Enter place", "Esc cancel", "Tab/↑↓ field", "←→ change", "F2 explain"] {
            if let last = lines.last, last.count + 3 + field.count <= inner.width {
                lines[lines.count - 1] = last + " · " + field
            } else {
                lines.append(field.fitting(inner.width))
            }
        }
        let shown = lines.prefix(max(0, inner.maxY - 1 - y))
        for (offset, line) in shown.enumerated() {
            canvas.put(line, x: inner.x, y: inner.maxY - shown.count + offset, style: Style(.muted))
        }
    }
}
