/// How an exact quotient becomes an integer.
///
/// The core never rounds implicitly: every division that can leave a remainder names its rule, chosen
/// against the party that owes (a margin requirement rounds up, a payout rounds down).
public enum RoundingRule: Sendable, Hashable {
    /// Toward negative infinity.
    case down
    /// Toward positive infinity.
    case up
    /// Toward zero (truncation).
    case towardZero
    /// Away from zero.
    case awayFromZero
    /// Refuse to round: the division must be exact.
    case exact
}

extension Int128 {
    /// `self / divisor` rounded by `rule`, or `nil` when `rule` is `.exact` and a remainder is left,
    /// or when `divisor` is zero.
    ///
    /// - Complexity: O(1); one 128-bit division, or a hardware 64-bit one when both operands fit
    ///   (most money and price arithmetic): the quotient and remainder are the same either way.
    ///   Always inlined, so a constant divisor (`Rate.one`) becomes a multiplication.
    @inlinable
    @inline(__always)
    public func divided(by divisor: Int128, rounding rule: RoundingRule) -> Int128? {
        guard divisor != 0 else { return nil }
        let (quotient, remainder): (Int128, Int128)
        if let small = Int64(exactly: self), let smallDivisor = Int64(exactly: divisor), small != .min {
            let (q, r) = small.quotientAndRemainder(dividingBy: smallDivisor)
            (quotient, remainder) = (Int128(q), Int128(r))
        } else {
            (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        }
        if remainder == 0 { return quotient }
        // Swift truncates toward zero; the sign of the exact quotient decides which way the others move.
        let exactIsNegative = (self < 0) != (divisor < 0)
        switch rule {
        case .exact: return nil
        case .towardZero: return quotient
        case .awayFromZero: return exactIsNegative ? quotient - 1 : quotient + 1
        case .down: return exactIsNegative ? quotient - 1 : quotient
        case .up: return exactIsNegative ? quotient : quotient + 1
        }
    }
}
