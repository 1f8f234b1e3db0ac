/// The output lines of `cascade book` as UTF-8 bytes, in one buffer the caller flushes in large writes
/// and reuses.
///
/// Numbers are formatted straight into the buffer, with no `String` per line; once the buffer has
/// reached its working size, appending allocates nothing.
public struct BookScriptOutput: Sendable {
    /// The bytes appended since the last `removeAll()`.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    public init(reservingCapacity capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Bytes waiting to be written.
    public var count: Int { bytes.count }

    /// Empties the buffer after a flush, keeping its capacity.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// The line for `event`: `T maker taker price qty`, `X id qty`, `U id price qty`, `R id` or
    /// `K id qty`; nothing for an acceptance or a trigger, which the format does not print.
    @inline(__always)
    mutating func append(_ event: BookEvent) {
        switch event {
        case .trade(let trade):
            line("T ", trade.makerID.rawValue, trade.takerID.rawValue, trade.price.ticks, trade.quantity.lots)
        case .cancelled(let id, let quantity, _):
            line("X ", id.rawValue, quantity.lots)
        case .amended(let id, let price, let quantity):
            line("U ", id.rawValue, price.ticks, quantity.lots)
        case .rejected(let id, _):
            line("R ", id.rawValue)
        case .expired(let id, let quantity):
            line("K ", id.rawValue, quantity.lots)
        case .accepted, .triggered:
            break
        }
    }

    /// Appends `text` as it is, e.g. `END_EVENTS\n`.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `prefix`, then the numbers that are not `nil` separated by spaces, then `\n`.
    ///
    /// Fixed arity rather than variadic: a variadic call would build an array per line.
    @inline(__always)
    mutating func line(
        _ prefix: StaticString, _ first: Int64, _ second: Int64? = nil, _ third: Int64? = nil, _ fourth: Int64? = nil
    ) {
        append(prefix)
        append(first)
        if let second { field(second) }
        if let third { field(third) }
        if let fourth { field(fourth) }
        bytes.append(UInt8(ascii: "\n"))
    }

    @inline(__always)
    private mutating func field(_ value: Int64) {
        bytes.append(UInt8(ascii: " "))
        append(value)
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    @inline(__always)
    mutating func append(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = 20
            while magnitude != 0 {
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index...]))
        }
    }
}
