extension Int128 {
    /// `self × factor ÷ divisor` for non-negative operands, formed in 256 bits so the product never
    /// overflows, rounded by `rule` (`.down`/`.towardZero` and `.up`/`.awayFromZero` are the same
    /// here); `nil` when an operand is negative, the divisor is zero, `.exact` meets a remainder, or
    /// the quotient leaves Int128. Lending multiplies 27-decimal ray values, whose products need the
    /// width (Maker's `rmul` works in 256-bit words for the same reason).
    /// - Complexity: O(1): one full-width multiply and one full-width divide.
    public func multiplied(by factor: Int128, dividedBy divisor: Int128, rounding rule: RoundingRule) -> Int128? {
        guard self >= 0, factor >= 0, divisor > 0 else { return nil }
        let product = UInt128(self).multipliedFullWidth(by: UInt128(factor))
        let wideDivisor = UInt128(divisor)
        guard product.high < wideDivisor else { return nil }
        let (quotient, remainder) = wideDivisor.dividingFullWidth(product)
        var result = quotient
        if remainder != 0 {
            switch rule {
            case .exact: return nil
            case .down, .towardZero: break
            case .up, .awayFromZero:
                guard result < UInt128.max else { return nil }
                result += 1
            }
        }
        return Int128(exactly: result)
    }
}
