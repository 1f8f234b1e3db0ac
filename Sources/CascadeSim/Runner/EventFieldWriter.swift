/// Something an event is described to, field by field: the JSON-lines writer and the digest share
/// one description of every event (`Event.describe(to:at:)`), so the hash covers exactly what is written.
protocol EventFieldWriter {
    mutating func begin(_ type: StaticString, time: Int64)
    mutating func field(_ key: StaticString, _ value: Int64)
    mutating func field(_ key: StaticString, _ value: String)
    mutating func field(_ key: StaticString, _ value: Bool)
    mutating func end()
}

extension EventFieldWriter {
    mutating func field(_ key: StaticString, _ value: Int) { field(key, Int64(value)) }
    mutating func field(_ key: StaticString, _ value: UInt32) { field(key, Int64(value)) }
}
