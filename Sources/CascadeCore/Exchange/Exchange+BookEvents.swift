extension Exchange {
    /// The one way into a book: clears the scratch buffer of book events, runs `call` (a book
    /// command, with whatever must be filed before settlement), then settles what it produced.
    /// No call site clears or settles `bookEvents` by hand.
    mutating func throughBook(_ instrument: InstrumentID, _ events: inout [Event], _ call: (inout Exchange) -> Void) {
        bookEvents.removeAll(keepingCapacity: true)
        call(&self)
        settleBookEvents(instrument, &events)
    }

    /// Turns the book's events into exchange events, until nothing more follows from them:
    /// fills settle money and positions; orders that change are recounted in their account's
    /// exposures, and those that leave the book stop being tracked; reduce-only
    /// orders shrink to what the new positions can still reduce; the last trade price goes to the
    /// book, where it may fire stops, whose own events join the queue.
    private mutating func settleBookEvents(_ instrument: InstrumentID, _ events: inout [Event]) {
        var lastTrade: Price?
        var touched: [AccountID] = []
        var index = 0
        while index < bookEvents.count {
            let event = bookEvents[index]
            index += 1
            // Each case echoes the client order id with the lookup it needs anyway (an order that
            // leaves is untracked in the same step), so no event costs an extra hash lookup.
            switch event {
            case .trade(let trade):
                events.append(.book(instrument, event, client: nil))
                // A maker that is filled in full is untracked here, by the lookup that finds its id; one
                // filled in part is counted at what it has left, by the same lookup. The taker was
                // counted when it was filed or triggered, after its trades.
                let maker =
                    trade.makerRemaining == .zero ? untrack(trade.makerID)?.client : recount(trade.makerID)?.client
                settle(trade, instrument, clients: (maker, clientOrderID(of: trade.takerID)), &events)
                lastTrade = trade.price
                for account in [trade.makerAccount, trade.takerAccount] where !touched.contains(account) {
                    touched.append(account)
                }
            case .cancelled(let id, _, _), .expired(let id, _):
                let client = untrack(id)?.client ?? clientOrderID(of: id)
                events.append(.book(instrument, event, client: client))
            case .amended(let id, _, _), .triggered(let id):
                events.append(.book(instrument, event, client: clientOrderID(of: id)))
                // Back as a taker, it may have filled and left the book.
                if markets[instrument].book.contains(id) { recount(id) } else { untrack(id) }
            case .accepted(let id, _), .rejected(let id, _):
                events.append(.book(instrument, event, client: clientOrderID(of: id)))
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
    }
}
