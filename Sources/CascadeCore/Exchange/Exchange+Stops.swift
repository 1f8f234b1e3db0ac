extension Exchange {
    /// Fires the stops a new reference price triggers; a reduce-only stop enters at no more than the
    /// position it can still reduce, and expires when that is nothing. Events go to `bookEvents`.
    ///
    /// Several reduce-only stops of one account share what its position can reduce: each takes from
    /// a running allowance, since their fills settle only after all of them have entered.
    mutating func fireStops(_ instrument: InstrumentID, at price: Price, for reference: TriggerReference) {
        let fired = markets[instrument].book.fireStops(at: price, for: reference)
        var allowances: [ReduceAllowance] = []
        for var order in fired {
            if order.terms.reduceOnly {
                let key = ReduceAllowance(account: order.account, side: order.terms.side, lots: 0)
                let slot =
                    allowances.firstIndex { $0.account == key.account && $0.side == key.side }
                    ?? {
                        allowances.append(
                            ReduceAllowance(
                                account: key.account, side: key.side,
                                lots: reducibleLots(key.account, instrument, side: key.side)))
                        return allowances.count - 1
                    }()
                let lots = Swift.min(order.terms.quantity.lots, allowances[slot].lots)
                allowances[slot].lots -= lots
                if lots == 0 {
                    bookEvents.append(.triggered(order.id))
                    bookEvents.append(.expired(order.id, order.terms.quantity))
                    continue
                }
                order.terms.quantity = Quantity(lots: lots)
            }
            markets[instrument].book.enter(order, events: &bookEvents)
        }
    }

    /// What one account may still reduce on one side while several stops fire together.
    private struct ReduceAllowance {
        var account: AccountID
        var side: Side
        var lots: Int64
    }
}
