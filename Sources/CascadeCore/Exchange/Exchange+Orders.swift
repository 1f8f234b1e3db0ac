extension Exchange {
    /// Admits a new order (band, reduce-only, leverage and margin checks), then hands it to the book.
    mutating func place(_ order: NewOrder, _ events: inout [Event]) {
        // The memo of this account's previous order, if nothing else happened since; whatever happens
        // to this order, it is either renewed below or gone.
        let memo = admissionMemo.flatMap { $0.account == order.account ? $0 : nil }
        admissionMemo = nil
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
        let asset = assetID(of: order.instrument)
        let known = memo?.asset == asset ? memo?.margin : nil
        let admission = admissionProblem(order, margin: known)
        if let reason = admission.problem {
            events.append(.orderRejected(id, order.account, reason, client: client))
            admissionMemo = memo
            return
        }
        let eventsBefore = events.count
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
        rememberAdmission(order, id, admission: admission, memo: memo, newEvents: events[eventsBefore...])
    }

    /// Renews the admission memo when the command changed nothing but this order's resting (or
    /// stop) exposure: the account's open orders then grew by exactly what admission judged, and
    /// its margin by exactly `admission.required`. A book refusal changed nothing, so the old memo
    /// stands. Anything else (a trade above all) leaves no memo.
    private mutating func rememberAdmission(
        _ order: NewOrder, _ id: OrderID,
        admission: (problem: ExchangeRejection?, required: Money, margin: CrossMargin?),
        memo: AdmissionMemo?, newEvents: ArraySlice<Event>
    ) {
        guard newEvents.count == 1, case .book(_, let event, _) = newEvents.first else { return }
        switch event {
        case .rejected:
            admissionMemo = memo
        case .accepted where owners[id] != nil:
            let asset = assetID(of: order.instrument)
            // A portfolio account's margin is not a sum an order adds to; it keeps no memo.
            guard !isPortfolio(order.account, asset: asset) else { return }
            // Without a margin from admission (the order needed none), the sum is taken now, with
            // the order already filed in the account's exposures.
            var margin = admission.margin ?? crossMargin(of: order.account, asset: asset)
            if admission.margin != nil { margin.usedInitialMargin += admission.required }
            admissionMemo = AdmissionMemo(account: order.account, asset: asset, margin: margin)
        default: return
        }
    }

    /// Cancels an open order; a plain cancel shrinks the admission memo by what the order held, so a
    /// maker that requotes by cancel and place keeps its O(1) admissions.
    mutating func cancel(_ account: AccountID, _ id: OrderID, _ events: inout [Event]) {
        guard let owner = owners[id] else { return events.append(.rejected(account, .unknownOrder)) }
        guard owner.account == account else { return events.append(.rejected(account, .notOwner)) }
        let asset = assetID(of: owner.instrument)
        var memo = admissionMemo.flatMap { $0.account == account && $0.asset == asset ? $0 : nil }
        admissionMemo = nil
        let before = accounts[account].orderExposures[owner.instrument]
        let eventsBefore = events.count
        throughBook(owner.instrument, &events) { $0.markets[owner.instrument].book.cancel(id, events: &$0.bookEvents) }
        guard var shrunk = memo.take(), events.count == eventsBefore + 1, case .book(_, .cancelled, _) = events.last
        else { return }
        let position = accounts[account].positions[owner.instrument]
        let after = accounts[account].orderExposures[owner.instrument]
        shrunk.margin.usedInitialMargin +=
            orderMargin(after, position, owner.instrument) - orderMargin(before, position, owner.instrument)
        admissionMemo = shrunk
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
            let before = accounts[account].orderExposures[owner.instrument]
            var after = before
            after.remove(resting.side, lots: resting.openQuantity.lots, at: resting.price, on: market.terms)
            after.add(resting.side, lots: quantity.lots, at: price, on: market.terms)
            if owner.reduceOnly && quantity.lots > reducibleLots(account, owner.instrument, side: resting.side) {
                return events.append(.rejected(account, .reduceOnlyWouldIncrease))
            }
            let worst = market.instrument.notional(of: after.worstPositionLots(from: position), at: price)
            if market.instrument.option == nil && worst >= market.instrument.tiers.positionLimit {
                return events.append(.rejected(account, .positionLimitExceeded))
            }
            let added = addedOrderMargin(account, owner.instrument, from: before, to: after)
            let available = crossMargin(of: account, asset: assetID(of: owner.instrument)).available
            if added.units > 0 && added > available {
                return events.append(.rejected(account, .insufficientMargin(required: added, available: available)))
            }
        }
        throughBook(owner.instrument, &events) {
            $0.markets[owner.instrument].book.amend(id, price: price, quantity: quantity, events: &$0.bookEvents)
        }
    }

    /// Why `order` may not enter the book (or `nil`), with the margin it adds and the account's cross
    /// margin before it when it was needed. `margin`, when known, saves the sum over the account's
    /// positions and orders.
    ///
    /// The margin and tier checks look at the instrument's open orders together with the new one, so
    /// a stack of orders that each "only closes" the position cannot open an unbacked one.
    private func admissionProblem(_ order: NewOrder, margin known: CrossMargin?)
        -> (problem: ExchangeRejection?, required: Money, margin: CrossMargin?)
    {
        let admitted = { (required: Money, margin: CrossMargin?) in
            (problem: ExchangeRejection?.none, required: required, margin: margin)
        }
        let refused = { (problem: ExchangeRejection) in
            (problem: Optional(problem), required: Money.zero, margin: known)
        }
        // The market is read in place, not copied into a local: a copy retains its book's buffers.
        let market = order.instrument
        let position = accounts[order.account].positions[market]
        if let limit = order.terms.limit, let band = priceBand(markets[market]), limit < band.low || limit > band.high {
            return refused(.priceOutsideBand(low: band.low, high: band.high))
        }
        let reduces = position.size != 0 && (position.size > 0) != (order.terms.side == .buy)
        if order.terms.reduceOnly && (!reduces || order.terms.quantity.lots > abs(position.size)) {
            return refused(.reduceOnlyWouldIncrease)
        }
        let price =
            order.terms.limit ?? order.terms.stop?.triggerPrice
            ?? (markets[market].instrument.option == nil
                ? markets[market].valuationPrice ?? markets[market].book.bestAsk ?? markets[market].book.bestBid
                : marketPrice(order.terms.side, in: market))
        guard let price else { return admitted(.zero, known) }
        let before = accounts[order.account].orderExposures[market]
        var after = before
        after.add(order.terms.side, lots: order.terms.quantity.lots, at: price, on: markets[market].terms)
        if markets[market].instrument.option == nil {
            let worst = markets[market].instrument.notional(of: after.worstPositionLots(from: position), at: price)
            if worst >= markets[market].instrument.tiers.positionLimit { return refused(.positionLimitExceeded) }
            let maximum = markets[market].instrument.tiers.tier(for: worst).maxLeverage
            if position.leverage > maximum && after.worstPositionLots(from: position) > abs(position.size) {
                return refused(.leverageAboveTierMaximum(maximum: maximum))
            }
        }
        let required = addedOrderMargin(order.account, market, from: before, to: after)
        guard required.units > 0 else { return admitted(required, known) }
        let margin = known ?? crossMargin(of: order.account, asset: assetID(of: order.instrument))
        let available = margin.available
        if required > available { return refused(.insufficientMargin(required: required, available: available)) }
        return admitted(required, margin)
    }

    /// The initial margin the account's orders in `instrument` need more when their exposure goes
    /// from `before` to `after`: their own margin, or under portfolio margin the change in the
    /// portfolio's initial margin with every order's worst case (so a hedge can need nothing).
    private func addedOrderMargin(
        _ account: AccountID, _ instrument: InstrumentID, from before: OrderExposure, to after: OrderExposure
    ) -> Money {
        let asset = assetID(of: instrument)
        guard isPortfolio(account, asset: asset), !isIsolatedPerpetual(account, instrument) else {
            let position = accounts[account].positions[instrument]
            return orderMargin(after, position, instrument) - orderMargin(before, position, instrument)
        }
        func initial(_ exposure: OrderExposure) -> Money {
            portfolioRequirement(of: account, asset: asset, orders: true, replacing: (instrument, exposure)).initial
        }
        return initial(after) - initial(before)
    }

    /// The price an option market order is judged at and limited to: the best opposite quote, else
    /// the option's valuation. Inlined: see `hasExpired(_:)`.
    @inline(__always)
    private func marketPrice(_ side: Side, in instrument: InstrumentID) -> Price? {
        (side == .buy ? markets[instrument].book.bestAsk : markets[instrument].book.bestBid)
            ?? markets[instrument].valuationPrice
    }

    /// Limit prices must lie within the instrument's band around mark; no band before the first mark.
    func priceBand(_ market: Market) -> (low: Price, high: Price)? {
        guard let mark = market.mark?.price else { return nil }
        let band = market.instrument.priceBand(around: mark)
        return (band.lowerBound, band.upperBound)
    }

    /// The sender's id for order `id`: an open order's, or the one being placed; `nil` for the
    /// liquidation engine's orders.
    /// - Complexity: O(1); the order being placed is checked before the hash table.
    func clientOrderID(of id: OrderID) -> ClientOrderID? {
        if let placing, placing.id == id { return placing.client }
        return owners[id]?.client
    }

    /// Files open order `id` under its account and counts it in the account's exposures.
    mutating func track(_ id: OrderID, _ order: OpenOrder) {
        var order = order
        order.counted = openOrder(id, in: order.instrument)
        count(order, from: nil, to: order.counted)
        owners.insert(id, order)
        accounts[order.account].openOrders.append(id)
        if order.reduceOnly { accounts[order.account].reduceOnlyOrders += 1 }
    }

    /// Forgets open order `id` and takes it out of its account's exposures; returns what was filed
    /// for it, if it was open.
    @discardableResult
    mutating func untrack(_ id: OrderID) -> OpenOrder? {
        guard let owner = owners.removeValue(forKey: id) else { return nil }
        count(owner, from: owner.counted, to: nil)
        if owner.reduceOnly { accounts[owner.account].reduceOnlyOrders -= 1 }
        if owner.account != cancellingOwnOrders { accounts[owner.account].ordersClosedByOthers += 1 }
        // Ids are filed as they are issued, so the list is ascending: a dealer quoting hundreds of
        // options finds the one that leaves by binary search.
        let slot = accounts[owner.account].openOrders.sortedSlot(of: id)
        if slot < accounts[owner.account].openOrders.count, accounts[owner.account].openOrders[slot] == id {
            accounts[owner.account].openOrders.remove(at: slot)
        }
        return owner
    }
}
