import CascadeCore

/// What the engine did with one command of the user's, gathered from that command's events while
/// it is applied, then said in one line: an order's outcome once (filled size at its average price,
/// what rests, what expired), not its last partial fill.
struct CommandReplyDraft {
    let command: Command
    let instrument: Instrument?
    let asset: Asset
    /// The open order a cancel or amend is about, as it was before the command.
    let subject: OrderSnapshot?
    private(set) var rejection: String?
    private var filledLots: Int64 = 0
    /// The lowest and highest price filled at: one price is said with `at`, several with `at avg`.
    private var filledRange: ClosedRange<Int64>?
    /// Σ price × lots of the fills, for the average price.
    private var filledTicksTimesLots: Int128 = 0
    private var realizedPnL = Money.zero
    private var expiredLots: Int64 = 0
    private var cancelled = 0
    /// The new price and open size an amend gave its order.
    private var amended: (price: Price, quantity: Quantity)?
    private var confirmed = false
    /// The reply to a lending command, gathered from its lending events.
    var lending: LendingReply?

    init(_ command: Command, instrument: Instrument?, asset: Asset, subject: OrderSnapshot? = nil) {
        self.command = command
        self.instrument = instrument
        self.asset = asset
        self.subject = subject
    }

    /// The client order id of the order the command places, if it places one.
    var client: ClientOrderID? {
        if case .place(let order) = command { order.clientOrderID } else { nil }
    }

    /// The exchange's id of the order a cancel or amend names.
    var target: OrderID? {
        switch command {
        case .cancel(_, let id), .amend(_, let id, _, _): id
        default: nil
        }
    }

    /// Whether order `id` (sent as `client`) is the one this command places, amends or cancels.
    func concerns(_ id: OrderID, _ client: ClientOrderID) -> Bool { id == target || client == self.client }

    /// Whether `fill` is of the order this command places or amends.
    private func concerns(_ fill: Fill) -> Bool {
        (fill.clientOrderID != nil && fill.clientOrderID == client) || (target != nil && fill.order == target)
    }

    /// Takes in one event of the command; `user` is the account the dashboard trades for.
    mutating func note(_ event: Event, user: AccountID) {
        switch event {
        case .orderRejected(_, let account, let reason, let id) where account == user && id == client:
            rejection = "Order rejected: " + reason.userText(instrument: instrument, asset: asset)
        case .rejected(let account, let reason) where account == user:
            rejection = "Rejected: " + reason.userText(instrument: instrument, asset: asset)
        case .book(_, .rejected(_, let reason), let id) where id != nil && id == client:
            rejection = "Order rejected: \(reason)"
        case .book(_, .rejected(let order, let reason), _) where order == target:
            rejection = "Order #\(order.rawValue) not changed: \(reason)"
        case .book(_, .expired(_, let quantity), let id) where id != nil && id == client:
            expiredLots += quantity.lots
        case .book(_, .cancelled, _) where isCancelAll:
            cancelled += 1
        case .book(_, .cancelled(let order, _, _), _) where order == target:
            cancelled += 1
        case .book(_, .amended(let order, let price, let quantity), _) where order == target:
            amended = (price, quantity)
        case .fill(let fill) where fill.account == user && concerns(fill):
            filledLots += fill.quantity.lots
            filledRange =
                filledRange.map { min($0.lowerBound, fill.price.ticks)...max($0.upperBound, fill.price.ticks) }
                ?? fill.price.ticks...fill.price.ticks
            filledTicksTimesLots += Int128(fill.price.ticks) * Int128(fill.quantity.lots)
            realizedPnL += fill.realizedPnL
        case .leverageSet(let account, _, _), .marginModeSet(let account, _, _),
            .isolatedMarginAdjusted(let account, _, _), .crossMarginModelSet(let account, _, _):
            confirmed = confirmed || account == user
        case .lending(let event):
            lending?.note(event, user: user)
        default:
            break
        }
    }

    private var isCancelAll: Bool {
        if case .cancelAll = command { true } else { false }
    }

    /// The line for the status bar, or nil when the command needs none (a deposit, say).
    var reply: (text: String, isError: Bool)? {
        if let rejection { return (rejection, true) }
        if let lending { return lending.reply }
        switch command {
        case .place(let order): return (orderText(order), false)
        case .cancel(_, let id) where cancelled > 0:
            let what = instrument.flatMap { subject?.summary($0) }.map { ": \($0)" } ?? ""
            return ("Cancelled order #\(id.rawValue)\(what)", false)
        case .amend(_, let id, _, _):
            guard let amended else { return nil }
            return (amendText(id, amended), false)
        case .cancelAll:
            let symbol = instrument.map { " \($0.symbol)" } ?? ""
            return (
                cancelled == 0
                    ? "No open\(symbol) orders to cancel"
                    : "Cancelled \(cancelled)\(symbol) order\(cancelled == 1 ? "" : "s")", false
            )
        case .setLeverage(_, _, let leverage) where confirmed:
            return ("Leverage \(leverage)x on \(instrument?.symbol ?? "")", false)
        case .setMarginMode(_, _, let mode) where confirmed:
            return ("Margin mode \(mode == .cross ? "cross" : "isolated") on \(instrument?.symbol ?? "")", false)
        case .setCrossMarginModel(_, let asset, let model) where confirmed:
            return ("\(asset.symbol) cross margin is now \(model) margin", false)
        case .adjustIsolatedMargin(_, _, let delta) where confirmed:
            guard let instrument else { return nil }
            let verb = delta.units >= 0 ? "added to" : "taken from"
            return (
                "\(instrument.format(delta.magnitude)) \(asset.symbol) \(verb) isolated \(instrument.symbol)", false
            )
        default:
            return nil
        }
    }

    /// `Order #7 amended: buy 0.200 BTC-PERP at 63500.0`, then what it traded at once if the new
    /// price crossed.
    private func amendText(_ id: OrderID, _ amended: (price: Price, quantity: Quantity)) -> String {
        guard let instrument, let subject else { return "Order #\(id.rawValue) amended" }
        var order = subject
        order.price = amended.price
        order.quantity = amended.quantity
        var text = "Order #\(id.rawValue) amended: \(order.summary(instrument))"
        if let fills = fillsText(side: subject.side) { text += "; \(fills)" }
        return text
    }

    /// `bought 0.050 BTC-PERP at avg 63500.0, PnL 12.00`: what this command's fills add up to, or
    /// nil when nothing traded.
    private func fillsText(side: Side) -> String? {
        let onePrice = filledRange?.count == 1
        guard filledLots > 0, let instrument else { return nil }
        let average = Price(ticks: Int64(filledTicksTimesLots / Int128(filledLots)))
        var text =
            "\(side == .buy ? "bought" : "sold") \(instrument.format(Quantity(lots: filledLots))) "
            + "\(instrument.symbol) \(onePrice ? "at" : "at avg") \(instrument.format(average))"
        if realizedPnL != .zero { text += ", PnL \(instrument.format(realizedPnL))" }
        return text
    }

    private func orderText(_ order: NewOrder) -> String {
        guard let instrument else { return "Order \(order.clientOrderID) sent" }
        let terms = order.terms
        let size = { (lots: Int64) in instrument.format(Quantity(lots: lots)) }
        var parts: [String] = []
        if let fills = fillsText(side: terms.side) {
            parts.append(fills.prefix(1).uppercased() + fills.dropFirst())
        }
        let open = terms.quantity.lots - filledLots - expiredLots
        if open > 0, let stop = terms.stop {
            let side = terms.side == .buy ? "buy" : "sell"
            let watch = stop.reference == .mark ? "mark" : "last"
            if let callback = stop.trailingCallback {
                let best = terms.side == .buy ? "lowest" : "highest"
                parts.append(
                    "Trailing stop \(side) \(size(open)) \(instrument.symbol) fires \(DisplayFormat.percent(callback, places: 1)) "
                        + "off the \(best) \(watch) from \(instrument.format(stop.triggerPrice))")
            } else {
                let trigger = "\(terms.side == .buy ? "≥" : "≤") \(instrument.format(stop.triggerPrice))"
                parts.append("Stop \(side) \(size(open)) \(instrument.symbol) waits for \(watch) \(trigger)")
            }
        } else if open > 0, let limit = terms.limit {
            let side = terms.side == .buy ? "Buy" : "Sell"
            parts.append(
                (parts.isEmpty ? "\(side) \(size(open)) \(instrument.symbol)" : size(open))
                    + " resting at \(instrument.format(limit))")
        }
        if expiredLots > 0, let limit = terms.limit {
            parts.append("\(size(expiredLots)) unfilled and expired (IOC: no more at \(instrument.format(limit)))")
        } else if expiredLots > 0 {
            parts.append("\(size(expiredLots)) unfilled and expired (no liquidity within the price band)")
        }
        return parts.isEmpty ? "Order \(order.clientOrderID) accepted" : parts.joined(separator: "; ")
    }
}
