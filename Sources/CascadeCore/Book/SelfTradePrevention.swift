/// What happens when an incoming order would trade with a resting order of the same account.
public enum SelfTradePrevention: UInt8, Sendable, Hashable {
    /// Cancel the rest of the incoming order; the resting one stays (the default, as on most venues).
    case cancelTaker
    /// Cancel the resting order and keep matching.
    case cancelMaker
    /// Cancel both.
    case cancelBoth
    /// Let them trade. Only for books whose orders carry no real owner, such as `cascade book` scripts.
    case off
}

/// The limits and policies of one order book.
public struct OrderBookConfiguration: Sendable, Hashable {
    /// What a match between two orders of one account does; `.cancelTaker` by default.
    public var selfTradePrevention: SelfTradePrevention
    /// Highest accepted price in ticks.
    var maximumPrice: Price
    /// Largest accepted order size in lots. (What one side may hold in all is Int64's maximum;
    /// the book refuses an order that would pass it, so a level total never overflows.)
    var maximumQuantity: Quantity
    /// Widest distance in ticks between the lowest and highest resting order.
    var maximumSpan: Int64
    /// Open orders to preallocate for, so a book of this size never allocates while it trades.
    public var expectedOrders: Int

    /// The book's limits; the defaults take prices and sizes up to 10¹², resting orders within 2²¹ ticks of
    /// each other, and reserve room for 4096 orders.
    public init(
        selfTradePrevention: SelfTradePrevention = .cancelTaker,
        maximumPrice: Price = Price(ticks: 1_000_000_000_000),
        maximumQuantity: Quantity = Quantity(lots: 1_000_000_000_000),
        maximumSpan: Int64 = 1 << 21,
        expectedOrders: Int = 4096
    ) {
        self.selfTradePrevention = selfTradePrevention
        self.maximumPrice = maximumPrice
        self.maximumQuantity = maximumQuantity
        self.maximumSpan = maximumSpan
        self.expectedOrders = expectedOrders
    }
}
