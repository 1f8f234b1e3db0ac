/// A 64-bit FNV-style digest of the event stream: every field value of every event, in order.
///
/// Swift's own `Hasher` is seeded per process, so it cannot compare runs; this one gives the same
/// number for the same events on every run, which is what the determinism checks compare.
struct EventDigest: EventFieldWriter, Sendable, Hashable {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    init() {}

    /// The digest as 16 hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Folds in a whole 64-bit word at once (FNV-style multiply, plus a shift so high bits feed back).
    @inline(__always) private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0x100_0000_01B3
        value ^= value >> 29
    }

    private mutating func mix(_ text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 } }
    }

    mutating func begin(_ type: StaticString, time: Int64) {
        mix(type)
        mix(UInt64(bitPattern: time))
    }

    mutating func field(_ key: StaticString, _ value: Int64) { mix(UInt64(bitPattern: value)) }

    mutating func field(_ key: StaticString, _ value: String) {
        for byte in value.utf8 { self.value = (self.value ^ UInt64(byte)) &* 0x100_0000_01B3 }
    }

    mutating func field(_ key: StaticString, _ value: Bool) { mix(value ? 1 : 0) }

    mutating func end() { mix(0x0A) }
}
