/// One open order's state, packed into 40 bytes.
///
/// `prev`/`next` link the order into its price level's FIFO queue; a free slot reuses `next` as the
/// free-list link.
@usableFromInline
struct OrderSlot: Sendable {
    @usableFromInline var id: Int64
    @usableFromInline var price: Int64
    @usableFromInline var open: Int64
    @usableFromInline var account: UInt32
    @usableFromInline var prev: Int32
    @usableFromInline var next: Int32
    @usableFromInline var side: Side
    @usableFromInline var postOnly: Bool
    @usableFromInline var reduceOnly: Bool
}

/// The open orders of a book: a slot array with a free list, and an open-addressing table from order
/// id to slot.
///
/// Cancel by id is O(1): one hash, a short linear probe, and the slot. The table stores slot numbers
/// only (4 bytes a bucket) and compares ids through the slots, which keeps a resting order near 48
/// bytes. Nothing allocates in steady state: released slots are reused, and the table grows only when
/// it is half full.
struct OrderStore: Sendable {
    static let none: Int32 = -1

    private(set) var slots: [OrderSlot]
    private var freeHead: Int32 = OrderStore.none
    private var buckets: [Int32]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    init(expectedOrders: Int) {
        let wanted = Swift.max(16, expectedOrders * 2)
        let bits = Int.bitWidth - (wanted - 1).leadingZeroBitCount
        buckets = Array(repeating: OrderStore.none, count: 1 << bits)
        mask = (1 << bits) - 1
        shift = UInt64(64 - bits)
        slots = []
        slots.reserveCapacity(expectedOrders)
    }

    /// Bytes held by the slot array and the id table, capacity included.
    var bytesAllocated: Int {
        slots.capacity * MemoryLayout<OrderSlot>.stride + buckets.capacity * MemoryLayout<Int32>.stride
    }

    @inline(__always)
    private func home(of id: Int64) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The slot holding open order `id`, if any.
    @inline(__always)
    func find(_ id: Int64) -> Int32? {
        var bucket = home(of: id)
        while true {
            let slot = buckets[bucket]
            if slot == OrderStore.none { return nil }
            if slots[Int(slot)].id == id { return slot }
            bucket = (bucket + 1) & mask
        }
    }

    /// Stores a new open order; the caller has checked that `order.id` is not present.
    mutating func insert(_ order: OrderSlot) -> Int32 {
        if (count + 1) * 2 > buckets.count { grow() }
        let slot: Int32
        if freeHead != OrderStore.none {
            slot = freeHead
            freeHead = slots[Int(slot)].next
            slots[Int(slot)] = order
        } else {
            slot = Int32(slots.count)
            slots.append(order)
        }
        var bucket = home(of: order.id)
        while buckets[bucket] != OrderStore.none { bucket = (bucket + 1) & mask }
        buckets[bucket] = slot
        count += 1
        return slot
    }

    /// Forgets the order in `slot` and frees the slot for reuse.
    ///
    /// Uses backward-shift deletion, so the table never fills with tombstones.
    mutating func remove(_ slot: Int32) {
        let id = slots[Int(slot)].id
        var hole = home(of: id)
        while buckets[hole] != slot { hole = (hole + 1) & mask }
        var probe = (hole + 1) & mask
        while true {
            let candidate = buckets[probe]
            if candidate == OrderStore.none { break }
            let candidateHome = home(of: slots[Int(candidate)].id)
            // Move the candidate back when the hole lies on its probe path (cyclically).
            if (probe - candidateHome) & mask >= (probe - hole) & mask {
                buckets[hole] = candidate
                hole = probe
            }
            probe = (probe + 1) & mask
        }
        buckets[hole] = OrderStore.none
        slots[Int(slot)].next = freeHead
        slots[Int(slot)].open = 0
        freeHead = slot
        count -= 1
    }

    subscript(slot: Int32) -> OrderSlot {
        @inline(__always) get { slots[Int(slot)] }
        @inline(__always) _modify { yield &slots[Int(slot)] }
    }

    private mutating func grow() {
        let bits = Int.bitWidth - buckets.count.leadingZeroBitCount
        let old = buckets
        buckets = Array(repeating: OrderStore.none, count: 1 << bits)
        mask = (1 << bits) - 1
        shift = UInt64(64 - bits)
        for slot in old where slot != OrderStore.none {
            var bucket = home(of: slots[Int(slot)].id)
            while buckets[bucket] != OrderStore.none { bucket = (bucket + 1) & mask }
            buckets[bucket] = slot
        }
    }
}
