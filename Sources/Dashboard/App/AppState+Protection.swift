import CascadeCore
import CascadeSim

extension AppState {
    /// `:tp PRICE` and `:sl PRICE` attach a take-profit or a stop-loss to the shown instrument's
    /// position, for its whole size; `:tp off` and `:sl off` remove it. A take-profit is a
    /// reduce-only limit order at the price (so it rests in the book, inside the price band), a
    /// stop-loss a reduce-only stop-market order triggered by the mark. A new one replaces the old;
    /// both go when the position closes (the engine cancels what can no longer reduce it).
    mutating func protectionCommand(_ words: [String], snapshot: MarketSnapshot) -> [AppEffect] {
        let kind: OrderSnapshot.Protection = words[0].lowercased() == "tp" ? .takeProfit : .stopLoss
        guard words.count == 2 else { return refuse("usage: :\(words[0]) PRICE or :\(words[0]) off") }
        let market = market(in: snapshot)
        let instrument = market.instrument
        let target: ProtectionTarget
        switch protectionTarget(kind, off: words[1].lowercased() == "off", snapshot: snapshot) {
        case .found(let found): target = found
        case .done(let effects): return effects
        }
        let (position, replaced, cancels) = (target.position, target.replaced, target.cancels)
        guard let price = try? instrument.price(parsing: words[1]) else {
            return refuse("price '\(words[1])' must be a positive multiple of \(instrument.tickSize)")
        }
        let long = position.size > 0
        if let mark = market.mark {
            // A take-profit lies where the position gains, a stop-loss where it loses.
            let wanted = long == (kind == .takeProfit) ? "above" : "below"
            let given = price > mark ? "above" : "below"
            guard given == wanted else {
                return refuse(
                    "a \(long ? "long" : "short")'s \(kind.name) lies \(wanted) the mark "
                        + "(\(instrument.format(mark))), not \(given) it")
            }
        }
        guard let closing = OrderTerms.closing(positionOf: position.size) else { return [] }
        let terms: OrderTerms =
            kind == .takeProfit
            ? .limit(closing.side, closing.quantity, at: price, reduceOnly: true)
            : .stop(
                closing.side, closing.quantity, trigger: StopCondition(triggerPrice: price, reference: .mark),
                reduceOnly: true)
        status = (
            "\(kind == .takeProfit ? "Take-profit" : "Stop-loss"): \(closing.side == .buy ? "buy" : "sell") "
                + "\(instrument.format(closing.quantity)) \(instrument.symbol) at \(instrument.format(price))"
                + (replaced.isEmpty ? "" : " (replaces the old one)"), false
        )
        return cancels + [.engine(.command(.place(userOrder(terms, in: market.id))))]
    }

    /// The position a protection of `kind` attaches to, with the orders of that kind it replaces.
    struct ProtectionTarget {
        var position: Position
        var replaced: [OrderSnapshot]
        /// The cancels of `replaced`, sent before the new order.
        var cancels: [AppEffect]
    }

    /// What looking for a protection's position gave: the position, or what to do instead.
    enum ProtectionLookup {
        case found(ProtectionTarget)
        /// No position (the status line says so), or `off`: these cancels remove the old protection.
        case done([AppEffect])
    }

    /// Finds the shown instrument's position for a protection of `kind` and the old one it
    /// replaces; with `off`, cancels that one instead. Shared by `:tp`, `:sl` and `:trail`.
    mutating func protectionTarget(_ kind: OrderSnapshot.Protection, off: Bool, snapshot: MarketSnapshot)
        -> ProtectionLookup
    {
        let market = market(in: snapshot)
        guard let position = snapshot.account.positions.first(where: { $0.instrument == market.id })?.position,
            !position.isFlat
        else {
            return .done(refuse("no \(market.instrument.symbol) position to attach a \(kind.name) to: open one first"))
        }
        let replaced = snapshot.account.orders.filter { $0.instrument == market.id && $0.protection == kind }
        let cancels = replaced.map { AppEffect.engine(.command(.cancel(World.userAccount, $0.id))) }
        if off {
            status = (replaced.isEmpty ? "No \(kind.name) to remove" : "Removing the \(kind.name)", false)
            return .done(cancels)
        }
        return .found(ProtectionTarget(position: position, replaced: replaced, cancels: cancels))
    }
}
