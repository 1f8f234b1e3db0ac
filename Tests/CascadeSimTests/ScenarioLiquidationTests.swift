import CascadeCore
import Testing

@testable import CascadeSim

/// The `[liquidation]` table and a market's `liquidation_style`: read into the scenario and the
/// exchange, and every bad value an error naming the key, the line and what is accepted.
@Suite struct ScenarioLiquidationTests {
    static let base = "name = \"x\"\n"

    func error(_ text: String) -> ScenarioError? { ScenarioBadInputTests().error(text) }

    @Test func theLiquidationTableAndAMarketsOwnStyleReachTheExchange() throws {
        let text = """
            name = "x"
            insurance_fund = 1000

            [liquidation]
            style = "bybit"
            fund_floor = 100
            per_contract_funds = true
            fund_loss_limit = 5000

            [[markets]]
            symbol = "BTC-PERP"
            price = 64000

            [[markets]]
            symbol = "ETH-PERP"
            price = 3000
            liquidation_style = "bitmex"
            """
        let scenario = try Scenario.parse(text, file: "x.toml")
        #expect(scenario.liquidation.style == .bybit && scenario.liquidation.fundFloor == 100)
        #expect(scenario.liquidation.perContractFunds && scenario.liquidation.fundLossLimit == 5_000)
        #expect(scenario.markets.map(\.liquidationStyle) == [nil, .bitmex])
        let exchange = World(scenario: scenario, seed: 1).exchange
        #expect(Array(exchange.liquidationStyles) == [.bybit, .bitmex])
        #expect(exchange.configuration.liquidation.fundFloorWholeUnits == 100)
        #expect(exchange.fundBalance(exchange.fundID(for: InstrumentID(1))) == Money(units: 1_000_000_000))
        // No vault under these styles: the backstop capital is not seeded.
        #expect(exchange.account(AccountID(0))?.wallets[.primary] ?? .zero == .zero)
    }

    /// The built-in crash under BitMEX's style, with the vault's capital in the fund.
    @Test func insuranceCrashIsTheFlashCrashUnderBitmexWithTheCapitalInTheFund() throws {
        let scenario = try ScenarioLibrary.named("insurance-crash")
        let crash = try ScenarioLibrary.named("flash-crash")
        #expect(scenario.liquidation.style == .bitmex)
        #expect(scenario.insuranceFund == crash.insuranceFund + crash.backstopCapital && scenario.backstopCapital == 0)
        #expect(scenario.markets == crash.markets && scenario.events == crash.events)
    }

    @Test func theDefaultStyleIsHyperliquids() throws {
        let scenario = try ScenarioLibrary.named("flash-crash")
        #expect(scenario.liquidation == LiquidationSetup())
        #expect(World(scenario: scenario, seed: 1).exchange.liquidationStyles.allSatisfy { $0 == .hyperliquid })
    }

    @Test(arguments: [
        ("[liquidation]\nstyle = \"okx\"\n", 3, "'style' must be one of hyperliquid, binance, bybit, bitmex, dydx"),
        ("[liquidation]\nstyle = 3\n", 3, "'style' must be a string"),
        ("[liquidation]\nper_contract_funds = \"yes\"\n", 3, "'per_contract_funds' must be true or false"),
        ("[liquidation]\nfund_floor = -1\n", 3, "'fund_floor' must lie between"),
        ("[liquidation]\nfund_loss_limit = 1.5\n", 3, "'fund_loss_limit' must be a whole number"),
        ("[liquidation]\nstlye = \"bybit\"\n", 3, "unknown key 'stlye'"),
        ("liquidation = 3\n", 2, "'liquidation' must be a table"),
        (
            "[[markets]]\nsymbol = \"BTC-PERP\"\nprice = 1\nliquidation_style = \"ftx\"\n", 5,
            "'liquidation_style' must be one of"
        ),
    ])
    func aBadValueNamesTheKeyAndLine(text: String, line: Int, message: String) throws {
        let error = try #require(self.error(Self.base + text))
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }
}
