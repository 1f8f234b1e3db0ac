extension MarginTierTable {
    /// The table with tier 1's maintenance rate moved to `rate` and every tier scaled by the same
    /// factor: each rate × rate ÷ tier-1 rate (rounded up, at most 100%), each maximum leverage ×
    /// tier-1 rate ÷ rate (rounded down, at least 1), so initial margin at maximum leverage moves with
    /// maintenance; maintenance amounts follow the recurrence again, so margin stays continuous.
    /// Scaling keeps the rates rising and the leverages falling from tier to tier.
    /// - Complexity: O(tiers); run when a requirement changes, never per command.
    func scaled(firstRate rate: Rate) -> MarginTierTable {
        let base = Int128(tiers[0].maintenanceRate.units)
        let target = Int128(Swift.max(1, Swift.min(rate.units, Rate.one)))
        guard target != base else { return self }
        let brackets = tiers.map { tier in
            let scaled = (Int128(tier.maintenanceRate.units) * target).divided(by: base, rounding: .up)!
            let leverage = Int128(tier.maxLeverage) * base / target
            return (
                floor: tier.floor, cap: tier.cap, rate: Rate(units: Int64(Swift.min(scaled, Int128(Rate.one)))),
                maxLeverage: Int(Swift.max(1, Swift.min(leverage, Int128(tier.maxLeverage))))
            )
        }
        return (try? MarginTierTable(brackets: brackets)) ?? self
    }
}
