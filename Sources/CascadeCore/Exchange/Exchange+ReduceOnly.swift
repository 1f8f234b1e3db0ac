extension Exchange {
    /// Keeps the book's copy of the account's position while it has reduce-only orders there, and
    /// drops it when it has none.
    mutating func syncReduceOnlyPosition(_ account: AccountID, _ instrument: InstrumentID) {
        // Most accounts have no reduce-only order at all: their open orders are not walked.
        let hasReduceOnly =
            accounts[account].reduceOnlyOrders > 0
            && accounts[account].openOrders.contains {
                owners[$0].map { $0.instrument == instrument && $0.reduceOnly } ?? false
            }
        let size = accounts[account].positions[instrument].size
        markets[instrument].book.setPosition(of: account, to: hasReduceOnly ? size : nil)
    }

    /// Lots an order of `side` could reduce the account's position by.
    func reducibleLots(_ account: AccountID, _ instrument: InstrumentID, side: Side) -> Int64 {
        let size = accounts[account].positions[instrument].size
        return side == .buy ? Swift.max(0, -size) : Swift.max(0, size)
    }

    /// Shrinks the account's resting reduce-only orders in the instrument, oldest first, so together
    /// they never exceed what the position can reduce; one with nothing left to reduce is cancelled.
    /// A size decrease keeps queue priority. Events go to `bookEvents`.
    mutating func trimReduceOnly(_ account: AccountID, _ instrument: InstrumentID) {
        guard accounts[account].reduceOnlyOrders > 0 else { return }
        var allowance: [Side: Int64] = [
            .buy: reducibleLots(account, instrument, side: .buy),
            .sell: reducibleLots(account, instrument, side: .sell),
        ]
        for id in accounts[account].openOrders {
            guard let owner = owners[id], owner.instrument == instrument, owner.reduceOnly,
                let resting = markets[instrument].book.restingOrder(id)
            else { continue }
            let left = allowance[resting.side] ?? 0
            let open = resting.openQuantity.lots
            allowance[resting.side] = Swift.max(0, left - open)
            if open <= left { continue }
            if left == 0 {
                markets[instrument].book.cancel(id, events: &bookEvents)
            } else {
                markets[instrument].book.amend(
                    id, price: resting.price, quantity: Quantity(lots: left), events: &bookEvents)
            }
        }
    }
}
