import CascadeCore

extension OrderSnapshot {
    /// Open order `id` as the positions panel lists it, read from its book: a resting limit order
    /// (its price and what is still open) or a pending stop (its trigger and whole size); nil when
    /// the order is not open.
    init?(_ id: OrderID, on exchange: Exchange) {
        guard let instrument = exchange.instrument(ofOrder: id) else { return nil }
        let book = exchange.book(instrument)
        if let resting = book.restingOrder(id) {
            self.init(
                id: id, instrument: instrument, side: resting.side, price: resting.price, trigger: nil,
                quantity: resting.openQuantity, reduceOnly: exchange.isReduceOnly(id) ?? false)
        } else if let stop = book.pendingStop(id)?.terms {
            // A trailing stop shows where it fires now, or its activation price until it trails.
            let trailing = book.trailingTrigger(id)
            self.init(
                id: id, instrument: instrument, side: stop.side, price: stop.limit,
                trigger: trailing ?? stop.stop?.triggerPrice, quantity: stop.quantity, reduceOnly: stop.reduceOnly,
                trailing: stop.stop?.trailingCallback.map { Trailing(callback: $0, isActive: trailing != nil) })
        } else {
            return nil
        }
    }

    /// `buy 0.100 BTC-PERP at 63400.0` (a stop: `stop sell 0.100 BTC-PERP, trigger ≤ 62000.0`), in
    /// the instrument's units.
    func summary(_ instrument: Instrument) -> String {
        let what = "\(side == .buy ? "buy" : "sell") \(instrument.format(quantity)) \(instrument.symbol)"
        if let trailing, let trigger {
            let callback = DisplayFormat.percent(trailing.callback, places: 1)
            let now = trailing.isActive ? "trigger \(side == .buy ? "≥" : "≤") " : "from "
            return "trailing stop \(what), \(callback) callback, \(now)\(instrument.format(trigger))"
        }
        if let trigger {
            return "stop \(what), trigger \(side == .buy ? "≥" : "≤") \(instrument.format(trigger))"
        }
        return what + (price.map { " at \(instrument.format($0))" } ?? "")
    }
}
