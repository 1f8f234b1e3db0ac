/// What one portfolio requires under a `PortfolioMarginModel` at one spot: each scenario's profit or
/// loss, the scenario that binds, and the margins built from them.
public struct PortfolioMargin: Sendable, Hashable {
    /// The spot the portfolio was evaluated at.
    public var spot: Double
    /// The model's scenarios, in its order.
    public var scenarios: [PortfolioScenario]
    /// The portfolio's profit (positive) or loss (negative) in each scenario, in the quote currency.
    public var scenarioPnLs: [Double]
    /// The index of the scenario with the largest weighted loss (the first of equals); `nil` for an empty table.
    public var worstScenario: Int?
    /// The largest weighted loss, never below 0.
    public var scanRisk: Double
    /// The sum of every position's delta in coins (a perpetual's is its size).
    public var netDelta: Double
    /// min(sum of positive deltas, −sum of negative deltas): delta that offsets other delta.
    public var hedgedDelta: Double
    /// (net-delta rate × |net delta| + hedged-delta rate × hedged delta) × spot.
    public var minDeltaRisk: Double
    /// max(scan risk, min delta risk).
    public var initialMargin: Double
    /// The maintenance fraction of the initial margin.
    public var maintenanceMargin: Double

    /// The loss of scenario `index` times its weight; negative when the scenario is a profit.
    public func weightedLoss(at index: Int) -> Double { -scenarioPnLs[index] * scenarios[index].weight }
}
