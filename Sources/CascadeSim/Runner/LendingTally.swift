import CascadeCore

/// The lending market's activity over a run, for the summary.
struct LendingTally: Sendable {
    var auctionsStarted = 0
    var auctionsReset = 0
    var takes = 0
    var fixedBonusLiquidations = 0
    /// Dollars bidders paid in takes, and what the collateral was worth at the index then.
    var paid = 0.0
    var marketValue = 0.0

    mutating func record(_ event: LendingEvent, _ exchange: Exchange) {
        switch event {
        case .auctionStarted: auctionsStarted += 1
        case .auctionReset: auctionsReset += 1
        case .liquidated: fixedBonusLiquidations += 1
        case .auctionTaken(_, _, let take, _, _):
            takes += 1
            guard let lending = exchange.lending, let type = lending.rules.vaultTypes.first,
                let source = lending.rules.pools.first(where: { $0.asset == type.collateral })?.priceSource,
                let instrument = exchange.instrumentID(source), let index = exchange.index(instrument)?.price
            else { return }
            let tick = exchange.instrument(instrument).tickSize.doubleValue
            paid += Double(take.owe.units) / Double(type.debt.unitsPerWhole)
            marketValue +=
                Double(take.slice.units) / Double(type.collateral.unitsPerWhole) * Double(index.ticks) * tick
        default: break
        }
    }

    /// The lending figures of the summary, from the tally and the market's end state.
    func summary(_ exchange: Exchange) -> RunSummary.Lending? {
        guard let lending = exchange.lending else { return nil }
        let pool = lending.pools[0]
        let usdc = Double(Asset.usdc.unitsPerWhole)
        return RunSummary.Lending(
            mode: lending.rules.liquidation.rawValue, vaults: lending.vaults.count, auctionsStarted: auctionsStarted,
            auctionsReset: auctionsReset, takes: takes, priceToMarket: marketValue > 0 ? paid / marketValue : nil,
            fixedBonusLiquidations: fixedBonusLiquidations, badDebt: Double(pool.badDebt.units) / usdc,
            surplusBuffer: Double(pool.reserves.units) / usdc,
            keeperIncentives: Double(lending.keeperIncentives.units) / usdc,
            unsafeAtEnd: lending.unsafeCount, auctionsRunning: lending.auctions.count)
    }
}
