import CascadeCore
import TOMLInput
import TOMLKit

extension Scenario {
    /// Reads a scenario from TOML text; `file` names it in errors.
    ///
    /// ```toml
    /// name = "flash-crash"
    /// description = "One line for `cascade scenarios`"
    /// duration = "2h"                  # default run length, above zero (at most 10000d, as every duration)
    /// user_balance = 10000             # whole USDC
    /// insurance_fund = 250000          # whole units of each settlement asset
    /// backstop_capital = 2000000
    /// liquidation_latency = "0s"
    /// funding_every = "8h"               # how often funding is paid (pro rata of the 8 h rate)
    /// start = "2026-12-07 00:00"       # UTC date and time the clock starts at; options expire by it
    ///
    /// [liquidation]
    /// style = "binance"                # hyperliquid (default), binance, bybit, bitmex or dydx
    /// fund_floor = 0                   # whole units; below it the fund stops paying and ADL starts
    /// per_contract_funds = false       # one insurance pool per contract (Bybit) instead of per asset
    /// fund_loss_limit = 1000000        # dydx: the most the fund pays for one liquidation, whole units
    ///
    /// [[markets]]                      # one per traded instrument
    /// symbol = "BTC-PERP"              # from the exchange's catalogue
    /// price = 64000                    # starting fundamental price, USD
    /// volatility = 0.55                # annualised, calm level
    /// vol_of_vol = 1.3                 # standard deviation of log-volatility, over all its components
    /// vol_memory = "21d"               # longest memory of a volatility component (default 21d; fastest 5m)
    /// jumps_per_day = 10               # in calm conditions; each jump makes more likely for an hour
    /// jump_size = 0.0012               # mean absolute jump at the typical level (log return)
    /// venues = 4                       # spot venues feeding the oracle, 1–5
    /// share = 1.0                      # relative share of the population
    /// liquidation_style = "bybit"      # this market's own style (default: [liquidation] style)
    ///
    /// [population]                     # totals over all markets; at most 40000 agents in all
    /// market_makers = 6                # 1–100
    /// noise_traders = 40               # 0–5000
    /// momentum_traders = 25            # 0–5000
    /// value_traders = 20               # 0–5000
    /// retail_traders = 3000            # 0–30000
    /// whales = 3                       # 0–100
    /// arbitrageurs = 4                 # 0–100
    ///
    /// [options]                        # list options on perpetuals (BTC-PERP and ETH-PERP have series)
    /// markets = ["BTC-PERP"]           # default: every market of the scenario that has a series
    /// dealers = 4                      # option market makers, who hedge in the perpetual; 1–50
    /// buyers = 150                     # retail option traders; 0–5000
    /// writers = 12                     # strangle sellers; 0–1000
    ///
    /// [[events]]
    /// at = "30m"
    /// market = "BTC-PERP"              # default: the first market
    /// for = "20m"                      # conditions revert after this long
    /// shock = -0.12                    # fundamental move, as a fraction…
    /// over = "4m"                      # …spread over this long
    /// volatility = 4                   # multiplier
    /// maker_size = 0.3                 # market makers' quote size, multiplier
    /// maker_spread = 4                 # their spread, multiplier
    /// maker_presence = 0.4             # share of makers quoting at all
    /// long_bias = 0.8                  # share of retail entries that are longs
    /// activity = 2                     # how often takers act, multiplier
    /// premium = 0.002                  # makers' fair price above the index, fraction
    /// venue = 2                        # 1-based spot venue…
    /// venue_state = "stale"            # …set live, stale or offline
    /// whale = { side = "buy", notional = 30000000, leverage = 20 }
    /// keeper_latency = 20              # keepers' reaction time, multiplier
    /// ```
    ///
    /// `[lending]` is described at `lending(_:symbols:)`, `[margin]` and `[margin.markets.SYMBOL]` at
    /// `margin(_:)`.
    ///
    /// `overrides` (`--set KEY=VALUE`) replace keys before the file is read. Each is first read alone,
    /// in a scenario that holds nothing else, so a bad value is reported as `--set KEY=VALUE: …`.
    public static func parse(
        _ text: String, file: String, overrides: [ScenarioOverride] = []
    ) throws(ScenarioError) -> Scenario {
        let root: TOMLTable
        do throws(TOMLInput.Problem) {
            root = try TOMLInput.table(text)
        } catch {
            throw ScenarioError(file: file, line: error.line, message: error.message)
        }
        for override in overrides {
            let alone = TOMLTable()
            alone["name"] = "--set"
            try override.apply(to: alone)
            do throws(ScenarioError) {
                _ = try parse(root: alone, file: "--set \(override)", lines: [], alone: true)
            } catch {
                throw ScenarioError(file: "--set \(override)", line: nil, message: error.message)
            }
            try override.apply(to: root)
        }
        return try parse(root: root, file: file, lines: text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    /// Reads a scenario from its root table; `lines` is the text it came from, for line numbers.
    /// `alone` reads one `--set` in a scenario that holds nothing else.
    private static func parse(
        root: TOMLTable, file: String, lines: [Substring], alone: Bool = false
    ) throws(ScenarioError) -> Scenario {
        let headers = SectionHeaders(lines: lines)
        let top = TOMLSection(table: root, file: file, lines: lines, start: 0, end: headers.firstHeader)
        try top.expectOnly([
            "name", "description", "duration", "user_balance", "insurance_fund", "backstop_capital",
            "liquidation_latency", "funding_every", "start", "markets", "population", "events", "liquidation",
            "options", "lending", "margin", "backstop",
        ])
        guard let name = try top.string("name") else { throw top.error("missing 'name'") }
        var scenario = Scenario(name: name, description: try top.string("description") ?? "")
        if let duration = try top.duration("duration", positive: true) { scenario.duration = duration }
        if let balance = try top.int("user_balance", in: 0...1_000_000_000) { scenario.userBalance = Int64(balance) }
        if let fund = try top.int("insurance_fund", in: 0...1_000_000_000_000) { scenario.insuranceFund = Int64(fund) }
        if let capital = try top.int("backstop_capital", in: 0...1_000_000_000_000) {
            scenario.backstopCapital = Int64(capital)
        }
        if let latency = try top.duration("liquidation_latency") { scenario.liquidationLatency = latency }
        if let every = try top.duration("funding_every") {
            guard every >= .minute, (8 * .hour) % every == 0 else {
                throw top.error("funding_every must divide 8h into whole periods of at least 1m", key: "funding_every")
            }
            scenario.fundingEvery = every
        }

        if let start = try top.string("start") {
            guard let calendar = SimCalendar(start: start) else {
                throw top.error(
                    "start must be a UTC date and time written YYYY-MM-DD HH:MM, got \"\(start.escapingNonPrintable())\"",
                    key: "start")
            }
            scenario.calendar = calendar
        }

        if let liquidation = try top.subtable("liquidation") {
            let (start, end) = headers.range(of: "[liquidation]")
            scenario.liquidation = try Self.liquidation(
                TOMLSection(table: liquidation, file: file, lines: lines, start: start, end: end))
        }
        if let backstop = try top.subtable("backstop") {
            let (start, end) = headers.range(of: "[backstop]")
            scenario.backstop = try Self.backstop(
                TOMLSection(table: backstop, file: file, lines: lines, start: start, end: end))
        }
        let markets = try tables(root, "markets", top, headers)
        if !markets.isEmpty {
            scenario.markets = []
            for section in markets { scenario.markets.append(try market(section)) }
        }
        if let population = try top.subtable("population") {
            let (start, end) = headers.range(of: "[population]")
            scenario.population = try Self.population(
                TOMLSection(table: population, file: file, lines: lines, start: start, end: end))
        }
        let symbols = scenario.markets.map(\.symbol)
        if let margin = try top.subtable("margin") {
            let (start, end) = headers.range(of: "[margin]")
            let section = TOMLSection(table: margin, file: file, lines: lines, start: start, end: end)
            scenario.margin = try Self.margin(section)
            // An override read alone has the default market only: any perpetual it might list passes.
            let listed = alone ? Instrument.catalog.filter { $0.kind == .linear }.map(\.symbol) : symbols
            scenario.marginBySymbol = try Self.marginByMarket(section, base: scenario.margin, symbols: listed) {
                symbol, table in
                let (start, end) = headers.find("[margin.markets.\(symbol)]") ?? (section.start, section.end)
                return TOMLSection(table: table, file: file, lines: lines, start: start, end: end)
            }
        }
        if let options = try top.subtable("options") {
            let (start, end) = headers.range(of: "[options]")
            scenario.options = try Self.options(
                TOMLSection(table: options, file: file, lines: lines, start: start, end: end), symbols: symbols)
        }
        if let lending = try top.subtable("lending") {
            let (start, end) = headers.range(of: "[lending]")
            scenario.lending = try Self.lending(
                TOMLSection(table: lending, file: file, lines: lines, start: start, end: end), symbols: symbols)
        }
        for section in try tables(root, "events", top, headers) {
            scenario.events.append(try event(section, symbols: symbols))
        }
        scenario.events.sort { $0.at < $1.at }
        return scenario
    }

    private static func tables(
        _ root: TOMLTable, _ key: String, _ top: TOMLSection, _ headers: SectionHeaders
    ) throws(ScenarioError) -> [TOMLSection] {
        guard let value = root[key] else { return [] }
        guard let array = value.array else {
            throw top.error("'\(key)' must be written as [[\(key)]] tables", key: key)
        }
        var sections: [TOMLSection] = []
        for (occurrence, element) in array.enumerated() {
            guard let table = element.table else { throw top.error("each of '\(key)' must be a table", key: key) }
            let (start, end) = headers.range(of: "[[\(key)]]", occurrence: occurrence)
            sections.append(TOMLSection(table: table, file: top.file, lines: top.lines, start: start, end: end))
        }
        return sections
    }

    private static func market(_ section: TOMLSection) throws(ScenarioError) -> MarketSetup {
        try section.expectOnly([
            "symbol", "price", "volatility", "vol_of_vol", "vol_memory", "jumps_per_day", "jump_size", "venues",
            "share", "liquidation_style",
        ])
        guard let symbol = try section.string("symbol") else { throw section.error("a market needs a 'symbol'") }
        guard let instrument = Instrument.named(symbol), instrument.kind == .linear else {
            let known = Instrument.catalog.filter { $0.kind == .linear }.map(\.symbol).joined(separator: ", ")
            throw section.error(
                "unknown or unsupported market '\(symbol)' (simulated markets: \(known))", key: "symbol")
        }
        guard let price = try section.double("price", in: 0.01...10_000_000) else {
            throw section.error("market '\(symbol)' needs a starting 'price'")
        }
        var setup = MarketSetup(symbol: instrument.symbol, price: price)
        if let value = try section.double("volatility", in: 0.01...10) { setup.process.volatility = value }
        if let value = try section.double("vol_of_vol", in: 0...2) { setup.process.volatilityOfVolatility = value }
        if let value = try section.duration("vol_memory") { setup.process.volatilityMemory = Double(value / .second) }
        if let value = try section.double("jumps_per_day", in: 0...1_000) { setup.process.jumpsPerDay = value }
        if let value = try section.double("jump_size", in: 0...0.5) { setup.process.jumpSize = value }
        if let value = try section.int("venues", in: 1...5) { setup.venues = value }
        if let value = try section.double("share", in: 0...1_000) { setup.share = value }
        setup.liquidationStyle = try style(section, "liquidation_style")
        return setup
    }

    private static func options(_ section: TOMLSection, symbols: [String]) throws(ScenarioError) -> OptionsSetup {
        try section.expectOnly(["markets", "dealers", "buyers", "writers"])
        var setup = OptionsSetup(markets: symbols.filter { OptionsSetup.series(for: $0) != nil })
        if let value = section.table["markets"] {
            let names = value.array?.compactMap(\.string) ?? []
            guard let list = value.array, names.count == list.count else {
                throw section.error("'markets' must be a list of symbols", key: "markets")
            }
            for name in names where OptionsSetup.series(for: name) == nil || !symbols.contains(name) {
                let listed = symbols.filter { OptionsSetup.series(for: $0) != nil }.joined(separator: ", ")
                throw section.error(
                    "no options on \"\(name.escapingNonPrintable())\": options need one of this scenario's markets with a series (\(listed))",
                    key: "markets")
            }
            setup.markets = names
        }
        guard !setup.markets.isEmpty else {
            throw section.error("options need BTC-PERP or ETH-PERP among the scenario's markets")
        }
        if let count = try section.int("dealers", in: 1...50) { setup.dealers = count }
        if let count = try section.int("buyers", in: 0...5_000) { setup.buyers = count }
        if let count = try section.int("writers", in: 0...1_000) { setup.writers = count }
        return setup
    }

    private static func liquidation(_ section: TOMLSection) throws(ScenarioError) -> LiquidationSetup {
        try section.expectOnly(["style", "fund_floor", "per_contract_funds", "fund_loss_limit"])
        var setup = LiquidationSetup()
        if let style = try style(section, "style") { setup.style = style }
        if let floor = try section.int("fund_floor", in: 0...1_000_000_000_000) { setup.fundFloor = Int64(floor) }
        if let value = section.table["per_contract_funds"] {
            guard let flag = value.bool else {
                throw section.error("'per_contract_funds' must be true or false", key: "per_contract_funds")
            }
            setup.perContractFunds = flag
        }
        if let limit = try section.int("fund_loss_limit", in: 0...1_000_000_000_000) {
            setup.fundLossLimit = Int64(limit)
        }
        return setup
    }

    /// A liquidation style by name, or an error that lists the accepted ones.
    private static func style(_ section: TOMLSection, _ key: String) throws(ScenarioError) -> LiquidationStyle? {
        guard let name = try section.string(key) else { return nil }
        guard let style = LiquidationStyle(rawValue: name) else {
            let shown = name.count > 40 ? name.prefix(40) + "…" : name[...]
            throw section.error(
                "'\(key)' must be one of \(LiquidationStyle.names), not \"\(shown)\"", key: key)
        }
        return style
    }

    /// The most agents of each kind a scenario may ask for, and in all: a world of 40,000 agents
    /// still runs a simulated day in minutes and fits in tens of megabytes (200,000 of each kind ran
    /// out of time at 1.1 GB).
    static var populationLimits: [(key: String, path: WritableKeyPath<PopulationSetup, Int>, most: Int)] {
        [
            ("market_makers", \.marketMakers, 100), ("noise_traders", \.noiseTraders, 5_000),
            ("momentum_traders", \.momentumTraders, 5_000), ("value_traders", \.valueTraders, 5_000),
            ("retail_traders", \.retailTraders, 30_000), ("whales", \.whales, 100),
            ("arbitrageurs", \.arbitrageurs, 100),
        ]
    }
    static let mostAgents = 40_000

    private static func population(_ section: TOMLSection) throws(ScenarioError) -> PopulationSetup {
        var population = PopulationSetup()
        try section.expectOnly(Set(populationLimits.map(\.key)))
        for (key, path, most) in populationLimits {
            if let count = try section.int(key, in: 0...most) { population[keyPath: path] = count }
        }
        guard population.total <= mostAgents else {
            throw section.error("the population has \(population.total) agents; at most \(mostAgents) in all")
        }
        guard population.marketMakers > 0 else {
            throw section.error("a market needs at least one market maker", key: "market_makers")
        }
        return population
    }

    private static func event(_ section: TOMLSection, symbols: [String]) throws(ScenarioError) -> ScenarioEvent {
        try section.expectOnly([
            "at", "market", "for", "shock", "over", "volatility", "maker_size", "maker_spread", "maker_presence",
            "long_bias", "activity", "premium", "venue", "venue_state", "whale", "keeper_latency",
        ])
        guard let at = try section.duration("at") else { throw section.error("an event needs 'at' (such as \"30m\")") }
        var event = ScenarioEvent(at: at)
        if let symbol = try section.string("market") {
            guard let index = symbols.firstIndex(of: symbol) else {
                throw section.error("event names market '\(symbol)', which the scenario does not trade", key: "market")
            }
            event.market = index
        }
        event.duration = try section.duration("for")
        event.shock = try section.double("shock", in: -0.9...5)
        if let over = try section.duration("over") { event.shockOver = max(.second, over) }
        event.conditions.volatility = try section.double("volatility", in: 0.05...50)
        event.conditions.makerSize = try section.double("maker_size", in: 0...10)
        event.conditions.makerSpread = try section.double("maker_spread", in: 0.1...100)
        event.conditions.makerPresence = try section.double("maker_presence", in: 0...1)
        event.conditions.longBias = try section.double("long_bias", in: 0...1)
        event.conditions.activity = try section.double("activity", in: 0...20)
        event.conditions.premium = try section.double("premium", in: -0.05...0.05)
        event.conditions.keeperLatency = try section.double("keeper_latency", in: 0.01...1_000)
        if let venue = try section.int("venue", in: 1...5) { event.venue = venue - 1 }
        if let state = try section.string("venue_state") {
            guard let parsed = SpotVenue.State(rawValue: state) else {
                throw section.error("venue_state must be live, stale or offline, not '\(state)'", key: "venue_state")
            }
            event.venueState = parsed
        }
        guard (event.venue == nil) == (event.venueState == nil) else {
            throw section.error(
                "'venue' and 'venue_state' go together", key: event.venue == nil ? "venue_state" : "venue")
        }
        if let whale = try section.subtable("whale") {
            event.whale = try whaleOrder(
                TOMLSection(
                    table: whale, file: section.file, lines: section.lines, start: section.start, end: section.end))
        }
        return event
    }

    private static func whaleOrder(_ section: TOMLSection) throws(ScenarioError) -> WhaleOrder {
        try section.expectOnly(["side", "notional", "leverage"])
        let side: Side
        switch try section.string("side") {
        case "buy", "long": side = .buy
        case "sell", "short": side = .sell
        default: throw section.error("whale side must be \"buy\" or \"sell\"", key: "whale")
        }
        guard let notional = try section.double("notional", in: 1_000...1_000_000_000) else {
            throw section.error("whale needs a 'notional' in USD", key: "whale")
        }
        return WhaleOrder(side: side, notional: notional, leverage: try section.int("leverage", in: 1...125) ?? 10)
    }
}
