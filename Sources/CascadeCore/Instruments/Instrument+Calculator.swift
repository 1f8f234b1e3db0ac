extension Instrument {
    /// The settlement asset of a calculator instrument: USDC with enough decimals that a tick-lot of
    /// the calculator's grid is a whole unit (linear), or BTC (inverse). `nil` past 12 decimals.
    public static func calculatorAsset(kind: ContractKind, priceDecimals: Int, sizeDecimals: Int) -> Asset? {
        switch kind {
        case .linear:
            let scale = Swift.max(Asset.usdc.scale, priceDecimals + extraPriceDecimals + sizeDecimals)
            return scale <= 12 ? Asset(symbol: "USDC", scale: scale, displayPlaces: 2) : nil
        case .inverse:
            return .btc
        }
    }

    /// An instrument for the margin calculator, on a grid fine enough for the numbers given: prices to
    /// two more places than the inputs (so solved prices keep two more digits), sizes to
    /// `sizeDecimals` places (inverse: USD contracts), settling in `asset` from `calculatorAsset`.
    public static func calculator(
        kind: ContractKind, asset: Asset, priceDecimals: Int, sizeDecimals: Int, tiers: MarginTierTable,
        feeRate: Rate
    ) -> Instrument? {
        guard let tick = DecimalStep(units: 1, scale: priceDecimals + extraPriceDecimals),
            let lot = DecimalStep(units: 1, scale: sizeDecimals)
        else { return nil }
        return Instrument(
            symbol: kind == .linear ? "LINEAR" : "INVERSE", kind: kind, settlementAsset: asset, tickSize: tick,
            lotSize: lot, makerFee: feeRate, takerFee: feeRate, tiers: tiers)
    }

    private static let extraPriceDecimals = 2
}

extension MarginTierTable {
    /// The same table with every amount moved from `source`'s scale to `target`'s (a finer scale only).
    public func converted(from source: Asset, to target: Asset) -> MarginTierTable {
        let factor = Int64(Int128(1).scaled(by: Swift.max(0, target.scale - source.scale))!)
        func convert(_ money: Money) -> Money {
            money.units == .max ? money : Money(units: money.units.multipliedReportingOverflow(by: factor).overflow ? .max : money.units * factor)
        }
        return MarginTierTable(
            unchecked: tiers.map {
                MarginTier(
                    floor: convert($0.floor), cap: convert($0.cap), maintenanceRate: $0.maintenanceRate,
                    maxLeverage: $0.maxLeverage, maintenanceAmount: convert($0.maintenanceAmount))
            })
    }
}
