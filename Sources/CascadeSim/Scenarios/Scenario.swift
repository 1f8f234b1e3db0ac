import CascadeCore

/// A world to run: its markets, its population, its money and a timeline of events.
///
/// Scenarios are data: TOML files (see `Scenarios/Library` for the ones that ship, and
/// `Scenario+TOML.swift` for the format), so users can write their own.
public struct Scenario: Sendable, Hashable {
    public var name: String
    public var description: String
    /// How long `cascade run` runs when no `--duration` is given.
    public var duration: SimTime = 6 * .hour
    public var markets: [MarketSetup] = [MarketSetup(symbol: "BTC-PERP", price: 64_000)]
    public var population = PopulationSetup()
    /// The user's starting balance, whole USDC.
    public var userBalance: Int64 = 10_000
    /// Starting insurance fund and backstop vault capital, whole units of each settlement asset.
    public var insuranceFund: Int64 = 250_000
    public var backstopCapital: Int64 = 2_000_000
    public var liquidationLatency: SimTime = 0
    /// The `[liquidation]` table: the waterfall style and the insurance fund's rules.
    public var liquidation = LiquidationSetup()
    /// How often funding is paid, pro rata of the 8-hour rate (Binance: 8 h, Hyperliquid: 1 h).
    public var fundingEvery: SimTime = 8 * .hour
    public var events: [ScenarioEvent] = []

    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }
}

/// One traded market: which instrument, where its fundamental price starts and how it moves.
public struct MarketSetup: Sendable, Hashable {
    public var symbol: String
    /// Starting fundamental price in USD.
    public var price: Double
    public var process = FundamentalProcess.Parameters()
    /// Spot venues quoting it (1–5).
    public var venues = 4
    /// Share of the population that trades this market.
    public var share = 1.0
    /// This market's own liquidation style; `nil` follows the scenario's.
    public var liquidationStyle: LiquidationStyle?

    public init(symbol: String, price: Double) {
        self.symbol = symbol
        self.price = price
    }
}

/// How many agents of each kind, in total over all markets.
public struct PopulationSetup: Sendable, Hashable {
    public var marketMakers = 6
    public var noiseTraders = 40
    public var momentumTraders = 25
    public var valueTraders = 20
    public var retailTraders = 3_000
    public var whales = 3
    public var arbitrageurs = 4

    public init() {}

    public var total: Int {
        marketMakers + noiseTraders + momentumTraders + valueTraders + retailTraders + whales + arbitrageurs
    }
}

/// Something that happens at a time: a price shock, changed conditions (for a while, or until
/// changed again), a venue going stale, a whale's order.
public struct ScenarioEvent: Sendable, Hashable {
    public var at: SimTime
    /// Index into `Scenario.markets`.
    public var market = 0
    /// After this long, the conditions it changed go back to what they were.
    public var duration: SimTime?
    /// Moves the fundamental by this fraction over `shockOver`.
    public var shock: Double?
    public var shockOver: SimTime = 5 * .minute
    public var conditions = ConditionChange()
    public var venue: Int?
    public var venueState: SpotVenue.State?
    public var whale: WhaleOrder?

    public init(at: SimTime) { self.at = at }
}

/// Changes to a market's conditions; `nil` leaves one as it is.
public struct ConditionChange: Sendable, Hashable {
    public var volatility: Double?
    public var makerSize: Double?
    public var makerSpread: Double?
    public var makerPresence: Double?
    public var longBias: Double?
    public var activity: Double?
    public var premium: Double?

    public init() {}
}

/// A whale told to open a position: side, notional in USD and leverage.
public struct WhaleOrder: Sendable, Hashable {
    public var side: Side
    public var notional: Double
    public var leverage: Int
}

/// How a scenario's exchange liquidates: the waterfall style of its markets and its insurance
/// funds' rules (`[liquidation]` in a scenario file).
public struct LiquidationSetup: Sendable, Hashable {
    /// Every market's waterfall unless its `liquidation_style` says otherwise.
    public var style = LiquidationStyle.hyperliquid
    /// Whole units below which a fund stops paying and ADL starts (Bybit's floor).
    public var fundFloor: Int64 = 0
    /// One insurance pool per contract instead of one per settlement asset (Bybit).
    public var perContractFunds = false
    /// dYdX style: the most the fund pays for one liquidation, whole units.
    public var fundLossLimit: Int64 = 1_000_000

    /// Hyperliquid's waterfall with the defaults above.
    public init() {}
}
