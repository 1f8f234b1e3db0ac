extension Exchange {
    /// Puts the configured starting capital in the insurance funds and the backstop vault; both count
    /// as deposits, so the ledger balances from the start.
    mutating func seedLiquidationCapital() {
        let rules = configuration.liquidation
        // Whole units per asset, capped at a sixteenth of Int64's range (BTC's units are fine).
        func amount(_ whole: Int64, _ asset: Asset) -> Money {
            let (units, overflow) = whole.multipliedReportingOverflow(by: asset.unitsPerWhole)
            return Money(units: overflow ? Int64.max / 16 : Swift.min(units, Int64.max / 16))
        }
        for (index, asset) in zip(assets.indices, assets) {
            let fund = amount(rules.insuranceFundWholeUnits, asset)
            ledgers[index].insuranceFund += fund
            ledgers[index].deposits += fund
            let capital = amount(rules.backstopCapitalWholeUnits, asset)
            if capital.units > 0, ensureAccount(rules.backstopAccount) {
                accounts[rules.backstopAccount].wallets[index] += capital
                ledgers[index].deposits += capital
            }
        }
    }
}
