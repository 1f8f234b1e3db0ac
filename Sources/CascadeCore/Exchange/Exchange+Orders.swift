extension Exchange {
    /// Admits a new order (band, reduce-only, leverage and margin checks), then hands it to the book.
    mutating func place(_ order: NewOrder, _ events: inout [Event]) {
        let id = OrderID(nextOrderID)
        nextOrderID += 1
        guard isKnown(order.instrument) else {
            events.append(.orderRejected(id, order.account, .unknownInstrument))
            return
        }
        guard ensureAccount(order.account) else {
            events.append(.orderRejected(id, order.account, .unknownAccount))
            return
        }
        if let reason = admissionProblem(order) {
            events.append(.orderRejected(id, order.account, reason))
            return
        }
        let request = OrderRequest(
            id: id, account: order.account, side: order.side, quantity: order.quantity, limit: order.limit,
            timeInForce: order.timeInForce, reduceOnly: order.reduceOnly, stop: order.stop)
        bookEvents.removeAll(keepingCapacity: true)
        markets[order.instrument.rawValue].book.submit(request, events: &bookEvents)
        settleBookEvents(order.instrument, &events)
        if markets[order.instrument.rawValue].book.contains(id) { track(id, order.account, order.instrument) }
    }

    mutating func cancel(_ account: AccountID, _ id: OrderID, _ events: inout [Event]) {
        guard let owner = owners[id] else {
            events.append(.rejected(account, .notOwner))
            return
        }
        guard owner.account == account else {
            events.append(.rejected(account, .notOwner))
            return
        }
        bookEvents.removeAll(keepingCapacity: true)
        markets[owner.instrument.rawValue].book.cancel(id, events: &bookEvents)
        settleBookEvents(owner.instrument, &events)
    }

    mutating func cancelAll(_ account: AccountID, _ instrument: InstrumentID?, _ events: inout [Event]) {
        guard let holder = self.account(account) else { return }
        for id in holder.openOrders where instrument == nil || owners[id]?.instrument == instrument {
            cancel(account, id, &events)
        }
    }

    mutating func amend(_ account: AccountID, _ id: OrderID, _ price: Price, _ quantity: Quantity, _ events: inout [Event]) {
        guard let owner = owners[id], owner.account == account else {
            events.append(.rejected(account, .notOwner))
            return
        }
        let market = markets[owner.instrument.rawValue]
        if let band = priceBand(market), price < band.low || price > band.high {
            events.append(.rejected(account, .priceOutsideBand(low: band.low, high: band.high)))
            return
        }
        if let resting = market.book.restingOrder(id) {
            let position = accounts[Int(account.rawValue)].positions[owner.instrument.rawValue]
            let asset = assetIndex(of: owner.instrument)
            let before = orderMargin(id, account: account, instrument: owner.instrument)
            let after = openingMargin(
                side: resting.side, lots: quantity.lots, price: price, position: position, instrument: market.instrument)
            let available = crossMargin(of: account, asset: asset).available + before
            if after > available {
                events.append(.rejected(account, .insufficientMargin(required: after, available: available)))
                return
            }
        }
        bookEvents.removeAll(keepingCapacity: true)
        markets[owner.instrument.rawValue].book.amend(id, price: price, quantity: quantity, events: &bookEvents)
        settleBookEvents(owner.instrument, &events)
    }

    /// Why `order` may not enter the book, or `nil`.
    private func admissionProblem(_ order: NewOrder) -> ExchangeRejection? {
        let market = markets[order.instrument.rawValue]
        let instrument = market.instrument
        let position = accounts[Int(order.account.rawValue)].positions[order.instrument.rawValue]
        if let limit = order.limit, let band = priceBand(market), limit < band.low || limit > band.high {
            return .priceOutsideBand(low: band.low, high: band.high)
        }
        let opening = openingLots(side: order.side, lots: order.quantity.lots, position: position)
        if order.reduceOnly && opening > 0 { return .reduceOnlyWouldIncrease }
        guard opening > 0 else { return nil }
        let price = order.limit ?? order.stop?.triggerPrice ?? market.valuationPrice ?? market.book.bestAsk ?? market.book.bestBid
        guard let price else { return nil }
        let grown = abs(position.size) + opening
        let maximum = instrument.tiers.tier(for: instrument.notional(of: grown, at: price)).maxLeverage
        if position.leverage > maximum { return .leverageAboveTierMaximum(maximum: maximum) }
        let required = openingMargin(side: order.side, lots: order.quantity.lots, price: price, position: position, instrument: instrument)
        let available = crossMargin(of: order.account, asset: assetIndex(of: order.instrument)).available
        return required > available ? .insufficientMargin(required: required, available: available) : nil
    }

    /// Limit prices must lie within the instrument's band around mark; no band before the first mark.
    func priceBand(_ market: Market) -> (low: Price, high: Price)? {
        guard let mark = market.mark?.price else { return nil }
        let width = market.instrument.priceBand.of(Money(units: mark.ticks), rounding: .down).units
        return (Price(ticks: Swift.max(1, mark.ticks - width)), Price(ticks: mark.ticks + width))
    }

    /// Turns the book's events into exchange events: fills settle money and positions, orders that
    /// leave the book stop being tracked; a trade's price becomes the last price, which may fire stops.
    mutating func settleBookEvents(_ instrument: InstrumentID, _ events: inout [Event]) {
        var lastTrade: Price?
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
            case .cancelled(let id, _, _), .expired(let id, _):
                untrack(id)
            case .accepted, .rejected, .amended, .triggered:
                break
            }
            if index == bookEvents.count, let price = lastTrade {
                // Fired stops append their own events to the same buffer; the loop settles them too.
                markets[instrument.rawValue].lastTrade = price
                lastTrade = nil
                markets[instrument.rawValue].book.updateReferencePrice(price, for: .last, events: &bookEvents)
            }
        }
        // An order that came back as a taker (a crossing amend, a fired stop) may have left the book.
        for event in bookEvents {
            switch event {
            case .amended(let id, _, _), .triggered(let id):
                if !markets[instrument.rawValue].book.contains(id) { untrack(id) }
            default:
                break
            }
        }
        bookEvents.removeAll(keepingCapacity: true)
    }

    mutating func track(_ id: OrderID, _ account: AccountID, _ instrument: InstrumentID) {
        owners[id] = (account, instrument)
        accounts[Int(account.rawValue)].openOrders.append(id)
    }

    mutating func untrack(_ id: OrderID) {
        guard let owner = owners.removeValue(forKey: id) else { return }
        accounts[Int(owner.account.rawValue)].openOrders.removeAll { $0 == id }
    }
}
