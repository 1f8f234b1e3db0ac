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
    /// Buy or sell: toward zero for a position, against net delta for the perpetual hedge.
    public var side: Side
    /// What the step asked for.
    public var quantity: Quantity
    /// What the book filled within `limit`.
    public var filled: Quantity
    /// The worst price the order accepted: the valuation widened by the slippage tolerance.
    public var limit: Price
    /// The spot move of the traded underlying's binding scenario before the step (−0.16 is −16%).
    public var spotShock: Double
    /// The volatility shock of that scenario (0.4 is +40%, before scaling by time to expiry).
    public var volShock: Double
    /// Equity of the asset's cross positions before the step.
    public var equityBefore: Money
    /// Maintenance margin of the asset's cross positions before the step.
    public var maintenanceBefore: Money
    /// Equity after the step's fills.
    public var equityAfter: Money
    /// Maintenance margin after the step's fills.
    public var maintenanceAfter: Money
}
