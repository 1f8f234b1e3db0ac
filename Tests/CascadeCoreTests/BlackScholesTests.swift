import Foundation
import Testing

@testable import CascadeCore

/// Black–Scholes and Black-76 against published worked examples and against 50-digit reference
/// values (`Fixtures/black_scholes_reference.py` writes the CSV with mpmath; Greeks there are
/// numerical derivatives of the price, an independent route to the closed forms).
@Suite("Black–Scholes pricing")
struct BlackScholesTests {
    /// `value` printed to as many decimals as `printed` has, within half a unit of its last digit.
    static func matches(_ value: Double, _ printed: String) -> Bool {
        let decimals = printed.firstIndex(of: ".").map { printed.distance(from: $0, to: printed.endIndex) - 1 } ?? 0
        guard let expected = Double(printed) else { return false }
        return abs(value - expected) <= 0.5 * pow(10, -Double(decimals)) * (1 + 1e-9)
    }

    /// The rows of exchange documentation's Greeks table: S, K, r, σ, T, then call, put, Δc, Δp, Γ,
    /// vega, Θc, Θp, ρc, ρp as printed. Hull (*Options, Futures, and Other Derivatives*, Example 19.1
    /// and the theta and rho examples); the GAUSS `europeanBSCall_Greeks` example; a crypto ATM option.
    static let workedExamples: [(Double, Double, Double, Double, Double, [String])] = [
        (
            49, 50, 0.05, 0.20, 20.0 / 52,
            [
                "2.400527", "2.448175", "0.521605", "-0.478395", "0.065544", "12.10548", "-4.30533", "-1.852947",
                "8.906962", "-9.957518",
            ]
        ),
        (
            305, 300, 0.08, 0.25, 0.33,
            [
                "24.257501", "11.441131", "0.644580", "-0.355420", "0.008503", "65.256273", "-38.505439", "-15.130748",
                "56.872007", "-39.548591",
            ]
        ),
        (
            60_000, 60_000, 0, 0.60, 30.0 / 365,
            [
                "4112.3644", "4112.3644", "0.534270", "-0.465730", "0.000039", "6837.0573", "-24955.26", "-24955.26",
                "2296.75", "-2634.75",
            ]
        ),
    ]

    @Test(arguments: 0..<3) func workedExample(index: Int) {
        let (spot, strike, rate, volatility, years, printed) = Self.workedExamples[index]
        let call = EuropeanOption(.call, strike: strike, years: years).greeks(
            spot: spot, rate: rate, volatility: volatility)
        let put = EuropeanOption(.put, strike: strike, years: years).greeks(
            spot: spot, rate: rate, volatility: volatility)
        let computed = [
            call.price, put.price, call.delta, put.delta, call.gamma, call.vega, call.theta, put.theta, call.rho,
            put.rho,
        ]
        for (value, text) in zip(computed, printed) { #expect(Self.matches(value, text), "\(value) vs \(text)") }
        #expect(call.gamma == put.gamma && call.vega == put.vega)
    }

    /// One row of the reference CSV.
    struct Reference {
        var onForward: Bool
        var option: EuropeanOption
        var underlying: Double
        var rate: Double
        var volatility: Double
        var expected: OptionGreeks
    }

    static func references() throws -> [Reference] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/black_scholes_reference.csv")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst()
        return try lines.map { line in
            let fields = line.split(separator: ",").map(String.init)
            let numbers = try fields.dropFirst(2).map { try #require(Double($0), "\(line)") }
            let figures = Array(numbers[5...])
            return Reference(
                onForward: fields[0] == "forward",
                option: EuropeanOption(
                    fields[1] == "call" ? .call : .put, strike: numbers[1], years: numbers[2] / 365),
                underlying: numbers[0], rate: numbers[3], volatility: numbers[4],
                expected: OptionGreeks(
                    price: figures[0], delta: figures[1], gamma: figures[2], vega: figures[3], theta: figures[4],
                    rho: figures[5], d1: figures[6], d2: figures[7]))
        }
    }

    /// Every figure within 1e-9 relative of the 50-digit value, or 1e-12 of it in the figure's own
    /// scale (× the underlying for price, vega, theta and rho; ÷ it for gamma).
    @Test func agreesWithFiftyDigitReference() throws {
        let references = try Self.references()
        #expect(references.count == 1152)
        var failures: [String] = []
        for reference in references {
            let greeks =
                reference.onForward
                ? reference.option.greeks(
                    forward: reference.underlying, rate: reference.rate, volatility: reference.volatility)
                : reference.option.greeks(
                    spot: reference.underlying, rate: reference.rate, volatility: reference.volatility)
            let expected = OptionTolerance.figures(reference.expected, underlying: reference.underlying)
            for (figure, want) in zip(OptionTolerance.figures(greeks, underlying: reference.underlying), expected)
            where !OptionTolerance.isClose(figure.value, want.value, relative: 1e-9, absolute: 1e-12 * want.scale) {
                failures.append(
                    "\(reference.onForward ? "forward" : "spot") \(reference.option) S \(reference.underlying) "
                        + "r \(reference.rate) σ \(reference.volatility) \(figure.name): \(figure.value) vs \(want.value)"
                )
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
    }

    /// A deep put keeps its own digits: its delta is −N(−d1), not N(d1) − 1 rounded to 0.
    @Test func deepOutOfTheMoneyPutKeepsRelativeAccuracy() {
        let put = EuropeanOption(.put, strike: 50, years: 30.0 / 365).greeks(spot: 100, rate: 0, volatility: 0.5)
        #expect(put.delta < 0 && put.delta > -1e-6)
        #expect(put.price > 0 && put.price < 1e-4)
        #expect(put.rho < 0)
    }

    /// The pair a chain is valued with is each right's own valuation to the bit, from minutes to a
    /// year, deep in and out of the money, with and without a rate.
    @Test func callAndPutAreEachRightsOwnGreeks() {
        for years in [0.0001, 0.01, 0.25, 1.0] {
            for strike in [20_000.0, 58_000, 60_000, 61_500, 150_000] {
                for volatility in [0.05, 0.6, 2.0] {
                    for rate in [0.0, 0.05] {
                        let pair = EuropeanOption.callAndPut(
                            strike: strike, years: years, forward: 60_000, rate: rate, volatility: volatility)
                        let call = EuropeanOption(.call, strike: strike, years: years)
                        let put = EuropeanOption(.put, strike: strike, years: years)
                        #expect(pair.call == call.greeks(forward: 60_000, rate: rate, volatility: volatility))
                        #expect(pair.put == put.greeks(forward: 60_000, rate: rate, volatility: volatility))
                    }
                }
            }
        }
    }
}
