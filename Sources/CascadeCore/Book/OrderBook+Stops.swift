import HeapModule

/// A stop order waiting outside the book for its trigger.
struct PendingStop: Sendable {
    var request: OrderRequest
    var sequence: Int64
    /// A trailing stop's place in activation order once it trails; `nil` before, and for a fixed stop.
    var activation: Int64?
}

/// Pending stops of one side and trigger reference, the next to fire on top.
///
/// Keys are oriented so the heap's minimum fires first: buy stops by trigger price ascending, sell
/// stops by trigger price descending, ties in arrival order. Cancelled stops stay in the heap until
/// they surface and are skipped (their sequence no longer matches a pending stop).
struct StopQueue: Sendable {
    struct Entry: Comparable, Sendable {
        var key: Int64
        var sequence: Int64
        var id: OrderID

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.key, lhs.sequence) < (rhs.key, rhs.sequence)
        }
    }

    var heap = Heap<Entry>()

    /// Removes and returns the entries on top for which `isDue` holds, nearest first, dropping the
    /// stale ones met on the way (no longer in `live` under their sequence: cancelled or fired).
    /// - Complexity: O(log s) per entry removed.
    mutating func removeDue(live: [OrderID: PendingStop], _ isDue: (Entry) -> Bool) -> [Entry] {
        var due: [Entry] = []
        while let top = heap.min {
            guard live[top.id]?.sequence == top.sequence else {
                _ = heap.removeMin()
                continue
            }
            guard isDue(top) else { break }
            due.append(heap.removeMin())
        }
        return due
    }
}

extension OrderBook {
    /// Stores a validated stop order, unless its trigger is already met.
    mutating func holdStop(_ request: OrderRequest, condition: StopCondition, events: inout [BookEvent]) {
        if condition.trailingCallback != nil {
            holdTrailingStop(request, condition: condition, events: &events)
            return
        }
        if let reference = referencePrices[Int(condition.reference.rawValue)],
            Self.fires(side: request.terms.side, trigger: condition.triggerPrice, at: reference)
        {
            events.append(.rejected(request.id, .stopWouldTriggerImmediately))
            return
        }
        stopSequence += 1
        stops[request.id] = PendingStop(request: request, sequence: stopSequence)
        highestID = Swift.max(highestID, request.id.rawValue)
        let key = request.terms.side == .buy ? condition.triggerPrice.ticks : -condition.triggerPrice.ticks
        stopQueues[Self.queueIndex(request.terms.side, condition.reference)].heap.insert(
            StopQueue.Entry(key: key, sequence: stopSequence, id: request.id))
        events.append(.accepted(request.id, request.account))
    }

    /// Supplies a new mark or last price: every stop it triggers fires, oldest first, and enters the
    /// book as a market (stop-market) or limit (stop-limit) order.
    ///
    /// Fills caused by the fired orders do not move `.last` by themselves; the caller supplies the new
    /// last price, which may fire more stops.
    /// - Complexity: O(log s) per fired or skipped stop, for s pending stops.
    mutating func updateReferencePrice(
        _ price: Price, for reference: TriggerReference, events: inout [BookEvent]
    ) {
        for order in fireStops(at: price, for: reference) {
            enter(order, events: &events)
        }
    }

    /// Records a new mark or last price and takes every stop it triggers (trailing ones included)
    /// out of the pending set, oldest first; the caller enters each with `enter(_:events:)` (and may first shrink it, as the
    /// exchange does for reduce-only stops). A fired stop that is never entered is lost.
    mutating func fireStops(at price: Price, for reference: TriggerReference) -> [OrderRequest] {
        referencePrices[Int(reference.rawValue)] = price
        var fired: [PendingStop] = []
        for side in Side.allCases {
            let due = stopQueues[Self.queueIndex(side, reference)].removeDue(live: stops) { entry in
                Self.fires(side: side, trigger: Price(ticks: side == .buy ? entry.key : -entry.key), at: price)
            }
            for entry in due {
                if let pending = stops.removeValue(forKey: entry.id) { fired.append(pending) }
            }
        }
        fired += trailStops(at: price, for: reference)
        fired.sort { $0.sequence < $1.sequence }
        return fired.map { pending in
            var live = pending.request
            live.terms.stop = nil
            return live
        }
    }

    /// Enters a fired stop order (`.triggered`, then it matches, then rests or expires). A stop-limit
    /// that can no longer enter (a post-only one that would cross, a resting one outside the price
    /// window) expires.
    mutating func enter(_ order: OrderRequest, events: inout [BookEvent]) {
        events.append(.triggered(order.id))
        if let limit = order.terms.limit, !canEnter(order, limit: limit.ticks) {
            events.append(.expired(order.id, order.terms.quantity))
            return
        }
        execute(order, events: &events)
    }

    /// The pending stop order `id`, if any.
    public func pendingStop(_ id: OrderID) -> OrderRequest? { stops[id]?.request }

    /// Pending stop orders, oldest first.
    var pendingStops: [OrderRequest] {
        stops.values.sorted { $0.sequence < $1.sequence }.map(\.request)
    }

    /// Whether a fired stop-limit can still enter: a post-only one must not cross, a resting one must
    /// fit the price window. One that cannot expires.
    private func canEnter(_ request: OrderRequest, limit: Int64) -> Bool {
        switch request.terms.timeInForce {
        case .postOnly: !crosses(side: request.terms.side, limit: limit) && ladder.canHold(limit)
        case .goodTillCancelled: ladder.canHold(limit)
        case .immediateOrCancel, .fillOrKill: true
        }
    }

    static func fires(side: Side, trigger: Price, at price: Price) -> Bool {
        side == .buy ? price >= trigger : price <= trigger
    }

    static func queueIndex(_ side: Side, _ reference: TriggerReference) -> Int {
        Int(reference.rawValue) * 2 + Int(side.rawValue)
    }
}
