import CascadeCore

/// A scenario's lending market and the agents around it (TOML `[lending]`).
public struct LendingSetup: Sendable, Hashable {
    /// How unsafe vaults are liquidated: Maker's auctions or Aave's fixed bonus.
    public var mode = LendingLiquidationMode.auction
    /// The protocol price's lag behind the index (Maker's oracle security module: 1 h); 0 for none.
    public var oracleDelay: SimTime = 0
    /// Maker's liquidation ratio (`mat`: 150% for ETH-A in March 2020, 175% for ETH-C): every vault type's
    /// loan-to-value limit and liquidation threshold become 1 ÷ it, as Maker has one ratio for both;
    /// `nil` keeps the reference's Aave-like limits. With a one-hour oracle lag a 45% crash outruns
    /// thresholds of 80% or more (a vault looks safe at the old price while its collateral is worth
    /// less than its debt), so the crash scenarios use Maker's ratio.
    public var liquidationRatio: Double?
    /// Whole USDC the suppliers lend at the start.
    public var supply: Int64 = 50_000_000
    /// Accounts that borrow against collateral; a quarter of them loop (borrow, buy, deposit again).
    var borrowers = 300
    /// Accounts that liquidate: bark and bid in auctions, or repay for the bonus.
    var keepers = 6
    /// Whole USDC each keeper starts with.
    var keeperCapital: Int64 = 3_000_000
    /// How long a keeper takes to react, on average (before the market's crash multiplier); a lesson
    /// shortens it so the keepers bark its vault within minutes.
    public var keeperLatency: SimTime = 30 * .second
    /// The discount to the index a keeper needs before it bids (its costs and profit).
    var keeperProfit = 0.02
    /// Dollars traded on the spot venues that move the price by 1%: how much keepers' resales and
    /// loopers' purchases push the oracle.
    var spotDepth = 20_000_000.0

    /// The market the dashboard lists when a scenario has no `[lending]` table, so the user can lend
    /// and borrow in every scenario: the reference pools with the default supply and two keepers, but
    /// no borrowers, so the scenario's own story stays as its file tells it.
    public static let background: LendingSetup = {
        var setup = LendingSetup()
        setup.borrowers = 0
        setup.keepers = 2
        return setup
    }()

    /// The exchange's lending rules for a scenario listing `markets`: the reference pools whose
    /// price source is listed, the vault types those pools serve, this mode, oracle delay and
    /// liquidation ratio.
    func rules(markets: [String]) -> LendingRules {
        var rules = LendingRules.reference
        rules.pools = rules.pools.filter { $0.priceSource.map(markets.contains) ?? true }
        let assets = rules.pools.map(\.asset)
        rules.vaultTypes = rules.vaultTypes.filter { assets.contains($0.collateral) && assets.contains($0.debt) }
        rules.liquidation = mode
        rules.oracleDelay = oracleDelay
        if let liquidationRatio {
            let limit = Rate(units: Int64((Double(Rate.one) / liquidationRatio).rounded(.down)))
            for type in rules.vaultTypes.indices {
                rules.vaultTypes[type].loanToValue = limit
                rules.vaultTypes[type].liquidationThreshold = limit
            }
        }
        return rules
    }

    /// The vault type the world's borrowers use: ETH-A when ETH-PERP is listed, else BTC-A; `nil`
    /// when neither is.
    static func vaultType(markets: [String]) -> (name: String, market: Int)? {
        if let market = markets.firstIndex(of: "ETH-PERP") { return ("ETH-A", market) }
        if let market = markets.firstIndex(of: "BTC-PERP") { return ("BTC-A", market) }
        return nil
    }
}
