/// One price level: a FIFO queue of order slots with its running totals.
@usableFromInline
struct PriceLevel: Sendable {
    @usableFromInline var total: Int64 = 0
    @usableFromInline var head: Int32 = OrderStore.none
    @usableFromInline var tail: Int32 = OrderStore.none
    @usableFromInline var count: Int32 = 0
}

/// The price levels of one book, in pages indexed by tick offset from `base`, with a bitmap of the
/// occupied levels and the best bid and ask.
///
/// Levels on both sides share the window: the book is never crossed, so every occupied level at or
/// below the best bid holds bids and every one at or above the best ask holds asks. Finding the next
/// level after the best one empties scans the bitmap 64 levels a word. The window, a whole number
/// of 1,024-level pages, moves and grows when an order rests outside it, up to `maximumSpan` levels:
/// no level is copied (`PriceLevelPages`), only the page table and the bitmap (a bit a level), so
/// even a window of millions of levels re-forms in well under a millisecond.
struct PriceLadder: Sendable {
    static let noBid = Int64.min
    static let noAsk = Int64.max

    private(set) var base: Int64 = 0
    var levels = PriceLevelPages()
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
        levels.bytesAllocated + occupied.capacity * MemoryLayout<UInt64>.stride
    }

    /// The array index of `price`; valid only when `covers(price)`.
    @inline(__always) func index(of price: Int64) -> Int { Int(price &- base) }

    @inline(__always) func covers(_ price: Int64) -> Bool {
        price >= base && price &- base < Int64(levels.count)
    }

    /// Whether an order could rest at `price` without the occupied range exceeding `maximumSpan`.
    ///
    /// O(1) when the window itself is no wider than the span (then nothing inside it can be too far
    /// apart); otherwise a bitmap scan for the lowest and highest occupied levels.
    func canHold(_ price: Int64) -> Bool {
        if covers(price) && Int64(levels.count) <= maximumSpan { return true }
        guard let (low, high) = occupiedRange() else { return true }
        return Swift.max(high, price) - Swift.min(low, price) < maximumSpan
    }

    /// Makes sure `price` has a level, moving or growing the window if needed.
    /// - Precondition: `canHold(price)`.
    mutating func ensureCovers(_ price: Int64) {
        if covers(price) { return }
        let (low, high) = occupiedRange().map { (Swift.min($0.0, price), Swift.max($0.1, price)) } ?? (price, price)
        let span = high - low + 1
        var size = Swift.max(initialSpan, Int64(levels.count))
        while size < span * 2 && size < maximumSpan * 2 { size *= 2 }
        let page = Int64(PriceLevelPages.pageSize)
        let start = low - (size - span) / 2
        let newBase = Self.roundedDown(start, to: page)
        let pages = Int((Swift.max(start + size, high + 1) - newBase + page - 1) / page)
        let offset = levels.count == 0 ? 0 : Int((newBase - base) / page)
        let wordsPerPage = PriceLevelPages.pageSize / 64
        var newOccupied = [UInt64](repeating: 0, count: pages * wordsPerPage)
        for word in occupied.indices where occupied[word] != 0 {
            newOccupied[word - offset * wordsPerPage] = occupied[word]
        }
        levels.rewindow(pages: pages, from: offset)
        base = newBase
        occupied = newOccupied
    }

    /// `value` rounded down to a multiple of `step`, negative values too.
    private static func roundedDown(_ value: Int64, to step: Int64) -> Int64 {
        let quotient = value / step
        return (value % step < 0 ? quotient - 1 : quotient) * step
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
        guard start < levels.count else { return nil }
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
        if levels.count == 0 { return PriceLadder.noAsk }
        if occupied[0] & 1 != 0 { return base }
        return nextOccupied(above: 0).map { base + Int64($0) } ?? PriceLadder.noAsk
    }

    private func highestOccupied() -> Int64 {
        nextOccupied(below: levels.count).map { base + Int64($0) } ?? PriceLadder.noBid
    }
}
