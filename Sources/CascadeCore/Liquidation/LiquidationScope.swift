/// What one liquidation covers: an isolated position alone, or every cross position of an account
/// in one settlement asset (with that asset's wallet behind them).
public enum LiquidationScope: Sendable, Hashable {
    case isolated(InstrumentID)
    case cross(asset: AssetID)
}

/// One step of a liquidation, with the numbers that explain it.
public enum LiquidationStep: Sendable, Hashable {
    /// Equity fell to maintenance margin at this mark.
    case triggered(account: AccountID, scope: LiquidationScope, mark: Price, equity: Money, maintenance: Money)
    /// The scope is no longer liquidatable and the liquidation ends: a partial step brought it back
    /// above maintenance, or when its turn came (after the latency or a cooldown) the mark had come
    /// back, margin had been added, or the position had been closed (then both figures are zero).
    case averted(account: AccountID, scope: LiquidationScope, equity: Money, maintenance: Money)
    /// An immediate-or-cancel order sent to the book, its limit bounded by the slippage tolerance.
    case bookOrder(
        account: AccountID, instrument: InstrumentID, order: OrderID, side: Side, quantity: Quantity,
        limit: Price, bankruptcyPrice: Price)
    /// The backstop vault took over (part of) the position at the bankruptcy price.
    case backstopTakeover(account: AccountID, instrument: InstrumentID, quantity: Quantity, price: Price)
    /// An opposite position was closed against the liquidated one at the bankruptcy price.
    case autoDeleveraged(
        account: AccountID, counterparty: AccountID, instrument: InstrumentID, quantity: Quantity,
        price: Price)
    /// The liquidation engine took the position over at the bankruptcy price on the insurance fund's
    /// account (BitMEX style); what its book orders gain or lose lands in the fund.
    case fundTakeover(account: AccountID, instrument: InstrumentID, quantity: Quantity, price: Price)
    /// An insurance fund paid or was paid for this liquidation.
    case insuranceFund(FundPayment)
    /// A loss nothing could cover, recorded against the account.
    case badDebt(account: AccountID, asset: AssetID, amount: Money)
    /// One step of a portfolio account's position reduction: the order sent and what it did.
    case reduction(PortfolioReductionStep)
    /// The liquidation is over; `closedAll` is false when a partial step left the account healthy.
    case finished(account: AccountID, scope: LiquidationScope, closedAll: Bool)
}
