#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

/// The open orders of a book: slots with a free list, and an open-addressing table from order id to
/// slot, both grown without a pause.
///
/// Cancel by id is O(1): one hash, a short linear probe, and the slot. The table stores slot numbers
/// only (4 bytes a bucket) and compares ids through the slots, which keeps a resting order near 48
/// bytes. Nothing allocates in steady state: released slots are reused.
///
/// Growth never stops the world. Slots live in pages of 1,024 that never move: a new order past the
/// last page adds one (and the page table of 8 bytes a page doubles now and then). The id table,
/// when it passes half full, is replaced by one twice the size, taken zeroed from the allocator
/// (large blocks come as untouched pages), and the old table's entries move over four buckets per
/// later insert or removal; until they have, a lookup that misses the new table probes the old one.
/// The memory is managed here by hand, owned by an `OrderStoreMemory` that copies share until one of
/// them changes (copy on write, like an `Array`). That is also why it may cross threads: no copy
/// ever writes memory that another copy can see.
struct OrderStore: @unchecked Sendable {
    static let none: Int32 = -1
    private static let pageShift = 10
    private static let pageSize = 1 << pageShift
    private static let pageBytes = pageSize * MemoryLayout<OrderSlot>.stride
    /// Old id-table buckets moved per insert or removal while the table grows: the old table (half
    /// the new one's size) is empty after a quarter of the new table's buckets in inserts, long
    /// before the new one is half full.
    private static let movesPerStep = 4
    /// An old-table bucket whose entry moved over or was removed; probes pass over it.
    private static let moved: Int32 = -1

    // The fields are narrow on purpose: a book is often copied into a temporary to call one of its
    // methods, and its size is what such a copy costs.
    private var memory: OrderStoreMemory
    /// Page `p` holds slots `p·1024 ..< (p+1)·1024`; only the first `slotCount` slots are initialised.
    private var pages: UnsafeMutablePointer<UnsafeMutablePointer<OrderSlot>>
    /// The id table: a bucket holds a slot number plus one, 0 when empty; `1 << bits` buckets.
    private var buckets: UnsafeMutablePointer<Int32>
    /// While the table grows: the previous table, `1 << oldBits` buckets, moved over from bucket
    /// `nextToMove` on.
    private var oldBuckets: UnsafeMutablePointer<Int32>?
    /// Slots handed out so far, in use or on the free list.
    private var slotCount: Int32 = 0
    private var freeHead: Int32 = OrderStore.none
    private var openOrders: Int32 = 0
    private var pageCount: Int32 = 0
    private var pageCapacity: Int32
    private var nextToMove: Int32 = 0
    private var bits: UInt8
    private var oldBits: UInt8 = 0

    init(expectedOrders: Int) {
        let wanted = Swift.max(16, expectedOrders * 2)
        bits = UInt8(Int.bitWidth - (wanted - 1).leadingZeroBitCount)
        buckets = Self.zeroedBuckets(1 << Int(bits))
        pageCapacity = Int32(Swift.max(4, (expectedOrders + Self.pageSize - 1) >> Self.pageShift))
        pages = .allocate(capacity: Int(pageCapacity))
        memory = OrderStoreMemory()
        memory.own(pages: pages, pageCount: 0, buckets: buckets, oldBuckets: nil)
    }

    /// Open orders held.
    var count: Int { Int(openOrders) }

    /// The current table's bucket mask, and the old one's while it empties.
    private var mask: Int { (1 << Int(bits)) - 1 }
    private var oldMask: Int { (1 << Int(oldBits)) - 1 }

    /// Bytes held by the slot pages, the page table and the id tables (the old one too while it
    /// empties).
    var bytesAllocated: Int {
        Int(pageCount) * Self.pageBytes + Int(pageCapacity) * MemoryLayout<Int>.stride
            + ((1 << Int(bits)) + (oldBuckets == nil ? 0 : 1 << Int(oldBits))) * MemoryLayout<Int32>.stride
    }

    /// Where `id`'s probe starts in a table of `1 << bits` buckets.
    @inline(__always)
    private static func home(of id: Int64, bits: UInt8) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    @inline(__always)
    private func slotPointer(_ slot: Int32) -> UnsafeMutablePointer<OrderSlot> {
        assert(slot >= 0 && slot < slotCount, "slot \(slot) of \(slotCount)")
        return pages[Int(slot) >> Self.pageShift] + (Int(slot) & (Self.pageSize - 1))
    }

    /// The slot holding open order `id`, if any.
    @inline(__always)
    func find(_ id: Int64) -> Int32? {
        var bucket = Self.home(of: id, bits: bits)
        while true {
            let entry = buckets[bucket]
            if entry == 0 { break }
            if slotPointer(entry - 1).pointee.id == id { return entry - 1 }
            bucket = (bucket + 1) & mask
        }
        guard let oldBuckets else { return nil }
        bucket = Self.home(of: id, bits: oldBits)
        while true {
            let entry = oldBuckets[bucket]
            if entry == 0 { return nil }
            if entry > 0 && slotPointer(entry - 1).pointee.id == id { return entry - 1 }
            bucket = (bucket + 1) & oldMask
        }
    }

    /// Stores a new open order; the caller has checked that `order.id` is not present.
    mutating func insert(_ order: OrderSlot) -> Int32 {
        makeUnique()
        if oldBuckets != nil { moveSome() }
        if (Int(openOrders) + 1) * 2 > 1 << Int(bits) { startGrowing() }
        let slot: Int32
        if freeHead != OrderStore.none {
            slot = freeHead
            freeHead = slotPointer(slot).pointee.next
            slotPointer(slot).pointee = order
        } else {
            if slotCount == pageCount << Self.pageShift { addPage() }
            slot = slotCount
            slotCount += 1
            slotPointer(slot).initialize(to: order)
        }
        file(slot + 1, id: order.id)
        openOrders += 1
        return slot
    }

    /// Forgets the order in `slot` and frees the slot for reuse.
    ///
    /// Uses backward-shift deletion in the current table, so it never fills with tombstones; an entry
    /// still in the old table is marked moved there.
    mutating func remove(_ slot: Int32) {
        makeUnique()
        let id = slotPointer(slot).pointee.id
        let entry = slot + 1
        var hole = Self.home(of: id, bits: bits)
        while buckets[hole] != entry && buckets[hole] != 0 { hole = (hole + 1) & mask }
        if buckets[hole] == entry {
            closeHole(at: hole)
        } else if let oldBuckets {
            var bucket = Self.home(of: id, bits: oldBits)
            while oldBuckets[bucket] != entry { bucket = (bucket + 1) & oldMask }
            oldBuckets[bucket] = Self.moved
        }
        slotPointer(slot).pointee.next = freeHead
        slotPointer(slot).pointee.open = 0
        freeHead = slot
        openOrders -= 1
        if oldBuckets != nil { moveSome() }
    }

    subscript(slot: Int32) -> OrderSlot {
        @inline(__always) get { slotPointer(slot).pointee }
        @inline(__always) _modify {
            makeUnique()
            yield &slotPointer(slot).pointee
        }
    }

    /// Empties bucket `start` of the current table, moving back each later entry of its probe chain
    /// whose home lies at or before the hole (cyclically).
    private mutating func closeHole(at start: Int) {
        var hole = start
        var probe = (hole + 1) & mask
        while true {
            let candidate = buckets[probe]
            if candidate == 0 { break }
            let candidateHome = Self.home(of: slotPointer(candidate - 1).pointee.id, bits: bits)
            if (probe - candidateHome) & mask >= (probe - hole) & mask {
                buckets[hole] = candidate
                hole = probe
            }
            probe = (probe + 1) & mask
        }
        buckets[hole] = 0
    }

    /// Puts `entry` (a slot plus one) in the current table at the first free bucket from `id`'s home.
    @inline(__always)
    private mutating func file(_ entry: Int32, id: Int64) {
        var bucket = Self.home(of: id, bits: bits)
        while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
        buckets[bucket] = entry
    }

    /// Replaces the id table by one twice its size; its entries follow a few at a time.
    private mutating func startGrowing() {
        while oldBuckets != nil { moveSome() }
        oldBuckets = buckets
        oldBits = bits
        nextToMove = 0
        bits += 1
        buckets = Self.zeroedBuckets(1 << Int(bits))
        memory.own(pages: pages, pageCount: Int(pageCount), buckets: buckets, oldBuckets: oldBuckets)
    }

    /// Moves the next few buckets of the old table into the current one; frees the old table once
    /// it is empty.
    private mutating func moveSome() {
        guard let old = oldBuckets else { return }
        let size = 1 << Int(oldBits)
        var next = Int(nextToMove)
        let end = Swift.min(next + Self.movesPerStep, size)
        while next < end {
            let entry = old[next]
            if entry > 0 {
                file(entry, id: slotPointer(entry - 1).pointee.id)
                old[next] = Self.moved
            }
            next += 1
        }
        nextToMove = Int32(next)
        guard next == size else { return }
        free(old)
        oldBuckets = nil
        memory.own(pages: pages, pageCount: Int(pageCount), buckets: buckets, oldBuckets: nil)
    }

    /// Adds a page of 1,024 slots, doubling the page table when it is full.
    private mutating func addPage() {
        if pageCount == pageCapacity {
            let larger = UnsafeMutablePointer<UnsafeMutablePointer<OrderSlot>>.allocate(capacity: 2 * Int(pageCapacity))
            larger.initialize(from: pages, count: Int(pageCount))
            pages.deallocate()
            pages = larger
            pageCapacity *= 2
        }
        let page = UnsafeMutablePointer<OrderSlot>.allocate(capacity: Self.pageSize)
        // Touched now, all 40 KB at once: otherwise every hundredth order would take the system's
        // page fault as it first writes its part of the page.
        memset(page, 0, Self.pageBytes)
        (pages + Int(pageCount)).initialize(to: page)
        pageCount += 1
        memory.own(pages: pages, pageCount: Int(pageCount), buckets: buckets, oldBuckets: oldBuckets)
    }

    /// `count` zeroed buckets. Large blocks come from the system as untouched pages, so a table of
    /// millions costs nothing until its buckets are first written.
    private static func zeroedBuckets(_ count: Int) -> UnsafeMutablePointer<Int32> {
        guard let raw = calloc(count, MemoryLayout<Int32>.stride) else {
            fatalError("out of memory for an order id table of \(count) buckets")
        }
        return raw.bindMemory(to: Int32.self, capacity: count)
    }

    /// Gives this store its own copy of the memory it shares with another copy, before it changes.
    @inline(__always)
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&memory) { copyMemory() }
    }

    private mutating func copyMemory() {
        let copiedPages = UnsafeMutablePointer<UnsafeMutablePointer<OrderSlot>>.allocate(capacity: Int(pageCapacity))
        for page in 0..<Int(pageCount) {
            let copy = UnsafeMutablePointer<OrderSlot>.allocate(capacity: Self.pageSize)
            let used = Swift.min(Self.pageSize, Int(slotCount) - (page << Self.pageShift))
            copy.initialize(from: pages[page], count: used)
            (copiedPages + page).initialize(to: copy)
        }
        pages = copiedPages
        let copiedBuckets = Self.zeroedBuckets(1 << Int(bits))
        copiedBuckets.update(from: buckets, count: 1 << Int(bits))
        buckets = copiedBuckets
        if let old = oldBuckets {
            let copiedOld = Self.zeroedBuckets(1 << Int(oldBits))
            copiedOld.update(from: old, count: 1 << Int(oldBits))
            oldBuckets = copiedOld
        }
        memory = OrderStoreMemory()
        memory.own(pages: pages, pageCount: Int(pageCount), buckets: buckets, oldBuckets: oldBuckets)
    }
}

/// The memory of an `OrderStore` and its copies, freed when the last of them lets go. The store
/// reads and writes through its own copies of these pointers; it tells the owner whenever one
/// changes (a page added, a table replaced), which is rare.
final class OrderStoreMemory: @unchecked Sendable {
    private var pages: UnsafeMutablePointer<UnsafeMutablePointer<OrderSlot>>?
    private var pageCount = 0
    private var buckets: UnsafeMutablePointer<Int32>?
    private var oldBuckets: UnsafeMutablePointer<Int32>?

    /// Takes ownership of the store's current memory. Whatever it owned before and no longer
    /// appears was already freed by the store (a replaced page table or old id table).
    func own(
        pages: UnsafeMutablePointer<UnsafeMutablePointer<OrderSlot>>, pageCount: Int,
        buckets: UnsafeMutablePointer<Int32>, oldBuckets: UnsafeMutablePointer<Int32>?
    ) {
        self.pages = pages
        self.pageCount = pageCount
        self.buckets = buckets
        self.oldBuckets = oldBuckets
    }

    deinit {
        if let pages {
            for page in 0..<pageCount { pages[page].deallocate() }
            pages.deallocate()
        }
        free(buckets)
        free(oldBuckets)
    }
}
