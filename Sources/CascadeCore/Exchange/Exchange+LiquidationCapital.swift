extension Exchange {
    /// Puts the configured starting capital in the insurance funds and the backstop vault; both count
    /// as deposits, so the ledger balances from the start. With per-contract funds each instrument's
    /// pool gets the fund's amount and the shared funds start empty.
    mutating func seedLiquidationCapital() {
        let rules = configuration.liquidation
        // Whole units per asset, capped at a sixteenth of Int64's range (BTC's units are fine).
        func amount(_ whole: Int64, _ asset: Asset) -> Money {
            let (units, overflow) = whole.multipliedReportingOverflow(by: asset.unitsPerWhole)
            return Money(units: overflow ? Int64.max / 16 : Swift.min(units, Int64.max / 16))
        }
        for (index, asset) in zip(assets.indices, assets) {
            let pools = rules.perContractFunds ? markets.indices.filter { assetID(of: $0) == index } : []
            // Every pool of the asset fits the same cap together.
            let cap = Int64.max / 16 / Int64(Swift.max(1, pools.count))
            let fund = Money(units: Swift.min(amount(rules.insuranceFundWholeUnits, asset).units, cap))
            for pool in pools { contractFunds[pool] = fund }
            let seeded = rules.perContractFunds ? Money(units: fund.units * Int64(pools.count)) : fund
            ledgers[index].insuranceFund += seeded
            ledgers[index].deposits += seeded
            let capital = amount(rules.backstopCapitalWholeUnits, asset)
            // No vault where no instrument's style has one: its account is then the fund's engine.
            let vault = liquidationStyles.contains { $0.usesBackstopVault }
            if capital.units > 0, vault, ensureAccount(rules.backstopAccount) {
                accounts[rules.backstopAccount].wallets[index] += capital
                ledgers[index].deposits += capital
            }
        }
    }

    /// The fund floor below which the fund-backed styles stop paying and deleverage instead.
    func fundFloor(_ fund: InsuranceFundID) -> Money {
        let whole = configuration.liquidation.fundFloorWholeUnits
        let (units, overflow) = whole.multipliedReportingOverflow(by: assets[fund.asset].unitsPerWhole)
        return Money(units: overflow || units > Int64.max / 16 ? Int64.max / 16 : units)
    }
}
