/// One price level: a FIFO queue of order slots with its running totals.
@usableFromInline
struct PriceLevel: Sendable {
    @usableFromInline var total: Int64 = 0
    @usableFromInline var head: Int32 = OrderStore.none
    @usableFromInline var tail: Int32 = OrderStore.none
    @usableFromInline var count: Int32 = 0
}

/// The price levels of one book, indexed by tick offset from `base`, in pages of 4,096 levels
/// allocated when an order first rests in them, with a bitmap of the occupied levels and the best
/// bid and ask.
///
/// Levels on both sides share the window: the book is never crossed, so every occupied level at or
/// below the best bid holds bids and every one at or above the best ask holds asks. Finding the next
/// level after the best one empties scans the bitmap 64 levels a word. The window moves and grows
/// when an order rests outside it, up to `maximumSpan` levels, by whole pages: pages keep their
/// levels and only the page list and the bitmap (a bit per level) are rebuilt, so a book never
/// stops to copy its levels (the 262,144 levels around a million-order book are 6 MiB).
struct PriceLadder: Sendable {
    static let noBid = Int64.min
    static let noAsk = Int64.max
    private static let pageBits = 12
    private static let pageSize = 1 << pageBits

    /// The price of index 0, a multiple of the page size.
    private(set) var base: Int64 = 0
    /// The window's pages; an empty array is a page no order has rested in yet.
    private var pages: [[PriceLevel]] = []
    private var occupied: [UInt64] = []
    let maximumSpan: Int64
    private let initialSpan: Int64
    /// Best bid in ticks, `noBid` when there is none.
    private(set) var bestBid = PriceLadder.noBid
    /// Best ask in ticks, `noAsk` when there is none.
    private(set) var bestAsk = PriceLadder.noAsk

    init(initialSpan: Int64, maximumSpan: Int64) {
        self.initialSpan = initialSpan
        self.maximumSpan = maximumSpan
    }

    var bytesAllocated: Int {
        pages.reduce(0) { $0 + $1.capacity } * MemoryLayout<PriceLevel>.stride + pages.capacity
            * MemoryLayout<[PriceLevel]>.stride + occupied.capacity * MemoryLayout<UInt64>.stride
    }

    /// Levels in the window.
    private var levelCount: Int { pages.count << Self.pageBits }

    /// The level at `index`, which must lie in a page an order has rested in (an occupied level, or
    /// one `ensureCovers` made room for).
    subscript(index: Int) -> PriceLevel {
        @inline(__always) get { pages[index >> Self.pageBits][index & (Self.pageSize - 1)] }
        @inline(__always) _modify { yield &pages[index >> Self.pageBits][index & (Self.pageSize - 1)] }
    }

    /// The level at `price`; an empty one when no order has rested there.
    func level(at price: Int64) -> PriceLevel {
        guard covers(price) else { return PriceLevel() }
        let index = self.index(of: price)
        return pages[index >> Self.pageBits].isEmpty ? PriceLevel() : self[index]
    }

    /// The array index of `price`; valid only when `covers(price)`.
    @inline(__always) func index(of price: Int64) -> Int { Int(price &- base) }

    @inline(__always) func covers(_ price: Int64) -> Bool {
        price >= base && price &- base < Int64(levelCount)
    }

    /// Whether an order could rest at `price` without the occupied range exceeding `maximumSpan`.
    ///
    /// O(1) when the window itself is no wider than the span (then nothing inside it can be too far
    /// apart); otherwise a bitmap scan for the lowest and highest occupied levels.
    func canHold(_ price: Int64) -> Bool {
        if covers(price) && Int64(levelCount) <= maximumSpan { return true }
        guard let (low, high) = occupiedRange() else { return true }
        return Swift.max(high, price) - Swift.min(low, price) < maximumSpan
    }

    /// Makes sure `price` has a level, moving or growing the window if needed.
    /// - Precondition: `canHold(price)`.
    /// - Complexity: O(1) inside the window; O(pages + bitmap words) when it moves.
    @inline(__always)
    mutating func ensureCovers(_ price: Int64) {
        if !covers(price) { moveWindow(toCover: price) }
        let page = index(of: price) >> Self.pageBits
        if pages[page].isEmpty { pages[page] = Array(repeating: PriceLevel(), count: Self.pageSize) }
    }

    private mutating func moveWindow(toCover price: Int64) {
        let (low, high) = occupiedRange().map { (Swift.min($0.0, price), Swift.max($0.1, price)) } ?? (price, price)
        let span = high - low + 1
        // The window's size without its alignment page, so moving it does not widen it.
        var size = Swift.max(initialSpan, Int64(levelCount - Self.pageSize))
        while size < span * 2 && size < maximumSpan * 2 { size *= 2 }
        let page = Int64(Self.pageSize)
        // One page more than the size, for the slack of aligning the base to a page.
        let pageCount = Int((size + page - 1) / page) + 1
        let start = low - (size - span) / 2
        let newBase = (start >= 0 ? start : start - page + 1) / page * page
        var newPages = [[PriceLevel]](repeating: [], count: pageCount)
        var newOccupied = [UInt64](repeating: 0, count: pageCount << (Self.pageBits - 6))
        let wordsPerPage = Self.pageSize >> 6
        for old in pages.indices where !pages[old].isEmpty {
            let target = Int((base - newBase) / page) + old
            // Pages outside the new window hold no order: the window covers every occupied level.
            guard target >= 0 && target < pageCount else { continue }
            newPages[target] = pages[old]
            for word in 0..<wordsPerPage {
                newOccupied[target * wordsPerPage + word] = occupied[old * wordsPerPage + word]
            }
        }
        base = newBase
        pages = newPages
        occupied = newOccupied
    }

    /// Marks the level at `index` occupied and updates the best price of `side`.
    @inline(__always)
    mutating func didOccupy(_ index: Int, side: Side) {
        occupied[index >> 6] |= 1 << UInt64(index & 63)
        let price = base + Int64(index)
        if side == .buy { bestBid = Swift.max(bestBid, price) } else { bestAsk = Swift.min(bestAsk, price) }
    }

    /// Marks the level at `index` empty and, if it was the best of `side`, finds the next one.
    @inline(__always)
    mutating func didEmpty(_ index: Int, side: Side) {
        occupied[index >> 6] &= ~(1 << UInt64(index & 63))
        let price = base + Int64(index)
        if side == .buy, price == bestBid {
            bestBid = nextOccupied(below: index).map { base + Int64($0) } ?? PriceLadder.noBid
        } else if side == .sell, price == bestAsk {
            bestAsk = nextOccupied(above: index).map { base + Int64($0) } ?? PriceLadder.noAsk
        }
    }

    /// The highest occupied index below `index`.
    func nextOccupied(below index: Int) -> Int? {
        guard index > 0 else { return nil }
        var word = (index - 1) >> 6
        var bits = occupied[word] & (UInt64.max >> UInt64(63 - ((index - 1) & 63)))
        while true {
            if bits != 0 { return word << 6 + (63 - bits.leadingZeroBitCount) }
            if word == 0 { return nil }
            word -= 1
            bits = occupied[word]
        }
    }

    /// The lowest occupied index above `index`.
    func nextOccupied(above index: Int) -> Int? {
        let start = index + 1
        guard start < levelCount else { return nil }
        var word = start >> 6
        var bits = occupied[word] & (UInt64.max << UInt64(start & 63))
        while true {
            if bits != 0 { return word << 6 + bits.trailingZeroBitCount }
            word += 1
            if word == occupied.count { return nil }
            bits = occupied[word]
        }
    }

    /// Lowest and highest occupied price, or `nil` for an empty book.
    private func occupiedRange() -> (Int64, Int64)? {
        let low = bestBid != PriceLadder.noBid ? lowestOccupied() : bestAsk
        let high = bestAsk != PriceLadder.noAsk ? highestOccupied() : bestBid
        guard low != PriceLadder.noAsk, high != PriceLadder.noBid else { return nil }
        return (low, high)
    }

    private func lowestOccupied() -> Int64 {
        if pages.isEmpty { return PriceLadder.noAsk }
        if occupied[0] & 1 != 0 { return base }
        return nextOccupied(above: 0).map { base + Int64($0) } ?? PriceLadder.noAsk
    }

    private func highestOccupied() -> Int64 {
        nextOccupied(below: levelCount).map { base + Int64($0) } ?? PriceLadder.noBid
    }
}
