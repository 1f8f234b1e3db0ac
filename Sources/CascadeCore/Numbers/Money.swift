/// An amount of one asset in whole minor units: micro-units for USDC (10⁻⁶), 10⁻¹² BTC for bitcoin.
///
/// The asset is known from context (an instrument's settlement asset, an account's wallet); `Asset`
/// converts to and from text. Amounts add and subtract exactly; products and quotients are formed in
/// `Int128` and come back through `init(_:over:rounding:)`, which names its rounding rule.
public struct Money: Sendable, Hashable, Comparable, Codable {
    /// Signed count of the asset's minor units (10⁻⁶ USDC, 10⁻¹² BTC); negative for debts and losses.
    public var units: Int64

    /// No money: the start of every sum and a fresh balance.
    public static let zero = Money(units: 0)

    /// Wraps a count of the smallest unit (no scaling happens here).
    @inlinable public init(units: Int64) { self.units = units }

    /// `numerator / denominator` units, rounded by `rule`; `nil` when the result leaves Int64,
    /// the denominator is zero, or `.exact` meets a remainder.
    @inlinable
    @inline(__always)
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

    /// The amount without its sign: the size of a loss or a debt.
    @inlinable public var magnitude: Money { Money(units: units < 0 ? -units : units) }

    /// Orders by the underlying integer, so sorting and `min`/`max` need no conversion.
    @inlinable public static func < (lhs: Money, rhs: Money) -> Bool { lhs.units < rhs.units }
    /// Exact integer sum; traps on overflow like `Int64`, so callers that take user input use the checked forms.
    @inlinable public static func + (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units + rhs.units) }
    /// Exact integer difference; traps on overflow like `Int64`, so callers that take user input use the checked forms.
    @inlinable public static func - (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units - rhs.units) }
    /// The same amount with the sign flipped (a credit becomes a debit).
    @inlinable public static prefix func - (value: Money) -> Money { Money(units: -value.units) }
    /// Adds in place; the same overflow rule as `+`.
    @inlinable public static func += (lhs: inout Money, rhs: Money) { lhs.units += rhs.units }
    /// Subtracts in place; the same overflow rule as `-`.
    @inlinable public static func -= (lhs: inout Money, rhs: Money) { lhs.units -= rhs.units }
}

extension Money {
    /// `value` minor units rounded up, or `nil` when it is not finite or beyond a sixteenth of Int64's
    /// range (no requirement the exchange computes comes near it).
    init?(roundingUp value: Double) {
        guard value.isFinite, abs(value) < Double(Int64.max / 16) else { return nil }
        self.init(units: Int64(value.rounded(.up)))
    }
}
