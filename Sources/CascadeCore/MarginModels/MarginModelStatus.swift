/// What an instrument's margin model shows: the rates in force, an announced rise and the estimate
/// behind them, for the header, the explain panel and run summaries.
public struct MarginModelStatus: Sendable, Hashable {
    /// The model that runs.
    public var kind: MarginModelKind
    /// Its settings, clamped into range (`static` shows the defaults).
    public var parameters: MarginModelParameters
    /// Tier 1's maintenance rate in force.
    public var maintenanceRate: Rate
    /// Twice `maintenanceRate`: initial margin at tier 1's maximum leverage, by Hyperliquid's
    /// convention (maintenance is half the initial margin at max leverage).
    public var initialRate: Rate
    /// A rise announced and not yet in effect.
    public var pending: MarginRequirementChange?
    /// Lowest and highest tier-1 rate the model may set (both the tier-1 rate for `static`).
    public var floor: Rate
    /// See `floor`.
    public var ceiling: Rate
    /// Forecast volatility of one sample interval's return; `nil` for `static`.
    public var volatility: Double?
    /// Forecast volatility over the liquidation horizon, σ × √(h ÷ Δ); `nil` for `static`.
    public var horizonVolatility: Double?
    /// z(confidence): 2.326348 at 99%.
    public var z: Double?
    /// The predictive add-on of the last review (0 for the other models).
    public var addOn: Double
    /// The tier-1 rate the model asks for now, before its rules: max(floor, z × σ over the horizon),
    /// times (1 + `addOn`) for `predictive`, at most the ceiling, rounded up (`maintenanceRate` for
    /// `static`).
    public var target: Rate
    /// `target` with the anti-procyclical buffer on top, rounded up, at most the ceiling: the rate
    /// the model builds up to while the target is not rising (`target` without a buffer).
    public var bufferedTarget: Rate
    /// Changes that took effect so far.
    public var changes: Int
    /// The highest tier-1 rate in force so far.
    public var highestMaintenanceRate: Rate
}
