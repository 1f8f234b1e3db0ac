/// Whose rules a liquidation follows once the book is reached: the waterfall of layers that take a
/// position the trader can no longer hold. Set per instrument (`LiquidationRules.style`,
/// `LiquidationRules.styleBySymbol`); read once per liquidation step, so it costs nothing on the
/// matching path.
public enum LiquidationStyle: String, Sendable, Hashable, CaseIterable, Codable {
    /// Book orders within the slippage bound around the bankruptcy price, then the backstop vault,
    /// then ADL; the insurance fund only settles what is left when the scope is flat
    /// (https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations).
    case hyperliquid
    /// One IOC order to the book at the bankruptcy price or worse, as far as the insurance fund can pay
    /// the difference; the fund keeps the surplus of better fills; ADL only for what it cannot cover
    /// (Binance Futures liquidation protocol, as documented at
    /// https://docs.traderwagon.com/faq/futures-trading-introduction/liquidation-protocol).
    case binance
    /// As Binance, but ADL also starts when the pool would fall below its floor, and each contract may
    /// have its own pool (Bybit help centre, Insurance Fund and Auto-Deleveraging,
    /// https://help.bybit.com/hc/en-us/articles/900000031623).
    case bybit
    /// The liquidation engine takes the whole position over at the bankruptcy price and works it
    /// through the book; its gains and losses land in the insurance fund; ADL when the fund cannot
    /// absorb the rest (https://www.bitmex.com/app/liquidation ,
    /// https://blog.bitmex.com/bitmex-insurance-fund-your-questions-answered/).
    case bitmex
    /// An IOC order bounded by the fillable price (a slippage bound that widens as the account sinks
    /// below maintenance); the fund pays fills beyond bankruptcy up to a limit per liquidation and
    /// takes at most the liquidation fee of better ones; then deleveraging against the most profitable
    /// opposite positions (dYdX v4 `x/clob/keeper/liquidations.go`,
    /// https://help.dydx.trade/en/articles/166973-contract-loss-mechanisms-on-dydx-chain).
    case dydx

    /// The names a scenario or a flag accepts, in the order help lists them.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether what the book cannot take goes to the backstop vault before ADL (Hyperliquid's HLP
    /// liquidator); the other styles have no vault and lean on the insurance fund instead.
    public var usesBackstopVault: Bool { self == .hyperliquid }

    /// The venue as people write it, for the header and the explain panel.
    public var venue: String {
        switch self {
        case .hyperliquid: "Hyperliquid"
        case .binance: "Binance"
        case .bybit: "Bybit"
        case .bitmex: "BitMEX"
        case .dydx: "dYdX"
        }
    }

    /// The waterfall in one line: the layers in the order they are tried.
    public var waterfall: String {
        switch self {
        case .hyperliquid: "book within 1% of bankruptcy → backstop vault → ADL"
        case .binance: "book at bankruptcy or worse, fund pays the gap → ADL"
        case .bybit: "book at bankruptcy or worse, pool pays down to its floor → ADL"
        case .bitmex: "fund takes over at bankruptcy, works it in the book → ADL"
        case .dydx: "book to the fillable price, fund pays up to its limit → deleveraging"
        }
    }
}
