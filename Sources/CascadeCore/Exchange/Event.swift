/// One side of a trade as its account sees it, with what it did to money and position.
public struct Fill: Sendable, Hashable {
    /// The account whose side of the trade this is.
    public var account: AccountID
    /// Where the trade happened; amounts below are in that instrument's settlement asset.
    public var instrument: InstrumentID
    /// The exchange's id of this account's order in the trade.
    public var order: OrderID
    /// The sender's id for the order; `nil` for the liquidation engine's own orders.
    public var clientOrderID: ClientOrderID?
    /// This account's side: a buy adds lots to its position, a sell takes them away.
    public var side: Side
    /// Trade price in ticks: always the maker's resting price.
    public var price: Price
    /// Lots filled, always positive.
    public var quantity: Quantity
    /// Whether this side was resting (maker fee, possibly a rebate) rather than taking liquidity.
    public var isMaker: Bool
    /// Positive when paid, negative for a rebate.
    public var fee: Money
    /// PnL the fill realised by reducing the position; zero when it only opened or grew it.
    public var realizedPnL: Money
    /// The position's signed size after the fill.
    public var positionSize: Int64
}

/// A settlement of funding for one instrument.
public struct FundingSettlement: Sendable, Hashable {
    /// The instrument whose funding period settled.
    public var instrument: InstrumentID
    /// The rate for the full funding interval (8 hours).
    public var rate: Rate
    /// What this settlement charged: `rate` pro rata for the settlement period.
    public var chargedRate: Rate
    /// Mean premium of the period's samples, the formula's input; zero without samples.
    public var averagePremium: Rate
    /// Premium samples taken in the period; 0 means the period paid no funding.
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
    case crossMarginModelSet(AccountID, Asset, CrossMarginModel)
    case isolatedMarginAdjusted(AccountID, InstrumentID, Money)
    case indexUpdated(InstrumentID, IndexPrice)
    case markUpdated(InstrumentID, MarkPrice)
    case fundingSettled(FundingSettlement)
    /// Positive: the account paid; negative: it received.
    case fundingPaid(AccountID, InstrumentID, Money)
    case liquidation(LiquidationStep)
    /// A new option was listed (its terms are on `Exchange.instrument(_:)`).
    case optionListed(InstrumentID)
    /// An expiry settled one account's position in an option.
    case optionSettled(OptionSettlement)
    /// An option expired: the index average it settled on and its value per contract, in ticks.
    case optionExpired(InstrumentID, settlementIndex: Price, value: Price)
    /// What the lending market did.
    case lending(LendingEvent)
    /// An instrument's margin model announced a rise of its maintenance rates, or a change took effect.
    case marginRequirement(MarginRequirementChange)
}
