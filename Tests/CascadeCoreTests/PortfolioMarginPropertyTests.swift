import Foundation
import PropertyBased
import Testing

@testable import CascadeCore

/// Portfolio margin over random portfolios of options and perps: its fast scenario pricing agrees
/// with `greeks(spot:rate:volatility:)`, offsetting positions cancel, and the requirement is
/// homogeneous in size.
@Suite("Portfolio margin properties")
struct PortfolioMarginPropertyTests {
    static let spot = 60_000.0
    static let model = PortfolioMarginModel.paradex

    /// A perp, call or put; strikes 0.5–2 × spot (log-uniform), 1–400 days, IV 10–200%, size ±10 coins.
    static let position = zip(
        Gen.int(in: 0...2), Gen.double(in: log(0.5)...log(2.0)), Gen.double(in: 1...400), Gen.double(in: 0.1...2),
        Gen.double(in: -10...10)
    ).map { kind, moneyness, days, volatility, size -> PortfolioPosition in
        kind == 0
            ? .perpetual(size: size)
            : .option(
                kind == 1 ? .call : .put, strike: spot * exp(moneyness), days: days, volatility: volatility, size: size)
    }
    static let portfolio = position.array(of: 1...8)

    /// The rounding a sum of scenario values can carry: 10⁻⁹ of the largest notional a scenario
    /// reaches (every coin at six times spot), far above a few ulps and far below any real change.
    static func tolerance(_ positions: [PortfolioPosition]) -> Double {
        1e-9 * positions.reduce(0) { $0 + abs($1.size) } * 6 * spot
    }

    @Test func anExactOffsetNeverRaisesTheRequirement() async {
        await propertyCheck(count: 200, input: Self.portfolio, Self.position) { positions, extra in
            var offset = extra
            offset.size = -extra.size
            let before = Self.model.evaluate(positions, spot: Self.spot)
            let after = Self.model.evaluate(positions + [extra, offset], spot: Self.spot)
            let tolerance = Self.tolerance(positions + [extra])
            #expect(after.initialMargin <= before.initialMargin + tolerance)
            #expect(abs(after.scanRisk - before.scanRisk) <= tolerance)
            let pair = Self.model.evaluate([extra, offset], spot: Self.spot)
            #expect(pair.initialMargin == 0 && pair.maintenanceMargin == 0)
        }
    }

    @Test func scalingSizesScalesTheRequirement() async {
        await propertyCheck(count: 200, input: Self.portfolio, Gen.double(in: 0.1...10)) { positions, k in
            let scaled = positions.map { position in
                var copy = position
                copy.size *= k
                return copy
            }
            let base = Self.model.evaluate(positions, spot: Self.spot)
            let times = Self.model.evaluate(scaled, spot: Self.spot)
            let tolerance = Self.tolerance(scaled)
            #expect(abs(times.scanRisk - k * base.scanRisk) <= tolerance, "k \(k)")
            #expect(abs(times.initialMargin - k * base.initialMargin) <= tolerance, "k \(k)")
        }
    }

    /// Each scenario's PnL of one position is what `EuropeanOption.greeks` gives for the shocked market,
    /// to 10⁻⁹ of the position's largest scenario notional.
    @Test func scenarioPricesAgreeWithTheGreeks() async {
        await propertyCheck(count: 200, input: Self.position) { position in
            let margin = Self.model.evaluate([position], spot: Self.spot)
            for (index, scenario) in Self.model.scenarios.enumerated() {
                let shockedSpot = Self.spot * (1 + scenario.spotShock)
                let expected: Double
                switch position.contract {
                case .perpetual: expected = position.size * (shockedSpot - Self.spot)
                case .option(let right, let strike, let days, let volatility):
                    let option = EuropeanOption(right, strike: strike, years: days / 365)
                    let shocked = volatility * (1 + scenario.volShock * Self.model.volShockScale(days: days))
                    expected =
                        position.size
                        * (option.greeks(spot: shockedSpot, rate: 0, volatility: shocked).price
                            - option.greeks(spot: Self.spot, rate: 0, volatility: volatility).price)
                }
                #expect(
                    abs(margin.scenarioPnLs[index] - expected) <= Self.tolerance([position]), "scenario \(index + 1)")
            }
        }
    }
}
