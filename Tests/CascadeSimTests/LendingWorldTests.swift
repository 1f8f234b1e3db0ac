import Testing

@testable import CascadeCore
@testable import CascadeSim

/// The `[lending]` table, and the lending world it builds: borrowers open their vaults, the crash
/// makes them unsafe, keepers bark and bid, and the ledger balances across exchange and loans.
@Suite("Lending in the world")
struct LendingWorldTests {
    func error(_ text: String) -> ScenarioError? {
        do {
            _ = try Scenario.parse(text, file: "bad.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func theLendingTableIsReadAndItsMistakesNamed() throws {
        let text = """
            name = "x"
            [[markets]]
            symbol = "ETH-PERP"
            price = 2000
            [lending]
            mode = "fixed-bonus"
            oracle_delay = "1h"
            keepers = 3
            liquidation_ratio = 1.75

            """
        let scenario = try Scenario.parse(text, file: "ok.toml")
        #expect(scenario.lending?.mode == .fixedBonus && scenario.lending?.oracleDelay == .hour)
        #expect(scenario.lending?.keepers == 3)
        let rules = try #require(scenario.lending?.rules(markets: ["ETH-PERP"]))
        #expect(rules.pools.map(\.asset) == [.usdc, .eth] && rules.vaultTypes.map(\.name) == ["ETH-A", "cETH-A"])
        // 1 ÷ 1.75 = 57.142857%, for borrowing and liquidation alike (Maker's one `mat`).
        #expect(
            rules.vaultTypes.allSatisfy {
                $0.loanToValue.units == 57_142_857 && $0.liquidationThreshold == $0.loanToValue
            })
        #expect(LendingMarket.problem(with: rules) == nil)
        let ratio = try #require(error(text.replacingOccurrences(of: "1.75", with: "0.9")))
        #expect(ratio.line == 9)
        let mode = try #require(error(text.replacingOccurrences(of: "fixed-bonus", with: "dutch")))
        #expect(mode.line == 6 && mode.message.contains("auction or fixed-bonus"))
        let unknown = try #require(error(text + "keeper_speed = 2\n"))
        #expect(unknown.line == 10)
    }

    /// ETH −40% in 30 minutes, no oracle delay: the auctions start during the fall, keepers bid only
    /// once the price has decayed below the market after it, and the ledger balances throughout.
    @Test func theCrashLiquidatesLoansAndTheLedgerBalances() throws {
        let text = """
            name = "lending-crash"
            duration = "3h"
            [[markets]]
            symbol = "ETH-PERP"
            price = 2000
            [population]
            retail_traders = 100
            noise_traders = 10
            [lending]
            borrowers = 80
            keepers = 3
            keeper_latency = "10s"
            [[events]]
            at = "5m"
            shock = -0.4
            over = "30m"

            """
        let scenario = try Scenario.parse(text, file: "lending-crash.toml")
        // Seed 2: on seed 1 the seven-component volatility wanders a vault unsafe at 2h42m, long after
        // the crash, and its auction is still decaying when the run ends.
        let (summary, world) = try HeadlessRun(scenario: scenario, seed: 2).run()
        let lending = try #require(summary.lending)
        #expect(lending.vaults == 80)
        #expect(lending.auctionsStarted > 10 && lending.takes >= lending.auctionsStarted)
        #expect(lending.auctionsRunning == 0)
        #expect(summary.ledgerDiscrepancy == 0)
        #expect(world.exchange.ledgerBalances)
    }
}
