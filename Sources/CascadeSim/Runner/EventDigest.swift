import CascadeCore

/// A 64-bit FNV-style digest of the event stream: every field value of every event, in order.
///
/// Swift's own `Hasher` is seeded per process, so it cannot compare runs; this one gives the same
/// number for the same events on every run, which is what the determinism checks compare (and a
/// saved dashboard session, to prove that replaying it rebuilt the same world).
public struct EventDigest: EventFieldWriter, Sendable, Hashable {
    /// The digest so far; it starts at the FNV-1a offset basis.
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The digest of no events.
    public init() {}

    /// Folds in `events`, which happened at simulated `time` (a world observer's batch).
    /// - Complexity: O(the events' fields).
    public mutating func record(_ events: [Event], at time: SimTime) {
        for event in events { event.describe(to: &self, at: time) }
    }

    /// The digest as 16 hex digits.
    public var hex: String {
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
