/// One bracket of a maintenance-margin table ("leverage bracket" on Binance, "risk limit" on Bybit,
/// "margin tier" on Hyperliquid): positions whose notional lies in `floor..<cap` pay `maintenanceRate`
/// on their notional, less `maintenanceAmount`, and may use at most `maxLeverage`.
public struct MarginTier: Sendable, Hashable {
    /// Lowest notional of the tier, in the settlement asset.
    public var floor: Money
    /// Notional at which the next tier starts.
    public var cap: Money
    /// Maintenance margin rate (MMR) on the whole notional, before the `maintenanceAmount` deduction.
    public var maintenanceRate: Rate
    /// Highest leverage a position in this tier may use; the exchange refuses a leverage or order above it.
    public var maxLeverage: Int
    /// The "cum" deduction that keeps maintenance margin continuous across tier boundaries:
    /// cum(n) = cum(n−1) + floor(n) × (MMR(n) − MMR(n−1)).
    public var maintenanceAmount: Money

    /// A tier as given, unchecked: `MarginTierTable` validates tiers together (contiguity, the cum recurrence).
    public init(floor: Money, cap: Money, maintenanceRate: Rate, maxLeverage: Int, maintenanceAmount: Money) {
        self.floor = floor
        self.cap = cap
        self.maintenanceRate = maintenanceRate
        self.maxLeverage = maxLeverage
        self.maintenanceAmount = maintenanceAmount
    }

    /// Maintenance margin of a position of `notional` in this tier: notional × MMR − cum, rounded up.
    public func maintenanceMargin(notional: Money) -> Money {
        maintenanceRate.of(notional, rounding: .up) - maintenanceAmount
    }
}
