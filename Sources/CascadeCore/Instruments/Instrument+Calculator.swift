extension Instrument {
    /// The settlement asset of a calculator instrument: USDC with enough decimals that a tick-lot of
    /// the calculator's grid is a whole unit (linear), or BTC (inverse). `nil` past 12 decimals.
    static func calculatorAsset(kind: ContractKind, priceDecimals: Int, sizeDecimals: Int) -> Asset? {
        switch kind {
        case .linear:
            let scale = Swift.max(Asset.usdc.scale, priceDecimals + extraPriceDecimals + sizeDecimals)
            return scale <= 12 ? Asset(symbol: "USDC", scale: scale, displayPlaces: 2) : nil
        case .inverse:
            // Contract value ÷ tick must be a whole number of BTC units.
            return Asset.btc.scale + priceDecimals + extraPriceDecimals - sizeDecimals >= 0 ? .btc : nil
        }
    }

    /// An instrument for the margin calculator, on a grid fine enough for the numbers given: prices to
    /// two more places than the inputs (so solved prices keep two more digits), sizes to
    /// `sizeDecimals` places (inverse: USD contracts), settling in `asset` from `calculatorAsset`.
    static func calculator(
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
