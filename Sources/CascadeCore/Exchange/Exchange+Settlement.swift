extension Exchange {
    /// Turns the book's events into exchange events, until nothing more follows from them:
    /// fills settle money and positions; orders that leave the book stop being tracked; reduce-only
    /// orders shrink to what the new positions can still reduce; the last trade price goes to the
    /// book, where it may fire stops, whose own events join the queue.
    mutating func settleBookEvents(_ instrument: InstrumentID, _ events: inout [Event]) {
        var lastTrade: Price?
        var touched: [AccountID] = []
        var index = 0
        while index < bookEvents.count {
            let event = bookEvents[index]
            index += 1
            events.append(.book(instrument, event))
            switch event {
            case .trade(let trade):
                settle(trade, instrument, &events)
                lastTrade = trade.price
                if trade.makerRemaining == .zero { untrack(trade.makerID) }
                for account in [trade.makerAccount, trade.takerAccount] where !touched.contains(account) {
                    touched.append(account)
                }
            case .cancelled(let id, _, _), .expired(let id, _):
                untrack(id)
            case .amended(let id, _, _), .triggered(let id):
                // Back as a taker, it may have filled and left the book.
                if !markets[instrument].book.contains(id) { untrack(id) }
            case .accepted, .rejected:
                break
            }
            guard index == bookEvents.count else { continue }
            // The new last price first: the first trade of a market is also its first valuation.
            if let price = lastTrade { markets[instrument].lastTrade = price }
            for account in touched {
                trimReduceOnly(account, instrument)
                syncReduceOnlyPosition(account, instrument)
                rekey(account, &events)
            }
            touched.removeAll()
            if let price = lastTrade {
                lastTrade = nil
                fireStops(instrument, at: price, for: .last)
            }
        }
        bookEvents.removeAll(keepingCapacity: true)
    }

    /// Fires the stops a new reference price triggers; a reduce-only stop enters at no more than the
    /// position it can still reduce, and expires when that is nothing. Events go to `bookEvents`.
    ///
    /// Several reduce-only stops of one account share what its position can reduce: each takes from
    /// a running allowance, since their fills settle only after all of them have entered.
    mutating func fireStops(_ instrument: InstrumentID, at price: Price, for reference: TriggerReference) {
        let fired = markets[instrument].book.fireStops(at: price, for: reference)
        var allowances: [ReduceAllowance] = []
        for var order in fired {
            if order.reduceOnly {
                let key = ReduceAllowance(account: order.account, side: order.side, lots: 0)
                let slot =
                    allowances.firstIndex { $0.account == key.account && $0.side == key.side }
                    ?? {
                        allowances.append(
                            ReduceAllowance(
                                account: key.account, side: key.side,
                                lots: reducibleLots(key.account, instrument, side: key.side)))
                        return allowances.count - 1
                    }()
                let lots = Swift.min(order.quantity.lots, allowances[slot].lots)
                allowances[slot].lots -= lots
                if lots == 0 {
                    bookEvents.append(.triggered(order.id))
                    bookEvents.append(.expired(order.id, order.quantity))
                    continue
                }
                order.quantity = Quantity(lots: lots)
            }
            markets[instrument].book.enter(order, events: &bookEvents)
        }
    }

    /// Keeps the book's copy of the account's position while it has reduce-only orders there, and
    /// drops it when it has none.
    mutating func syncReduceOnlyPosition(_ account: AccountID, _ instrument: InstrumentID) {
        let holder = accounts[account]
        let hasReduceOnly = holder.openOrders.contains {
            owners[$0].map { $0.instrument == instrument && $0.reduceOnly } ?? false
        }
        let size = holder.positions[instrument].size
        markets[instrument].book.setPosition(of: account, to: hasReduceOnly ? size : nil)
    }

    /// What one account may still reduce on one side while several stops fire together.
    private struct ReduceAllowance {
        var account: AccountID
        var side: Side
        var lots: Int64
    }

    /// Lots an order of `side` could reduce the account's position by.
    func reducibleLots(_ account: AccountID, _ instrument: InstrumentID, side: Side) -> Int64 {
        let size = accounts[account].positions[instrument].size
        return side == .buy ? Swift.max(0, -size) : Swift.max(0, size)
    }

    /// Shrinks the account's resting reduce-only orders in the instrument, oldest first, so together
    /// they never exceed what the position can reduce; one with nothing left to reduce is cancelled.
    /// A size decrease keeps queue priority. Events go to `bookEvents`.
    private mutating func trimReduceOnly(_ account: AccountID, _ instrument: InstrumentID) {
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
