/// The levels of a price ladder's window, in pages of 1,024 that never move, so that the window can
/// move or grow without copying a level.
///
/// The window is a whole number of pages. A page of the window that no order has touched is the
/// process's one empty page (every level `PriceLevel()`, never written); a level's page becomes its
/// own the first time the level is written. Re-windowing rebuilds only the page table (8 bytes a
/// page) and frees the pages that left the window, which hold no orders. The memory is managed by
/// hand, owned by a `PriceLevelMemory` that copies share until one of them writes (copy on write,
/// like an `Array`); that is also why it may cross threads.
/// - Complexity: a read is two loads; a write adds a uniqueness check and, once a page, taking it.
struct PriceLevelPages: @unchecked Sendable {
    static let pageShift = 10
    static let pageSize = 1 << pageShift
    private static let pageBytes = pageSize * MemoryLayout<PriceLevel>.stride

    /// The page every window shows for levels no order has touched: allocated once, never written
    /// (a write first takes a page of its own), so sharing it between threads is safe.
    nonisolated(unsafe) private static let sharedEmpty: UnsafeMutablePointer<PriceLevel> = {
        let page = UnsafeMutablePointer<PriceLevel>.allocate(capacity: pageSize)
        page.initialize(repeating: PriceLevel(), count: pageSize)
        return page
    }()

    private var memory: PriceLevelMemory
    /// One entry per page of the window, lowest prices first.
    private var pages: UnsafeMutablePointer<UnsafeMutablePointer<PriceLevel>>
    /// Pages in the window.
    private var pageCount: Int32 = 0
    /// Pages of the window that are its own (not the empty page).
    private var ownPages: Int32 = 0
    /// `sharedEmpty`, read once: a static is initialised lazily, and each read of it checks that.
    private let empty = PriceLevelPages.sharedEmpty

    /// A window of no pages.
    init() {
        pages = .allocate(capacity: 1)
        memory = PriceLevelMemory(pages: pages)
    }

    /// Levels in the window.
    var count: Int { Int(pageCount) << Self.pageShift }

    /// Bytes held by the window's own pages and its page table.
    var bytesAllocated: Int {
        Int(ownPages) * Self.pageBytes + Int(pageCount) * MemoryLayout<Int>.stride
    }

    subscript(level: Int) -> PriceLevel {
        @inline(__always) get {
            assert(level >= 0 && level < count, "level \(level) of \(count)")
            return pages[level >> Self.pageShift][level & (Self.pageSize - 1)]
        }
        @inline(__always) _modify {
            assert(level >= 0 && level < count, "level \(level) of \(count)")
            if !isKnownUniquelyReferenced(&memory) { copyMemory() }
            let page = level >> Self.pageShift
            if pages[page] == empty { takePage(page) }
            yield &pages[page][level & (Self.pageSize - 1)]
        }
    }

    /// Makes the window `newCount` pages whose first page was page `offset` of the old window (a
    /// negative offset adds pages below): pages still inside keep their levels, new ones start
    /// empty, and the pages that left are freed.
    /// - Precondition: no level of a page that leaves holds an order.
    mutating func rewindow(pages newCount: Int, from offset: Int) {
        if !isKnownUniquelyReferenced(&memory) { copyMemory() }
        let table = UnsafeMutablePointer<UnsafeMutablePointer<PriceLevel>>.allocate(capacity: Swift.max(1, newCount))
        let oldCount = Int(pageCount)
        for page in 0..<newCount {
            let old = page + offset
            (table + page).initialize(to: old >= 0 && old < oldCount ? pages[old] : empty)
        }
        for old in 0..<oldCount where pages[old] != empty && (old - offset < 0 || old - offset >= newCount) {
            pages[old].deallocate()
            ownPages -= 1
        }
        pages.deallocate()
        pages = table
        pageCount = Int32(newCount)
        memory.own(pages: table, count: newCount)
    }

    /// Gives page `page` of the window its own levels, written now (all 24 KB at once, rather than
    /// a system page fault on some later write).
    private mutating func takePage(_ page: Int) {
        let own = UnsafeMutablePointer<PriceLevel>.allocate(capacity: Self.pageSize)
        own.initialize(from: empty, count: Self.pageSize)
        pages[page] = own
        ownPages += 1
    }

    private mutating func copyMemory() {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<PriceLevel>>.allocate(
            capacity: Swift.max(1, Int(pageCount)))
        for page in 0..<Int(pageCount) {
            var own = empty
            if pages[page] != empty {
                own = .allocate(capacity: Self.pageSize)
                own.initialize(from: pages[page], count: Self.pageSize)
            }
            (table + page).initialize(to: own)
        }
        pages = table
        memory = PriceLevelMemory(pages: table)
        memory.own(pages: table, count: Int(pageCount))
    }

    /// Whether `page` is the shared empty page; for the owner, which frees every other page.
    fileprivate static func isEmptyPage(_ page: UnsafeMutablePointer<PriceLevel>) -> Bool { page == sharedEmpty }
}

/// The page table and pages of a `PriceLevelPages` and its copies, freed when the last of them lets
/// go.
final class PriceLevelMemory: @unchecked Sendable {
    private var pages: UnsafeMutablePointer<UnsafeMutablePointer<PriceLevel>>
    private var count = 0

    init(pages: UnsafeMutablePointer<UnsafeMutablePointer<PriceLevel>>) { self.pages = pages }

    /// Takes ownership of the window's current page table (the old one was freed by the window).
    func own(pages: UnsafeMutablePointer<UnsafeMutablePointer<PriceLevel>>, count: Int) {
        self.pages = pages
        self.count = count
    }

    deinit {
        for page in 0..<count where !PriceLevelPages.isEmptyPage(pages[page]) { pages[page].deallocate() }
        pages.deallocate()
    }
}
