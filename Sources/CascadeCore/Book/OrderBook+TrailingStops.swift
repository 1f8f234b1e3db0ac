import HeapModule

/// Trailing stops of one side and trigger reference: those waiting for their activation price, and
/// the active ones in one ladder per callback rate (ascending), so a new price visits the rates in
/// use, never every stop.
struct TrailingQueue: Sendable {
    /// Stops waiting for activation, the next to activate on top: a sell activates when the price
    /// rises to its activation price (keyed ascending), a buy when it falls to it (descending).
    var activations = StopQueue()
    var ladders: [TrailingLadder] = []

    /// The slot of the ladder for `callback`, or where it would go.
    func slot(of callback: Rate) -> Int {
        var low = 0
        var high = ladders.count
        while low < high {
            let middle = (low + high) / 2
            if ladders[middle].callback < callback { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension OrderBook {
    /// Stores a validated trailing stop: active at once when the latest reference has reached its
    /// activation price, else waiting for it.
    mutating func holdTrailingStop(_ request: OrderRequest, condition: StopCondition, events: inout [BookEvent]) {
        stopSequence += 1
        stops[request.id] = PendingStop(request: request, sequence: stopSequence)
        highestID = Swift.max(highestID, request.id.rawValue)
        let queue = Self.queueIndex(request.terms.side, condition.reference)
        let activation = condition.triggerPrice
        if let reference = referencePrices[Int(condition.reference.rawValue)],
            Self.activates(side: request.terms.side, at: activation, by: reference)
        {
            startTrailing(request.id, queue: queue, at: reference)
        } else {
            let key = request.terms.side == .sell ? activation.ticks : -activation.ticks
            trailingQueues[queue].activations.heap.insert(
                StopQueue.Entry(key: key, sequence: stopSequence, id: request.id))
        }
        events.append(.accepted(request.id, request.account))
    }

    /// Moves the trailing stops of `reference` to a new price: every active ladder follows it, the
    /// stops it activates start trailing from it, and the stops whose trigger it reaches leave the
    /// pending set and are returned (the caller enters them with the fixed stops, oldest first).
    /// - Complexity: O(callback rates in use) plus O(log s) per activated or fired stop.
    mutating func trailStops(at price: Price, for reference: TriggerReference) -> [PendingStop] {
        var fired: [PendingStop] = []
        for side in Side.allCases {
            let queue = Self.queueIndex(side, reference)
            guard !trailingQueues[queue].ladders.isEmpty || !trailingQueues[queue].activations.heap.isEmpty else {
                continue
            }
            for slot in trailingQueues[queue].ladders.indices { trailingQueues[queue].ladders[slot].follow(price) }
            let activated = trailingQueues[queue].activations.removeDue(live: stops) { entry in
                Self.activates(side: side, at: Price(ticks: side == .sell ? entry.key : -entry.key), by: price)
            }
            for entry in activated { startTrailing(entry.id, queue: queue, at: price) }
            var slot = 0
            while slot < trailingQueues[queue].ladders.count {
                for member in trailingQueues[queue].ladders[slot].fire(at: price) {
                    guard let pending = stops[member.id], pending.sequence == member.sequence else { continue }
                    stops[member.id] = nil
                    trailingQueues[queue].ladders[slot].live -= 1
                    fired.append(pending)
                }
                if trailingQueues[queue].ladders[slot].live == 0 {
                    trailingQueues[queue].ladders.remove(at: slot)
                } else {
                    slot += 1
                }
            }
        }
        return fired
    }

    /// The price that fires trailing stop `id` now: its trailing trigger once active; `nil` while it
    /// waits for its activation price, or when `id` is no pending trailing stop.
    public func trailingTrigger(_ id: OrderID) -> Price? {
        guard let pending = stops[id], let activation = pending.activation,
            let stop = pending.request.terms.stop, let callback = stop.trailingCallback
        else { return nil }
        let queue = trailingQueues[Self.queueIndex(pending.request.terms.side, stop.reference)]
        let slot = queue.slot(of: callback)
        guard slot < queue.ladders.count, queue.ladders[slot].callback == callback else { return nil }
        return queue.ladders[slot].trigger(ofActivation: activation)
    }

    /// Takes a cancelled trailing stop out of its ladder's live count (its entries are skipped
    /// later), dropping the ladder when nothing in it is live.
    mutating func forgetTrailing(_ pending: PendingStop) {
        guard pending.activation != nil, let stop = pending.request.terms.stop, let callback = stop.trailingCallback
        else { return }
        let queue = Self.queueIndex(pending.request.terms.side, stop.reference)
        let slot = trailingQueues[queue].slot(of: callback)
        guard slot < trailingQueues[queue].ladders.count, trailingQueues[queue].ladders[slot].callback == callback
        else { return }
        trailingQueues[queue].ladders[slot].live -= 1
        if trailingQueues[queue].ladders[slot].live == 0 { trailingQueues[queue].ladders.remove(at: slot) }
    }

    /// Files pending stop `id` in the ladder of its callback, trailing from `price`.
    private mutating func startTrailing(_ id: OrderID, queue: Int, at price: Price) {
        guard var pending = stops[id], let callback = pending.request.terms.stop?.trailingCallback else { return }
        trailingActivations += 1
        pending.activation = trailingActivations
        stops[id] = pending
        let slot = trailingQueues[queue].slot(of: callback)
        if slot == trailingQueues[queue].ladders.count || trailingQueues[queue].ladders[slot].callback != callback {
            trailingQueues[queue].ladders.insert(
                TrailingLadder(side: pending.request.terms.side, callback: callback), at: slot)
        }
        trailingQueues[queue].ladders[slot].follow(price)
        trailingQueues[queue].ladders[slot].activate(
            TrailingLadder.Member(activation: trailingActivations, id: id, sequence: pending.sequence), at: price)
    }

    /// Whether `price` reaches a `side` trailing stop's activation price: a sell's from below, a
    /// buy's from above (the way a position's profit grows).
    static func activates(side: Side, at activation: Price, by price: Price) -> Bool {
        side == .sell ? price >= activation : price <= activation
    }
}
