@testable import CascadeCore

/// A deliberately naive model of the `cascade book` semantics, written from the spec and not from
/// `OrderBook`, so that the differential tests compare two independent readings of the same rules.
///
/// Every resting order lives in one array; the best maker is found by a linear scan and levels are
/// built by sorting. Nothing here is fast, and nothing needs to be: scripts are a few hundred lines.
/// The limits (maximum price, maximum size, maximum span of resting prices) mirror
/// `OrderBookConfiguration`'s defaults, which is what `BookScriptSession` runs with.
struct ReferenceBook {
    static let maximumPrice: Int64 = 1_000_000_000_000
    static let maximumQuantity: Int64 = 1_000_000_000_000
    /// Resting prices (both sides together) must stay strictly less than this many ticks apart.
    static let maximumSpan: Int64 = 1 << 21

    struct Order {
        var id: Int64
        var side: Side
        var price: Int64
        var open: Int64
        var postOnly: Bool
        /// Time priority: lower arrived first. Renewed whenever the order loses its place.
        var arrival: Int
    }

    private(set) var resting: [Order] = []
    /// Every id that was ever accepted; a new order may not reuse one.
    private var usedIDs: Set<Int64> = []
    private var clock = 0

    /// Runs `commands` and returns the whole `cascade book --queues` transcript.
    static func transcript(of commands: [BookScriptCommand], queues: Bool = true) -> String {
        var book = ReferenceBook()
        var text = commands.map { book.apply($0) }.joined()
        text += "END_EVENTS\n" + book.bookText(queues: queues) + "END\n"
        return text
    }

    /// Applies one command and returns its output lines, each ending in a newline.
    mutating func apply(_ command: BookScriptCommand) -> String {
        var lines: [String] = []
        switch command {
        case .place(let request): place(request, &lines)
        case .amend(let id, let price, let quantity):
            amend(id.rawValue, price: price.ticks, quantity: quantity.lots, &lines)
        case .cancel(let id):
            if let index = resting.firstIndex(where: { $0.id == id.rawValue }) {
                lines.append("X \(id.rawValue) \(resting[index].open)")
                resting.remove(at: index)
            } else {
                lines.append("R \(id.rawValue)")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The final book: bids high to low, then asks low to high, each level followed by its queue.
    func bookText(queues: Bool) -> String {
        var text = ""
        for (side, label) in [(Side.buy, "BID"), (Side.sell, "ASK")] {
            let orders = resting.filter { $0.side == side }
            let prices = Set(orders.map(\.price)).sorted(by: side == .buy ? (>) : (<))
            for price in prices {
                let level = orders.filter { $0.price == price }.sorted { $0.arrival < $1.arrival }
                text += "\(label) \(price) \(level.map(\.open).reduce(0, +)) \(level.count)\n"
                if queues {
                    for order in level { text += "Q \(order.id) \(order.open)\n" }
                }
            }
        }
        return text
    }

    // MARK: - Commands

    private mutating func place(_ request: OrderRequest, _ lines: inout [String]) {
        let id = request.id.rawValue
        let quantity = request.terms.quantity.lots
        let limit = request.terms.limit?.ticks
        let postOnly = request.terms.timeInForce == .postOnly
        // A market order never rests, whatever its time in force says.
        let rests = limit != nil && (request.terms.timeInForce == .goodTillCancelled || postOnly)
        var valid = !usedIDs.contains(id) && quantity > 0 && quantity <= Self.maximumQuantity
        if let limit {
            valid = valid && limit > 0 && limit <= Self.maximumPrice
            valid = valid && (!rests || canHold(limit) || available(to: request.terms.side, limit: limit) >= quantity)
            valid = valid && !(postOnly && wouldTrade(request.terms.side, limit: limit))
        }
        guard valid else {
            lines.append("R \(id)")
            return
        }
        usedIDs.insert(id)
        if request.terms.timeInForce == .fillOrKill && available(to: request.terms.side, limit: limit) < quantity {
            lines.append("K \(id) \(quantity)")
            return
        }
        let remaining = take(id: id, side: request.terms.side, limit: limit, quantity: quantity, &lines)
        guard remaining > 0 else { return }
        if rests, let limit {
            rest(Order(id: id, side: request.terms.side, price: limit, open: remaining, postOnly: postOnly, arrival: 0))
        } else {
            lines.append("K \(id) \(remaining)")
        }
    }

    private mutating func amend(_ id: Int64, price: Int64, quantity: Int64, _ lines: inout [String]) {
        guard let index = resting.firstIndex(where: { $0.id == id }),
            quantity > 0, quantity <= Self.maximumQuantity, price > 0, price <= Self.maximumPrice
        else {
            lines.append("R \(id)")
            return
        }
        var order = resting[index]
        if price == order.price && quantity <= order.open {
            resting[index].open = quantity  // keeps its place in the queue
            lines.append("U \(id) \(price) \(quantity)")
            return
        }
        // The amended order still counts towards the span check: the engine checks before moving it.
        if (order.postOnly && wouldTrade(order.side, limit: price)) || !canHold(price) {
            lines.append("R \(id)")
            return
        }
        lines.append("U \(id) \(price) \(quantity)")
        resting.remove(at: index)
        let remaining = take(id: id, side: order.side, limit: price, quantity: quantity, &lines)
        guard remaining > 0 else { return }
        order.price = price
        order.open = remaining
        rest(order)  // at the back of its level: a price change or size increase loses priority
    }

    // MARK: - Matching

    /// Trades an incoming order against the book, best maker first; returns its unfilled size.
    private mutating func take(id: Int64, side: Side, limit: Int64?, quantity: Int64, _ lines: inout [String])
        -> Int64
    {
        var remaining = quantity
        while remaining > 0, let maker = bestMaker(against: side), Self.trades(side, limit, resting[maker].price) {
            let fill = min(remaining, resting[maker].open)
            lines.append("T \(resting[maker].id) \(id) \(resting[maker].price) \(fill)")
            remaining -= fill
            resting[maker].open -= fill
            if resting[maker].open == 0 { resting.remove(at: maker) }
        }
        return remaining
    }

    /// Whether a `side` order limited at `limit` (`nil`: at any price) trades with a maker at `price`.
    private static func trades(_ side: Side, _ limit: Int64?, _ price: Int64) -> Bool {
        guard let limit else { return true }
        return side == .buy ? price <= limit : price >= limit
    }

    /// The resting order an incoming `side` order meets first: best price, then earliest arrival.
    private func bestMaker(against side: Side) -> Int? {
        resting.indices.filter { resting[$0].side != side }.min { lhs, rhs in
            let (a, b) = (resting[lhs], resting[rhs])
            if a.price != b.price { return side == .buy ? a.price < b.price : a.price > b.price }
            return a.arrival < b.arrival
        }
    }

    private func wouldTrade(_ side: Side, limit: Int64) -> Bool {
        bestMaker(against: side).map { Self.trades(side, limit, resting[$0].price) } ?? false
    }

    /// Size an incoming order could fill right now (the fill-or-kill test).
    private func available(to side: Side, limit: Int64?) -> Int64 {
        resting.filter { $0.side != side && Self.trades(side, limit, $0.price) }.map(\.open).reduce(0, +)
    }

    /// Whether resting at `price` keeps every resting price within the maximum span.
    private func canHold(_ price: Int64) -> Bool {
        let prices = resting.map(\.price) + [price]
        return prices.max()! - prices.min()! < Self.maximumSpan
    }

    private mutating func rest(_ order: Order) {
        var order = order
        clock += 1
        order.arrival = clock
        resting.append(order)
    }
}
