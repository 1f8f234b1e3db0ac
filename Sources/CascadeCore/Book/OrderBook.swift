import HeapModule

/// A price-time priority limit order book for one instrument, with its matching engine.
///
/// A value type: each command mutates it and appends what happened to a caller's event buffer,
/// which the caller reuses so that steady-state trading allocates nothing. Orders at a price trade
/// in arrival order; an order that loses priority (price change or size increase) goes to the back.
public struct OrderBook: Sendable {
    /// The limits and self-trade policy the book was built with, fixed for its lifetime.
    public let configuration: OrderBookConfiguration
    var store: OrderStore
    var ladder: PriceLadder
    /// Pending stop orders by id, and the heaps that order them by trigger.
    var stops: [OrderID: PendingStop] = [:]
    var stopQueues: [StopQueue] = Array(repeating: StopQueue(), count: 2 * TriggerReference.allCases.count)
    /// Trailing stops by side and reference, as `stopQueues`; they live in `stops` too.
    var trailingQueues: [TrailingQueue] = Array(
        repeating: TrailingQueue(), count: 2 * TriggerReference.allCases.count)
    /// How many trailing stops have started trailing: each one's place in activation order.
    var trailingActivations: Int64 = 0
    /// Signed positions of the accounts that have reduce-only orders here, kept by the exchange and
    /// updated by the book's own fills, so a sweep never lets a reduce-only order grow a position.
    var reduceOnlyPositions: [UInt32: Int64] = [:]
    /// The latest price the caller supplied for each trigger reference.
    var referencePrices: [Price?] = Array(repeating: nil, count: TriggerReference.allCases.count)
    var stopSequence: Int64 = 0
    /// Open lots resting on each side. Kept within Int64 by refusing an order that would pass it,
    /// so every level total and every cumulative depth fits too. Two fields, not an array: they
    /// change on every rest, fill and cancel, and an array write costs a uniqueness check.
    var restingBidLots: Int64 = 0
    var restingAskLots: Int64 = 0
    /// The highest id that ever rested or waited here: a larger one is not open, with no lookup.
    /// The exchange numbers its orders in sequence, so every new order it checks is such an id.
    var highestID = Int64.min

    /// An empty book; reserves room for `configuration.expectedOrders` orders up front, price levels later
    /// as orders rest.
    public init(configuration: OrderBookConfiguration = OrderBookConfiguration()) {
        self.configuration = configuration
        store = OrderStore(expectedOrders: configuration.expectedOrders)
        ladder = PriceLadder(initialSpan: 4096, maximumSpan: configuration.maximumSpan)
    }

    /// The highest bid, if any.
    public var bestBid: Price? { ladder.bestBid == PriceLadder.noBid ? nil : Price(ticks: ladder.bestBid) }
    /// The lowest ask, if any.
    public var bestAsk: Price? { ladder.bestAsk == PriceLadder.noAsk ? nil : Price(ticks: ladder.bestAsk) }
    /// Orders resting in the book (pending stops excluded).
    public var restingOrderCount: Int { store.count }
    /// Stop orders waiting for their trigger.
    var pendingStopCount: Int { stops.count }

    /// Whether `id` is an open order: resting, or a pending stop.
    public func contains(_ id: OrderID) -> Bool {
        id.rawValue <= highestID && (store.find(id.rawValue) != nil || (!stops.isEmpty && stops[id] != nil))
    }

    /// The open state of a resting order.
    public func restingOrder(_ id: OrderID) -> RestingOrder? {
        store.find(id.rawValue).map { RestingOrder(store[$0]) }
    }

    /// Places a new order: validates it, matches what crosses, rests or expires the rest.
    ///
    /// - Complexity: O(1) plus O(1) per fill and per emptied level (amortised), when no window move
    ///   is needed.
    public mutating func submit(_ request: OrderRequest, events: inout [BookEvent]) {
        if let reason = validate(request) {
            events.append(.rejected(request.id, reason))
            return
        }
        if let stop = request.terms.stop {
            holdStop(request, condition: stop, events: &events)
            return
        }
        events.append(.accepted(request.id, request.account))
        execute(request, events: &events)
    }

    /// Cancels the open rest of a resting order or a pending stop.
    public mutating func cancel(_ id: OrderID, events: inout [BookEvent]) {
        if let slot = store.find(id.rawValue) {
            let open = store[slot].open
            removeResting(slot)
            events.append(.cancelled(id, Quantity(lots: open), .requested))
        } else if let stop = stops.removeValue(forKey: id) {
            forgetTrailing(stop)
            events.append(.cancelled(id, stop.request.terms.quantity, .requested))
        } else {
            events.append(.rejected(id, .unknownOrder))
        }
    }

    /// Changes a resting order's price and open size.
    ///
    /// A size decrease at the same price keeps the order's place in its queue; a price change or size
    /// increase sends it to the back of the queue at its (new) price. A new price that crosses the
    /// book trades at once, like an incoming limit order; for a post-only order that is refused.
    public mutating func amend(_ id: OrderID, price: Price, quantity: Quantity, events: inout [BookEvent]) {
        guard let slot = store.find(id.rawValue) else {
            events.append(.rejected(id, stops[id] == nil ? .unknownOrder : .orderNotAmendable))
            return
        }
        guard quantity.lots > 0, quantity <= configuration.maximumQuantity else {
            events.append(.rejected(id, .invalidQuantity))
            return
        }
        guard price.ticks > 0, price <= configuration.maximumPrice else {
            events.append(.rejected(id, .invalidPrice))
            return
        }
        let order = store[slot]
        if price.ticks == order.price {
            if quantity.lots <= order.open {
                reduce(slot, to: quantity.lots)
                events.append(.amended(id, price, quantity))
                return
            }
        } else if order.postOnly && crosses(side: order.side, limit: price.ticks) {
            events.append(.rejected(id, .postOnlyWouldCross))
            return
        }
        guard ladder.canHold(price.ticks) else {
            events.append(.rejected(id, .priceOutOfRange))
            return
        }
        guard canRest(quantity.lots - order.open, side: order.side) else {
            events.append(.rejected(id, .invalidQuantity))
            return
        }
        events.append(.amended(id, price, quantity))
        if !crosses(side: order.side, limit: price.ticks) {
            // Nothing to match: move the order to the back of its new level, keeping slot and id entry.
            var moved = store[slot]
            moved.price = price.ticks
            moved.open = quantity.lots
            unlink(slot)
            link(slot, moved)
            return
        }
        removeResting(slot)
        let request = OrderRequest(
            id: id, account: AccountID(order.account),
            terms: .limit(order.side, quantity, at: price, order.postOnly ? .postOnly : .goodTillCancelled))
        execute(request, events: &events)
    }

    /// Why `request` cannot enter the book, or `nil` when it can.
    private func validate(_ request: OrderRequest) -> RejectReason? {
        if contains(request.id) { return .duplicateOrderID }
        guard request.terms.quantity.lots > 0, request.terms.quantity <= configuration.maximumQuantity else {
            return .invalidQuantity
        }
        if let stop = request.terms.stop, stop.triggerPrice.ticks <= 0 || stop.triggerPrice > configuration.maximumPrice
        {
            return .invalidPrice
        }
        if let callback = request.terms.stop?.trailingCallback,
            !StopCondition.isValidCallback(callback) || request.terms.limit != nil
        {
            return .invalidTrailingStop
        }
        guard let limit = request.terms.limit else {
            return request.terms.isRestingMarketOrder ? .marketOrderCannotRest : nil
        }
        guard limit.ticks > 0, limit <= configuration.maximumPrice else { return .invalidPrice }
        let mayRest = request.terms.timeInForce.mayRest
        if mayRest && !ladder.canHold(limit.ticks)
            && (request.terms.stop != nil
                || fillableQuantity(
                    side: request.terms.side, limit: limit.ticks, account: request.account.rawValue,
                    upTo: request.terms.quantity.lots) < request.terms.quantity.lots)
        {
            // Refused only when some of it would rest out there; an order that fills at once never rests.
            return .priceOutOfRange
        }
        if request.terms.stop == nil && request.terms.timeInForce == .postOnly
            && crosses(side: request.terms.side, limit: limit.ticks)
        {
            return .postOnlyWouldCross
        }
        if mayRest && !canRest(request.terms.quantity.lots, side: request.terms.side) { return .invalidQuantity }
        return nil
    }

    /// Whether `lots` more could rest on `side` without its total (and so any level's) passing Int64.
    @inline(__always)
    func canRest(_ lots: Int64, side: Side) -> Bool {
        lots <= Int64.max - (side == .buy ? restingBidLots : restingAskLots)
    }

    /// Adds `lots` (negative to remove) to what rests on `side`.
    @inline(__always)
    mutating func addResting(_ lots: Int64, side: Side) {
        if side == .buy { restingBidLots += lots } else { restingAskLots += lots }
    }

    /// Whether a `side` order limited at `limit` would trade with the best opposite level.
    @inline(__always)
    func crosses(side: Side, limit: Int64) -> Bool {
        side == .buy ? ladder.bestAsk <= limit : ladder.bestBid >= limit
    }
}

/// A resting order as the outside sees it.
public struct RestingOrder: Sendable, Hashable {
    /// Exchange (or script) id of the order.
    public var id: OrderID
    /// The owner, as self-trade prevention sees it.
    public var account: AccountID
    /// `.buy` for a bid, `.sell` for an ask.
    public var side: Side
    /// Its limit price in ticks: the level it queues at.
    public var price: Price
    /// Lots still unfilled; positive while it rests.
    public var openQuantity: Quantity
    /// Whether it was placed post-only, so an amend that would cross is refused.
    public var postOnly: Bool

    init(_ slot: OrderSlot) {
        id = OrderID(slot.id)
        account = AccountID(slot.account)
        side = slot.side
        price = Price(ticks: slot.price)
        openQuantity = Quantity(lots: slot.open)
        postOnly = slot.postOnly
    }
}
