/// One step of an algorithmic position reduction: which position it traded, why, and what the
/// portfolio required before and after.
public struct PortfolioReductionStep: Sendable, Hashable {
    /// The account being reduced.
    public var account: AccountID
    /// The settlement asset whose cross margin fell short.
    public var asset: AssetID
    /// The instrument traded: an option or the underlying's perpetual.
    public var instrument: InstrumentID
    /// The step's immediate-or-cancel order, sent like any liquidation order.
    public var order: OrderID
    public var side: Side
    /// What the step asked for, and what the book filled within `limit`.
    public var quantity: Quantity
    public var filled: Quantity
    /// The worst price the order accepted: the valuation widened by the slippage tolerance.
    public var limit: Price
    /// The binding scenario of the traded underlying before the step: its spot move and volatility
    /// shock, as fractions (−0.16 and 0.4).
    public var spotShock: Double
    public var volShock: Double
    /// Equity and maintenance margin of the asset's cross positions before and after the step.
    public var equityBefore: Money
    public var maintenanceBefore: Money
    public var equityAfter: Money
    public var maintenanceAfter: Money
}
