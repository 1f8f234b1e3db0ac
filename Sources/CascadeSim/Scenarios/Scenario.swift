import CascadeCore

/// A world to run: its markets, its population, its money and a timeline of events.
///
/// Scenarios are data: TOML files (see `Scenarios/Library` for the ones that ship, and
/// `Scenario+TOML.swift` for the format), so users can write their own.
public struct Scenario: Sendable, Hashable {
    /// What the scenario is called: its built-in name or the TOML's `name`, echoed in the run summary.
    public var name: String
    /// One line on what happens in it, for `cascade scenarios`.
    public var description: String
    /// How long `cascade run` runs when no `--duration` is given.
    public var duration: SimTime = 6 * .hour
    /// Markets traded, each becoming one exchange instrument in this order; the first gets the run's bars.
    public var markets: [MarketSetup] = [MarketSetup(symbol: "BTC-PERP", price: 64_000)]
    var population = PopulationSetup()
    /// The user's starting balance, whole USDC.
    public var userBalance: Int64 = 10_000
    /// Starting insurance fund and backstop vault capital, whole units of each settlement asset.
    public var insuranceFund: Int64 = 250_000
    /// Starting backstop vault capital, whole units of each settlement asset.
    public var backstopCapital: Int64 = 2_000_000
    var liquidationLatency: SimTime = 0
    /// The `[liquidation]` table: the waterfall style and the insurance fund's rules.
    public var liquidation = LiquidationSetup()
    /// The `[backstop]` table: how the backstop vault works off what it takes over.
    public var backstop = BackstopHedging()
    /// How often funding is paid, pro rata of the 8-hour rate (Binance: 8 h, Hyperliquid: 1 h).
    public var fundingEvery: SimTime = 8 * .hour
    /// The timeline, sorted by `at` when parsed.
    public var events: [ScenarioEvent] = []
    /// The options market, if the scenario lists one.
    public var options: OptionsSetup?
    /// A lending market beside the exchange, with borrowers and keepers; `nil` for none.
    public var lending: LendingSetup?
    /// The civil date and time at which simulated time starts (options expire by it).
    public var calendar = SimCalendar()
    /// Every market's margin model (`[margin]`): the published tiers (`static`) by default.
    public var margin = MarginModelParameters()
    /// Markets with a margin model of their own (`[margin.markets.SYMBOL]`, read over `[margin]`), by
    /// symbol; the others run `margin`.
    public var marginBySymbol: [String: MarginModelParameters] = [:]

    /// A scenario with every default: six hours of BTC-PERP from 64,000 USD, the default population and
    /// no events.
    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }
}

/// One traded market: which instrument, where its fundamental price starts and how it moves.
public struct MarketSetup: Sendable, Hashable {
    /// Instrument symbol from the exchange's catalogue, a linear perpetual such as `BTC-PERP`.
    public var symbol: String
    /// Starting fundamental price in USD.
    public var price: Double
    var process = FundamentalProcess.Parameters()
    /// Spot venues quoting it (1–5).
    public var venues = 4
    /// Share of the population that trades this market.
    public var share = 1.0
    /// This market's own liquidation style; `nil` follows the scenario's.
    public var liquidationStyle: LiquidationStyle?

    /// A market starting at `price` USD with the default price process and four venues.
    public init(symbol: String, price: Double) {
        self.symbol = symbol
        self.price = price
    }
}

/// Which perpetuals carry listed options, and the option traders.
public struct OptionsSetup: Sendable, Hashable {
    /// Symbols of the perpetuals whose options are listed (`BTC-PERP`, `ETH-PERP`).
    public var markets: [String]
    /// Option market makers, who quote every strike and hedge their delta in the perpetual.
    var dealers = 4
    /// Retail option traders: calls in rallies, puts in sell-offs.
    var buyers = 150
    /// Premium sellers who write strangles.
    var writers = 12

    /// Options on `markets`, with the default traders.
    public init(markets: [String]) { self.markets = markets }

    /// The exchange's series rules for `symbol`, if it lists options on it.
    static func series(for symbol: String) -> OptionSeriesRules? {
        [OptionSeriesRules.btc, .eth].first { $0.underlying == symbol }
    }
}

/// How many agents of each kind, in total over all markets.
struct PopulationSetup: Sendable, Hashable {
    var marketMakers = 6
    var noiseTraders = 40
    var momentumTraders = 25
    var valueTraders = 20
    var retailTraders = 3_000
    var whales = 3
    var arbitrageurs = 4

    init() {}

    var total: Int {
        marketMakers + noiseTraders + momentumTraders + valueTraders + retailTraders + whales + arbitrageurs
    }
}

/// Something that happens at a time: a price shock, changed conditions (for a while, or until
/// changed again), a venue going stale, a whale's order.
public struct ScenarioEvent: Sendable, Hashable {
    /// When it happens, in simulated milliseconds from the start of the run.
    public var at: SimTime
    /// Index into `Scenario.markets`.
    public var market = 0
    /// After this long, the conditions it changed go back to what they were.
    public var duration: SimTime?
    /// Moves the fundamental by this fraction over `shockOver`.
    public var shock: Double?
    /// Time the shock is spread over (at least a second when parsed).
    public var shockOver: SimTime = 5 * .minute
    var conditions = ConditionChange()
    var venue: Int?
    var venueState: SpotVenue.State?
    var whale: WhaleOrder?

    /// An event at `at` in the first market that changes nothing until its fields are set.
    public init(at: SimTime) { self.at = at }
}

/// Changes to a market's conditions; `nil` leaves one as it is.
struct ConditionChange: Sendable, Hashable {
    var volatility: Double?
    var makerSize: Double?
    var makerSpread: Double?
    var makerPresence: Double?
    var longBias: Double?
    var activity: Double?
    var premium: Double?
    var keeperLatency: Double?

    init() {}
}

/// A whale told to open a position: side, notional in USD and leverage.
struct WhaleOrder: Sendable, Hashable {
    var side: Side
    var notional: Double
    var leverage: Int
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
