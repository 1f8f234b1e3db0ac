extension MarginTierTable {
    /// The same table with every amount moved from `source`'s scale to `target`'s (a finer scale only).
    func converted(from source: Asset, to target: Asset) -> MarginTierTable {
        let factor = Int64(Int128(1).scaled(by: Swift.max(0, target.scale - source.scale))!)
        func convert(_ money: Money) -> Money {
            money.units == .max
                ? money
                : Money(
                    units: money.units.multipliedReportingOverflow(by: factor).overflow ? .max : money.units * factor)
        }
        return MarginTierTable(
            unchecked: tiers.map {
                MarginTier(
                    floor: convert($0.floor), cap: convert($0.cap), maintenanceRate: $0.maintenanceRate,
                    maxLeverage: $0.maxLeverage, maintenanceAmount: convert($0.maintenanceAmount))
            })
    }
}
