import CascadeCore

extension World {
    /// Once a simulated second: the scenario's due changes, a step of every fundamental price, the
    /// venues' quotes to the oracle, what traders observe, and once a minute a statistics sample.
    mutating func heartbeat() -> SimTime {
        for change in timeline.due(at: place.now) { apply(change) }
        for market in place.markets.indices {
            let quotes = place.markets[market].tick(at: place.now)
            if !quotes.isEmpty { place.submit(.oracle(place.markets[market].id, quotes)) }
            place.markets[market].observer.record(referencePrice(market), index: place.index(market))
        }
        if place.now % statistics.bucketLength == 0 { statistics.sample(place.exchange, at: place.now) }
        return .second
    }

    /// Mid when both sides quote, else the last trade, else the index.
    private func referencePrice(_ market: InstrumentID) -> Double {
        if let touch = place.touch(market) { return (touch.bid + touch.ask) / 2 }
        if let last = place.exchange.lastTrade(place.markets[market].id) { return place.markets[market].usd(last) }
        return place.index(market)
    }

    private mutating func apply(_ change: Timeline.Change) {
        switch change {
        case .conditions(let market, let conditions, let revertAfter):
            if let revertAfter {
                let undo = place.markets[market].conditions.undoing(conditions)
                timeline.insert(.conditions(market, undo, revertAfter: nil), at: place.now + revertAfter)
            }
            place.markets[market].conditions.apply(conditions)
        case .shock(let market, let fraction, let over):
            place.markets[market].fundamental.shock(by: fraction, over: Double(over / .second), from: place.now)
        case .venue(let market, let venue, let state, let revertAfter):
            guard venue < place.markets[market].venues.count else { return }
            if let revertAfter {
                let previous = place.markets[market].venues[venue].state
                timeline.insert(.venue(market, venue, previous, revertAfter: nil), at: place.now + revertAfter)
            }
            place.markets[market].venues[venue].state = state
        case .whale(let market, let order):
            guard let whale = population.whales.firstIndex(where: { $0.market == market }) else { return }
            population.whales[whale].directive = order
            scheduler.schedule(AgentRef(kind: .whale, index: Int32(whale)), at: place.now + 100)
        }
    }
}

/// The scenario's events as changes due at times, in order; reverts are inserted as they arise.
struct Timeline: Sendable {
    enum Change: Sendable {
        case conditions(InstrumentID, ConditionChange, revertAfter: SimTime?)
        case shock(InstrumentID, Double, over: SimTime)
        case venue(InstrumentID, Int, SpotVenue.State, revertAfter: SimTime?)
        case whale(InstrumentID, WhaleOrder)
    }

    private var entries: [(time: SimTime, change: Change)] = []

    init(_ events: [ScenarioEvent]) {
        for event in events {
            let market = InstrumentID(event.market)
            if event.conditions != ConditionChange() {
                insert(.conditions(market, event.conditions, revertAfter: event.duration), at: event.at)
            }
            if let shock = event.shock { insert(.shock(market, shock, over: event.shockOver), at: event.at) }
            if let venue = event.venue, let state = event.venueState {
                insert(.venue(market, venue, state, revertAfter: event.duration), at: event.at)
            }
            if let whale = event.whale { insert(.whale(market, whale), at: event.at) }
        }
    }

    /// Adds a change after any others due at the same time.
    mutating func insert(_ change: Change, at time: SimTime) {
        let position = entries.firstIndex { $0.time > time } ?? entries.count
        entries.insert((time, change), at: position)
    }

    /// Removes and returns the changes due at or before `time`.
    mutating func due(at time: SimTime) -> [Change] {
        let count = entries.prefix { $0.time <= time }.count
        guard count > 0 else { return [] }
        defer { entries.removeFirst(count) }
        return entries.prefix(count).map(\.change)
    }
}
