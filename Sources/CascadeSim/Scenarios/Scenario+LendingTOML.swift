import CascadeCore
import TOMLInput

extension Scenario {
    /// Reads `[lending]`:
    ///
    /// ```toml
    /// [lending]
    /// mode = "auction"                 # auction (Maker) or fixed-bonus (Aave)
    /// oracle_delay = "1h"              # protocol price lag (Maker's OSM); default none
    /// liquidation_ratio = 1.5          # Maker's mat: loan-to-value and threshold 1 ÷ it; default Aave's
    /// supply = 50000000                # whole USDC lent at the start
    /// borrowers = 300                  # 0–20000
    /// keepers = 6                      # 0–100
    /// keeper_capital = 3000000         # whole USDC each
    /// keeper_latency = "30s"           # average reaction time
    /// keeper_profit = 0.02             # discount to the index a keeper needs to bid
    /// spot_depth = 20000000            # USD traded on spot that moves the price 1%
    /// ```
    static func lending(_ section: TOMLSection, symbols: [String]) throws(ScenarioError) -> LendingSetup {
        try section.expectOnly([
            "mode", "oracle_delay", "liquidation_ratio", "supply", "borrowers", "keepers", "keeper_capital",
            "keeper_latency",
            "keeper_profit", "spot_depth",
        ])
        guard LendingSetup.vaultType(markets: symbols) != nil else {
            throw section.error("lending needs ETH-PERP or BTC-PERP among the scenario's markets (its price source)")
        }
        var setup = LendingSetup()
        if let mode = try section.string("mode") {
            guard let value = LendingLiquidationMode(rawValue: mode) else {
                throw section.error(
                    "mode must be auction or fixed-bonus, got \"\(mode.escapingNonPrintable())\"", key: "mode")
            }
            setup.mode = value
        }
        if let delay = try section.duration("oracle_delay") { setup.oracleDelay = delay }
        if let ratio = try section.double("liquidation_ratio", in: 1.01...10) { setup.liquidationRatio = ratio }
        if let value = try section.int("supply", in: 0...1_000_000_000) { setup.supply = Int64(value) }
        if let value = try section.int("borrowers", in: 0...20_000) { setup.borrowers = value }
        if let value = try section.int("keepers", in: 0...100) { setup.keepers = value }
        if let value = try section.int("keeper_capital", in: 0...1_000_000_000) { setup.keeperCapital = Int64(value) }
        if let latency = try section.duration("keeper_latency", positive: true) { setup.keeperLatency = latency }
        if let value = try section.double("keeper_profit", in: 0...0.9) { setup.keeperProfit = value }
        if let value = try section.double("spot_depth", in: 10_000...1_000_000_000_000) { setup.spotDepth = value }
        return setup
    }
}
