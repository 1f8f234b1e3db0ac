import Foundation

/// Writes events as JSON lines (`{"t":1000,"type":"trade","price":640001,...}`) into a buffer that
/// is flushed to a file in large blocks; numbers are formatted by hand, as this runs per event.
struct JSONLineWriter: EventFieldWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var digits = [UInt8](repeating: 0, count: 24)

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw RunOutputError(path: path) }
        self.handle = handle
        buffer.reserveCapacity(1 << 17)
    }

    mutating func begin(_ type: StaticString, time: Int64) {
        append("{\"t\":")
        append(time)
        append(",\"type\":\"")
        append(type)
        buffer.append(UInt8(ascii: "\""))
    }

    mutating func field(_ key: StaticString, _ value: Int64) {
        writeKey(key)
        append(value)
    }

    mutating func field(_ key: StaticString, _ value: String) {
        writeKey(key)
        buffer.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { buffer.append(UInt8(ascii: "\\")) }
            buffer.append(byte < 0x20 ? UInt8(ascii: " ") : byte)
        }
        buffer.append(UInt8(ascii: "\""))
    }

    mutating func field(_ key: StaticString, _ value: Bool) {
        writeKey(key)
        append(value ? "true" : "false")
    }

    mutating func end() {
        append("}\n")
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() { try? handle.close() }

    private mutating func writeKey(_ key: StaticString) {
        append(",\"")
        append(key)
        append("\":")
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    private mutating func append(_ number: Int64) {
        var magnitude = number.magnitude
        var count = 0
        repeat {
            digits[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            count += 1
        } while magnitude > 0
        if number < 0 { buffer.append(UInt8(ascii: "-")) }
        for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(digits[index]) }
    }
}

/// An output file that could not be created.
struct RunOutputError: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path): cannot create the file" }
}
