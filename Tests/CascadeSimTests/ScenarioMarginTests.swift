import CascadeCore
import Testing

@testable import CascadeSim

/// The `[margin]` table, each market's `[margin.markets.SYMBOL]` over it, and `--set` overrides: read
/// into the scenario and the exchange, and every bad value an error naming the key and the line (or
/// the `--set` that gave it).
@Suite struct ScenarioMarginTests {
    static let base = "name = \"x\"\n"

    func error(_ text: String, overrides: [String] = []) -> ScenarioError? {
        do {
            _ = try Scenario.parse(text, file: "bad.toml", overrides: overrides.compactMap(ScenarioOverride.init))
            return nil
        } catch {
            return error
        }
    }

    @Test func theMarginTableReachesTheExchange() throws {
        let text = """
            name = "x"

            [margin]
            model = "predictive"
            lambda = 0.97
            confidence = 0.995
            horizon = "5m"
            review_every = "30s"
            lead_time = "90s"
            floor = 0.005
            max_rise = 0.25
            concentration_weight = 2
            """
        let scenario = try Scenario.parse(text, file: "x.toml")
        let margin = scenario.margin
        #expect(margin.kind == .predictive && margin.lambda == 0.97 && margin.confidence == 0.995)
        #expect(margin.horizon == 5 * .minute && margin.reviewEvery == 30 * .second && margin.leadTime == 90 * .second)
        #expect(margin.floor == Rate(units: 500_000) && margin.maxRise == Rate(units: 25_000_000))
        #expect(margin.concentrationWeight == 2)
        let exchange = World(scenario: scenario, seed: 1).exchange
        let status = exchange.marginStatus(InstrumentID(0))
        #expect(status.kind == .predictive && status.maintenanceRate == Rate(units: 500_000))
        #expect(exchange.instrument(InstrumentID(0)).tiers.tiers[0].maxLeverage == 100)
    }

    @Test func withoutAMarginTableTheModelIsStatic() throws {
        let scenario = try ScenarioLibrary.named("flash-crash")
        #expect(scenario.margin == MarginModelParameters())
        #expect(World(scenario: scenario, seed: 1).exchange.marginModel(InstrumentID(0)) == .static)
    }

    static let twoMarkets = """
        name = "x"

        [[markets]]
        symbol = "BTC-PERP"
        price = 64000

        [[markets]]
        symbol = "ETH-PERP"
        price = 3000

        [population]
        retail_traders = 200

        [margin]
        model = "ewma"
        lambda = 0.9
        buffer = 0.25

        [margin.markets.ETH-PERP]
        model = "predictive"
        confidence = 0.995

        [margin.markets."BTC-PERP"]
        model = "static"
        """

    @Test func aMarketsTableOverridesItsKeysAndInheritsTheRest() throws {
        let scenario = try Scenario.parse(Self.twoMarkets, file: "x.toml")
        #expect(scenario.margin.kind == .ewma && scenario.margin.lambda == 0.9)
        #expect(scenario.marginBySymbol.keys.sorted() == ["BTC-PERP", "ETH-PERP"])
        let eth = try #require(scenario.marginBySymbol["ETH-PERP"])
        #expect(eth.kind == .predictive && eth.confidence == 0.995, "its own keys")
        #expect(eth.lambda == 0.9 && eth.buffer == Rate(units: 25_000_000), "the rest from [margin]")
        #expect(eth.horizon == MarginModelParameters().horizon, "defaults where neither says")
        #expect(scenario.marginBySymbol["BTC-PERP"]?.kind == .static)
    }

    /// Predictive on ETH-PERP and static on BTC-PERP: the exchange runs each market's own model, and
    /// only the predictive one moves its rate or estimates anything.
    @Test func eachMarketRunsItsOwnModel() throws {
        var world = World(scenario: try Scenario.parse(Self.twoMarkets, file: "x.toml"), seed: 1)
        var recorder = RunRecorder(bars: BarRecorder(length: .minute, instrument: InstrumentID(0)))
        world.run(until: 3 * .minute, observer: &recorder)
        let btc = world.exchange.marginStatus(InstrumentID(0))
        let eth = world.exchange.marginStatus(InstrumentID(1))
        #expect(btc.kind == .static && eth.kind == .predictive)
        #expect(btc.volatility == nil && eth.volatility != nil)
        #expect(btc.maintenanceRate == Instrument.btcPerp.tiers.tiers[0].maintenanceRate)
        #expect(eth.parameters.confidence == 0.995 && eth.parameters.lambda == 0.9)
        let summary = HeadlessRun.margin(world.exchange, start: btc.maintenanceRate)
        #expect(summary.model == "BTC-PERP static, ETH-PERP predictive", "the run summary names both")
    }

    @Test func anOverrideSetsOneMarketsModel() throws {
        let override = try #require(ScenarioOverride(parsing: "margin.markets.ETH-PERP.model=predictive"))
        let calm = try ScenarioLibrary.named("calm", overrides: [override])
        #expect(calm.margin.kind == .static && calm.marginBySymbol["ETH-PERP"]?.kind == .predictive)
        let doge = try #require(self.error(Self.base, overrides: ["margin.markets.DOGE-PERP.model=ewma"]))
        #expect(doge.file == "--set margin.markets.DOGE-PERP.model=ewma", "\(doge)")
        #expect(doge.message.contains("[margin.markets.DOGE-PERP] names no market"), "\(doge)")
        let unlisted = try #require(self.error(Self.base, overrides: ["margin.markets.ETH-PERP.model=ewma"]))
        #expect(unlisted.message.contains("its perpetuals: BTC-PERP"), "a perpetual this scenario does not trade")
    }

    @Test(arguments: [
        ("[margin]\nmodel = \"vix\"\n", 3, "model must be one of static, ewma, garch, predictive"),
        ("[margin]\nlambda = 1.5\n", 3, "'lambda' must lie between"),
        ("[margin]\nalpha = 0.3\nbeta = 0.8\n", 4, "alpha + beta must stay below 1"),
        ("[margin]\nsample_every = \"0s\"\n", 3, "sample_every must be at least 1s"),
        ("[margin]\nhorizon = \"10s\"\nsample_every = \"1m\"\n", 3, "horizon must be at least sample_every"),
        ("[margin]\nfloor = 0.3\nceiling = 0.2\n", 3, "floor must not lie above ceiling"),
        ("[margin]\nlead_time = 5\n", 3, "'lead_time' must be a string"),
        ("[margin]\nmodle = \"ewma\"\n", 3, "unknown key 'modle'"),
        (
            "[margin.markets.ETH-PERP]\nmodel = \"ewma\"\n", 2,
            "[margin.markets.ETH-PERP] names no market of this scenario (its perpetuals: BTC-PERP)"
        ),
        ("[margin.markets.BTC-PERP]\nlambda = 2\n", 3, "'lambda' must lie between"),
        ("[margin.markets.BTC-PERP]\nmodel = \"vix\"\n", 3, "model must be one of"),
        ("[margin]\nalpha = 0.05\n\n[margin.markets.BTC-PERP]\nbeta = 0.96\n", 6, "alpha + beta must stay below 1"),
        ("[margin.markets.BTC-PERP]\nmodle = \"ewma\"\n", 3, "unknown key 'modle'"),
        ("[margin]\nmarkets = 5\n", 3, "'markets' must be written as [margin.markets.SYMBOL] tables"),
    ])
    func aBadValueNamesTheKeyAndLine(text: String, line: Int, message: String) throws {
        let error = try #require(self.error(Self.base + text))
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func anOverrideSetsAKeyByItsPath() throws {
        let overrides = ["margin.model=ewma", "margin.lambda=0.9", "duration=\"2h\"", "liquidation.style=bybit"]
            .compactMap(ScenarioOverride.init)
        #expect(overrides.count == 4)
        let scenario = try ScenarioLibrary.named("flash-crash", overrides: overrides)
        #expect(scenario.margin.kind == .ewma && scenario.margin.lambda == 0.9)
        #expect(scenario.duration == 2 * .hour && scenario.liquidation.style == .bybit)
        let text = Self.base + "[margin]\nmodel = \"garch\"\nlambda = 0.97\n"
        let replaced = try Scenario.parse(
            text, file: "x.toml", overrides: [ScenarioOverride(parsing: "margin.model=ewma")!])
        #expect(replaced.margin.kind == .ewma && replaced.margin.lambda == 0.97)
    }

    @Test(arguments: [
        ("margin.model=vix", "--set margin.model=vix", "model must be one of"),
        ("margin.lambda=2", "--set margin.lambda=2", "'lambda' must lie between"),
        ("markets.price=5", "--set markets.price=5", "'markets' must be written as [[markets]] tables"),
        ("name.first=x", "--set name.first=x", "'name' is not a table"),
        ("margin.colour=red", "--set margin.colour=red", "unknown key 'colour'"),
    ])
    func aBadOverrideNamesItself(override: String, file: String, message: String) throws {
        let error = try #require(self.error(Self.base, overrides: [override]))
        #expect(error.file == file && error.line == nil, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func malformedOverridesAreRefused() {
        for text in ["margin.model", "=ewma", "margin..model=ewma", "margin.model=", ".model=x"] {
            #expect(ScenarioOverride(parsing: text) == nil, "\(text)")
        }
    }
}
