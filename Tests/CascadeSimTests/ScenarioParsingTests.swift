import Testing

@testable import CascadeCore
@testable import CascadeSim

@Suite struct ScenarioParsingTests {
    @Test(arguments: ScenarioLibrary.names)
    func everyBuiltInScenarioParses(name: String) throws {
        let scenario = try ScenarioLibrary.named(name)
        #expect(scenario.name == name)
        #expect(!scenario.description.isEmpty)
        #expect(scenario.duration > 0)
        #expect(!scenario.markets.isEmpty)
    }

    @Test func theLibraryHasTheScenariosTheIssueAsksFor() {
        let required = [
            "calm", "bull-run", "flash-crash", "short-squeeze", "funding-spiral", "stale-oracle",
            "liquidity-drought", "whale-vs-backstop",
        ]
        #expect(Set(required).isSubset(of: Set(ScenarioLibrary.names)))
    }

    @Test func flashCrashDropsTwelvePercentInFourMinutesWithMakersPullingOut() throws {
        let scenario = try ScenarioLibrary.named("flash-crash")
        let crash = try #require(scenario.events.first { $0.shock != nil })
        #expect(crash.shock == -0.12)
        #expect(crash.shockOver == 4 * .minute)
        #expect(crash.at == 40 * .minute)
        #expect(crash.duration == 25 * .minute)
        #expect(crash.conditions.makerPresence == 0.4)
    }

    @Test func everyFieldIsRead() throws {
        let text = """
            name = "mine"
            description = "a test"
            duration = "1h30m"
            user_balance = 5000
            insurance_fund = 1000
            backstop_capital = 2000
            liquidation_latency = "2s"
            funding_every = "1h"

            [[markets]]
            symbol = "ETH-PERP"
            price = 3000.5
            volatility = 0.7
            vol_of_vol = 0.5
            vol_memory = "1h"
            jumps_per_day = 3
            jump_size = 0.01
            venues = 3
            share = 2

            [population]
            market_makers = 2
            retail_traders = 10

            [[events]]
            at = "10m"
            market = "ETH-PERP"
            for = "5m"
            venue = 2
            venue_state = "offline"
            whale = { side = "sell", notional = 100000, leverage = 5 }
            """
        let scenario = try Scenario.parse(text, file: "mine.toml")
        #expect(scenario.duration == 90 * .minute)
        #expect(scenario.userBalance == 5_000 && scenario.insuranceFund == 1_000 && scenario.backstopCapital == 2_000)
        #expect(scenario.liquidationLatency == 2 * .second && scenario.fundingEvery == .hour)
        let market = try #require(scenario.markets.first)
        #expect(market.symbol == "ETH-PERP" && market.price == 3000.5 && market.venues == 3 && market.share == 2)
        #expect(market.process.volatilityMemory == 3_600 && market.process.jumpSize == 0.01)
        #expect(scenario.population.marketMakers == 2 && scenario.population.retailTraders == 10)
        #expect(scenario.population.noiseTraders == PopulationSetup().noiseTraders)
        let event = try #require(scenario.events.first)
        #expect(event.venue == 1 && event.venueState == .offline && event.duration == 5 * .minute)
        #expect(event.whale == WhaleOrder(side: .sell, notional: 100_000, leverage: 5))
    }

    @Test(
        arguments: [
            ("name = \"x\"\nvolatility = 2\n", 2, "unknown key 'volatility'"),
            (
                "name = \"x\"\n[[markets]]\nsymbol = \"DOGE-PERP\"\nprice = 1\n", 3,
                "unknown or unsupported market 'DOGE-PERP'"
            ),
            ("name = \"x\"\n[[markets]]\nsymbol = \"BTC-PERP\"\nprice = \"high\"\n", 4, "'price' must be a number"),
            ("name = \"x\"\n\n[[events]]\nat = \"soon\"\n", 4, "'at' must be a duration"),
            ("name = \"x\"\n[[events]]\nat = \"1m\"\nvenue = 1\n", 4, "'venue' and 'venue_state' go together"),
            ("name = \"x\"\n[population]\nmarket_makers = 0\n", 3, "at least one market maker"),
            ("name = \"x\"\ndescription = \n", 2, "expected value"),
            ("description = \"no name\"\n", nil, "missing 'name'"),
            ("name = \"x\"\nfunding_every = \"3h\"\n", 2, "funding_every must divide 8h"),
        ] as [(String, Int?, String)])
    func malformedFilesNameTheLineAndProblem(text: String, line: Int?, message: String) {
        #expect {
            _ = try Scenario.parse(text, file: "bad.toml")
        } throws: { error in
            guard let error = error as? ScenarioError else { return false }
            return error.file == "bad.toml" && error.line == line && error.message.contains(message)
                && error.description.hasPrefix(line.map { "bad.toml:\($0): " } ?? "bad.toml: ")
        }
    }

    @Test func durationsReadAndPrintTheWayPeopleWriteThem() {
        #expect(SimDuration.parse("90s") == 90 * .second)
        #expect(SimDuration.parse("1h30m") == 90 * .minute)
        #expect(SimDuration.parse("1d") == 24 * .hour)
        #expect(SimDuration.parse("6") == nil)
        #expect(SimDuration.parse("h") == nil)
        #expect(SimDuration.parse("5x") == nil)
        #expect(SimDuration.format(90 * .minute) == "1h30m")
        #expect(SimDuration.format(0) == "0s")
    }

    @Test func aPathLoadsThroughTheReaderAndAMissingNameListsTheBuiltIns() throws {
        let scenario = try ScenarioLibrary.load("my/own.toml") { path in
            path == "my/own.toml" ? "name = \"own\"" : nil
        }
        #expect(scenario.name == "own")
        #expect(throws: ScenarioError.self) { try ScenarioLibrary.load("nope.toml") { _ in nil } }
        do {
            _ = try ScenarioLibrary.named("crash")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("flash-crash"))
        }
    }
}
