import CascadeCore
import Foundation

/// The two ways `cascade calc option` prints an `OptionCalculationResult`.
enum OptionReport {
    /// Ten significant digits, the way every figure and input is shown in the derivations, with a
    /// minus sign (−) as the formulas have.
    static func number(_ value: Double) -> String {
        let digits = String(format: "%.10g", abs(value))
        return value < 0 ? "−" + digits : digits
    }

    /// `number`, in parentheses when negative, for a value multiplied in a formula.
    static func factor(_ value: Double) -> String { value < 0 ? "(\(number(value)))" : number(value) }

    /// A rate or volatility as a percentage, e.g. `60%`.
    static func percent(_ value: Double) -> String { number(value * 100) + "%" }

    /// The breakdown a learner can follow: each figure, its formula, the numbers put in, the result.
    static func text(_ result: OptionCalculationResult) -> String {
        let option = result.option
        let greeks = result.greeks
        let call = option.right == .call
        let (s, k, t, r, v) = (
            number(result.spot), number(option.strike), number(option.years), factor(result.rate),
            number(result.volatility)
        )
        let (d1, d2, minusD1, minusD2) = (number(greeks.d1), number(greeks.d2), number(-greeks.d1), number(-greeks.d2))
        let discount = "e^(−\(r) × \(t))"
        var steps: [(String, String, String, String)] = []
        if let price = result.impliedFrom {
            steps.append(
                (
                    "implied volatility", "σ at which the Black–Scholes price equals P",
                    "solve price(σ) = \(number(price))", "\(number(result.volatility)) (\(percent(result.volatility)))"
                ))
        }
        steps += [
            (
                "d1", "[ln(S/K) + (r + σ²/2) T] / (σ √T)",
                "[ln(\(s) / \(k)) + (\(r) + \(v)² / 2) × \(t)] / (\(v) × √\(t))",
                d1
            ),
            ("d2", "d1 − σ √T", "\(d1) − \(v) × √\(t)", d2),
            call
                ? (
                    "price", "S N(d1) − K e^(−rT) N(d2)", "\(s) × N(\(d1)) − \(k) × \(discount) × N(\(d2))",
                    number(greeks.price)
                )
                : (
                    "price", "K e^(−rT) N(−d2) − S N(−d1)", "\(k) × \(discount) × N(\(minusD2)) − \(s) × N(\(minusD1))",
                    number(greeks.price)
                ),
            call
                ? ("delta", "N(d1)", "N(\(d1))", number(greeks.delta))
                : ("delta", "−N(−d1)", "−N(\(minusD1))", number(greeks.delta)),
            ("gamma", "N′(d1) / (S σ √T)", "N′(\(d1)) / (\(s) × \(v) × √\(t))", number(greeks.gamma)),
            (
                "vega (per 1.00 of volatility)", "S N′(d1) √T", "\(s) × N′(\(d1)) × √\(t)",
                "\(number(greeks.vega)) (\(number(greeks.vegaPerPoint)) per vol point)"
            ),
            (
                "theta (per year)",
                call ? "−S N′(d1) σ / (2 √T) − r K e^(−rT) N(d2)" : "−S N′(d1) σ / (2 √T) + r K e^(−rT) N(−d2)",
                call
                    ? "−\(s) × N′(\(d1)) × \(v) / (2 × √\(t)) − \(r) × \(k) × \(discount) × N(\(d2))"
                    : "−\(s) × N′(\(d1)) × \(v) / (2 × √\(t)) + \(r) × \(k) × \(discount) × N(\(minusD2))",
                "\(number(greeks.theta)) (\(number(greeks.thetaPerDay)) per day)"
            ),
            call
                ? (
                    "rho (per 1.00 of rate)", "K T e^(−rT) N(d2)", "\(k) × \(t) × \(discount) × N(\(d2))",
                    number(greeks.rho)
                )
                : (
                    "rho (per 1.00 of rate)", "−K T e^(−rT) N(−d2)", "−\(k) × \(t) × \(discount) × N(\(minusD2))",
                    number(greeks.rho)
                ),
        ]
        var text =
            "\(call ? "call" : "put"): S \(s), K \(k), T \(t) years (\(number(option.years * EuropeanOption.daysPerYear)) days)"
        text += ", r \(percent(result.rate)), σ \(percent(result.volatility))\n\n"
        for (name, formula, substituted, value) in steps {
            text += "\(name)\n    = \(formula)\n    = \(substituted)\n    = \(value)\n"
        }
        return text
    }

    /// One JSON object: `price`, `delta`, `gamma`, `vega`, `vega_per_pct`, `theta`, `theta_per_day`,
    /// `rho`, `d1`, `d2`, and `implied_vol` when the volatility was solved from `--price`.
    static func json(_ result: OptionCalculationResult) -> String {
        let greeks = result.greeks
        var fields: [(String, Double)] = [
            ("price", greeks.price), ("delta", greeks.delta), ("gamma", greeks.gamma), ("vega", greeks.vega),
            ("vega_per_pct", greeks.vegaPerPoint), ("theta", greeks.theta), ("theta_per_day", greeks.thetaPerDay),
            ("rho", greeks.rho), ("d1", greeks.d1), ("d2", greeks.d2),
        ]
        if result.impliedFrom != nil { fields.append(("implied_vol", result.volatility)) }
        return "{" + fields.map { "\"\($0.0)\":\($0.1.isFinite ? "\($0.1)" : "null")" }.joined(separator: ",") + "}"
    }
}
