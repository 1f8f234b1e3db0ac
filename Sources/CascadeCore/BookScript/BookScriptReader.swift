/// Reads `cascade book` commands from bytes as they arrive, in chunks of any size, without building a
/// `String` per line or holding more than one line.
///
/// A line of plain ASCII fields (nearly every line) is parsed in place from the bytes. Anything else,
/// a malformed line or one with a byte above 0x7F before its comment, goes through
/// `BookScriptCommand(parsing:lineNumber:)`, so every accepted line and every `line N:` message is the
/// one that parser gives. Lines end at `\n` only; a line longer than `maximumLineLength` bytes is an
/// error, which bounds what a caller has to keep of an unfinished line.
public struct BookScriptReader: Sendable {
    /// The longest line accepted, in bytes without its `\n`: 1 MiB.
    public static let maximumLineLength = 1 << 20

    /// Lines read so far; the next line is `lineNumber + 1`.
    public private(set) var lineNumber = 0

    /// A reader before the first line.
    public init() {}

    /// Parses the complete lines at the start of `bytes`, handing each command to `body` in order.
    ///
    /// Returns how many bytes it consumed: through the last `\n`, or all of them when `isFinal` (the
    /// bytes then end the script, and a last line without `\n` counts). The caller keeps the rest and
    /// passes it again, followed by more bytes.
    /// - Throws: the first malformed or over-long line; the commands before it have gone to `body`.
    /// - Complexity: O(`bytes.count`).
    public mutating func read(
        _ bytes: UnsafeRawBufferPointer, isFinal: Bool, _ body: (BookScriptCommand) -> Void
    ) throws(BookScriptError) -> Int {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        let count = bytes.count
        var start = 0
        while start < count {
            var end = start
            while end < count && base[end] != UInt8(ascii: "\n") { end += 1 }
            if end == count && !isFinal { break }
            lineNumber += 1
            if let command = try Self.command(base, start, end, lineNumber: lineNumber) { body(command) }
            start = end + 1
        }
        if start < count && count - start > Self.maximumLineLength {
            throw BookScriptError(line: lineNumber + 1, problem: "longer than \(Self.maximumLineLength) bytes")
        }
        return Swift.min(start, count)
    }

    /// The command on the line `bytes[start..<end]`, `nil` for a blank or comment line.
    @inline(__always)
    static func command(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, lineNumber: Int
    ) throws(BookScriptError) -> BookScriptCommand? {
        if end - start > maximumLineLength {
            throw BookScriptError(line: lineNumber, problem: "longer than \(maximumLineLength) bytes")
        }
        var fields = LineFields(bytes, start, end)
        switch fields.parse() {
        case .blank: return nil
        case .command(let command): return command
        case .other:
            let line = String(decoding: UnsafeBufferPointer(start: bytes + start, count: end - start), as: UTF8.self)
            return try BookScriptCommand(parsing: Substring(line), lineNumber: lineNumber)
        }
    }
}

/// The fields of one line of ASCII, read in place.
///
/// It accepts exactly what `BookScriptCommand(parsing:lineNumber:)` accepts on such a line and
/// answers `.other` for everything else, leaving that parser to decide (and word the error).
struct LineFields {
    enum Outcome {
        case blank
        case command(BookScriptCommand)
        /// Not a well-formed ASCII line: the general parser decides.
        case other
    }

    private let bytes: UnsafePointer<UInt8>
    private var position: Int
    private var end: Int

    init(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) {
        self.bytes = bytes
        position = start
        self.end = end
    }

    @inline(__always)
    mutating func parse() -> Outcome {
        guard cutComment() else { return .other }
        guard let letter = nextField() else { return .blank }
        guard letter.1 - letter.0 == 1 else { return .other }
        let code = bytes[letter.0]
        let command: BookScriptCommand?
        switch code {
        case UInt8(ascii: "C"):
            command = integer().map { .cancel(OrderID($0)) }
        case UInt8(ascii: "A"):
            guard let id = integer(), let price = integer(), let quantity = integer() else { return .other }
            command = .amend(OrderID(id), Price(ticks: price), Quantity(lots: quantity))
        case UInt8(ascii: "M"):
            guard let side = side(), let id = integer(), let quantity = integer() else { return .other }
            command = .place(
                OrderRequest(
                    id: OrderID(id), account: BookScriptCommand.scriptAccount,
                    terms: .market(side, Quantity(lots: quantity))))
        case UInt8(ascii: "L"), UInt8(ascii: "I"), UInt8(ascii: "F"), UInt8(ascii: "P"):
            guard let side = side(), let id = integer(), let price = integer(), let quantity = integer() else {
                return .other
            }
            let timeInForce: TimeInForce =
                switch code {
                case UInt8(ascii: "I"): .immediateOrCancel
                case UInt8(ascii: "F"): .fillOrKill
                case UInt8(ascii: "P"): .postOnly
                default: .goodTillCancelled
                }
            command = .place(
                OrderRequest(
                    id: OrderID(id), account: BookScriptCommand.scriptAccount,
                    terms: .limit(side, Quantity(lots: quantity), at: Price(ticks: price), timeInForce)))
        default:
            return .other
        }
        guard let command, nextField() == nil else { return .other }
        return .command(command)
    }

    /// Ends the line at its first `#`; `false` when a byte above 0x7F could make a character of a
    /// separator or of the `#` (a combining mark after it), which only the general parser judges.
    @inline(__always)
    private mutating func cutComment() -> Bool {
        var index = position
        while index < end {
            let byte = bytes[index]
            if byte >= 0x80 { return false }
            if byte == UInt8(ascii: "#") {
                if index + 1 < end && bytes[index + 1] >= 0x80 { return false }
                end = index
                return true
            }
            index += 1
        }
        return true
    }

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// The next field's bounds, `nil` at the end of the line.
    @inline(__always)
    private mutating func nextField() -> (Int, Int)? {
        while position < end && Self.isBlank(bytes[position]) { position += 1 }
        guard position < end else { return nil }
        let start = position
        while position < end && !Self.isBlank(bytes[position]) { position += 1 }
        return (start, position)
    }

    @inline(__always)
    private mutating func side() -> Side? {
        guard let (start, stop) = nextField(), stop - start == 1 else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "B"): return .buy
        case UInt8(ascii: "S"): return .sell
        default: return nil
        }
    }

    /// The next field as `Int64(_:)` reads it: an optional sign, then decimal digits, in range.
    @inline(__always)
    private mutating func integer() -> Int64? {
        guard let (start, stop) = nextField() else { return nil }
        var index = start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative || bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard index < stop else { return nil }
        var value: Int64 = 0
        while index < stop {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (shifted, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) =
                negative
                ? shifted.subtractingReportingOverflow(Int64(digit)) : shifted.addingReportingOverflow(Int64(digit))
            guard !overflowTimes && !overflowAdd else { return nil }
            value = next
            index += 1
        }
        return value
    }
}
