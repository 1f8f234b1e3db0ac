/// How the exchange liquidates (defaults modelled on Binance, Hyperliquid and dYdX; see
/// shared/reference/exchange-mechanics.md §5–7).
public struct LiquidationRules: Sendable, Hashable {
    /// Simulated delay between a breach and the first liquidation step: what a slow engine costs.
    public var latency: SimTime = 0
    /// Liquidation orders may fill at most this far beyond the bankruptcy price; what the book cannot
    /// absorb within it goes to the backstop (dYdX bounds its liquidation orders the same way).
    var slippageTolerance = Rate(units: 1_000_000)
    /// An option's liquidation order may fill at most this far from its valuation price (at least a
    /// tick): option books are thin and their prices small, so the bound is wider than a perpetual's.
    var optionSlippage = Rate(units: 10_000_000)
    /// Positions above this notional, in whole units of their settlement asset, close in steps
    /// (Hyperliquid: 100,000 USDC).
    var partialAboveWholeUnits: Int64 = 100_000
    /// Share of the position each partial step closes (Hyperliquid: 20%).
    var partialFraction = Rate(units: 20_000_000)
    /// Wait between partial steps of one account (Hyperliquid: 30 s).
    public var cooldown: SimTime = 30 * .second
    /// An account whose equity is below this share of maintenance margin goes straight to the
    /// backstop (Hyperliquid: two thirds).
    var backstopBelow = Rate(units: 66_666_667)
    /// The account that is the backstop liquidity vault (Hyperliquid's HLP liquidator), and under the
    /// fund-backed styles the liquidation engine's account, which holds what the insurance fund took
    /// over. Account 0 is kept for it; traders use ids from 1.
    public var backstopAccount = AccountID(0)
    /// Starting capital of the backstop vault, per settlement asset in whole units.
    public var backstopCapitalWholeUnits: Int64 = 0
    /// Starting insurance fund, per settlement asset in whole units (and per contract pool, with
    /// `perContractFunds`).
    public var insuranceFundWholeUnits: Int64 = 0
    /// The waterfall every instrument follows unless `styleBySymbol` names it.
    public var style = LiquidationStyle.hyperliquid
    /// Per-instrument styles by symbol, read once when the exchange is made.
    public var styleBySymbol: [String: LiquidationStyle] = [:]
    /// Under the fund-backed styles, ADL starts when paying a fill would take the fund below this, in
    /// whole units (Bybit's pools trigger ADL at a floor; 0 means when it runs dry).
    public var fundFloorWholeUnits: Int64 = 0
    /// Each instrument gets its own insurance pool of `insuranceFundWholeUnits` instead of sharing its
    /// asset's (Bybit isolates some contracts' pools).
    public var perContractFunds = false
    /// dYdX: the most the fund pays for one liquidation's fills beyond bankruptcy, in whole units
    /// (dYdX's per-block cap on insurance-fund losses, `MaxCumulativeInsuranceFundDelta`, 1,000,000 USDC).
    public var fundLossLimitWholeUnits: Int64 = 1_000_000
    /// How often the liquidation engine works the positions the fund took over (BitMEX, Binance,
    /// Bybit styles) through the book.
    public var engineInterval: SimTime = .second
    /// dYdX: the spread-to-maintenance-margin ratio of the fillable price (genesis value 1.5).
    public var spreadToMaintenance = Rate(units: 150_000_000)
    /// dYdX: the most the fund takes of a better fill's surplus, as a share of its notional
    /// (maximum liquidation fee, 1.5%); the rest stays with the trader.
    public var maximumLiquidationFee = Rate(units: 1_500_000)

    /// The reference rules: no latency, positions above 100,000 whole units closed in 20% steps 30 s apart,
    /// the backstop as account 0, and no seeded backstop capital or insurance fund.
    public init() {}
}
