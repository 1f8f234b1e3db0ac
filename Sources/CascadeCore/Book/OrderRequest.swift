/// How long an order may wait for a counterparty.
public enum TimeInForce: UInt8, Sendable, Hashable {
    /// Rests in the book until filled or cancelled.
    case goodTillCancelled
    /// Trades what it can at once; the rest expires.
    case immediateOrCancel
    /// Trades in full at once, or expires untouched.
    case fillOrKill
    /// Rests only: refused if any part would trade on arrival (it would take liquidity).
    case postOnly
}

/// Which price a stop order watches. The book never computes either: the caller supplies them.
public enum TriggerReference: UInt8, Sendable, Hashable, CaseIterable {
    case mark
    case last
}

/// The condition that turns a pending stop order into a live one.
///
/// A buy stop fires when the reference price rises to `triggerPrice` or above; a sell stop when it
/// falls to `triggerPrice` or below.
public struct StopCondition: Sendable, Hashable {
    public var triggerPrice: Price
    public var reference: TriggerReference

    public init(triggerPrice: Price, reference: TriggerReference) {
        self.triggerPrice = triggerPrice
        self.reference = reference
    }
}

/// A new order as a trader sends it.
///
/// `limit == nil` is a market order (it never rests; its rest expires). With `stop` set the order
/// waits outside the book until its trigger fires, then enters as a market (stop-market) or limit
/// (stop-limit) order.
public struct OrderRequest: Sendable, Hashable {
    public var id: OrderID
    public var account: AccountID
    public var side: Side
    public var quantity: Quantity
    public var limit: Price?
    public var timeInForce: TimeInForce
    /// May only shrink the account's position; enforced by the exchange, which knows positions.
    public var reduceOnly: Bool
    public var stop: StopCondition?

    public init(
        id: OrderID, account: AccountID, side: Side, quantity: Quantity, limit: Price?,
        timeInForce: TimeInForce = .goodTillCancelled, reduceOnly: Bool = false, stop: StopCondition? = nil
    ) {
        self.id = id
        self.account = account
        self.side = side
        self.quantity = quantity
        self.limit = limit
        self.timeInForce = timeInForce
        self.reduceOnly = reduceOnly
        self.stop = stop
    }

    /// A limit order.
    public static func limit(
        _ id: OrderID, account: AccountID, side: Side, price: Price, quantity: Quantity,
        timeInForce: TimeInForce = .goodTillCancelled, reduceOnly: Bool = false
    ) -> OrderRequest {
        OrderRequest(
            id: id, account: account, side: side, quantity: quantity, limit: price,
            timeInForce: timeInForce, reduceOnly: reduceOnly)
    }

    /// A market order: trades at any price, the unfilled rest expires.
    public static func market(
        _ id: OrderID, account: AccountID, side: Side, quantity: Quantity, reduceOnly: Bool = false
    ) -> OrderRequest {
        OrderRequest(
            id: id, account: account, side: side, quantity: quantity, limit: nil,
            timeInForce: .immediateOrCancel, reduceOnly: reduceOnly)
    }
}
