import Foundation
import Testing

/// `cascade calc option` run as a process. The numbers are the crypto ATM row and Hull's example of
/// exchange documentation's Greeks table (60,000 ATM, 30 days, 60%: call 4,112.3644; Hull 49/50/5%/20%/20
/// weeks: put 2.448175).
@Suite("cascade calc option, end to end")
struct CalcOptionTests {
    static let atTheMoney = [
        "calc", "option", "--type", "call", "--spot", "60000", "--strike", "60000", "--days", "30",
    ]
    static let keys: Set<String> = [
        "price", "delta", "gamma", "vega", "vega_per_pct", "theta", "theta_per_day", "rho", "d1", "d2",
    ]

    static func object(_ output: String) throws -> [String: Double] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    @Test func jsonHasTheDocumentedKeysAndValues() throws {
        let run = try CascadeBinary.run(Self.atTheMoney + ["--vol", "60%", "--json"])
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        let object = try Self.object(run.output)
        #expect(Set(object.keys) == Self.keys)
        let expected: [String: Double] = [
            "price": 4112.3644, "delta": 0.534270, "vega": 6837.0573, "theta": -24955.26, "rho": 2296.75,
        ]
        for (key, value) in expected {
            #expect(abs((object[key] ?? .nan) - value) <= 0.005 * (key == "delta" ? 1e-3 : 1), "\(key)")
        }
        #expect(abs((object["vega_per_pct"] ?? 0) - (object["vega"] ?? 1) / 100) <= 1e-9)
        #expect(abs((object["theta_per_day"] ?? 0) - (object["theta"] ?? 1) / 365) <= 1e-9)
    }

    @Test func fractionAndPercentageAreTheSameVolatility() throws {
        let fraction = try CascadeBinary.run(Self.atTheMoney + ["--vol", "0.6", "--json"])
        let percentage = try CascadeBinary.run(Self.atTheMoney + ["--vol", "60%", "--json", "--years", "0.1"])
        #expect(percentage.status != 0, "--days and --years together")
        let years = try CascadeBinary.run(
            [
                "calc", "option", "--type", "call", "--spot", "60000", "--strike", "60000", "--years",
                "0.08219178082191780",
            ]
                + ["--vol", "60%", "--json"])
        #expect(fraction.status == 0 && years.status == 0)
        let (a, b) = (try Self.object(fraction.output), try Self.object(years.output))
        #expect(abs((a["price"] ?? 0) - (b["price"] ?? 1)) <= 1e-9)
    }

    @Test func priceSolvesForTheImpliedVolatility() throws {
        let run = try CascadeBinary.run(Self.atTheMoney + ["--price", "4112.3644", "--json"])
        #expect(run.status == 0)
        let object = try Self.object(run.output)
        #expect(Set(object.keys) == Self.keys.union(["implied_vol"]))
        #expect(abs((object["implied_vol"] ?? 0) - 0.6) <= 1e-8)
        let text = try CascadeBinary.run(Self.atTheMoney + ["--price", "4112.3644"])
        #expect(
            text.output.hasPrefix("call: S 60000, K 60000, T 0.08219178082 years (30 days), r 0%, σ 59.99999955%\n"))
        #expect(
            text.output.contains(
                "implied volatility\n    = σ at which the Black–Scholes price equals P\n    = solve price(σ) = 4112.3644\n"
            ))
    }

    /// The text report prints each formula, the values put in and the result.
    @Test func textShowsFormulasAndValues() throws {
        let run = try CascadeBinary.run(
            ["calc", "option", "--type", "put", "--spot", "49", "--strike", "50", "--years", "0.3846153846153846"]
                + ["--vol", "20%", "--rate", "0.05"])
        #expect(run.status == 0)
        let text = run.output
        #expect(text.hasPrefix("put: S 49, K 50, T 0.3846153846 years (140.3846154 days), r 5%, σ 20%\n\n"))
        #expect(
            text.contains(
                "price\n    = K e^(−rT) N(−d2) − S N(−d1)\n"
                    + "    = 50 × e^(−0.05 × 0.3846153846) × N(0.06985338267) − 49 × N(−0.05418135192)\n"
                    + "    = 2.448175441\n"))
        #expect(text.contains("delta\n    = −N(−d1)\n    = −N(−0.05418135192)\n    = −0.4783953389\n"))
        #expect(text.contains("    = 12.10547988 (0.1210547988 per vol point)\n"))
        #expect(text.contains("    = −1.852947417 (−0.005076568266 per day)\n"))
        #expect(text.contains("rho (per 1.00 of rate)\n    = −K T e^(−rT) N(−d2)\n"))
    }

    @Test(
        "Bad or contradictory flags exit non-zero and name the flag",
        arguments: [
            (["--spot", "-1", "--strike", "5", "--days", "3", "--vol", "1"], "--spot must be above 0"),
            (["--spot", "1", "--strike", "0", "--days", "3", "--vol", "1"], "--strike must be above 0"),
            (
                ["--spot", "1", "--strike", "1", "--days", "3", "--years", "1", "--vol", "1"],
                "exactly one of --days and --years"
            ),
            (["--spot", "1", "--strike", "1", "--vol", "1"], "exactly one of --days and --years"),
            (["--spot", "1", "--strike", "1", "--days", "3"], "exactly one of --vol and --price"),
            (
                ["--spot", "1", "--strike", "1", "--days", "3", "--vol", "1", "--price", "0.1"],
                "exactly one of --vol and --price"
            ),
            (["--spot", "1e5", "--strike", "1", "--days", "3", "--vol", "1"], "--spot '1e5'"),
            (["--spot", "1", "--strike", "1", "--days", "0", "--vol", "1"], "--days must be above 0"),
            (["--spot", "1", "--strike", "1", "--days", "1", "--vol", "60%%"], "--vol '60%%'"),
            (
                ["--spot", "1", "--strike", "1", "--days", "1", "--vol", "1", "--rate", "2"],
                "--rate must be from -100% to 100%"
            ),
            (
                ["--spot", "100", "--strike", "80", "--days", "365", "--price", "19.9"],
                "--price 19.9 has no implied volatility"
            ),
            (["--spot", "100", "--strike", "80", "--days", "365", "--price", "100"], "at or above the upper bound"),
            (["--spot", "100", "--strike", "80", "--days", "365", "--price", "-3"], "--price must be above 0"),
        ])
    func badFlags(extra: [String], message: String) throws {
        let run = try CascadeBinary.run(["calc", "option", "--type", "call"] + extra)
        #expect(run.status == 64)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(run.output.isEmpty)
    }

    @Test func controlCharactersInAFlagAreEscaped() throws {
        let run = try CascadeBinary.run(
            [
                "calc", "option", "--type", "call", "--spot", "1\u{1B}]0;x\u{07}", "--strike", "1", "--days", "1",
                "--vol", "1",
            ])
        #expect(run.status == 64)
        #expect(!run.error.contains("\u{1B}"))
        #expect(run.error.contains("--spot '1\\u{1B}]0;x\\u{7}'"))
    }
}
