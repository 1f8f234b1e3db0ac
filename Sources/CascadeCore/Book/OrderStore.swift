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

/// The open orders of a book: slots in fixed-size pages with a free list, and an open-addressing
/// table from order id to slot.
///
/// Cancel by id is O(1): one hash, a short linear probe, and the slot. The table stores slot numbers
/// only (4 bytes a bucket) and compares ids through the slots, which keeps a resting order near 48
/// bytes. Nothing allocates in steady state: released slots are reused.
///
/// Growth never stops the book: a full page is never copied (a new one is added), and when the table
/// passes half full a table twice the size takes new entries while the old one's move over a few
/// buckets per insert (`movesPerInsert`); until then a lookup probes both. A doubling of one array
/// of 40-byte slots and a rehash of every id took 22 ms at a million orders.
struct OrderStore: Sendable {
    static let none: Int32 = -1
    /// An old-table bucket whose entry moved or left: lookups probe past it.
    private static let moved: Int32 = -2
    /// Slots per page: 1,024 (40 KiB), allocated in microseconds.
    private static let pageBits = 10
    private static let pageMask = (1 << pageBits) - 1
    /// Old buckets moved per insert while the table grows: the old table (twice its growth
    /// threshold in buckets) empties long before the new one reaches its own threshold.
    private static let movesPerInsert = 4

    private var pages: [[OrderSlot]] = []
    /// Slots handed out so far, free ones included.
    private var used = 0
    private var freeHead: Int32 = OrderStore.none
    private var buckets: [Int32]
    private var mask: Int
    private var shift: UInt64
    /// The table before the last growth while its entries move; empty otherwise.
    private var oldBuckets: [Int32] = []
    private var oldShift: UInt64 = 0
    /// Next old bucket to move.
    private var nextToMove = 0
    private(set) var count = 0

    init(expectedOrders: Int) {
        let wanted = Swift.max(16, expectedOrders * 2)
        let bits = Int.bitWidth - (wanted - 1).leadingZeroBitCount
        buckets = Array(repeating: OrderStore.none, count: 1 << bits)
        mask = (1 << bits) - 1
        shift = UInt64(64 - bits)
        // The first page holds what is expected up to a page (an option's book expects 256).
        var reserved = 0
        while reserved < expectedOrders {
            addPage(capacity: Swift.min(expectedOrders - reserved, Self.pageMask + 1))
            reserved += Self.pageMask + 1
        }
    }

    /// Bytes held by the slot pages and the id tables, capacity included.
    var bytesAllocated: Int {
        pages.reduce(0) { $0 + $1.capacity } * MemoryLayout<OrderSlot>.stride
            + (buckets.capacity + oldBuckets.capacity) * MemoryLayout<Int32>.stride
    }

    @inline(__always)
    private static func home(of id: Int64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The slot holding open order `id`, if any.
    @inline(__always)
    func find(_ id: Int64) -> Int32? {
        var bucket = Self.home(of: id, shift: shift)
        while true {
            let slot = buckets[bucket]
            if slot == OrderStore.none { break }
            if self[slot].id == id { return slot }
            bucket = (bucket + 1) & mask
        }
        return oldBuckets.isEmpty ? nil : findOld(id)?.slot
    }

    /// Where `id` sits in the old table while it moves: bucket and slot.
    private func findOld(_ id: Int64) -> (bucket: Int, slot: Int32)? {
        let oldMask = oldBuckets.count - 1
        var bucket = Self.home(of: id, shift: oldShift)
        while true {
            let slot = oldBuckets[bucket]
            if slot == OrderStore.none { return nil }
            if slot != Self.moved && self[slot].id == id { return (bucket, slot) }
            bucket = (bucket + 1) & oldMask
        }
    }

    /// Stores a new open order; the caller has checked that `order.id` is not present.
    mutating func insert(_ order: OrderSlot) -> Int32 {
        if !oldBuckets.isEmpty { moveSome() }
        if (count + 1) * 2 > buckets.count { startGrowing() }
        let slot: Int32
        if freeHead != OrderStore.none {
            slot = freeHead
            freeHead = self[slot].next
            self[slot] = order
        } else {
            if used >> Self.pageBits == pages.count { addPage(capacity: Self.pageMask + 1) }
            slot = Int32(used)
            pages[used >> Self.pageBits].append(order)
            used += 1
        }
        place(slot, id: order.id)
        count += 1
        return slot
    }

    /// Forgets the order in `slot` and frees the slot for reuse.
    ///
    /// Uses backward-shift deletion in the current table, so it never fills with tombstones; in the
    /// old table, which is dropped once emptied, the bucket is only marked moved.
    mutating func remove(_ slot: Int32) {
        let id = self[slot].id
        var hole = Self.home(of: id, shift: shift)
        while buckets[hole] != slot && buckets[hole] != OrderStore.none { hole = (hole + 1) & mask }
        if buckets[hole] == slot {
            var probe = (hole + 1) & mask
            while true {
                let candidate = buckets[probe]
                if candidate == OrderStore.none { break }
                let candidateHome = Self.home(of: self[candidate].id, shift: shift)
                // Move the candidate back when the hole lies on its probe path (cyclically).
                if (probe - candidateHome) & mask >= (probe - hole) & mask {
                    buckets[hole] = candidate
                    hole = probe
                }
                probe = (probe + 1) & mask
            }
            buckets[hole] = OrderStore.none
        } else if let old = findOld(id) {
            oldBuckets[old.bucket] = Self.moved
        }
        self[slot].next = freeHead
        self[slot].open = 0
        freeHead = slot
        count -= 1
    }

    subscript(slot: Int32) -> OrderSlot {
        @inline(__always) get { pages[Int(slot) >> Self.pageBits][Int(slot) & Self.pageMask] }
        @inline(__always) _modify { yield &pages[Int(slot) >> Self.pageBits][Int(slot) & Self.pageMask] }
    }

    /// A page that holds `capacity` slots before its array grows (never past a page).
    private mutating func addPage(capacity: Int) {
        var page: [OrderSlot] = []
        page.reserveCapacity(capacity)
        pages.append(page)
    }

    @inline(__always)
    private mutating func place(_ slot: Int32, id: Int64) {
        var bucket = Self.home(of: id, shift: shift)
        while buckets[bucket] != OrderStore.none { bucket = (bucket + 1) & mask }
        buckets[bucket] = slot
    }

    /// Makes the table twice the size and starts moving the old entries over.
    private mutating func startGrowing() {
        while !oldBuckets.isEmpty { moveSome() }
        let bits = Int.bitWidth - buckets.count.leadingZeroBitCount
        oldBuckets = buckets
        oldShift = shift
        nextToMove = 0
        buckets = Array(repeating: OrderStore.none, count: 1 << bits)
        mask = (1 << bits) - 1
        shift = UInt64(64 - bits)
    }

    private mutating func moveSome() {
        let stop = Swift.min(oldBuckets.count, nextToMove + Self.movesPerInsert)
        while nextToMove < stop {
            let slot = oldBuckets[nextToMove]
            if slot >= 0 {
                place(slot, id: self[slot].id)
                oldBuckets[nextToMove] = Self.moved
            }
            nextToMove += 1
        }
        if nextToMove == oldBuckets.count { oldBuckets = [] }
    }
}
