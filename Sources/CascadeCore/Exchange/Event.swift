/// One side of a trade as its account sees it, with what it did to money and position.
public struct Fill: Sendable, Hashable {
    public var account: AccountID
    public var instrument: InstrumentID
    public var order: OrderID
    /// The sender's id for the order; `nil` for the liquidation engine's own orders.
    public var clientOrderID: ClientOrderID?
    public var side: Side
    public var price: Price
    public var quantity: Quantity
    public var isMaker: Bool
    /// Positive when paid, negative for a rebate.
    public var fee: Money
    public var realizedPnL: Money
    /// The position's signed size after the fill.
    public var positionSize: Int64
}

/// A settlement of funding for one instrument.
public struct FundingSettlement: Sendable, Hashable {
    public var instrument: InstrumentID
    /// The rate for the full funding interval (8 hours).
    public var rate: Rate
    /// What this settlement charged: `rate` pro rata for the settlement period.
    public var chargedRate: Rate
    public var averagePremium: Rate
    public var samples: Int
    /// Rounding left over (payers round up, receivers down); goes to the funding pool.
    public var remainder: Money
}

/// Everything that happens on the exchange, in order. Each carries the numbers that explain it.
public enum Event: Sendable, Hashable {
    case deposited(AccountID, Asset, Money)
    case withdrew(AccountID, Asset, Money)
    /// A non-order command was refused.
    case rejected(AccountID, ExchangeRejection)
    /// A new order was refused before it reached the book (it got an id all the same).
    case orderRejected(OrderID, AccountID, ExchangeRejection, client: ClientOrderID)
    /// What the instrument's book did, with the client order id of the order it is about (`nil` for
    /// trades, whose two sides each echo theirs in a `fill`, and for the liquidation engine's orders).
    case book(InstrumentID, BookEvent, client: ClientOrderID?)
    case fill(Fill)
    case leverageSet(AccountID, InstrumentID, Int)
    case marginModeSet(AccountID, InstrumentID, MarginMode)
    case isolatedMarginAdjusted(AccountID, InstrumentID, Money)
    case indexUpdated(InstrumentID, IndexPrice)
    case markUpdated(InstrumentID, MarkPrice)
    case fundingSettled(FundingSettlement)
    /// Positive: the account paid; negative: it received.
    case fundingPaid(AccountID, InstrumentID, Money)
    case liquidation(LiquidationStep)
}
