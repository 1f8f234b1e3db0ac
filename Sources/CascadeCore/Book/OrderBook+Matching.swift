extension OrderBook {
    /// Runs a validated, live order: fill-or-kill check, matching, then rest or expiry.
    mutating func execute(_ request: OrderRequest, events: inout [BookEvent]) {
        // A market order's limit is the furthest price short of the empty-side sentinels, so an empty
        // opposite side never looks like a price it could trade at.
        let limit =
            request.terms.limit?.ticks ?? (request.terms.side == .buy ? PriceLadder.noAsk - 1 : PriceLadder.noBid + 1)
        if request.terms.timeInForce == .fillOrKill
            && fillableQuantity(
                side: request.terms.side, limit: limit, account: request.account.rawValue,
                upTo: request.terms.quantity.lots)
                < request.terms.quantity.lots
        {
            events.append(.expired(request.id, request.terms.quantity))
            return
        }
        let (remaining, stopped) = match(request, limit: limit, events: &events)
        guard remaining > 0 else { return }
        if stopped {
            events.append(.cancelled(request.id, Quantity(lots: remaining), .selfTradePrevention))
        } else if request.terms.timeInForce.mayRest && canRest(remaining, side: request.terms.side) {
            rest(request, open: remaining, price: limit)
        } else {
            // Immediate orders, and a fired stop whose rest the side's total could no longer hold.
            events.append(.expired(request.id, Quantity(lots: remaining)))
        }
    }

    /// Trades `request` against the opposite side while its limit allows.
    ///
    /// - Returns: the unfilled size, and whether self-trade prevention cancelled the taker's rest.
    /// - Complexity: O(1) per fill; O(1) amortised per emptied level, plus a bitmap scan for the next.
    @inline(__always)
    private mutating func match(_ request: OrderRequest, limit: Int64, events: inout [BookEvent]) -> (Int64, Bool) {
        var remaining = request.terms.quantity.lots
        let taker = request.account.rawValue
        let preventSelfTrade = configuration.selfTradePrevention != .off
        while remaining > 0 {
            let best = request.terms.side == .buy ? ladder.bestAsk : ladder.bestBid
            guard request.terms.side == .buy ? best <= limit : best >= limit else { break }
            let level = ladder.index(of: best)
            var slot = ladder.levels[level].head
            while slot != OrderStore.none && remaining > 0 {
                let maker = store[slot]
                if preventSelfTrade && maker.account == taker {
                    switch configuration.selfTradePrevention {
                    case .cancelTaker:
                        return (remaining, true)
                    case .cancelMaker, .cancelBoth:
                        let next = maker.next
                        removeResting(slot)
                        events.append(.cancelled(OrderID(maker.id), Quantity(lots: maker.open), .selfTradePrevention))
                        if configuration.selfTradePrevention == .cancelBoth { return (remaining, true) }
                        slot = next
                        continue
                    case .off:
                        break
                    }
                }
                var fill = Swift.min(remaining, maker.open)
                if maker.reduceOnly {
                    fill = Swift.min(fill, reducible(maker.account, side: maker.side))
                    if fill == 0 {
                        let next = maker.next
                        removeResting(slot)
                        events.append(.cancelled(OrderID(maker.id), Quantity(lots: maker.open), .reduceOnly))
                        slot = next
                        continue
                    }
                }
                if request.terms.reduceOnly {
                    fill = Swift.min(fill, reducible(taker, side: request.terms.side))
                    if fill == 0 { return (remaining, false) }
                }
                if !reduceOnlyPositions.isEmpty {
                    recordFill(fill, maker: maker.account, taker: taker, takerSide: request.terms.side)
                }
                remaining -= fill
                let makerLeft = maker.open - fill
                events.append(
                    .trade(
                        Trade(
                            makerID: OrderID(maker.id), takerID: request.id, makerAccount: AccountID(maker.account),
                            takerAccount: request.account, price: Price(ticks: best), quantity: Quantity(lots: fill),
                            aggressor: request.terms.side, makerRemaining: Quantity(lots: makerLeft))))
                if makerLeft == 0 {
                    let next = maker.next
                    removeResting(slot)
                    slot = next
                } else {
                    store[slot].open = makerLeft
                    ladder.levels[level].total -= fill
                    addResting(-fill, side: maker.side)
                }
            }
        }
        return (remaining, false)
    }

    /// How much of a `side` order limited at `limit` could trade now, counting no further than
    /// `wanted`; follows the same self-trade rules as matching.
    func fillableQuantity(side: Side, limit: Int64, account: UInt32, upTo wanted: Int64) -> Int64 {
        var total: Int64 = 0
        var price = side == .buy ? ladder.bestAsk : ladder.bestBid
        let checkSelfTrade = configuration.selfTradePrevention != .off
        while total < wanted, side == .buy ? price <= limit : price >= limit {
            let level = ladder.index(of: price)
            var slot = ladder.levels[level].head
            while slot != OrderStore.none && total < wanted {
                let maker = store[slot]
                if checkSelfTrade && maker.account == account {
                    if configuration.selfTradePrevention != .cancelMaker { return total }
                } else {
                    total += maker.open
                }
                slot = maker.next
            }
            let next = side == .buy ? ladder.nextOccupied(above: level) : ladder.nextOccupied(below: level)
            guard let next else { break }
            price = ladder.base + Int64(next)
        }
        return total
    }

    /// Puts the rest of an order at the back of its price level.
    private mutating func rest(_ request: OrderRequest, open: Int64, price: Int64) {
        let order = OrderSlot(
            id: request.id.rawValue, price: price, open: open, account: request.account.rawValue,
            prev: OrderStore.none, next: OrderStore.none, side: request.terms.side,
            postOnly: request.terms.timeInForce == .postOnly, reduceOnly: request.terms.reduceOnly)
        let slot = store.insert(order)
        highestID = Swift.max(highestID, request.id.rawValue)
        link(slot, order)
    }

    /// Writes `order` into its (unlinked) slot at the back of the level at its price. The slot and
    /// the level are each written once: every write to the store or the ladder checks that its memory
    /// is not shared with a copy.
    mutating func link(_ slot: Int32, _ order: OrderSlot) {
        ladder.ensureCovers(order.price)
        let index = ladder.index(of: order.price)
        var level = ladder.levels[index]
        var linked = order
        linked.prev = level.tail
        linked.next = OrderStore.none
        store[slot] = linked
        if level.tail == OrderStore.none {
            level.head = slot
            ladder.didOccupy(index, side: order.side)
        } else {
            store[level.tail].next = slot
        }
        level.tail = slot
        level.count += 1
        level.total += order.open
        ladder.levels[index] = level
        addResting(order.open, side: order.side)
    }

    /// Shrinks a resting order in place; it keeps its queue position.
    mutating func reduce(_ slot: Int32, to open: Int64) {
        let level = ladder.index(of: store[slot].price)
        ladder.levels[level].total -= store[slot].open - open
        addResting(open - store[slot].open, side: store[slot].side)
        store[slot].open = open
    }

    /// Takes a resting order out of its level (the slot stays allocated).
    mutating func unlink(_ slot: Int32) {
        let order = store[slot]
        let index = ladder.index(of: order.price)
        var level = ladder.levels[index]
        if order.prev == OrderStore.none {
            level.head = order.next
        } else {
            store[order.prev].next = order.next
        }
        if order.next == OrderStore.none {
            level.tail = order.prev
        } else {
            store[order.next].prev = order.prev
        }
        level.count -= 1
        level.total -= order.open
        ladder.levels[index] = level
        addResting(-order.open, side: order.side)
        if level.count == 0 { ladder.didEmpty(index, side: order.side) }
    }

    /// Takes a resting order out of the book and frees its slot.
    @inline(__always)
    mutating func removeResting(_ slot: Int32) {
        unlink(slot)
        store.remove(slot)
    }
}
