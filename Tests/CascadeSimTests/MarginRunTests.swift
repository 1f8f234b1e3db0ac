import CascadeCore
import Testing

@testable import CascadeSim

/// A headless run under an adaptive margin model: the crash raises tier 1's maintenance rate, the
/// summary reports it, and the ledger balances.
@Suite struct MarginRunTests {
    static let crash = """
        name = "margin-crash"
        duration = "40m"
        [population]
        retail_traders = 200
        noise_traders = 10
        [margin]
        model = "ewma"
        [[events]]
        at = "10m"
        shock = -0.15
        over = "4m"
        volatility = 4
        for = "15m"
        """

    @Test func theSummaryReportsTheModelAndItsRise() throws {
        let scenario = try Scenario.parse(Self.crash, file: "margin-crash.toml")
        let (summary, world) = try HeadlessRun(scenario: scenario, seed: 1).run()
        let margin = summary.margin
        #expect(margin.model == "ewma" && margin.startMaintenanceRate == 0.4)
        #expect(margin.changes > 0 && margin.maxMaintenanceRate > 0.4)
        #expect(abs(margin.procyclicality - (margin.maxMaintenanceRate - margin.startMaintenanceRate)) < 1e-9)
        #expect(summary.text.contains("margin model        ewma, \(margin.changes) changes"))
        #expect(summary.ledgerDiscrepancy == 0 && world.exchange.ledgerBalances)
        let status = world.exchange.marginStatus(InstrumentID(0))
        #expect(status.highestMaintenanceRate.units == Int64((margin.maxMaintenanceRate * 1e6).rounded()))
    }

    /// Same seed, same events, with the model's samples and changes among them.
    @Test func anAdaptiveRunIsDeterministic() throws {
        let scenario = try Scenario.parse(
            Self.crash, file: "margin-crash.toml",
            overrides: ["duration=\"15m\"", "margin.model=predictive"].compactMap(ScenarioOverride.init))
        let first = try HeadlessRun(scenario: scenario, seed: 3).run().summary
        let second = try HeadlessRun(scenario: scenario, seed: 3).run().summary
        #expect(first.margin.changes > 0)
        #expect(first.eventHash == second.eventHash && first.margin == second.margin)
    }

    @Test func aStaticRunReportsNoChange() throws {
        let scenario = try Scenario.parse(
            Self.crash, file: "margin-crash.toml",
            overrides: ["margin.model=static", "duration=\"5m\""].compactMap(ScenarioOverride.init))
        let summary = try HeadlessRun(scenario: scenario, seed: 1).run().summary
        #expect(
            summary.margin == RunSummary.Margin(model: "static", startMaintenanceRate: 0.4, maxMaintenanceRate: 0.4))
    }
}
