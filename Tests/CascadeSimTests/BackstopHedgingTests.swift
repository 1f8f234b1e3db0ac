import CascadeCore
import Testing

@testable import CascadeSim

/// The `[backstop]` table, and the backstop vault working its inventory off by its policy: a
/// `twap` vault sells what it took over from the whale and ends with less of it than one that holds.
@Suite struct BackstopHedgingTests {
    @Test func theTableReachesTheScenario() throws {
        let scenario = try Scenario.parse(
            """
            name = "x"
            [backstop]
            policy = "twap"
            horizon = "20m"
            max_impact = 0.01
            interval = "5s"
            """, file: "x.toml")
        #expect(scenario.backstop.policy == .twap && scenario.backstop.horizon == 20 * .minute)
        #expect(scenario.backstop.maxImpact == 0.01 && scenario.backstop.interval == 5 * .second)
        #expect(try Scenario.parse("name = \"x\"", file: "x.toml").backstop.policy == .hold)
    }

    @Test(arguments: [
        ("[backstop]\npolicy = \"sell\"\n", 3, "'policy' must be one of hold, twap, aggressive, not \"sell\""),
        ("[backstop]\ninterval = \"500ms\"\n", 3, "'interval' must be a duration"),
        ("[backstop]\ninterval = \"2h\"\n", 3, "'interval' must lie between 1s and 1h"),
        ("[backstop]\nmax_impact = 0.5\n", 3, "'max_impact' must lie between"),
        ("[backstop]\npace = 1\n", 3, "unknown key 'pace'"),
    ])
    func aBadValueNamesTheKeyAndLine(text: String, line: Int, message: String) throws {
        let error = try #require(ScenarioBadInputTests().error("name = \"x\"\n" + text))
        #expect(error.line == line && error.message.contains(message), "\(error)")
    }

    /// whale-vs-backstop to 55 minutes: the whale's long, liquidated in the 45-minute drop, goes to
    /// the vault; with `twap` over 10 minutes the vault has sold part of it by the end.
    @Test func aTwapVaultWorksItsInventoryDownAndTheLedgerHolds() throws {
        var hold = try ScenarioLibrary.named("whale-vs-backstop")
        hold.duration = 55 * .minute
        var twap = hold
        twap.backstop.policy = .twap
        twap.backstop.horizon = 10 * .minute
        let held = try HeadlessRun(scenario: hold, seed: 1).run().summary
        let worked = try HeadlessRun(scenario: twap, seed: 1).run().summary
        #expect(held.backstopTakeovers > 0 && worked.backstopTakeovers > 0)
        #expect(held.backstop.policy == "hold" && worked.backstop.policy == "twap")
        #expect(held.backstop.endInventory > 0.9 * held.backstop.peakInventory, "\(held.backstop)")
        #expect(worked.backstop.endInventory < 0.7 * worked.backstop.peakInventory, "\(worked.backstop)")
        #expect(held.ledgerDiscrepancy == 0 && worked.ledgerDiscrepancy == 0)
    }
}
