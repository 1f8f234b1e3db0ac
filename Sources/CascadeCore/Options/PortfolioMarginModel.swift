#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every parameter of scenario-based portfolio margin in one value: the scenario table, how volatility
/// shocks scale with time to expiry, the minimum requirement on delta, and maintenance as a share of initial.
///
/// `paradex` is Paradex's published table (https://docs.paradex.trade/risk/portfolio-margin), the same
/// method as Deribit's portfolio margin (https://www.deribit.com/kb/portfolio-margin): the initial
/// margin is the worst weighted scenario loss ("scan risk") or the delta minimum, whichever is larger,
/// and maintenance is half of it. The fee provision Paradex adds is left out. Evaluation is
/// `evaluate(_:spot:)` (`PortfolioMarginModel+Evaluation.swift`).
public struct PortfolioMarginModel: Sendable, Hashable {
    /// The scenarios, each valued on every position; the order is the order of `PortfolioMargin.scenarioPnLs`.
    public var scenarios: [PortfolioScenario]
    /// The expiry at which a volatility shock applies unscaled, in days (30).
    public var referenceDays: Double
    /// Expiries shorter than this scale as if they had this many days (1), so a shock stays finite at expiry.
    public var minimumDays: Double
    /// The exponent p of (reference ÷ days)^p for options under `referenceDays` (0.30).
    public var shortExponent: Double
    /// The exponent p for options at or beyond `referenceDays` (0.13).
    public var longExponent: Double
    /// The share of |net delta| × spot required at least (0.02).
    public var netDeltaRate: Double
    /// The share of hedged delta × spot required at least (0.01): long and short delta that offset
    /// still carry basis and gap risk.
    public var hedgedDeltaRate: Double
    /// Maintenance margin as a share of initial margin (0.5).
    public var maintenanceFraction: Double

    /// A model with these parameters; nothing is checked here (a spot shock at or below −1 gives NaN
    /// figures, never a trap).
    public init(
        scenarios: [PortfolioScenario], referenceDays: Double = 30, minimumDays: Double = 1,
        shortExponent: Double = 0.30, longExponent: Double = 0.13, netDeltaRate: Double = 0.02,
        hedgedDeltaRate: Double = 0.01, maintenanceFraction: Double = 0.5
    ) {
        self.scenarios = scenarios
        self.referenceDays = referenceDays
        self.minimumDays = minimumDays
        self.shortExponent = shortExponent
        self.longExponent = longExponent
        self.netDeltaRate = netDeltaRate
        self.hedgedDeltaRate = hedgedDeltaRate
        self.maintenanceFraction = maintenanceFraction
    }

    /// Paradex's core spot moves: ±16, ±12, ±8, ±4% and 0.
    public static let paradexSpotShocks: [Double] = [-0.16, -0.12, -0.08, -0.04, 0, 0.04, 0.08, 0.12, 0.16]

    /// Paradex's volatility-up shock, +40%, on every scenario.
    public static let paradexVolUp = 0.40
    /// Paradex's volatility-down shock, −22%, on the core moves but ±16%.
    public static let paradexVolDown = -0.22

    /// Paradex's extended spot moves with the weight of their loss, all at the volatility-up shock.
    public static let paradexExtendedShocks: [(spotShock: Double, weight: Double)] = [
        (-0.66, 0.24), (-0.33, 0.48), (0.5, 0.32), (1, 0.16), (2, 0.08), (3, 0.0533), (4, 0.04), (5, 0.032),
    ]

    /// Paradex's 24 scenarios: 16 core ones at full weight, then the 8 extended moves.
    public static let paradex = PortfolioMarginModel(scenarios: scenarioTable())

    /// A table in Paradex's shape: each core spot move with `volUp`, and with `volDown` except at the
    /// largest moves (|move| equal to the largest), all at weight 1; then each extended move with
    /// `volUp` at its weight. The defaults give Paradex's table (scenarios 1–24).
    public static func scenarioTable(
        spotShocks: [Double] = paradexSpotShocks, volUp: Double = paradexVolUp, volDown: Double = paradexVolDown,
        extended: [(spotShock: Double, weight: Double)] = paradexExtendedShocks
    ) -> [PortfolioScenario] {
        let largest = spotShocks.map(abs).max() ?? 0
        var table: [PortfolioScenario] = []
        for shock in spotShocks {
            table.append(PortfolioScenario(spotShock: shock, volShock: volUp, weight: 1))
            if abs(shock) < largest { table.append(PortfolioScenario(spotShock: shock, volShock: volDown, weight: 1)) }
        }
        for (shock, weight) in extended {
            table.append(PortfolioScenario(spotShock: shock, volShock: volUp, weight: weight))
        }
        return table
    }

    /// The factor (reference ÷ max(minimum, days))^p a volatility shock is multiplied by for an option
    /// with `days` to expiry: short-dated volatility moves more than long-dated.
    public func volShockScale(days: Double) -> Double {
        let exponent = days < referenceDays ? shortExponent : longExponent
        return pow(referenceDays / max(minimumDays, days), exponent)
    }
}
