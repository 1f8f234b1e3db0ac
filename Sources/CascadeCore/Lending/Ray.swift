/// A non-negative fixed-point number with 27 decimals (Maker's "ray"): auction prices, price-curve
/// factors and interest indexes, whose repeated products would drift on a coarser grid.
///
/// Products go through `Int128.multiplied(by:dividedBy:rounding:)`, so nothing overflows before the
/// result itself would leave Int128 (about 1.7 × 10¹¹ whole units).
public struct Ray: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The value × 10²⁷.
    public var units: Int128

    /// 10²⁷: the ray for 1.
    public static let scale: Int128 = 1_000_000_000_000_000_000_000_000_000
    /// 1.
    public static let one = Ray(units: scale)
    /// 0.
    public static let zero = Ray(units: 0)

    /// Wraps a count of 10⁻²⁷ steps (no scaling happens here).
    public init(units: Int128) { self.units = units }

    /// The rate exactly (a rate's 10⁻⁸ grid lies on the ray's).
    public init(_ rate: Rate) { units = Int128(rate.units) * (Self.scale / Int128(Rate.one)) }

    /// `numerator ÷ denominator` as a ray, rounded by `rule`; `nil` when it does not fit or an input
    /// is negative or the denominator zero.
    public init?(_ numerator: Int128, over denominator: Int128, rounding rule: RoundingRule) {
        guard let units = numerator.multiplied(by: Self.scale, dividedBy: denominator, rounding: rule) else {
            return nil
        }
        self.units = units
    }

    /// `self × other`, rounded by `rule` (Maker's `rmul` rounds down); `nil` on overflow.
    public func times(_ other: Ray, rounding rule: RoundingRule = .down) -> Ray? {
        units.multiplied(by: other.units, dividedBy: Self.scale, rounding: rule).map(Ray.init(units:))
    }

    /// `amount × self`, rounded by `rule`: a quantity scaled by a price factor or an index.
    public func of(_ amount: Int128, rounding rule: RoundingRule) -> Int128? {
        amount.multiplied(by: units, dividedBy: Self.scale, rounding: rule)
    }

    /// `self`ⁿ by repeated squaring, each product rounded half up, as Maker's `rpow` (abaci.sol)
    /// computes `cut^⌊dur/step⌋`; `nil` on overflow (only for bases above 1).
    /// - Complexity: O(log n) multiplications.
    public func power(_ exponent: Int) -> Ray? {
        var result = Ray.one
        var base = self
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 {
                guard let product = result.halfUpTimes(base) else { return nil }
                result = product
            }
            remaining >>= 1
            if remaining > 0 {
                guard let square = base.halfUpTimes(base) else { return nil }
                base = square
            }
        }
        return result
    }

    /// `self × other` rounded half up, in 256 bits (`(x·y + RAY/2) / RAY`, as `rpow` rounds).
    private func halfUpTimes(_ other: Ray) -> Ray? {
        var (high, low) = UInt128(units).multipliedFullWidth(by: UInt128(other.units))
        let (sum, carry) = low.addingReportingOverflow(UInt128(Self.scale / 2))
        low = sum
        if carry { high += 1 }
        guard high < UInt128(Self.scale) else { return nil }
        return Int128(exactly: UInt128(Self.scale).dividingFullWidth((high, low)).quotient).map(Ray.init(units:))
    }

    /// Orders by the underlying integer.
    public static func < (lhs: Ray, rhs: Ray) -> Bool { lhs.units < rhs.units }

    /// Every one of the 27 decimals, e.g. `"0.990000000000000000000000000"`.
    public var description: String { DecimalText.format(units, scale: 27) }

    /// Rounded half up to `places` decimals (at most 27), e.g. `"1627.8877"` for four.
    public func formatted(places: Int) -> String {
        let divisor = Int128(1).scaled(by: 27 - Swift.min(places, 27))!
        return DecimalText.format((units + divisor / 2) / divisor, scale: Swift.min(places, 27))
    }
}
