import Foundation
import Testing

/// `cascade calc collateral` run as a process on Bybit's help-centre tiers: the 5, 25 and
/// 60 BTC examples, the text breakdown, and a bad tier named on standard error.
@Suite("cascade calc collateral, end to end")
struct CalcCollateralTests {
    static let command = [
        "calc", "collateral", "--asset", "BTC", "--price", "60000", "--tiers",
        "0-10:0.98,10-20:0.95,20-30:0.90,30-40:0.85,40-50:0.80,50+:0",
    ]

    @Test func bybitsExamplesAsJSON() throws {
        for (amount, value, ratio, tiers) in [
            ("5", 294_000.0, 0.98, 1), ("25", 1_428_000, 0.952, 3), ("60", 2_688_000, 0.74666666, 6),
        ] {
            let run = try CascadeBinary.run(Self.command + ["--amount", amount, "--json"])
            #expect(run.status == 0 && run.error.isEmpty, "\(run.error)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            #expect(
                Set(object.keys) == ["asset", "amount", "price", "market_value", "value", "ratio_effective", "tiers"])
            #expect((object["value"] as? NSNumber)?.doubleValue == value, "\(amount) BTC")
            #expect((object["ratio_effective"] as? NSNumber)?.doubleValue == ratio, "\(amount) BTC")
            let rows = try #require(object["tiers"] as? [[String: Any]])
            #expect(rows.count == tiers)
            #expect(rows.allSatisfy { Set($0.keys) == ["from", "to", "ratio", "amount", "value"] })
        }
    }

    @Test func theTextShowsEachSliceAndItsArithmetic() throws {
        let run = try CascadeBinary.run(Self.command + ["--amount", "25"])
        #expect(run.status == 0)
        #expect(
            run.output.hasPrefix(
                "25 BTC at 60000 USD, worth 1500000.00 USD, counts as 1428000.00 USD of collateral (95.20% of its value)."
            ),
            "\(run.output)")
        for line in [
            "tier (BTC)  ratio  in tier  value (USD)  arithmetic",
            "10-20        0.95       10    570000.00  = 10 × 60000 × 0.95",
            "20-30         0.9        5    270000.00  = 5 × 60000 × 0.9",
            "total                   25   1428000.00  effective ratio 95.20%",
        ] {
            #expect(run.output.contains(line), "\(line) in\n\(run.output)")
        }
    }

    @Test func aBadTierIsNamedAndNothingIsPrinted() throws {
        let run = try CascadeBinary.run([
            "calc", "collateral", "--asset", "BTC", "--amount", "1", "--price", "60000", "--tiers",
            "0-10:0.98,12-20:0.9,20+:0",
        ])
        #expect(run.status != 0 && run.output.isEmpty)
        #expect(run.error == "Error: --tiers, tier 2 '12-20:0.9': it must start where the tier before it ends\n")
    }
}
