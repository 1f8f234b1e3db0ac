extension Exchange {
    /// Left side minus right side of the ledger invariant for the asset at `index`; zero when the
    /// books balance, as they must after every event.
    ///
    /// Positions are valued at each market's valuation price; because every position in a market is
    /// marked at the same price and entry values are zero-sum fill by fill, unrealised PnL sums to
    /// exactly zero there, and the check is exact. Money in the lending market (pool cash, vault
    /// collateral, lots in auctions) counts as held.
    /// - Complexity: O(accounts × instruments).
    public func ledgerDiscrepancy(asset index: AssetID) -> Money {
        var held = Money.zero
        for account in accounts {
            held += account.wallets[index]
            for (instrument, position) in account.positions.open where instrumentAssets[instrument] == index {
                held += position.isolatedMargin + unrealized(position, markets[instrument])
            }
        }
        held += lending?.held(index) ?? .zero
        let ledger = ledgers[index]
        return held + ledger.pools - (ledger.deposits - ledger.withdrawals)
    }

    /// Every asset's discrepancy is zero, every instrument's position sizes sum to zero, and the
    /// lending pools' totals match their vaults, auctions and supply tokens.
    public var ledgerBalances: Bool {
        assets.indices.allSatisfy { ledgerDiscrepancy(asset: $0) == .zero }
            && markets.indices.allSatisfy { index in accounts.reduce(0) { $0 + $1.positions[index].size } == 0 }
            && lending?.claimsBalance != false
    }
}
