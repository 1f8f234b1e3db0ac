/// A rate or fraction (fee, margin rate, funding rate) in units of 10⁻⁸, so 0.4% is 400,000 and
/// 0.01% is 10,000.
///
/// Rates multiply money in `Int128` and round by a named rule; the 10⁻⁸ grid holds every published
/// venue parameter exactly (the finest seen are 0.0001% steps).
public struct Rate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Signed rate in 10⁻⁸ steps (`Rate.one` is 100%); negative for a maker rebate or funding shorts pay.
    public var units: Int64

    /// Units in 1 (100%).
    public static let one: Int64 = 100_000_000
    /// 0%: no fee, or no funding (what a period without premium samples settles at).
    public static let zero = Rate(units: 0)

    /// Wraps a count of the smallest unit (no scaling happens here).
    @inlinable public init(units: Int64) { self.units = units }

    /// Parses `"0.004"` or `"0.4%"`.
    /// - Throws: `DecimalParseError` for malformed text or more precision than 10⁻⁸.
    public init(parsing text: String) throws(DecimalParseError) {
        let isPercent = text.hasSuffix("%")
        let number = isPercent ? String(text.dropLast()) : text
        units = try DecimalStep(units: 1, scale: isPercent ? 6 : 8)!.count(of: number)
    }

    /// `money × self`, rounded by `rule`. The product is taken in 64 bits when it fits (a fee on
    /// up to about 92 billion USDC), where a checked 128-bit product costs several times more;
    /// the result is the same integer either way.
    /// - Precondition: `|self| ≤ 1` (every fee, margin and funding rate is), so the result fits Int64.
    @inlinable
    @inline(__always)
    public func of(_ money: Money, rounding rule: RoundingRule) -> Money {
        let (product, overflow) = money.units.multipliedReportingOverflow(by: units)
        let exact = overflow ? Int128(money.units) * Int128(units) : Int128(product)
        return Money(exact, over: Int128(Rate.one), rounding: rule)!
    }

    /// `numerator ÷ denominator` as a rate, rounded by `rule`; saturates at Int64's range.
    /// - Precondition: `denominator` is not zero.
    public static func ratio(_ numerator: Money, _ denominator: Money, rounding rule: RoundingRule) -> Rate {
        Rate(units: Int64(clamping: quotient(numerator, denominator, rounding: rule)))
    }

    /// `numerator ÷ denominator` as a rate, rounded by `rule`, or `nil` when it does not fit Int64
    /// (above about 92 billion percent): the form for figures that must never be shown clamped.
    /// - Precondition: `denominator` is not zero.
    static func checkedRatio(_ numerator: Money, _ denominator: Money, rounding rule: RoundingRule) -> Rate? {
        Int64(exactly: quotient(numerator, denominator, rounding: rule)).map(Rate.init(units:))
    }

    private static func quotient(_ numerator: Money, _ denominator: Money, rounding rule: RoundingRule) -> Int128 {
        (Int128(numerator.units) * Int128(one)).divided(by: Int128(denominator.units), rounding: rule)!
    }

    /// Orders by the underlying integer, so sorting and `min`/`max` need no conversion.
    @inlinable public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.units < rhs.units }
    /// Exact integer sum; traps on overflow like `Int64`, so callers that take user input use the checked forms.
    @inlinable public static func + (lhs: Rate, rhs: Rate) -> Rate { Rate(units: lhs.units + rhs.units) }
    /// Exact integer difference; traps on overflow like `Int64`, so callers that take user input use the checked forms.
    @inlinable public static func - (lhs: Rate, rhs: Rate) -> Rate { Rate(units: lhs.units - rhs.units) }

    /// As a percentage with exactly `places` decimals (at most 6), rounded half away from zero:
    /// `percent(places: 2)` of 0.21797407 is `"21.80%"`. How computed ratios (margin ratio, ROE) are
    /// shown beside two-decimal money; parameters keep `description`, which is exact.
    public func percent(places: Int) -> String {
        let places = Swift.max(0, Swift.min(places, 6))
        let divisor = Int128(1).scaled(by: 6 - places)!
        let half = divisor / 2
        let value = Int128(units)
        let rounded = (value + (value < 0 ? -half : half)) / divisor
        return DecimalText.format(rounded, scale: places) + "%"
    }

    /// As a plain fraction with exactly `places` decimals (at most 8), rounded half away from zero:
    /// `fraction(places: 6)` of 0.97968750 is `"0.979688"`. How health factors are shown.
    public func fraction(places: Int) -> String {
        let places = Swift.max(0, Swift.min(places, 8))
        let divisor = Int128(1).scaled(by: 8 - places)!
        let half = divisor / 2
        let value = Int128(units)
        return DecimalText.format((value + (value < 0 ? -half : half)) / divisor, scale: places)
    }

    /// As a percentage with up to six decimals, trailing zeros dropped: `"0.4%"`, `"-0.0125%"`.
    public var description: String {
        var text = DecimalText.format(Int128(units), scale: 6)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "%"
    }
}
