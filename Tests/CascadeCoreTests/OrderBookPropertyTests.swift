import PropertyBased
import Testing

@testable import CascadeCore

/// Invariants of `OrderBook` after every command of random multi-account streams, under each
/// self-trade prevention policy. Unlike the differential tests these need no model of the right
/// answer, only of what must always be true: never crossed, FIFO at a level, every lot accounted
/// for, depth consistent with the queues, no self-trades.
@Suite("Order book invariants on random streams")
struct OrderBookPropertyTests {
    static let commandsPerStream = 300

    /// Seeds come from PropertyBased, so each run explores new streams; a failure names the seed.
    @Test(.shrinking(false), arguments: [SelfTradePrevention.cancelTaker, .cancelMaker, .cancelBoth])
    func invariantsHoldAfterEveryCommand(prevention: SelfTradePrevention) async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var run = InvariantRun(seed: UInt64(seed), prevention: prevention)
            let problem = run.firstProblem(commands: Self.commandsPerStream)
            #expect(problem == nil, "seed \(seed), \(prevention): \(problem ?? "")")
        }
    }

    /// The same check on fixed seeds, so that every run covers at least these streams.
    @Test(arguments: [SelfTradePrevention.cancelTaker, .cancelMaker, .cancelBoth])
    func invariantsHoldOnFixedSeeds(prevention: SelfTradePrevention) {
        for seed in 0..<UInt64(40) {
            var run = InvariantRun(seed: seed, prevention: prevention)
            let problem = run.firstProblem(commands: Self.commandsPerStream)
            #expect(problem == nil, "seed \(seed), \(prevention): \(problem ?? "")")
        }
    }

    /// Regression: a market order's "any price" limit once equalled the empty-side sentinel and
    /// indexed outside the level window.
    @Test(arguments: [(Side.buy, TimeInForce.immediateOrCancel), (.sell, .immediateOrCancel), (.buy, .fillOrKill)])
    func marketOrderOnAnEmptySideExpires(side: Side, timeInForce: TimeInForce) {
        var book = OrderBook()
        var events: [BookEvent] = []
        let request = OrderRequest(
            id: OrderID(1), account: AccountID(1), side: side, quantity: Quantity(lots: 5), limit: nil,
            timeInForce: timeInForce)
        book.submit(request, events: &events)
        #expect(events == [.accepted(OrderID(1), AccountID(1)), .expired(OrderID(1), Quantity(lots: 5))])
    }
}

/// Everything visible about a book at one moment, read through its public API.
private struct Snapshot: Equatable {
    var bids: [DepthLevel]
    var asks: [DepthLevel]
    /// The queue of each level, bids best first, then asks best first.
    var queues: [[RestingOrder]]
    var orders: [OrderID: RestingOrder]

    init(_ book: OrderBook) {
        bids = book.depth(of: .buy)
        asks = book.depth(of: .sell)
        queues = (bids + asks).map { book.queue(at: $0.price) }
        orders = Dictionary(queues.joined().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// One seeded stream played against a book, with the bookkeeping the invariants need.
private struct InvariantRun {
    /// One order's lots since its acceptance, from the events alone. An amend's size change counts
    /// as a change of `submitted`.
    struct Ledger {
        var account: AccountID
        var submitted: Int64
        var filled: Int64 = 0
        var cancelled: Int64 = 0
        var expired: Int64 = 0
    }

    let seed: UInt64
    var book: OrderBook
    /// Draws the account of each new order (1 to 3), separately from the command stream.
    var accounts: SplitMix64
    var events: [BookEvent] = []
    var ledgers: [OrderID: Ledger] = [:]
    /// When each resting order took its current place in its queue, as the spec says it should.
    var arrivals: [OrderID: Int] = [:]
    var clock = 0
    /// The book after the previous command: the next command's "before".
    var snapshot: Snapshot

    init(seed: UInt64, prevention: SelfTradePrevention) {
        self.seed = seed
        // A tiny expected size makes the id table grow and the slot free list recycle.
        let expected = seed.isMultiple(of: 2) ? 1 : 4096
        book = OrderBook(
            configuration: OrderBookConfiguration(selfTradePrevention: prevention, expectedOrders: expected))
        accounts = SplitMix64(seed: seed ^ 0xACC0_0A7)
        snapshot = Snapshot(book)
    }

    /// Plays the stream; the first command after which an invariant fails, with what failed.
    mutating func firstProblem(commands count: Int) -> String? {
        for (index, command) in RandomScript.commands(seed: seed, count: count).enumerated() {
            let problems = step(command)
            if !problems.isEmpty {
                return "command \(index + 1) `\(command.scriptLine ?? "")`: \(problems.joined(separator: "; "))"
            }
        }
        return nil
    }

    /// Applies one command and returns every invariant it broke.
    mutating func step(_ command: BookScriptCommand) -> [String] {
        let before = snapshot
        events.removeAll(keepingCapacity: true)
        let subject: OrderID
        var taker: (side: Side, limit: Price?)?
        switch command {
        case .place(var request):
            request.account = AccountID(UInt32.random(in: 1...3, using: &accounts))
            (subject, taker) = (request.id, (request.terms.side, request.terms.limit))
            book.submit(request, events: &events)
            if case .accepted = events.first {
                ledgers[subject] = Ledger(account: request.account, submitted: request.terms.quantity.lots)
                arrivals[subject] = nil
            }
        case .amend(let id, let price, let quantity):
            (subject, taker) = (id, before.orders[id].map { ($0.side, price) })
            book.amend(id, price: price, quantity: quantity, events: &events)
        case .cancel(let id):
            subject = id
            book.cancel(id, events: &events)
        }
        let after = Snapshot(book)
        snapshot = after
        var problems: [String] = []
        var touched: Set<OrderID> = [subject]
        for event in events {
            switch event {
            case .accepted, .rejected, .triggered:
                break
            case .trade(let trade):
                touched.insert(trade.makerID)
                ledgers[trade.makerID]?.filled += trade.quantity.lots
                ledgers[trade.takerID]?.filled += trade.quantity.lots
                problems += check(trade, before: before, after: after, taker: taker)
            case .cancelled(let id, let quantity, _):
                touched.insert(id)
                ledgers[id]?.cancelled += quantity.lots
            case .expired(let id, let quantity):
                ledgers[id]?.expired += quantity.lots
            case .amended(let id, let price, let quantity):
                guard let old = before.orders[id] else {
                    problems.append("amended \(id), which was not resting")
                    continue
                }
                ledgers[id]?.submitted += quantity.lots - old.openQuantity.lots
                if price != old.price || quantity > old.openQuantity { arrivals[id] = nil }
            }
        }
        if events.count == 1, case .rejected = events[0], before != after {
            problems.append("a rejected command changed the book")
        }
        if after.orders[subject] != nil && arrivals[subject] == nil {
            clock += 1
            arrivals[subject] = clock
        }
        arrivals = arrivals.filter { after.orders[$0.key] != nil }
        for (id, order) in before.orders where !touched.contains(id) && after.orders[id] != order {
            problems.append("order \(id) changed without an event")
        }
        problems += checkLedgers(of: touched.union(after.orders.keys), after: after)
        problems += checkShape(after)
        return problems
    }

    /// A fill is at the maker's resting price, within the taker's limit, between two accounts, and
    /// reports what is left of the maker.
    private func check(_ trade: Trade, before: Snapshot, after: Snapshot, taker: (side: Side, limit: Price?)?)
        -> [String]
    {
        var problems: [String] = []
        let label = "trade \(trade.makerID)/\(trade.takerID)"
        guard let maker = before.orders[trade.makerID] else { return ["\(label): maker was not resting"] }
        if trade.price != maker.price { problems.append("\(label) at \(trade.price), maker rests at \(maker.price)") }
        if trade.makerAccount != maker.account || trade.takerAccount != ledgers[trade.takerID]?.account {
            problems.append("\(label): wrong accounts")
        }
        if trade.makerAccount == trade.takerAccount { problems.append("\(label): self-trade") }
        if trade.quantity.lots <= 0 || trade.quantity > maker.openQuantity { problems.append("\(label): bad size") }
        if trade.makerRemaining != after.orders[trade.makerID]?.openQuantity ?? .zero {
            problems.append("\(label): maker remaining \(trade.makerRemaining) disagrees with the book")
        }
        if let taker {
            if trade.aggressor != taker.side { problems.append("\(label): wrong aggressor") }
            if let limit = taker.limit, taker.side == .buy ? trade.price > limit : trade.price < limit {
                problems.append("\(label) at \(trade.price) is through the taker's limit \(limit)")
            }
        }
        return problems
    }

    /// Submitted = filled + resting + cancelled + expired, for every order the command could reach.
    private func checkLedgers(of ids: Set<OrderID>, after: Snapshot) -> [String] {
        ids.compactMap { id in
            let resting = after.orders[id]?.openQuantity.lots ?? 0
            guard let ledger = ledgers[id] else { return resting > 0 ? "order \(id) rests without acceptance" : nil }
            let accounted = ledger.filled + resting + ledger.cancelled + ledger.expired
            return accounted == ledger.submitted
                ? nil : "order \(id): \(accounted) lots accounted, \(ledger.submitted) submitted"
        }
    }

    /// Not crossed; levels ordered, consistent with their queues and running sums; FIFO in each queue.
    private func checkShape(_ after: Snapshot) -> [String] {
        var problems: [String] = []
        if book.bestBid != after.bids.first?.price || book.bestAsk != after.asks.first?.price {
            problems.append("best prices disagree with depth")
        }
        if let bid = book.bestBid, let ask = book.bestAsk, bid >= ask { problems.append("crossed: \(bid) >= \(ask)") }
        if book.restingOrderCount != after.orders.count { problems.append("resting count \(book.restingOrderCount)") }
        var queues = after.queues.makeIterator()
        for (side, levels) in [(Side.buy, after.bids), (.sell, after.asks)] {
            var cumulative: Int64 = 0
            var previous: Price?
            for level in levels {
                let queue = queues.next() ?? []
                let at = "\(side) level \(level.price)"
                if let previous, side == .buy ? level.price >= previous : level.price <= previous {
                    problems.append("\(at) out of order")
                }
                previous = level.price
                cumulative += level.quantity.lots
                if level.quantity.lots != queue.map(\.openQuantity.lots).reduce(0, +) || level.orderCount != queue.count
                    || level.cumulativeQuantity.lots != cumulative || queue.isEmpty
                {
                    problems.append("\(at): totals disagree with its queue")
                }
                if queue.contains(where: { $0.side != side || $0.price != level.price || $0.openQuantity.lots <= 0 }) {
                    problems.append("\(at) holds a foreign or empty order")
                }
                let order = queue.map { arrivals[$0.id] ?? -1 }
                if order != order.sorted() || order.contains(-1) { problems.append("\(at) not in arrival order") }
            }
        }
        return problems
    }
}
