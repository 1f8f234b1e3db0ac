/// A map from 64-bit keys to small integers that only grows, and grows without a pause: when it
/// passes half full it allocates a table twice the size and moves the old entries over a few at a
/// time, on later inserts, instead of rehashing them all at once.
///
/// Open addressing with linear probing; a key is stored plus one, so that zero marks an empty bucket
/// (the one key that would wrap to zero, `UInt64.max`, is kept beside the table). There is no removal.
/// While entries move, a lookup probes both tables. An insert costs O(1) plus moving at most
/// `movesPerInsert` old buckets; memory is 12 bytes a bucket, at most 1.5 times that while moving.
struct IncrementalIDTable: Sendable {
    /// Old buckets moved per insert while the table grows. Four empty the old table (twice the
    /// growth threshold in buckets) long before the new one reaches its own threshold.
    static let movesPerInsert = 4

    private var keys: [UInt64]
    private var values: [Int32]
    private var oldKeys: [UInt64] = []
    private var oldValues: [Int32] = []
    /// Next old bucket to move.
    private var moved = 0
    private var maxKeyValue: Int32?
    /// Entries, in both tables.
    private(set) var count = 0

    /// An empty table with room for `expected` entries before it first grows.
    init(expected: Int = 8) {
        let buckets = Swift.max(16, expected * 2)
        let size = 1 << (Int.bitWidth - (buckets - 1).leadingZeroBitCount)
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
    }

    /// Bytes held by the buckets, both tables while growing.
    var bytesAllocated: Int {
        (keys.capacity + oldKeys.capacity) * MemoryLayout<UInt64>.stride
            + (values.capacity + oldValues.capacity) * MemoryLayout<Int32>.stride
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        if key == .max { return maxKeyValue }
        if count == 0 { return nil }
        if let value = Self.probe(keys, values, key &+ 1) { return value }
        return oldKeys.isEmpty ? nil : Self.probe(oldKeys, oldValues, key &+ 1)
    }

    /// Stores `value` for `key`, which must not be present yet.
    mutating func insert(_ key: UInt64, value: Int32) {
        if key == .max {
            maxKeyValue = value
            count += 1
            return
        }
        if !oldKeys.isEmpty { moveSome() }
        if (count + 1) * 2 > keys.count {
            while !oldKeys.isEmpty { moveSome() }
            oldKeys = keys
            oldValues = values
            keys = Array(repeating: 0, count: keys.count * 2)
            values = Array(repeating: 0, count: values.count * 2)
            moved = 0
        }
        Self.place(&keys, &values, key &+ 1, value)
        count += 1
    }

    private mutating func moveSome() {
        let stop = Swift.min(oldKeys.count, moved + Self.movesPerInsert)
        while moved < stop {
            let stored = oldKeys[moved]
            if stored != 0 { Self.place(&keys, &values, stored, oldValues[moved]) }
            moved += 1
        }
        if moved == oldKeys.count {
            oldKeys = []
            oldValues = []
        }
    }

    @inline(__always)
    private static func home(_ stored: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (stored &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    private static func probe(_ keys: [UInt64], _ values: [Int32], _ stored: UInt64) -> Int32? {
        let mask = keys.count - 1
        var bucket = home(stored, mask: mask)
        while true {
            let key = keys[bucket]
            if key == stored { return values[bucket] }
            if key == 0 { return nil }
            bucket = (bucket + 1) & mask
        }
    }

    @inline(__always)
    private static func place(_ keys: inout [UInt64], _ values: inout [Int32], _ stored: UInt64, _ value: Int32) {
        let mask = keys.count - 1
        var bucket = home(stored, mask: mask)
        while keys[bucket] != 0 { bucket = (bucket + 1) & mask }
        keys[bucket] = stored
        values[bucket] = value
    }
}
