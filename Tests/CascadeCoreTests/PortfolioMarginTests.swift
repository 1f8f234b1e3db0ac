import Foundation
import Testing

@testable import CascadeCore

/// Portfolio margin on Paradex's table (https://docs.paradex.trade/risk/portfolio-margin): its worked
/// example to the cent, and three portfolios whose figures were computed independently (Python,
/// Black–Scholes through `math.erfc`, the same table and rules).
@Suite("Portfolio margin")
struct PortfolioMarginTests {
    static let model = PortfolioMarginModel.paradex
    static let spot = 60_000.0

    /// Within half a cent of a figure rounded to the cent, or of a four-decimal figure.
    static func expectCents(_ value: Double, _ expected: Double, _ what: String) {
        #expect(abs(value - expected) <= 0.005, "\(what): \(value), expected \(expected)")
    }

    /// The index of the scenario with these shocks.
    static func scenario(_ spotShock: Double, _ volShock: Double) throws -> Int {
        try #require(model.scenarios.firstIndex { $0.spotShock == spotShock && $0.volShock == volShock })
    }

    /// Checks `figures` (spot shock, vol shock, PnL), the binding scenario and the margins.
    static func expect(
        _ margin: PortfolioMargin, pnls figures: [(Double, Double, Double)], worst: (Double, Double),
        scan: Double, minDelta: Double, initial: Double, maintenance: Double
    ) throws {
        for (spotShock, volShock, pnl) in figures {
            expectCents(margin.scenarioPnLs[try scenario(spotShock, volShock)], pnl, "PnL at \(spotShock), \(volShock)")
        }
        #expect(margin.worstScenario == (try scenario(worst.0, worst.1)))
        expectCents(margin.scanRisk, scan, "scan risk")
        expectCents(margin.minDeltaRisk, minDelta, "min delta risk")
        expectCents(margin.initialMargin, initial, "initial margin")
        expectCents(margin.maintenanceMargin, maintenance, "maintenance margin")
    }

    @Test func theTableIsParadexs() {
        let scenarios = Self.model.scenarios
        #expect(scenarios.count == 24)
        #expect(scenarios.prefix(16).allSatisfy { $0.weight == 1 && abs($0.spotShock) <= 0.16 })
        #expect(scenarios.prefix(16).filter { $0.volShock == -0.22 }.count == 7)
        #expect(!scenarios.contains { abs($0.spotShock) == 0.16 && $0.volShock == -0.22 })
        #expect(scenarios.suffix(8).map(\.weight) == [0.24, 0.48, 0.32, 0.16, 0.08, 0.0533, 0.04, 0.032])
        #expect(scenarios.suffix(8).allSatisfy { $0.volShock == 0.40 })
        #expect(Self.model.volShockScale(days: 30) == 1)
        #expect(abs(Self.model.volShockScale(days: 7.5) - pow(4, 0.30)) <= 1e-15)
        #expect(abs(Self.model.volShockScale(days: 120) - pow(0.25, 0.13)) <= 1e-15)
        #expect(Self.model.volShockScale(days: 0.25) == Self.model.volShockScale(days: 1))
    }

    /// Short 1 ATM call (60,000, 30 days, IV 60%) and long 0.5 BTC perp at 60,000.
    @Test func paradexWorkedExample() throws {
        let call = EuropeanOption(.call, strike: 60_000, years: 30 / 365).greeks(
            spot: Self.spot, rate: 0, volatility: 0.6)
        Self.expectCents(call.price, 4_112.36, "call value")
        let margin = Self.model.evaluate(
            [
                .option(.call, strike: 60_000, days: 30, volatility: 0.6, size: -1),
                .perpetual(size: 0.5),
            ], spot: Self.spot)
        #expect(abs(margin.netDelta - -0.03427) <= 0.000005)
        try Self.expect(
            margin,
            pnls: [
                (0, 0.40, -1_638.15), (0.16, 0.40, -3_233.61), (-0.16, 0.40, -2_496.56), (0, -0.22, 903.17),
                (5, 0.40, -145_887.64),
            ], worst: (5, 0.40), scan: 4_668.40, minDelta: 341.12, initial: 4_668.40, maintenance: 2_334.20)
        Self.expectCents(margin.weightedLoss(at: try Self.scenario(5, 0.40)), 4_668.40, "weighted loss at +500%")
    }

    /// Long 1 call and 1 put at 60,000, 14 days, IV 55%: a long straddle loses only when volatility
    /// falls near the strike, so the binding scenario is spot unchanged, volatility down.
    @Test func longStraddle() throws {
        let margin = Self.model.evaluate(
            [
                .option(.call, strike: 60_000, days: 14, volatility: 0.55, size: 1),
                .option(.put, strike: 60_000, days: 14, volatility: 0.55, size: 1),
            ], spot: Self.spot)
        try Self.expect(
            margin,
            pnls: [
                (0, -0.22, -1_424.3623), (0, 0.40, 2_586.6042), (-0.04, -0.22, -1_008.9682), (-0.66, 0.40, 34_445.7952),
                (5, 0.40, 294_845.7952),
            ], worst: (0, -0.22), scan: 1_424.3623, minDelta: 338.6565, initial: 1_424.3623, maintenance: 712.1812)
    }

    /// Long 1 perp and short 1 call at 66,000, 45 days, IV 58%: the covered call loses most in the
    /// −66% crash, where the call's premium no longer covers the perp.
    @Test func coveredCall() throws {
        let margin = Self.model.evaluate(
            [.perpetual(size: 1), .option(.call, strike: 66_000, days: 45, volatility: 0.58, size: -1)], spot: Self.spot
        )
        try Self.expect(
            margin,
            pnls: [
                (-0.16, 0.40, -8_390.4564), (0, 0.40, -1_778.9372), (0.16, 0.40, 2_749.0217),
                (-0.66, 0.40, -36_943.2430), (5, 0.40, 8_656.7895),
            ], worst: (-0.66, 0.40), scan: 8_866.3783, minDelta: 985.7308, initial: 8_866.3783,
            maintenance: 4_433.1892)
        #expect(abs(margin.netDelta - 0.642885) <= 0.000001)
    }

    /// Short a 54,000 put (IV 62%) and a 66,000 call (IV 65%), 21 days, hedged with 0.08 of perp: the
    /// delta minimum is almost all hedged delta, and the +500% tail binds.
    @Test func deltaHedgedShortStrangle() throws {
        let margin = Self.model.evaluate(
            [
                .option(.put, strike: 54_000, days: 21, volatility: 0.62, size: -1),
                .option(.call, strike: 66_000, days: 21, volatility: 0.65, size: -1),
                .perpetual(size: 0.08),
            ], spot: Self.spot)
        try Self.expect(
            margin,
            pnls: [
                (0, 0.40, -2_783.9329), (0, -0.22, 1_339.7574), (-0.16, 0.40, -5_180.6534), (0.16, 0.40, -5_234.4648),
                (5, 0.40, -267_187.6617),
            ], worst: (5, 0.40), scan: 8_550.0052, minDelta: 178.1541, initial: 8_550.0052, maintenance: 4_275.0026)
        #expect(abs(margin.netDelta) <= 0.0001)
        #expect(abs(margin.hedgedDelta - 0.2968635) <= 0.000001)
    }

    /// Positions of one contract net before delta is counted: a long and a short of the same option
    /// hold no hedged delta, and a portfolio with no loss in any scenario needs nothing.
    @Test func sameContractNetsAndNoLossNeedsNothing() {
        let call = PortfolioPosition.option(.call, strike: 60_000, days: 30, volatility: 0.6, size: 2)
        let margin = Self.model.evaluate(
            [call, .option(.call, strike: 60_000, days: 30, volatility: 0.6, size: -2)], spot: Self.spot)
        #expect(margin.initialMargin == 0 && margin.hedgedDelta == 0)
        #expect(margin.scenarioPnLs.allSatisfy { $0 == 0 })
        let empty = PortfolioMarginModel(scenarios: []).evaluate([call], spot: Self.spot)
        #expect(empty.worstScenario == nil && empty.scanRisk == 0)
    }

    /// The delta minimum binds when the scenarios are too mild to: a table of ±1% moves on a perp.
    @Test func deltaMinimumBindsOnAMildTable() {
        let mild = PortfolioMarginModel(
            scenarios: PortfolioMarginModel.scenarioTable(spotShocks: [-0.01, 0, 0.01], extended: []))
        #expect(mild.scenarios.count == 4)
        let margin = mild.evaluate([.perpetual(size: -2)], spot: Self.spot)
        // Scan risk: 2 × 600 = 1,200 at +1%; min delta risk: 2% × 2 × 60,000 = 2,400.
        #expect(abs(margin.scanRisk - 1_200) <= 1e-9)
        #expect(abs(margin.minDeltaRisk - 2_400) <= 1e-9)
        #expect(margin.initialMargin == margin.minDeltaRisk && margin.maintenanceMargin == 1_200)
    }
}
