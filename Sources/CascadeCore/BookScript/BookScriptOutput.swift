/// The output lines of `cascade book` as UTF-8 bytes, in one buffer the caller flushes in large writes
/// and reuses.
///
/// Numbers are formatted straight into the buffer's memory, one access to it per line, with no
/// `String` per line; once the buffer has reached its working size, appending allocates nothing.
public struct BookScriptOutput: Sendable {
    /// The longest line `line` writes: a prefix of up to 4 bytes, 4 numbers of up to 20 bytes, 3
    /// spaces and a newline, rounded up.
    static let longestLine = 96

    /// Zero-filled memory; the first `count` bytes are the output.
    private var storage: [UInt8]
    /// Bytes waiting to be written.
    public private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes.
    public init(reservingCapacity capacity: Int = 1 << 16) {
        storage = Array(repeating: 0, count: Swift.max(capacity, Self.longestLine))
    }

    /// The bytes appended since the last `removeAll()`.
    public var bytes: ArraySlice<UInt8> { storage[..<count] }

    /// Empties the buffer after a flush, keeping its memory.
    public mutating func removeAll() { count = 0 }

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
    mutating func append(_ text: StaticString) {
        reserve(text.utf8CodeUnitCount)
        text.withUTF8Buffer { text in
            storage.withUnsafeMutableBufferPointer { memory in
                memory.baseAddress!.advanced(by: count).update(from: text.baseAddress!, count: text.count)
            }
        }
        count += text.utf8CodeUnitCount
    }

    /// Appends `prefix`, then the numbers that are not `nil` separated by spaces, then `\n`.
    ///
    /// Fixed arity rather than variadic: a variadic call would build an array per line.
    @inline(__always)
    mutating func line(
        _ prefix: StaticString, _ first: Int64, _ second: Int64? = nil, _ third: Int64? = nil, _ fourth: Int64? = nil
    ) {
        reserve(Self.longestLine)
        let start = count
        count = storage.withUnsafeMutableBufferPointer { memory in
            let base = memory.baseAddress!
            var end = start
            prefix.withUTF8Buffer { text in
                for byte in text {
                    base[end] = byte
                    end += 1
                }
            }
            end = Self.write(first, to: base, at: end)
            if let second { end = Self.write(second, to: base, at: Self.space(base, end)) }
            if let third { end = Self.write(third, to: base, at: Self.space(base, end)) }
            if let fourth { end = Self.write(fourth, to: base, at: Self.space(base, end)) }
            base[end] = UInt8(ascii: "\n")
            return end + 1
        }
    }

    /// Makes room for `more` bytes after `count`, doubling the memory when it runs short.
    @inline(__always)
    private mutating func reserve(_ more: Int) {
        if count + more > storage.count {
            storage.append(contentsOf: repeatElement(0, count: Swift.max(storage.count, more)))
        }
    }

    @inline(__always)
    private static func space(_ base: UnsafeMutablePointer<UInt8>, _ at: Int) -> Int {
        base[at] = UInt8(ascii: " ")
        return at + 1
    }

    /// Writes `value` in decimal, as `String(value)` writes it, at `base[at...]`; returns the end.
    @inline(__always)
    static func write(_ value: Int64, to base: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
        var end = at
        if value < 0 {
            base[end] = UInt8(ascii: "-")
            end += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        end += digits
        var index = end
        repeat {
            index -= 1
            base[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude != 0
        return end
    }
}
