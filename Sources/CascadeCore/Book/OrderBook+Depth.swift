/// One price level as the order-book ladder shows it.
public struct DepthLevel: Sendable, Hashable {
    /// The level's price in ticks.
    public var price: Price
    /// Lots resting at this price, all orders summed.
    public var quantity: Quantity
    /// Orders resting at this price.
    public var orderCount: Int
    /// Size of this level and every better one on its side.
    public var cumulativeQuantity: Quantity
    /// Whether the highlighted account has an order at this level.
    public var holdsAccountOrder: Bool

    /// A level as the ladder shows it; `OrderBook.depth` builds these.
    public init(
        price: Price, quantity: Quantity, orderCount: Int, cumulativeQuantity: Quantity, holdsAccountOrder: Bool
    ) {
        self.price = price
        self.quantity = quantity
        self.orderCount = orderCount
        self.cumulativeQuantity = cumulativeQuantity
        self.holdsAccountOrder = holdsAccountOrder
    }
}

/// The top of both sides of a book, best level first.
public struct BookDepth: Sendable, Hashable {
    /// Bid levels, highest price first.
    public var bids: [DepthLevel]
    /// Ask levels, lowest price first.
    public var asks: [DepthLevel]

    /// Both sides as given; each should run best level first.
    public init(bids: [DepthLevel], asks: [DepthLevel]) {
        self.bids = bids
        self.asks = asks
    }

    /// No levels on either side: what a market shows before its first depth snapshot.
    public static let empty = BookDepth(bids: [], asks: [])
}

extension OrderBook {
    /// The best `levels` levels of each side, with cumulative size; levels holding an order of
    /// `account` are flagged.
    ///
    /// - Complexity: O(levels) plus, with an account, O(orders at those levels).
    public func depth(levels: Int, highlighting account: AccountID? = nil) -> BookDepth {
        BookDepth(
            bids: depth(of: .buy, levels: levels, highlighting: account),
            asks: depth(of: .sell, levels: levels, highlighting: account))
    }

    /// Lots resting on `side` at prices no worse than `limit` (at or above it for bids, at or below it
    /// for asks): the depth near the touch, as resilience measures read it. O(levels up to `limit`).
    public func restingLots(of side: Side, through limit: Price) -> Int64 {
        var total: Int64 = 0
        forEachLevel(of: side) { price, level in
            guard side == .buy ? price >= limit : price <= limit else { return false }
            total += level.total
            return true
        }
        return total
    }

    /// The best `levels` levels of one side.
    public func depth(of side: Side, levels limit: Int = .max, highlighting account: AccountID? = nil)
        -> [DepthLevel]
    {
        var result: [DepthLevel] = []
        var cumulative: Int64 = 0
        forEachLevel(of: side) { price, level in
            guard result.count < limit else { return false }
            cumulative += level.total
            result.append(
                DepthLevel(
                    price: price, quantity: Quantity(lots: level.total), orderCount: Int(level.count),
                    cumulativeQuantity: Quantity(lots: cumulative),
                    holdsAccountOrder: account.map { levelHolds($0, head: level.head) } ?? false))
            return true
        }
        return result
    }

    /// Calls `body` with each occupied level of `side`, best first, until it returns `false`.
    /// - Complexity: O(levels visited), plus a bitmap scan between them; allocates nothing.
    func forEachLevel(of side: Side, _ body: (Price, PriceLevel) -> Bool) {
        var index = firstLevelIndex(of: side)
        while let level = index {
            guard body(Price(ticks: ladder.base + Int64(level)), ladder.levels[level]) else { return }
            index = side == .buy ? ladder.nextOccupied(below: level) : ladder.nextOccupied(above: level)
        }
    }

    /// The orders resting at `price`, first in time priority first.
    public func queue(at price: Price) -> [RestingOrder] {
        guard ladder.covers(price.ticks) else { return [] }
        var result: [RestingOrder] = []
        var slot = ladder.levels[ladder.index(of: price.ticks)].head
        while slot != OrderStore.none {
            result.append(RestingOrder(store[slot]))
            slot = store[slot].next
        }
        return result
    }

    /// Bytes the book holds for its orders and levels, reserved capacity included.
    public var bytesAllocated: Int { store.bytesAllocated + ladder.bytesAllocated }

    private func firstLevelIndex(of side: Side) -> Int? {
        switch side {
        case .buy: ladder.bestBid == PriceLadder.noBid ? nil : ladder.index(of: ladder.bestBid)
        case .sell: ladder.bestAsk == PriceLadder.noAsk ? nil : ladder.index(of: ladder.bestAsk)
        }
    }

    private func levelHolds(_ account: AccountID, head: Int32) -> Bool {
        var slot = head
        while slot != OrderStore.none {
            if store[slot].account == account.rawValue { return true }
            slot = store[slot].next
        }
        return false
    }
}
