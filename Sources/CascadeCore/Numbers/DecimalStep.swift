/// A positive decimal step such as a tick size (0.1 USD) or a lot size (0.001 BTC), held exactly as
/// `units × 10^-scale`.
public struct DecimalStep: Sendable, Hashable, CustomStringConvertible {
    /// The integer mantissa; always positive.
    public let units: Int64
    /// The number of decimal places.
    public let scale: Int

    /// A step of `units × 10^-scale`; `nil` unless `units > 0` and `0 ≤ scale ≤ 18`.
    public init?(units: Int64, scale: Int) {
        guard units > 0, (0...18).contains(scale) else { return nil }
        self.units = units
        self.scale = scale
    }

    /// Parses a step written as a positive decimal, such as `"0.001"`.
    public init(parsing text: String) throws(DecimalParseError) {
        let value = try DecimalText(parsing: text)
        guard value.significand > 0 else { throw .outOfRange }
        guard let units = Int64(exactly: value.significand), let step = DecimalStep(units: units, scale: value.scale)
        else { throw .outOfRange }
        self = step
    }

    /// The step as a `Double` (0.1 for a tick of 0.1 USD), for pricing code that works in whole units.
    public var doubleValue: Double { Double(units) / (0..<scale).reduce(1.0) { value, _ in value * 10 } }

    /// The step written as a plain decimal with exactly `scale` places.
    public var description: String { DecimalText.format(Int128(units), scale: scale) }

    /// Converts a decimal text to a whole number of steps.
    ///
    /// With `.exact` the text must be a multiple of the step; any other rule rounds the quotient.
    /// - Throws: `DecimalParseError` for malformed text, a value off the step grid, or one outside Int64.
    public func count(of text: String, rounding rule: RoundingRule = .exact) throws(DecimalParseError) -> Int64 {
        let value = try DecimalText(parsing: text)
        let common = Swift.max(value.scale, scale)
        guard let numerator = value.significand.scaled(by: common - value.scale),
            let denominator = Int128(units).scaled(by: common - scale)
        else { throw .outOfRange }
        guard let steps = numerator.divided(by: denominator, rounding: rule) else { throw .offGrid(step: description) }
        guard let result = Int64(exactly: steps) else { throw .outOfRange }
        return result
    }

    /// Writes `count` steps as a decimal with exactly `scale` places, e.g. 640005 ticks of 0.1 → "64000.5".
    public func format(_ count: Int64) -> String {
        DecimalText.format(Int128(count) * Int128(units), scale: scale)
    }
}

extension Int128 {
    /// `self × 10^exponent`, or `nil` on overflow or a negative exponent.
    @usableFromInline
    func scaled(by exponent: Int) -> Int128? {
        guard exponent >= 0 else { return nil }
        var result = self
        for _ in 0..<exponent {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = product
        }
        return result
    }
}
