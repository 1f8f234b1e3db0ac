import CascadeCore

/// Receives what happens in the world, batch by batch, in order.
public protocol WorldObserver {
    /// `events` happened up to `place.now`; `place` is the state right after them.
    mutating func observe(_ events: [Event], place: Marketplace)
}

/// The whole simulated market: the exchange, the markets around it, the agents and the scenario's
/// timeline, advanced by an event-driven clock. Deterministic: the same scenario and seed give the
/// same events, bit for bit.
public struct World: Sendable {
    /// The scenario the world was built from.
    public let scenario: Scenario
    /// Seed every random stream in the world derives from.
    public let seed: UInt64
    /// The user's account; agents use ids from 2, the backstop vault is 0.
    public static let userAccount = AccountID(1)
    /// The exchange, the simulated markets and the clock: what agents act on and observers read.
    public internal(set) var place: Marketplace
    /// Time series for the dashboard, sampled when `now` reaches a multiple of its bucket length.
    public internal(set) var statistics = MarketStatistics()
    var population: Population
    var scheduler = Scheduler()
    var timeline: Timeline
    var started = false

    /// A world at time 0 built from `scenario`: nothing is deposited and no agent acts until the first
    /// `run` or `submit`. Every market symbol must be in the catalogue (`Scenario.parse` checks).
    /// `lendingFallback` is the lending market (and its agents) to list when the scenario has no
    /// `[lending]` table and lists its price source; `scenario` itself stays as given.
    public init(scenario: Scenario, seed: UInt64, lendingFallback: LendingSetup? = nil) {
        self.scenario = scenario
        self.seed = seed
        var configuration = ExchangeConfiguration()
        configuration.instruments = scenario.markets.map { Instrument.named($0.symbol)! }
        configuration.liquidation.insuranceFundWholeUnits = scenario.insuranceFund
        configuration.liquidation.backstopCapitalWholeUnits = scenario.backstopCapital
        configuration.liquidation.latency = scenario.liquidationLatency
        configuration.liquidation.style = scenario.liquidation.style
        configuration.liquidation.fundFloorWholeUnits = scenario.liquidation.fundFloor
        configuration.liquidation.perContractFunds = scenario.liquidation.perContractFunds
        configuration.liquidation.fundLossLimitWholeUnits = scenario.liquidation.fundLossLimit
        for market in scenario.markets {
            if let style = market.liquidationStyle { configuration.liquidation.styleBySymbol[market.symbol] = style }
        }
        configuration.funding.settlement = scenario.fundingEvery
        configuration.calendar = scenario.calendar
        configuration.marginModel = scenario.margin
        configuration.marginModelBySymbol = scenario.marginBySymbol
        // A scenario narrowed to fewer markets (a lesson's) keeps the options of those it still has.
        let listed = Set(scenario.markets.map(\.symbol))
        configuration.options =
            scenario.options?.markets.filter(listed.contains).compactMap(OptionsSetup.series(for:)) ?? []
        let symbols = scenario.markets.map(\.symbol)
        let lending = scenario.lending ?? (LendingSetup.vaultType(markets: symbols) == nil ? nil : lendingFallback)
        configuration.lending = lending?.rules(markets: symbols)
        let markets = DenseArray<InstrumentID, SimulatedMarket>(
            scenario.markets.enumerated().map { index, setup in
                SimulatedMarket(id: InstrumentID(index), setup: setup, seed: Population.seed(seed, .clock, index))
            })
        place = Marketplace(exchange: Exchange(configuration: configuration), markets: markets)
        population = Population(
            setup: scenario.population, markets: scenario.markets, options: scenario.options, lending: lending,
            seed: seed,
            firstAccount: World.userAccount.rawValue + 1)
        // A hedger in each market whose style has a vault to hedge (the others' engine closes at once).
        if scenario.backstop.policy != .hold {
            population.backstopHedgers = scenario.markets.indices.filter {
                (scenario.markets[$0].liquidationStyle ?? scenario.liquidation.style).usesBackstopVault
            }.map {
                BackstopHedger(
                    account: configuration.liquidation.backstopAccount, market: InstrumentID($0),
                    hedging: scenario.backstop)
            }
        }
        timeline = Timeline(scenario.events)
    }

    /// The exchange, as of the last command applied.
    public var exchange: Exchange { place.exchange }
    /// Current simulated time, in milliseconds since the start.
    public var now: SimTime { place.now }

    /// Runs every wake up to and including `time`, handing events to `observer` after each.
    public mutating func run<Observer: WorldObserver>(until time: SimTime, observer: inout Observer) {
        if !started { start(&observer) }
        while let next = scheduler.nextTime, next <= time {
            let (wakeTime, agent) = scheduler.next()!
            if wakeTime > place.now {
                place.now = wakeTime
                place.submit(.advanceTime(to: wakeTime))
            }
            let delay = agent.kind == .clock ? heartbeat() : population.wake(agent, &place)
            scheduler.schedule(agent, at: wakeTime + max(100, delay))
            drain(&observer)
        }
    }

    /// A command from the user, applied at the current time; its events go to `observer` at once.
    public mutating func submit<Observer: WorldObserver>(_ command: Command, observer: inout Observer) {
        if !started { start(&observer) }
        place.submit(command)
        drain(&observer)
    }

    /// Opens every account and starts the clock and the agents (each at a random moment of the
    /// first seconds, so they do not move in lockstep).
    private mutating func start<Observer: WorldObserver>(_ observer: inout Observer) {
        started = true
        for market in place.markets.indices {
            let quotes = place.markets[market].tick(at: 0)
            place.submit(.oracle(place.markets[market].id, quotes))
        }
        let usdc = Asset.usdc
        place.submit(.deposit(World.userAccount, usdc, Money(units: scenario.userBalance * usdc.unitsPerWhole)))
        scheduler.schedule(AgentRef(kind: .clock, index: 0), at: .second)
        var random = Xoshiro256(seed: Population.seed(seed, .clock, 1 << 20))
        for (agent, commands) in population.setups(place) {
            for command in commands { place.submit(command) }
            // Makers quote within the first second, so the book is there before anyone takes.
            let quotes = agent.kind == .marketMaker || agent.kind == .optionDealer
            let start = quotes ? 0.1 + 0.9 * random.nextUnit() : 1 + 9 * random.nextUnit()
            scheduler.schedule(agent, at: .delay(seconds: start))
        }
        drain(&observer)
    }

    private mutating func drain<Observer: WorldObserver>(_ observer: inout Observer) {
        guard !place.events.isEmpty else { return }
        statistics.record(place.events, on: place.exchange)
        observer.observe(place.events, place: place)
        place.events.removeAll(keepingCapacity: true)
    }
}
