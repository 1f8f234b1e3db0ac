import PropertyBased
import Testing

@testable import CascadeCore

/// `cascade calc margin`'s calculation on random flag sets, the fuzzer's class of input: it never
/// traps, and what it computes is never a clamped number. What it refuses, it refuses naming a flag.
@Suite("Margin calculation on random flags")
struct MarginCalculationPropertyTests {
    /// Values that read, from tiny to past what fits, and values that do not (one pick in eight).
    static let amounts = [
        "1", "0.001", "0.5", "100", "64000.5", "1000000", "10000000", "999999999999", "0.000001", "60000",
        "123456789.12", "1152921504606", "3683.979",
    ]
    static let badAmounts = ["0", "-5", "1e5", "", "9223372036854775807", "-0.01", "0.000000000001"]
    static let maintenanceRates = ["0.004", "0.5%", "0.5", "0.99999999", "0.1", "0.35%"]
    static let feeRates = ["0", "0.05%", "0.1%", "0.0002", "9.99%", "0.075%"]
    static let badRates = ["-1%", "2", "10%", "1", "0"]
    static let leverages = [1, 5, 10, 125, 1_000, Int.max, -1, 0]

    /// A random flag set from `seed`: each flag absent or one of the values above.
    static func flags(seed: Int) -> MarginCalculationFlags {
        var state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
        func amount() -> String { next() % 8 == 0 ? pick(badAmounts) : pick(amounts) }
        func maintenanceRate() -> String { next() % 8 == 0 ? pick(badRates) : pick(maintenanceRates) }
        func feeRate() -> String { next() % 8 == 0 ? pick(badRates) : pick(feeRates) }
        func maybe(_ value: () -> String) -> String? { next() % 3 == 0 ? nil : value() }
        var flags = MarginCalculationFlags(
            long: next() % 2 == 0, entry: amount(), size: amount(),
            leverage: next() % 16 == 0 ? pick(Array(leverages.suffix(2))) : pick(Array(leverages.prefix(6))))
        flags.inverse = next() % 2 == 0
        flags.cross = next() % 2 == 0
        flags.mark = maybe(amount)
        flags.wallet = maybe(amount)
        flags.mmr = maybe(maintenanceRate)
        flags.mmAmount = flags.mmr == nil || next() % 2 == 0 ? nil : amount()
        flags.feeRate = maybe(feeRate)
        flags.otherMm = flags.cross ? maybe(amount) : nil
        flags.otherUpnl = flags.cross ? maybe(amount).map { next() % 2 == 0 ? "-" + $0 : $0 } : nil
        return flags
    }

    @Test(.shrinking(false)) func randomFlagsNeverTrapNorShowAClampedFigure() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            do throws(MarginCalculationError) {
                Self.expectUnclamped(try MarginCalculation(Self.flags(seed: seed)).risk())
            } catch {
                #expect(error.message.contains("--"), "seed \(seed): \(error.message)")
            }
        }
    }

    /// The commands: each trapped or printed a clamped figure.
    @Test(
        arguments: [
            ("short", false, false, "1000000", nil, "10000000", 1, "--size 10000000 at --entry 1000000"),
            ("long", false, false, "1000000", nil, "10000000", 1, "--size 10000000 at --entry 1000000"),
            ("long", true, true, "0.001", "1", "60000", 1, "--size 60000 at --entry 0.001"),
            ("long", true, false, "1", "100", "10000000", 10, "--size 10000000 at --entry 1"),
        ] as [(String, Bool, Bool, String, String?, String, Int, String)])
    func positionsTooLargeToComputeNameTheirFlags(
        side: String, inverse: Bool, cross: Bool, entry: String, mark: String?, size: String, leverage: Int,
        message: String
    ) {
        var flags = MarginCalculationFlags(long: side == "long", entry: entry, size: size, leverage: leverage)
        flags.inverse = inverse
        flags.cross = cross
        flags.mark = mark
        if !inverse { flags.mmr = "0.01" }
        #expect(throws: MarginCalculationError.self) { try MarginCalculation(flags).risk() }
        do throws(MarginCalculationError) {
            _ = try MarginCalculation(flags).risk()
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func aMarginRatioBeyondARateIsRefusedNamingOtherMm() {
        var flags = MarginCalculationFlags(long: true, entry: "100", size: "1", leverage: 1)
        flags.cross = true
        flags.otherMm = "999999999999"
        flags.wallet = "0.000001"
        #expect(
            throws: MarginCalculationError(
                "--other-mm 999999999999: the margin ratio (maintenance margin ÷ margin balance) is beyond 9223372036854.775807% and cannot be shown"
            )
        ) {
            try MarginCalculation(flags).risk()
        }
    }

    @Test(arguments: [
        ("--fee-rate", "2", "--fee-rate must be 0 or more and below 10%, got 200%"),
        ("--fee-rate", "-0.1%", "--fee-rate must be 0 or more and below 10%, got -0.1%"),
        ("--wallet", "-100", "--wallet must be 0 or more, got -100"),
        ("--wallet", "99999999999999999", "--wallet '99999999999999999' is beyond 1152921504607 USDC"),
        ("--mmr", "1", "--mmr must be above 0 and below 100%, got 100%"),
        ("--mmr", "0", "--mmr must be above 0 and below 100%, got 0%"),
    ])
    func outOfRangeInputsAreRefusedNamingTheFlag(flag: String, value: String, message: String) {
        var flags = MarginCalculationFlags(long: false, entry: "100", size: "1", leverage: 10)
        switch flag {
        case "--fee-rate": flags.feeRate = value
        case "--wallet": flags.wallet = value
        default: flags.mmr = value
        }
        #expect(throws: MarginCalculationError(message)) { try MarginCalculation(flags).risk() }
    }

    /// Every figure equals its exact value: none was clamped to Int64 on the way.
    static func expectUnclamped(_ risk: PositionRisk) {
        let input = risk.input
        let exact = Int128(input.size) * input.instrument.lotValue(at: input.mark)
        #expect(Int128(risk.notional.units) == exact.magnitude)
        let limit = PositionRisk.amountLimit
        for money in [risk.notional, risk.unrealizedPnL, risk.marginBalance, risk.availableBalance] {
            #expect(money.units > -5 * limit && money.units < 5 * limit)
        }
        for rate in [risk.marginRatio, risk.roe].compactMap({ $0 }) {
            #expect(rate.units != .max && rate.units != .min)
        }
        #expect(!risk.derivations.isEmpty)
    }
}
