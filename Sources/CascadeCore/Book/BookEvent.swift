/// Why the book refused a command. The order or the book is left exactly as it was.
public enum RejectReason: UInt8, Sendable, Hashable, CustomStringConvertible {
    /// The id belongs to an order the book still holds (or, for a script, has ever seen).
    case duplicateOrderID
    /// Cancel or amend of an id that is not open: unknown, filled, cancelled or expired.
    case unknownOrder
    /// A size of zero or less, above the book's maximum, or more than its side of the book can
    /// still hold (the open lots resting on one side add up to at most Int64's maximum).
    case invalidQuantity
    /// A price of zero or less, or above the book's maximum.
    case invalidPrice
    /// Resting at this price would stretch the book's price window past its maximum span.
    case priceOutOfRange
    /// A post-only order (or amend) that would trade on arrival.
    case postOnlyWouldCross
    /// A market order asked to rest (good-till-cancelled or post-only without a limit price).
    case marketOrderCannotRest
    /// A stop whose trigger is already met by the latest reference price.
    case stopWouldTriggerImmediately
    /// Amend of a pending stop order; cancel and place it again instead.
    case orderNotAmendable
    /// A trailing stop with a callback outside 0.1%–10% (or not in 0.1% steps), or with a limit
    /// price: it enters as a market order (Binance's TRAILING_STOP_MARKET).
    case invalidTrailingStop

    /// A short lower-case reason, for rejection messages and logs.
    public var description: String {
        switch self {
        case .duplicateOrderID: "order id already used"
        case .unknownOrder: "no open order with this id"
        case .invalidQuantity: "invalid quantity"
        case .invalidPrice: "invalid price"
        case .priceOutOfRange: "price too far from the rest of the book"
        case .postOnlyWouldCross: "post-only order would take liquidity"
        case .marketOrderCannotRest: "a market order cannot rest in the book"
        case .stopWouldTriggerImmediately: "stop would trigger immediately"
        case .orderNotAmendable: "pending stop orders cannot be amended"
        case .invalidTrailingStop: "a trailing stop needs a callback of 0.1% to 10% in 0.1% steps and no limit"
        }
    }
}

/// Why an open order left the book without trading.
public enum CancelReason: UInt8, Sendable, Hashable {
    /// Its owner asked.
    case requested
    /// It would have traded with an order of the same account.
    case selfTradePrevention
    /// A reduce-only order whose owner's position has nothing left for it to reduce.
    case reduceOnly
}

/// One fill between a resting order (maker) and an incoming one (taker), at the maker's price.
public struct Trade: Sendable, Hashable {
    /// The resting order's id.
    public var makerID: OrderID
    /// The incoming order's id.
    public var takerID: OrderID
    /// Owner of the resting order.
    public var makerAccount: AccountID
    /// Owner of the incoming order; the same as `makerAccount` only with self-trade prevention off.
    public var takerAccount: AccountID
    /// Trade price in ticks: always the maker's resting price.
    public var price: Price
    /// Lots traded, always positive.
    public var quantity: Quantity
    /// The taker's side.
    public var aggressor: Side
    /// What is left of the maker after this fill; zero when it is gone from the book.
    public var makerRemaining: Quantity
}

/// Everything the book does, in the order it happens.
///
/// Small and free of references, so appending one to a reused buffer costs a copy and nothing else.
public enum BookEvent: Sendable, Hashable {
    /// The order passed validation; trades and expiry follow, or it rests.
    case accepted(OrderID, AccountID)
    case rejected(OrderID, RejectReason)
    case trade(Trade)
    /// Open size removed without trading.
    case cancelled(OrderID, Quantity, CancelReason)
    /// New price and open size of a resting order.
    case amended(OrderID, Price, Quantity)
    /// A pending stop fired and now enters the book.
    case triggered(OrderID)
    /// The unfilled rest of a market, immediate-or-cancel or fill-or-kill order, discarded.
    case expired(OrderID, Quantity)
}
