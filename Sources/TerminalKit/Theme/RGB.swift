/// A 24-bit colour as themes write it (`"#1e90ff"`).
struct RGB: Hashable, Sendable {
    var r: UInt8
    var g: UInt8
    var b: UInt8

    init(r: UInt8, g: UInt8, b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// Parses `#rrggbb` or the short `#rgb` (each digit doubled); nil for anything else.
    init?(hex: String) {
        guard hex.first == "#" else { return nil }
        let digits = Array(hex.dropFirst())
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        func value(_ text: [Character]) -> UInt8 { UInt8(String(text), radix: 16) ?? 0 }
        switch digits.count {
        case 6:
            self.init(r: value(Array(digits[0...1])), g: value(Array(digits[2...3])), b: value(Array(digits[4...5])))
        case 3:
            self.init(
                r: value([digits[0], digits[0]]), g: value([digits[1], digits[1]]), b: value([digits[2], digits[2]]))
        default: return nil
        }
    }

    /// `#rrggbb`, lower case.
    var hex: String {
        "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// The colour `t` of the way from `self` to `other` (0 = self, 1 = other), per channel.
    func mixed(with other: RGB, _ t: Double) -> RGB {
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return RGB(r: channel(r, other.r), g: channel(g, other.g), b: channel(b, other.b))
    }

    /// Perceptual distance squared ("redmean" weighting), good enough to pick the nearest palette
    /// entry without converting to Lab.
    func distance(to other: RGB) -> Int {
        let mean = (Int(r) + Int(other.r)) / 2
        let dr = Int(r) - Int(other.r)
        let dg = Int(g) - Int(other.g)
        let db = Int(b) - Int(other.b)
        return ((512 + mean) * dr * dr) / 256 + 4 * dg * dg + ((767 - mean) * db * db) / 256
    }
}
