/// Why a decimal text was refused. Parsing never traps: every failure is one of these values.
public enum DecimalParseError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case malformed(String)
    case tooManyDigits
    case outOfRange
    case offGrid(step: String)

    /// A short lower-case reason for error messages, e.g. `"not a multiple of 0.1"`.
    public var description: String {
        switch self {
        case .empty: "empty number"
        case .malformed(let text): "'\(text)' is not a decimal number"
        case .tooManyDigits: "too many digits"
        case .outOfRange: "number out of range"
        case .offGrid(let step): "not a multiple of \(step)"
        }
    }
}

/// A decimal number parsed exactly from text: `significand × 10^-scale`.
///
/// Accepts an optional sign, digits, and at most one decimal point (`"-12.50"`, `".5"`, `"7."`);
/// rejects exponents, separators and anything else, so a typo never becomes a different number.
struct DecimalText: Hashable {
    var significand: Int128
    var scale: Int

    /// The most digits accepted; keeps every later scaling inside Int128.
    static let maximumDigits = 30

    init(parsing text: String) throws(DecimalParseError) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .empty }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var value: Int128 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { throw .malformed(text) }
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
                guard digits <= Self.maximumDigits else { throw .tooManyDigits }
                value = value * 10 + Int128(byte - UInt8(ascii: "0"))
                if seenPoint { fractionDigits += 1 }
            } else {
                throw .malformed(text)
            }
            index += 1
        }
        guard digits > 0 else { throw .malformed(text) }
        significand = negative ? -value : value
        scale = fractionDigits
    }

    /// Writes `significand × 10^-scale` with exactly `scale` decimal places.
    static func format(_ significand: Int128, scale: Int) -> String {
        let magnitude = significand.magnitude
        // Every price and amount on screen fits in 64 bits, whose conversion is several times
        // cheaper than the 128-bit one (the order book formats each level every frame).
        var digits = magnitude <= UInt64.max ? String(UInt64(magnitude)) : String(magnitude)
        if scale > 0 {
            if digits.count <= scale {
                digits = String(repeating: "0", count: scale - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return significand < 0 ? "-" + digits : digits
    }
}
