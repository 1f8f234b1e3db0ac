/// An amount of one asset in whole minor units: micro-units for USDC (10⁻⁶), 10⁻¹² BTC for bitcoin.
///
/// The asset is known from context (an instrument's settlement asset, an account's wallet); `Asset`
/// converts to and from text. Amounts add and subtract exactly; products and quotients are formed in
/// `Int128` and come back through `init(_:over:rounding:)`, which names its rounding rule.
public struct Money: Sendable, Hashable, Comparable {
    public var units: Int64

    public static let zero = Money(units: 0)

    @inlinable public init(units: Int64) { self.units = units }

    /// `numerator / denominator` units, rounded by `rule`; `nil` when the result leaves Int64,
    /// the denominator is zero, or `.exact` meets a remainder.
    @inlinable
    public init?(_ numerator: Int128, over denominator: Int128 = 1, rounding rule: RoundingRule) {
        guard let quotient = numerator.divided(by: denominator, rounding: rule),
            let units = Int64(exactly: quotient)
        else { return nil }
        self.units = units
    }

    /// The initial margin of this notional at `leverage` (notional ÷ leverage), rounded up so the
    /// margin asked for is never short; a leverage below 1 counts as 1.
    public func initialMargin(leverage: Int) -> Money {
        Money(Int128(magnitude.units), over: Int128(Swift.max(1, leverage)), rounding: .up)!
    }

    @inlinable public var magnitude: Money { Money(units: units < 0 ? -units : units) }

    @inlinable public static func < (lhs: Money, rhs: Money) -> Bool { lhs.units < rhs.units }
    @inlinable public static func + (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units + rhs.units) }
    @inlinable public static func - (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units - rhs.units) }
    @inlinable public static prefix func - (value: Money) -> Money { Money(units: -value.units) }
    @inlinable public static func += (lhs: inout Money, rhs: Money) { lhs.units += rhs.units }
    @inlinable public static func -= (lhs: inout Money, rhs: Money) { lhs.units -= rhs.units }
}
