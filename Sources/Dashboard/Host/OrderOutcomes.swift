import CascadeCore

/// The fills of the user's orders that trade after the command that placed them (a resting limit
/// order, a stop that fired), added up per order so the status line reports each order once,
/// when it leaves the book: its total size at its average price, and what was cancelled or expired
/// unfilled, rather than every partial fill.
///
/// - Complexity: O(1) per fill; `finished` is O(orders with fills still open), a handful.
struct OrderOutcomes {
    /// What one order has done so far.
    struct Tally {
        var client: ClientOrderID
        var instrument: InstrumentID
        var side: Side
        var lots: Int64 = 0
        /// The lowest and highest price filled at: one price is said with `at`, several with `at avg`.
        var prices: ClosedRange<Int64>?
        /// Σ price × lots, for the average price.
        var ticksTimesLots: Int128 = 0
        var realizedPnL = Money.zero
        /// Lots that left the book unfilled, and how.
        var unfilled: (lots: Int64, cancelled: Bool)?
    }

    private var tallies: [OrderID: Tally] = [:]

    /// Adds a fill of one of the user's orders (those with a client order id).
    mutating func record(_ fill: Fill) {
        guard let client = fill.clientOrderID else { return }
        var tally = tallies[fill.order] ?? Tally(client: client, instrument: fill.instrument, side: fill.side)
        tally.lots += fill.quantity.lots
        let ticks = fill.price.ticks
        tally.prices = tally.prices.map { min($0.lowerBound, ticks)...max($0.upperBound, ticks) } ?? ticks...ticks
        tally.ticksTimesLots += Int128(fill.price.ticks) * Int128(fill.quantity.lots)
        tally.realizedPnL += fill.realizedPnL
        tallies[fill.order] = tally
    }

    /// Notes that order `id` left the book with `quantity` unfilled (cancelled or expired); only
    /// for an order that has traded, whose outcome is then owed.
    mutating func leftBook(_ id: OrderID, unfilled quantity: Quantity, cancelled: Bool) {
        guard !tallies.isEmpty else { return }
        tallies[id]?.unfilled = (quantity.lots, cancelled)
    }

    /// Forgets the closed orders `concerned` picks: their outcome was told another way (the reply
    /// to the command that placed, amended or cancelled them).
    mutating func forget(where concerned: (OrderID, ClientOrderID) -> Bool, isOpen: (OrderID) -> Bool) {
        guard !tallies.isEmpty else { return }
        for (id, tally) in tallies where concerned(id, tally.client) && !isOpen(id) { tallies[id] = nil }
    }

    /// The orders that have traded and are no longer open (by `isOpen`), in id order, except those
    /// `excepted` picks (the order the command being applied is about), each removed once returned.
    mutating func finished(isOpen: (OrderID) -> Bool, except excepted: (OrderID, ClientOrderID) -> Bool)
        -> [Tally]
    {
        guard !tallies.isEmpty else { return [] }
        let done = tallies.filter { !excepted($0.key, $0.value.client) && !isOpen($0.key) }.keys
        return done.sorted { $0.rawValue < $1.rawValue }.compactMap { tallies.removeValue(forKey: $0) }
    }
}

extension OrderOutcomes.Tally {
    /// `Your order 3 filled: bought 0.100 BTC-PERP at avg 63990.0, PnL 12.00`, and what left unfilled.
    func text(_ instrument: Instrument) -> String {
        let average = Price(ticks: Int64(ticksTimesLots / Int128(max(1, lots))))
        var text =
            "Your order \(client) \(unfilled == nil ? "filled" : "done"): \(side == .buy ? "bought" : "sold") "
            + "\(instrument.format(Quantity(lots: lots))) \(instrument.symbol) \(prices?.count == 1 ? "at" : "at avg") "
            + instrument.format(average)
        if realizedPnL != .zero { text += ", PnL \(instrument.format(realizedPnL))" }
        if let unfilled {
            text +=
                "; \(instrument.format(Quantity(lots: unfilled.lots))) \(unfilled.cancelled ? "cancelled" : "expired")"
        }
        return text
    }
}
