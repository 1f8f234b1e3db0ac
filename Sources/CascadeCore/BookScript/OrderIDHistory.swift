/// Every order id a `cascade book` script has used, kept so that an id is never used twice.
///
/// Scripts number their orders in runs (the exported workloads count up from 1), so ids live in
/// bitmap pages of 4,096 ids (512 bytes) found through a page table; ids outside any page go to a
/// plain table. Neither ever rehashes or copies at once (`IncrementalIDTable` grows a few buckets per
/// insert, and a page is a separate allocation), so no single command pays for the history's growth.
/// A new page is opened only while pages hold at most 8 bytes per id remembered, so scattered ids cost
/// about what a hash set would, and ids in runs cost a bit each: 3,000,000 ids take 375 KiB.
/// - Complexity: `contains` and `insert` are O(1).
struct OrderIDHistory: Sendable {
    static let pageBits = 12
    static let wordsPerPage = (1 << pageBits) / 64

    private var pages: [[UInt64]] = []
    private var pageTable = IncrementalIDTable()
    private var scattered = IncrementalIDTable()
    /// The page of the last id inserted, as (page number, index in `pages`): ids arrive in runs.
    private var lastPage: (number: Int64, index: Int) = (.min, -1)
    /// Ids remembered.
    private(set) var count = 0

    /// Bytes held by pages and tables, capacity included.
    var bytesAllocated: Int {
        pages.count * Self.wordsPerPage * MemoryLayout<UInt64>.stride + pages.capacity * MemoryLayout<[UInt64]>.stride
            + pageTable.bytesAllocated + scattered.bytesAllocated
    }

    /// Whether `id` has been inserted.
    @inline(__always)
    func contains(_ id: Int64) -> Bool {
        if let page = page(of: id), pages[page][Self.word(id)] & Self.bit(id) != 0 { return true }
        return scattered.count != 0 && scattered.value(for: UInt64(bitPattern: id)) != nil
    }

    /// Remembers `id`, which must not be present yet.
    mutating func insert(_ id: Int64) {
        count += 1
        if let page = page(of: id) {
            lastPage = (id >> Self.pageBits, page)
            pages[page][Self.word(id)] |= Self.bit(id)
        } else if pages.count * Self.wordsPerPage <= Swift.max(1 << 10, count) {
            let number = id >> Self.pageBits
            pageTable.insert(UInt64(bitPattern: number), value: Int32(pages.count))
            lastPage = (number, pages.count)
            pages.append(Array(repeating: 0, count: Self.wordsPerPage))
            pages[pages.count - 1][Self.word(id)] |= Self.bit(id)
        } else {
            scattered.insert(UInt64(bitPattern: id), value: 0)
        }
    }

    @inline(__always)
    private func page(of id: Int64) -> Int? {
        let number = id >> Self.pageBits
        if number == lastPage.number { return lastPage.index }
        return pageTable.value(for: UInt64(bitPattern: number)).map { Int($0) }
    }

    @inline(__always)
    private static func word(_ id: Int64) -> Int { Int(truncatingIfNeeded: id >> 6) & (wordsPerPage - 1) }

    @inline(__always)
    private static func bit(_ id: Int64) -> UInt64 { 1 << UInt64(truncatingIfNeeded: id & 63) }
}
