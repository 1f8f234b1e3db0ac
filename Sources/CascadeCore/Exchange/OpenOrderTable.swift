/// The exchange's open orders by id: who owns each one, where it rests and what it was last counted
/// at. Looked up on every placement, cancel, fill and agent check (`Exchange.isOpen`), so it is an
/// open-addressing table with a multiplicative hash of the 64-bit id instead of a `Dictionary`,
/// whose per-process seeded hasher cost more than the rest of a lookup.
///
/// Linear probing over a power-of-two array of buckets, kept at most half full; removal shifts the
/// following entries of the probe chain back (no tombstones). Ids are the exchange's own, from 1, so
/// key 0 marks an empty bucket. The table has no iteration order of its own to leak: `ids(where:)`
/// returns ids ascending.
/// - Complexity: O(1) expected per lookup, insert and removal; doubling rehashes every entry.
struct OpenOrderTable: Sendable {
    /// A bucket that holds an entry, from `slot(of:)`; valid until the table next changes shape.
    struct Slot {
        fileprivate var bucket: Int
    }

    private var keys: [Int64]
    private var values: [Exchange.OpenOrder?]
    /// Entries held.
    private(set) var count = 0

    /// An empty table with room for `expected` entries before it first grows.
    init(expected: Int = 1_024) {
        let size = 1 << (Int.bitWidth - (Swift.max(16, expected * 2) - 1).leadingZeroBitCount)
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
    }

    /// The entry of `id`, if open; setting `nil` removes it.
    subscript(id: OrderID) -> Exchange.OpenOrder? {
        get { slot(of: id).flatMap { values[$0.bucket] } }
        set {
            if let newValue {
                insert(id, newValue)
            } else {
                removeValue(forKey: id)
            }
        }
    }

    /// Where `id`'s entry is, if it is open.
    @inline(__always)
    func slot(of id: OrderID) -> Slot? {
        let key = id.rawValue
        let mask = keys.count - 1
        var bucket = Self.home(key, mask: mask)
        while true {
            let stored = keys[bucket]
            if stored == key { return Slot(bucket: bucket) }
            if stored == 0 { return nil }
            bucket = (bucket + 1) & mask
        }
    }

    /// The entry at `slot`, read or changed in place.
    subscript(slot: Slot) -> Exchange.OpenOrder {
        get { values[slot.bucket]! }
        set { values[slot.bucket] = newValue }
    }

    /// Files `order` under `id`, replacing an entry already there.
    mutating func insert(_ id: OrderID, _ order: Exchange.OpenOrder) {
        precondition(id.rawValue > 0, "open order ids start at 1")
        if let slot = slot(of: id) {
            values[slot.bucket] = order
            return
        }
        if (count + 1) * 2 > keys.count { grow() }
        Self.place(&keys, &values, id.rawValue, order)
        count += 1
    }

    /// Removes and returns `id`'s entry, if it was open.
    @discardableResult
    mutating func removeValue(forKey id: OrderID) -> Exchange.OpenOrder? {
        guard var hole = slot(of: id)?.bucket else { return nil }
        let removed = values[hole]
        let mask = keys.count - 1
        // Backward-shift deletion: move later entries of the chain into the hole when their home
        // bucket lies at or before it, so every probe chain stays unbroken.
        var next = (hole + 1) & mask
        while keys[next] != 0 {
            let home = Self.home(keys[next], mask: mask)
            if (next - home) & mask >= (next - hole) & mask {
                keys[hole] = keys[next]
                values[hole] = values[next]
                hole = next
            }
            next = (next + 1) & mask
        }
        keys[hole] = 0
        values[hole] = nil
        count -= 1
        return removed
    }

    /// The open orders whose entry satisfies `predicate`, ids ascending.
    func ids(where predicate: (Exchange.OpenOrder) -> Bool) -> [OrderID] {
        var found: [OrderID] = []
        for bucket in keys.indices where keys[bucket] != 0 && predicate(values[bucket]!) {
            found.append(OrderID(keys[bucket]))
        }
        return found.sorted()
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        for bucket in oldKeys.indices where oldKeys[bucket] != 0 {
            Self.place(&keys, &values, oldKeys[bucket], oldValues[bucket]!)
        }
    }

    /// Fibonacci hashing: consecutive ids land far apart, so chains stay short.
    @inline(__always)
    private static func home(_ key: Int64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    private static func place(
        _ keys: inout [Int64], _ values: inout [Exchange.OpenOrder?], _ key: Int64, _ order: Exchange.OpenOrder
    ) {
        let mask = keys.count - 1
        var bucket = home(key, mask: mask)
        while keys[bucket] != 0 { bucket = (bucket + 1) & mask }
        keys[bucket] = key
        values[bucket] = order
    }
}
