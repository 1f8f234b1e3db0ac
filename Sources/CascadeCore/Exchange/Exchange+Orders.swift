extension Exchange {
    /// Admits a new order (band, reduce-only, leverage and margin checks), then hands it to the book.
    mutating func place(_ order: NewOrder, _ events: inout [Event]) {
        let id = OrderID(nextOrderID)
        nextOrderID += 1
        let client = order.clientOrderID
        guard isKnown(order.instrument) else {
            events.append(.orderRejected(id, order.account, .unknownInstrument, client: client))
            return
        }
        guard ensureAccount(order.account) else {
            events.append(.orderRejected(id, order.account, .unknownAccount, client: client))
            return
        }
        if hasExpired(order.instrument) {
            events.append(.orderRejected(id, order.account, .expired, client: client))
            return
        }
        if order.terms.isRestingMarketOrder {
            events.append(.orderRejected(id, order.account, .marketOrderCannotRest, client: client))
            return
        }
        if let reason = admissionProblem(order) {
            events.append(.orderRejected(id, order.account, reason, client: client))
            return
        }
        // A market order trades no further than the price band: its margin was judged near mark. An
        // option's trades no further than the price its margin was judged at (market-to-limit).
        let protection =
            markets[order.instrument].instrument.option == nil
            ? priceBand(markets[order.instrument]).map { order.terms.side == .buy ? $0.high : $0.low }
            : marketPrice(order.terms.side, in: order.instrument)
        var terms = order.terms
        terms.limit = terms.limit ?? (terms.stop == nil ? protection : nil)
        let request = OrderRequest(id: id, account: order.account, terms: terms)
        if order.terms.reduceOnly {
            let size = accounts[order.account].positions[order.instrument].size
            markets[order.instrument].book.setPosition(of: order.account, to: size)
        }
        placing = (id, client)
        throughBook(order.instrument, &events) { exchange in
            exchange.markets[order.instrument].book.submit(request, events: &exchange.bookEvents)
            if exchange.markets[order.instrument].book.contains(id) {
                exchange.track(
                    id,
                    OpenOrder(
                        account: order.account, instrument: order.instrument, reduceOnly: order.terms.reduceOnly,
                        client: client))
            }
        }
        placing = nil
    }

    mutating func cancel(_ account: AccountID, _ id: OrderID, _ events: inout [Event]) {
        guard let owner = owners[id] else { return events.append(.rejected(account, .unknownOrder)) }
        guard owner.account == account else { return events.append(.rejected(account, .notOwner)) }
        throughBook(owner.instrument, &events) { $0.markets[owner.instrument].book.cancel(id, events: &$0.bookEvents) }
    }

    mutating func cancelAll(_ account: AccountID, _ instrument: InstrumentID?, _ events: inout [Event]) {
        guard let holder = self.account(account) else { return events.append(.rejected(account, .unknownAccount)) }
        for id in holder.openOrders where instrument == nil || owners[id]?.instrument == instrument {
            cancel(account, id, &events)
        }
    }

    /// Amends a resting order after checking the band and that the account's free margin covers the
    /// margin the change adds.
    mutating func amend(
        _ account: AccountID, _ id: OrderID, _ price: Price, _ quantity: Quantity, _ events: inout [Event]
    ) {
        guard let owner = owners[id] else { return events.append(.rejected(account, .unknownOrder)) }
        guard owner.account == account else { return events.append(.rejected(account, .notOwner)) }
        let market = markets[owner.instrument]
        if let band = priceBand(market), price < band.low || price > band.high {
            return events.append(.rejected(account, .priceOutsideBand(low: band.low, high: band.high)))
        }
        if let resting = market.book.restingOrder(id) {
            let position = accounts[account].positions[owner.instrument]
            let exposures = orderExposures(of: account)
            let before = exposures[owner.instrument]
            var after = before
            after.remove(resting.side, lots: resting.openQuantity.lots, at: resting.price, on: market.instrument)
            after.add(resting.side, lots: quantity.lots, at: price, on: market.instrument)
            if owner.reduceOnly && quantity.lots > reducibleLots(account, owner.instrument, side: resting.side) {
                return events.append(.rejected(account, .reduceOnlyWouldIncrease))
            }
            let worst = market.instrument.notional(of: after.worstPositionLots(from: position), at: price)
            if market.instrument.option == nil && worst >= market.instrument.tiers.positionLimit {
                return events.append(.rejected(account, .positionLimitExceeded))
            }
            let added =
                orderMargin(after, position, owner.instrument) - orderMargin(before, position, owner.instrument)
            let available = crossMargin(of: account, asset: assetID(of: owner.instrument), exposures: exposures)
                .available
            if added.units > 0 && added > available {
                return events.append(.rejected(account, .insufficientMargin(required: added, available: available)))
            }
        }
        throughBook(owner.instrument, &events) {
            $0.markets[owner.instrument].book.amend(id, price: price, quantity: quantity, events: &$0.bookEvents)
        }
    }

    /// Why `order` may not enter the book, or `nil`.
    ///
    /// The margin and tier checks look at the instrument's open orders together with the new one, so
    /// a stack of orders that each "only closes" the position cannot open an unbacked one.
    private func admissionProblem(_ order: NewOrder) -> ExchangeRejection? {
        // The market is read in place, not copied into a local: a copy retains its book's buffers.
        let market = order.instrument
        let position = accounts[order.account].positions[market]
        if let limit = order.terms.limit, let band = priceBand(markets[market]), limit < band.low || limit > band.high {
            return .priceOutsideBand(low: band.low, high: band.high)
        }
        let reduces = position.size != 0 && (position.size > 0) != (order.terms.side == .buy)
        if order.terms.reduceOnly && (!reduces || order.terms.quantity.lots > abs(position.size)) {
            return .reduceOnlyWouldIncrease
        }
        let price =
            order.terms.limit ?? order.terms.stop?.triggerPrice
            ?? (markets[market].instrument.option == nil
                ? markets[market].valuationPrice ?? markets[market].book.bestAsk ?? markets[market].book.bestBid
                : marketPrice(order.terms.side, in: market))
        guard let price else { return nil }
        let exposures = orderExposures(of: order.account)
        let before = exposures[market]
        var after = before
        after.add(order.terms.side, lots: order.terms.quantity.lots, at: price, on: markets[market].instrument)
        if markets[market].instrument.option == nil {
            let worst = markets[market].instrument.notional(of: after.worstPositionLots(from: position), at: price)
            if worst >= markets[market].instrument.tiers.positionLimit { return .positionLimitExceeded }
            let maximum = markets[market].instrument.tiers.tier(for: worst).maxLeverage
            if position.leverage > maximum && after.worstPositionLots(from: position) > abs(position.size) {
                return .leverageAboveTierMaximum(maximum: maximum)
            }
        }
        let required = orderMargin(after, position, market) - orderMargin(before, position, market)
        guard required.units > 0 else { return nil }
        let available = crossMargin(of: order.account, asset: assetID(of: order.instrument), exposures: exposures)
            .available
        return required > available ? .insufficientMargin(required: required, available: available) : nil
    }

    /// The price an option market order is judged at and limited to: the best opposite quote, else
    /// the option's valuation.
    private func marketPrice(_ side: Side, in instrument: InstrumentID) -> Price? {
        (side == .buy ? markets[instrument].book.bestAsk : markets[instrument].book.bestBid)
            ?? markets[instrument].valuationPrice
    }

    /// Limit prices must lie within the instrument's band around mark; no band before the first mark.
    func priceBand(_ market: Market) -> (low: Price, high: Price)? {
        guard let mark = market.mark?.price else { return nil }
        let width = market.instrument.priceBand.of(Money(units: mark.ticks), rounding: .down).units
        return (Price(ticks: Swift.max(1, mark.ticks - width)), Price(ticks: mark.ticks + width))
    }

    /// The sender's id for order `id`: an open order's, or the one being placed; `nil` for the
    /// liquidation engine's orders.
    /// - Complexity: O(1); the order being placed is checked before the hash table.
    func clientOrderID(of id: OrderID) -> ClientOrderID? {
        if let placing, placing.id == id { return placing.client }
        return owners[id]?.client
    }

    mutating func track(_ id: OrderID, _ order: OpenOrder) {
        owners[id] = order
        accounts[order.account].openOrders.append(id)
    }

    /// Forgets open order `id`; returns what was filed for it, if it was open.
    @discardableResult
    mutating func untrack(_ id: OrderID) -> OpenOrder? {
        guard let owner = owners.removeValue(forKey: id) else { return nil }
        accounts[owner.account].openOrders.removeAll { $0 == id }
        return owner
    }
}
