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
            self.init(
                id: id, instrument: instrument, side: stop.side, price: stop.limit, trigger: stop.stop?.triggerPrice,
                quantity: stop.quantity, reduceOnly: stop.reduceOnly)
        } else {
            return nil
        }
    }

    /// `buy 0.100 BTC-PERP at 63400.0` (a stop: `stop sell 0.100 BTC-PERP, trigger ≤ 62000.0`), in
    /// the instrument's units.
    func summary(_ instrument: Instrument) -> String {
        let what = "\(side == .buy ? "buy" : "sell") \(instrument.format(quantity)) \(instrument.symbol)"
        if let trigger {
            return "stop \(what), trigger \(side == .buy ? "≥" : "≤") \(instrument.format(trigger))"
        }
        return what + (price.map { " at \(instrument.format($0))" } ?? "")
    }
}
