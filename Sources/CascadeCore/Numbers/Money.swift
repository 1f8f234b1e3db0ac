/// An amount of the quote asset in whole micro-units (1 USDC = 1,000,000).
///
/// Amounts add and subtract exactly; products and quotients are formed in `Int128` and come back
/// through `init(rounding:_:)`, which names its rounding rule.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var micros: Int64

    /// Micro-units per whole unit of the quote asset.
    public static let microsPerUnit: Int64 = 1_000_000
    /// Decimal places of a micro-unit.
    public static let scale = 6
    public static let zero = Money(micros: 0)

    @inlinable public init(micros: Int64) { self.micros = micros }

    /// `numerator / denominator` micro-units, rounded by `rule`; `nil` when the result leaves Int64,
    /// the denominator is zero, or `.exact` meets a remainder.
    @inlinable
    public init?(_ numerator: Int128, over denominator: Int128 = 1, rounding rule: RoundingRule) {
        guard let quotient = numerator.divided(by: denominator, rounding: rule),
            let micros = Int64(exactly: quotient)
        else { return nil }
        self.micros = micros
    }

    /// Parses a decimal amount of whole units, such as `"10000"` or `"-12.345678"`.
    /// - Throws: `DecimalParseError` for malformed text, more than six decimals, or an out-of-range amount.
    public init(parsing text: String) throws(DecimalParseError) {
        let micro = DecimalStep(units: 1, scale: Money.scale)!
        micros = try micro.count(of: text)
    }

    @inlinable public static func < (lhs: Money, rhs: Money) -> Bool { lhs.micros < rhs.micros }
    @inlinable public static func + (lhs: Money, rhs: Money) -> Money { Money(micros: lhs.micros + rhs.micros) }
    @inlinable public static func - (lhs: Money, rhs: Money) -> Money { Money(micros: lhs.micros - rhs.micros) }
    @inlinable public static prefix func - (value: Money) -> Money { Money(micros: -value.micros) }
    @inlinable public static func += (lhs: inout Money, rhs: Money) { lhs.micros += rhs.micros }
    @inlinable public static func -= (lhs: inout Money, rhs: Money) { lhs.micros -= rhs.micros }

    /// The amount with all six decimals, e.g. `"-12.345678"`.
    public var description: String { DecimalText.format(Int128(micros), scale: Money.scale) }
}
