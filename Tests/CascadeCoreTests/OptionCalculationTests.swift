import PropertyBased
import Testing

@testable import CascadeCore

/// `cascade calc option`'s calculation: what it reads, and random flag sets (the fuzzer's class of
/// input), on which it never traps and never prints a figure that is not a number.
@Suite("Option calculation")
struct OptionCalculationTests {
    static let amounts = ["1", "0.001", "60000", "49", "1000000000000000", "0.000000000000000000000000001", "+5", ".5"]
    static let badAmounts = ["0", "-5", "1e5", "", "abc", "1000000000000001", "inf", "nan", "0x10", "5%"]
    static let times = ["1", "30", "0.0001", "36500", "0.000000000000000000000000001", "100"]
    static let badTimes = ["0", "-1", "36501", "1,5"]
    static let rates = ["0", "5%", "-0.05", "1", "-100%", "0.00000001"]
    static let badRates = ["101%", "-1.5", "%", "5%%"]
    static let volatilities = ["0.6", "60%", "0.00000001", "10", "1000%", "0.01%"]
    static let badVolatilities = ["0", "-0.2", "1001%", "11"]

    static func flags(seed: Int) -> OptionCalculationFlags {
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: seed))
        func next() -> UInt64 { random.next() }
        func pick(_ good: [String], _ bad: [String]) -> String {
            next() % 8 == 0 ? bad[Int(next() % UInt64(bad.count))] : good[Int(next() % UInt64(good.count))]
        }
        func maybe(_ value: @autoclosure () -> String) -> String? { next() % 4 == 0 ? nil : value() }
        var flags = OptionCalculationFlags(
            right: next() % 2 == 0 ? .call : .put, spot: pick(amounts, badAmounts), strike: pick(amounts, badAmounts))
        flags.days = maybe(pick(times, badTimes))
        flags.years = flags.days == nil || next() % 8 == 0 ? pick(times, badTimes) : nil
        flags.rate = maybe(pick(rates, badRates))
        if next() % 2 == 0 {
            flags.volatility = pick(volatilities, badVolatilities)
            if next() % 8 == 0 { flags.price = pick(amounts, badAmounts) }
        } else {
            flags.price = pick(amounts, badAmounts)
        }
        return flags
    }

    @Test(.shrinking(false)) func randomFlagsNeverTrapNorGiveANonNumber() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            do throws(OptionCalculationError) {
                let result = try OptionCalculation(Self.flags(seed: seed)).result()
                let greeks = result.greeks
                #expect(
                    [
                        greeks.price, greeks.delta, greeks.gamma, greeks.vega, greeks.theta, greeks.rho,
                        result.volatility,
                    ]
                    .allSatisfy { !$0.isNaN },
                    "seed \(seed): \(result)")
            } catch {
                #expect(error.description.contains("--"), "seed \(seed): \(error)")
            }
        }
    }

    @Test func readsFractionsAndPercentages() throws {
        var flags = OptionCalculationFlags(right: .call, spot: "60000", strike: "60000")
        flags.days = "30"
        flags.volatility = "60%"
        flags.rate = "5%"
        let percent = try OptionCalculation(flags).result()
        flags.volatility = "0.6"
        flags.rate = "0.05"
        let fraction = try OptionCalculation(flags).result()
        #expect(percent == fraction)
        #expect(percent.volatility == 0.6 && percent.rate == 0.05 && percent.option.years == 30.0 / 365)
    }

    @Test(
        arguments: [
            (
                "--spot", "-1",
                OptionCalculationError.outOfRange(
                    flag: "--spot", text: "-1", range: "above 0 and at most 1000000000000000")
            ),
            ("--spot", "1e5", .unreadable(flag: "--spot", text: "1e5", .malformed("1e5"))),
            ("--vol", "0", .outOfRange(flag: "--vol", text: "0", range: "above 0 and at most 1000%")),
            ("--price", "19.9", .noImpliedVolatility(price: "19.9", .belowIntrinsic(20))),
        ])
    func namesTheFlagAtFault(flag: String, text: String, error: OptionCalculationError) {
        var flags = OptionCalculationFlags(right: .call, spot: "100", strike: "80")
        flags.years = "1"
        flags.volatility = "0.2"
        switch flag {
        case "--spot": flags.spot = text
        case "--vol": flags.volatility = text
        default:
            flags.volatility = nil
            flags.price = text
        }
        #expect(throws: error) { try OptionCalculation(flags).result() }
    }
}
