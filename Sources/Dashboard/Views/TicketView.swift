import CascadeCore
import CascadeSim
import TerminalKit

/// The order ticket overlay: its fields, then a live preview of cost, fee, margin and the
/// liquidation price the position would have.
enum TicketView {
    static func draw(_ ticket: OrderTicket, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        let width = min(bounds.width, 60)
        let height = min(bounds.height, 22)
        let rect = Rect(
            x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width,
            height: height)
        canvas.fill(rect, style: Style(.overlay))
        let market = context.market
        let quote = ticket.option.flatMap { context.snapshot.options?.quote($0) }
        let instrument = quote?.instrument ?? market.instrument
        let buying = ticket.side == .buy
        let title =
            ticket.amending.map { "Amend #\($0.rawValue): \(buying ? "buy" : "sell") \(instrument.symbol)" }
            ?? "\(buying ? "Buy" : "Sell") \(instrument.symbol)"
        let inner = Box.draw(in: rect, title: title, focused: true, glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        var y = inner.y
        /// One field's line; a typed field's pre-filled text, while selected, is in reverse video
        /// (the next key typed replaces it).
        func field(_ field: OrderTicket.Field, _ label: String, _ value: String, textSelected: Bool = false) {
            guard y < inner.maxY else { return }
            let selected = ticket.field == field
            canvas.put(label, x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
            let shown = selected ? "‹ \(value) ›" : "  \(value)  "
            canvas.put(
                shown, x: inner.x + 14, y: y, style: Style(selected ? .selection : .text), maxWidth: inner.width - 14)
            if selected && textSelected {
                canvas.put(
                    value, x: inner.x + 16, y: y, style: Style(.selection, reverse: true), maxWidth: inner.width - 16)
            }
            y += 1
        }
        field(.side, "Side", buying ? "\(context.glyphs.up) BUY / long" : "\(context.glyphs.down) SELL / short")
        field(.kind, "Type", ticket.kind.rawValue)
        field(
            .size, "Size ($, %)", ticket.size.text.isEmpty ? "0" : ticket.size.text,
            textSelected: ticket.size.isSelected)
        if ticket.kind != .market {
            let label =
                switch ticket.kind {
                case .stop: "Trigger (mark)"
                case .trailing: "Activation"
                case .market, .limit: "Price"
                }
            field(
                .price, label, ticket.price.text,
                textSelected: ticket.price.isSelected)
        }
        for shown in ticket.fields where shown.rawValue > OrderTicket.Field.price.rawValue {
            switch shown {
            case .callback:
                field(.callback, "Callback", ticket.callback.text, textSelected: ticket.callback.isSelected)
            case .timeInForce: field(.timeInForce, "Time in force", ticket.timeInForceText)
            case .takeProfit:
                field(.takeProfit, "Take-profit", ticket.takeProfit.text.isEmpty ? "none" : ticket.takeProfit.text)
            case .stopLoss: field(.stopLoss, "Stop-loss", ticket.stopLoss.text.isEmpty ? "none" : ticket.stopLoss.text)
            case .leverage: field(.leverage, "Leverage", "\(ticket.leverage)x")
            case .reduceOnly: field(.reduceOnly, "Reduce-only", ticket.reduceOnly ? "yes" : "no")
            default: field(.mode, "Margin", ticket.mode == .cross ? "cross" : "isolated")
            }
        }
        y += 1
        switch ticket.terms(app: context.state, snapshot: context.snapshot)
            ?? .failure(TicketError("the option is no longer listed"))
        {
        case .failure(let error):
            // A reason is never cut: it wraps onto the lines below.
            for line in error.description.wrapped(inner.width, indent: 0) where y < inner.maxY {
                canvas.put(line, x: inner.x, y: y, style: Style(.statusError), maxWidth: inner.width)
                y += 1
            }
        case .success(let terms):
            if let limit = terms.limit,
                let warning = ticket.timeInForceWarning(
                    limit: limit, bid: quote.map(\.bid) ?? market.depth.bids.first?.price,
                    ask: quote.map(\.ask) ?? market.depth.asks.first?.price)
            {
                for line in warning.wrapped(inner.width, indent: 0) where y < inner.maxY {
                    canvas.put(line, x: inner.x, y: y, style: Style(.statusError), maxWidth: inner.width)
                    y += 1
                }
            }
            let account = context.snapshot.account
            let lines =
                if let quote {
                    ticket.optionPreview(quote: quote, index: context.snapshot.options?.index, account: account)
                        .map { optionPreviewLines($0, ticket, instrument, size: (terms.quantity, account.available)) }
                } else {
                    ticket.preview(market: market, account: account).map {
                        perpetualPreviewLines($0, ticket, instrument, size: (terms.quantity, account.available))
                    }
                }
            guard let lines else {
                canvas.put("no price to preview against", x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
                return
            }
            for (label, value, style) in lines where y < inner.maxY {
                canvas.put(label, x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
                canvas.putFitting(value, x: inner.x + 14, y: y, style: style, maxWidth: inner.width - 14)
                y += 1
            }
        }
        // The keys, on as many bottom lines as they need (whole fields, never a cut word), as room allows.
        var lines: [String] = []
        let keys =
            ticket.amending == nil
            ? ["Enter place", "Esc cancel", "Tab/↑↓ field", "←→ change", "F2 explain"]
            : ["Enter amend", "Esc keep the order", "Tab/↑↓ field", "F2 explain"]
        for field in keys {
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

    /// `0.100 BTC = 6,400.00 USDC = 7.1% avail.`: the size in base units, as notional, and as the
    /// share of the available balance its initial margin takes at `leverage` (how `SizeEntry`
    /// reads `$` and `%` sizes).
    static func sizeForms(
        _ quantity: Quantity, notional: Money, _ instrument: Instrument, available: Money, leverage: Int
    ) -> String {
        let base =
            "\(instrument.format(quantity)) "
            + (instrument.kind == .inverse ? "contracts" : String(instrument.symbol.prefix { $0 != "-" }))
        let asset = instrument.settlementAsset
        let money = DisplayFormat.money(notional, asset) + " \(asset.symbol)"
        let budget = Int128(available.units) * Int128(max(1, leverage))
        guard budget > 0 else { return "\(base) = \(money), no balance available" }
        let share = Rate(units: Int64(clamping: Int128(notional.units) * Int128(Rate.one) / budget))
        return "\(base) = \(money) = \(DisplayFormat.percent(share, places: 1)) avail."
    }

    /// A perpetual order's preview: its size three ways, the fill price, fee, margin and liquidation
    /// price.
    private static func perpetualPreviewLines(
        _ preview: TicketPreview, _ ticket: OrderTicket, _ instrument: Instrument,
        size: (quantity: Quantity, available: Money)
    ) -> [(String, String, Style)] {
        let liquidation =
            preview.risk?.liquidationPrice.map(instrument.format) ?? (preview.risk == nil ? "flat" : "none")
        let forms = sizeForms(
            size.quantity, notional: preview.notional, instrument, available: size.available, leverage: ticket.leverage)
        var lines: [(String, String, Style)] = [
            ("Size", forms, .text),
            ("At", instrument.format(preview.fillPrice), .text),
            ("Fee", DisplayFormat.money(preview.fee), .text),
            ("Margin", DisplayFormat.money(preview.margin) + " (\(ticket.leverage)x)", .text),
            ("Liq. price", liquidation, Style(.liquidation, bold: true)),
        ]
        if preview.resultingSize != 0,
            case .success(let prices) = ticket.bracketPrices(on: instrument, entry: preview.fillPrice)
        {
            // What the position would make or lose, closed whole at each leg, before fees.
            let asset = instrument.settlementAsset
            let legs = [("TP", prices.takeProfit), ("SL", prices.stopLoss)].compactMap { name, price in
                price.map {
                    let pnl = preview.pnl(closingAt: $0, on: instrument)
                    return "\(name) \(DisplayFormat.money(pnl, asset, signed: true)) \(asset.symbol)"
                }
            }
            if !legs.isEmpty { lines.append(("At TP / SL", legs.joined(separator: " · "), .text)) }
        }
        return lines
    }

    /// An option order's preview: its size three ways, the premium, fee, standard margin and the
    /// position's Greeks after it.
    private static func optionPreviewLines(
        _ preview: OptionTicketPreview, _ ticket: OrderTicket, _ instrument: Instrument,
        size: (quantity: Quantity, available: Money)
    ) -> [(String, String, Style)] {
        let pays = ticket.side == .buy ? "pay" : "receive"
        let greeks = preview.greeks
        let forms = sizeForms(
            size.quantity, notional: preview.premium, instrument, available: size.available, leverage: 1)
        return [
            ("Size", forms, .text),
            (
                "At",
                "\(DisplayFormat.grouped(instrument.format(preview.fillPrice))) · \(pays) "
                    + "\(DisplayFormat.money(preview.premium)) USDC", .text
            ),
            ("Fee", DisplayFormat.money(preview.fee) + " USDC", .text),
            ("Margin", DisplayFormat.money(preview.margin) + " USDC (standard)", .text),
            ("After: Δ Γ", "\(OptionFormat.signed(greeks.delta, 3)) · \(OptionFormat.signed(greeks.gamma, 5))", .text),
            (
                "vega · Θ/day", "\(OptionFormat.signed(greeks.vega, 2)) · \(OptionFormat.signed(greeks.theta, 2)) USD",
                .text
            ),
        ]
    }
}
