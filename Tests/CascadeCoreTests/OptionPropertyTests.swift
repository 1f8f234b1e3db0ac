import Foundation
import PropertyBased
import Testing

@testable import CascadeCore

/// Black–Scholes and Black-76 over random options: put–call parity, Greeks against central
/// differences of the price, and implied volatility solved back from the price.
@Suite("Option pricing properties")
struct OptionPropertyTests {
    static let spot = 100.0
    /// K/S from 0.3 to 3, log-uniform.
    static let moneyness = Gen.double(in: log(0.3)...log(3.0)).map { exp($0) }
    /// One day to two years, log-uniform.
    static let days = Gen.double(in: log(1.0 / 365)...log(2.0)).map { exp($0) }
    /// One minute to two years, log-uniform.
    static let minutesToYears = Gen.double(in: log(1.0 / 525_600)...log(2.0)).map { exp($0) }
    /// 5% to 200%, log-uniform.
    static let volatility = Gen.double(in: log(0.05)...log(2.0)).map { exp($0) }
    /// 1% to 500%, log-uniform.
    static let wideVolatility = Gen.double(in: log(0.01)...log(5.0)).map { exp($0) }
    static let rate = Gen.double(in: 0...0.1)

    /// Both forms of the model at one point, so each property covers spot and forward.
    static func both(_ option: EuropeanOption, _ rate: Double, _ volatility: Double) -> [OptionGreeks] {
        [
            option.greeks(spot: spot, rate: rate, volatility: volatility),
            option.greeks(forward: spot, rate: rate, volatility: volatility),
        ]
    }

    @Test func putCallParity() async {
        await propertyCheck(count: 500, input: Self.moneyness, Self.minutesToYears, Self.wideVolatility, Self.rate) {
            ratio, years, volatility, rate in
            let strike = Self.spot * ratio
            let discount = exp(-rate * years)
            let calls = Self.both(EuropeanOption(.call, strike: strike, years: years), rate, volatility)
            let puts = Self.both(EuropeanOption(.put, strike: strike, years: years), rate, volatility)
            let tolerance = 1e-12 * (Self.spot + strike)
            // Spot: C − P = S − K e^(−rT), Δc − Δp = 1, ρc − ρp = K T e^(−rT), Θc − Θp = −r K e^(−rT).
            #expect(abs(calls[0].price - puts[0].price - (Self.spot - strike * discount)) <= tolerance)
            #expect(abs(calls[0].delta - puts[0].delta - 1) <= 1e-14)
            #expect(abs(calls[0].rho - puts[0].rho - strike * years * discount) <= tolerance * years)
            #expect(abs(calls[0].theta - puts[0].theta + rate * strike * discount) <= tolerance)
            // Forward: C − P = e^(−rT) (F − K), and Δc − Δp = e^(−rT).
            #expect(abs(calls[1].price - puts[1].price - discount * (Self.spot - strike)) <= tolerance)
            #expect(abs(calls[1].delta - puts[1].delta - discount) <= 1e-14)
            for (call, put) in zip(calls, puts) { #expect(call.gamma == put.gamma && call.vega == put.vega) }
        }
    }

    /// Each Greek against a central difference of the price, with steps scaled to the option (the
    /// underlying's step is 10⁻³ of one standard deviation σ√T S; the rate's is at most 10⁻³ of σ/√T,
    /// the shift that moves d₂ by one, so a low-volatility long-dated option is not differenced across
    /// its curvature), to 10⁻⁵ relative, or within the rounding a difference of prices carries plus
    /// 10⁻⁸ of the Greek's scale (S + K for vega, theta and rho): a theta or rho that crosses zero
    /// is a small difference of large terms, where a relative bound would test the step, not the formula.
    @Test func greeksMatchFiniteDifferences() async {
        await propertyCheck(
            count: 1000, input: Gen.bool(), Self.moneyness, Self.days, Self.volatility, Self.rate
        ) { isCall, ratio, years, volatility, rate in
            let option = EuropeanOption(isCall ? .call : .put, strike: Self.spot * ratio, years: years)
            for onForward in [false, true] {
                func price(_ underlying: Double, _ years: Double, _ rate: Double, _ volatility: Double) -> Double {
                    let shifted = EuropeanOption(option.right, strike: option.strike, years: years)
                    return onForward
                        ? shifted.greeks(forward: underlying, rate: rate, volatility: volatility).price
                        : shifted.greeks(spot: underlying, rate: rate, volatility: volatility).price
                }
                let (s, t, r, v) = (Self.spot, years, rate, volatility)
                let greeks = Self.both(option, rate, volatility)[onForward ? 1 : 0]
                let h = 1e-3 * s * v * t.squareRoot()
                let hr = Swift.min(1e-4, 1e-3 * v / t.squareRoot())
                // Each price carries rounding of a few ulps of S + K, which a difference divides by its step.
                let noise = 8 * Double.ulpOfOne * (s + option.strike)
                let scale = 1e-8 * (s + option.strike)
                let differences = [
                    (
                        "delta", greeks.delta, (price(s + h, t, r, v) - price(s - h, t, r, v)) / (2 * h),
                        noise / h + 1e-8
                    ),
                    (
                        "gamma", greeks.gamma,
                        (price(s + h, t, r, v) - 2 * price(s, t, r, v) + price(s - h, t, r, v)) / (h * h),
                        4 * noise / (h * h) + 1e-8 / s
                    ),
                    (
                        "vega", greeks.vega, (price(s, t, r, v * 1.0001) - price(s, t, r, v * 0.9999)) / (2e-4 * v),
                        noise / (2e-4 * v) + scale
                    ),
                    (
                        "theta", greeks.theta,
                        -(price(s, t * 1.0001, r, v) - price(s, t * 0.9999, r, v)) / (2e-4 * t),
                        noise / (2e-4 * t) + scale
                    ),
                    (
                        "rho", greeks.rho, (price(s, t, r + hr, v) - price(s, t, r - hr, v)) / (2 * hr),
                        noise / (2 * hr) + scale
                    ),
                ]
                for (name, analytic, numeric, rounding) in differences {
                    #expect(
                        OptionTolerance.isClose(analytic, numeric, relative: 1e-5, absolute: rounding),
                        "\(onForward ? "forward" : "spot") \(option) σ \(volatility) r \(rate) \(name): \(analytic) vs \(numeric)"
                    )
                }
            }
        }
    }

    /// Price at σ, solve, get σ back: to 10⁻¹⁰ relative, or to what the price's last bits allow
    /// (an error of a few ulps of the price moves σ by that over vega). A price with no time value
    /// left in a double is refused as at or below intrinsic value (or not positive), never solved wrongly.
    @Test func impliedVolatilityRoundTrip() async {
        var solved = 0
        await propertyCheck(
            count: 3000, input: Gen.bool(), Self.moneyness, Self.minutesToYears, Self.wideVolatility, Self.rate
        ) { isCall, ratio, years, volatility, rate in
            let option = EuropeanOption(isCall ? .call : .put, strike: Self.spot * ratio, years: years)
            let greeks = option.greeks(spot: Self.spot, rate: rate, volatility: volatility)
            let discountedStrike = option.strike * exp(-rate * years)
            let intrinsic = Swift.max(isCall ? Self.spot - discountedStrike : discountedStrike - Self.spot, 0)
            do throws(ImpliedVolatilityError) {
                let implied = try option.impliedVolatility(price: greeks.price, spot: Self.spot, rate: rate)
                let allowed = 1e-10 * volatility + 8 * Double.ulpOfOne * (Self.spot + option.strike) / greeks.vega
                #expect(
                    abs(implied - volatility) <= allowed,
                    "\(option) σ \(volatility) r \(rate): solved \(implied), price \(greeks.price), vega \(greeks.vega)"
                )
                solved += 1
            } catch .belowIntrinsic, .nonPositivePrice {
                #expect(
                    greeks.price - intrinsic <= 4 * Double.ulpOfOne * (Self.spot + option.strike),
                    "\(option) σ \(volatility): refused a price \(greeks.price) with time value over intrinsic \(intrinsic)"
                )
            } catch {
                Issue.record("\(option) σ \(volatility) r \(rate): \(error)")
            }
        }
        #expect(solved > 1000, "too few prices had time value to solve: \(solved)")
    }

    /// Black-76 solves on the forward the same way.
    @Test func impliedVolatilityOnTheForward() throws {
        for (right, strike, volatility) in [
            (OptionRight.call, 60_000.0, 0.6), (.put, 30_000, 1.5), (.call, 70_000, 0.3),
        ] {
            let option = EuropeanOption(right, strike: strike, years: 7.0 / 365)
            let price = option.greeks(forward: 61_000, rate: 0.04, volatility: volatility).price
            let implied = try option.impliedVolatility(price: price, forward: 61_000, rate: 0.04)
            #expect(abs(implied - volatility) <= 1e-10 * volatility, "\(right) \(strike): \(implied)")
        }
    }

    @Test(
        "Prices no volatility gives are refused with their reason",
        arguments: [
            (OptionRight.call, 100.0, 80.0, 1.0, 0.0, 19.9, ImpliedVolatilityError.belowIntrinsic(20)),
            (.put, 100, 120, 1, 0, 20, .belowIntrinsic(20)),
            (.call, 100, 100, 1, 0, 100, .aboveUpperBound(100)),
            (.put, 100, 100, 1, 0, 100.5, .aboveUpperBound(100)),
            (.call, 100, 100, 1, 0, 0, .nonPositivePrice),
            (.call, 100, 100, 1, 0, -1, .nonPositivePrice),
            (.call, 100, 100, 1, 0, .nan, .nonPositivePrice),
            (.call, 100, 100, 0, 0, 5, .expired),
            (.call, 100, 100, -1, 0, 5, .expired),
            (.call, -100, 100, 1, 0, 5, .invalidMarket),
            (.put, 100, 0, 1, 0, 5, .invalidMarket),
            (.call, 100, 100, 1, .infinity, 5, .invalidMarket),
        ] as [(OptionRight, Double, Double, Double, Double, Double, ImpliedVolatilityError)])
    func noSolution(
        right: OptionRight, spot: Double, strike: Double, years: Double, rate: Double, price: Double,
        reason: ImpliedVolatilityError
    ) {
        #expect(throws: reason) {
            try EuropeanOption(right, strike: strike, years: years).impliedVolatility(
                price: price, spot: spot, rate: rate)
        }
    }

    /// Minutes to expiry and quotes at the edges: an ATM option with five minutes left at 1%, a far
    /// wing at 500%, deep in-the-money options whose time value is a millionth of their price or less.
    @Test(
        arguments: [
            (OptionRight.call, 100.0, 5.0 / 525_600, 0.01), (.put, 100, 5.0 / 525_600, 0.01),
            (.call, 300, 1.0 / 365, 5), (.put, 30, 2, 5), (.put, 160, 30.0 / 365, 0.4), (.call, 80, 1.0 / 365, 0.8),
        ] as [(OptionRight, Double, Double, Double)])
    func edgeQuotesSolve(right: OptionRight, strike: Double, years: Double, volatility: Double) throws {
        let option = EuropeanOption(right, strike: strike, years: years)
        let greeks = option.greeks(spot: Self.spot, rate: 0.05, volatility: volatility)
        let implied = try option.impliedVolatility(price: greeks.price, spot: Self.spot, rate: 0.05)
        let allowed = 1e-10 * volatility + 8 * Double.ulpOfOne * (Self.spot + strike) / greeks.vega
        #expect(abs(implied - volatility) <= allowed, "\(implied) vs \(volatility)")
    }
}
