import Testing

@testable import CascadeCore

@Suite("Fixed-point values")
struct FixedPointTests {
    // Arguments are Int64 and widened inside: Int128 values inside parameterized-test tuples crash the
    // Swift Testing runner of Swift 6.3 on Linux (16-byte alignment), so they stay out of them.
    @Test(
        "Each rounding rule on positive and negative quotients",
        arguments: [
            (Int64(7), Int64(2), RoundingRule.down, Int64(3)),
            (7, 2, .up, 4), (7, 2, .towardZero, 3), (7, 2, .awayFromZero, 4),
            (-7, 2, .down, -4), (-7, 2, .up, -3), (-7, 2, .towardZero, -3), (-7, 2, .awayFromZero, -4),
            (7, -2, .down, -4), (-7, -2, .up, 4), (6, 3, .exact, 2), (6, -3, .down, -2),
        ])
    func rounding(numerator: Int64, denominator: Int64, rule: RoundingRule, expected: Int64) {
        #expect(Int128(numerator).divided(by: Int128(denominator), rounding: rule) == Int128(expected))
    }

    /// Values that fit 64 bits take a faster conversion; those that do not must print the same way.
    @Test func decimalsFormatOnBothSidesOf64Bits() {
        #expect(DecimalText.format(-5, scale: 3) == "-0.005")
        #expect(DecimalText.format(Int128(UInt64.max), scale: 2) == "184467440737095516.15")
        #expect(DecimalText.format(Int128(UInt64.max) + 1, scale: 2) == "184467440737095516.16")
        #expect(DecimalText.format(-(Int128(UInt64.max) + 1), scale: 0) == "-18446744073709551616")
        #expect(DecimalText.format(Int128.min, scale: 38) == "-1.70141183460469231731687303715884105728")
    }

    @Test func exactDivisionRefusesRemainderAndZero() {
        #expect(Int128(7).divided(by: 2, rounding: .exact) == nil)
        #expect(Int128(7).divided(by: 0, rounding: .down) == nil)
    }

    @Test func btcPerpPricesAndSizesRoundTrip() throws {
        let btc = Instrument.btcPerp
        #expect(try btc.price(parsing: "64000.5") == Price(ticks: 640_005))
        #expect(try btc.price(parsing: "64000") == Price(ticks: 640_000))
        #expect(try btc.price(parsing: "0.1") == Price(ticks: 1))
        #expect(try btc.quantity(parsing: "0.25") == Quantity(lots: 250))
        #expect(try btc.quantity(parsing: ".001") == Quantity(lots: 1))
        #expect(btc.format(Price(ticks: 640_005)) == "64000.5")
        #expect(btc.format(Quantity(lots: 250)) == "0.250")
        #expect(btc.format(Quantity(lots: 7)) == "0.007")
    }

    @Test(
        "Malformed, off-grid and out-of-range text is an error value",
        arguments: [
            ("", DecimalParseError.empty),
            ("abc", .malformed("abc")),
            ("1.2.3", .malformed("1.2.3")),
            ("1e5", .malformed("1e5")),
            ("-", .malformed("-")),
            (".", .malformed(".")),
            (" 1", .malformed(" 1")),
            ("64000.55", .offGrid(step: "0.1")),
            ("-5", .outOfRange),
            ("0", .outOfRange),
            ("9999999999999999999999999", .outOfRange),
            ("1234567890123456789012345678901", .tooManyDigits),
        ])
    func badPrices(text: String, error: DecimalParseError) {
        #expect(throws: error) { try Instrument.btcPerp.price(parsing: text) }
    }

    @Test func sizeOffTheLotGridIsRefused() {
        #expect(throws: DecimalParseError.offGrid(step: "0.001")) {
            try Instrument.btcPerp.quantity(parsing: "0.0005")
        }
    }

    @Test func stepCountRoundsOnlyWhenAsked() throws {
        let tick = DecimalStep(units: 5, scale: 1)!  // 0.5
        #expect(try tick.count(of: "10.7", rounding: .down) == 21)
        #expect(try tick.count(of: "10.7", rounding: .up) == 22)
        #expect(throws: DecimalParseError.offGrid(step: "0.5")) { try tick.count(of: "10.7") }
        #expect(tick.format(21) == "10.5")
    }

    @Test func stepsParseAndValidate() throws {
        #expect(try DecimalStep(parsing: "0.001") == DecimalStep(units: 1, scale: 3))
        #expect(throws: DecimalParseError.outOfRange) { try DecimalStep(parsing: "0") }
        #expect(DecimalStep(units: 0, scale: 1) == nil)
        #expect(DecimalStep(units: 1, scale: 19) == nil)
    }

    @Test func amountsParseAtTheirAssetsScaleAndFormatRounded() throws {
        #expect(try Asset.usdc.money(parsing: "10000") == Money(units: 10_000_000_000))
        #expect(try Asset.usdc.money(parsing: "-12.345678") == Money(units: -12_345_678))
        #expect(Asset.usdc.exact(Money(units: -12_345_678)) == "-12.345678")
        #expect(Asset.usdc.format(Money(units: -12_345_678)) == "-12.35")
        #expect(Asset.usdc.format(Money(units: 5_000)) == "0.01")
        #expect(Asset.usdc.format(Money(units: 4_999)) == "0.00")
        #expect(Asset.btc.format(Money(units: 123_456_789_012)) == "0.12345679")
        #expect(throws: DecimalParseError.offGrid(step: "0.000001")) { try Asset.usdc.money(parsing: "0.0000001") }
    }

    @Test func ratesReadFractionsAndPercentages() throws {
        #expect(try Rate(parsing: "0.004") == Rate(units: 400_000))
        #expect(try Rate(parsing: "0.4%") == Rate(units: 400_000))
        #expect(try Rate(parsing: "-0.025%") == Rate(units: -25_000))
        #expect(Rate(units: 400_000).description == "0.4%")
        #expect(Money(units: 100).initialMargin(leverage: 3) == Money(units: 34))
        #expect(Money(units: -100).initialMargin(leverage: 0) == Money(units: 100))
        #expect(Rate(units: 400_000).of(Money(units: 1_000_001), rounding: .up) == Money(units: 4_001))
        #expect(throws: DecimalParseError.offGrid(step: "0.00000001")) { try Rate(parsing: "0.000000001") }
    }

    @Test func moneyFromProductsNamesItsRounding() {
        // 3 lots × 0.1 USD tick, split three ways and rounded against the payee.
        #expect(Money(Int128(10), over: 3, rounding: .down) == Money(units: 3))
        #expect(Money(Int128(10), over: 3, rounding: .up) == Money(units: 4))
        #expect(Money(Int128(10), over: 3, rounding: .exact) == nil)
        #expect(Money(Int128(Int64.max) + 1, rounding: .down) == nil)
    }
}
