import HeapModule

/// The positions of one instrument ordered by liquidation price, so a mark move touches only the
/// positions it crosses.
///
/// Longs sit in a heap with the highest liquidation price on top (they are liquidated as the mark
/// falls to it), shorts with the lowest on top. A position that changes gets a new key and a new
/// version; stale entries stay in the heap until they surface and are dropped, which keeps every
/// update O(log n).
struct LiquidationIndex: Sendable {
    struct Entry: Comparable, Sendable {
        /// Liquidation price in ticks, negated for longs so the heap's minimum is always next.
        var key: Int64
        var version: UInt32
        var account: AccountID

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.key, lhs.account) < (rhs.key, rhs.account)
        }
    }

    private var longs = Heap<Entry>()
    private var shorts = Heap<Entry>()
    /// Current version of each account's entry, by account index; older entries are stale.
    private var versions: [UInt32] = []
    /// Whether each account has a current entry.
    private var live: [Bool] = []
    /// The liquidation price each account was last filed under, in ticks.
    private var prices: [Int64] = []
    private var liveCount = 0

    var count: Int { longs.count + shorts.count }

    /// Files the account's position under `price` (or removes it when `price` is nil).
    /// - Complexity: O(log n).
    mutating func update(_ account: AccountID, isLong: Bool, liquidationPrice price: Price?) {
        let index = account.index
        if versions.count <= index {
            versions += Array(repeating: 0, count: index + 1 - versions.count)
            live += Array(repeating: false, count: index + 1 - live.count)
            prices += Array(repeating: 0, count: index + 1 - prices.count)
        }
        versions[index] &+= 1
        liveCount += (price != nil ? 1 : 0) - (live[index] ? 1 : 0)
        live[index] = price != nil
        guard let price else { return }
        prices[index] = price.ticks
        let entry = Entry(key: isLong ? -price.ticks : price.ticks, version: versions[index], account: account)
        if isLong { longs.insert(entry) } else { shorts.insert(entry) }
        if count > 2 * liveCount + 1_024 { compact() }
    }

    /// The liquidation price the account is filed under; `nil` when it is not watched (flat, no
    /// liquidation price, or being liquidated).
    /// - Complexity: O(1).
    func liquidationPrice(of account: AccountID) -> Price? {
        let index = account.index
        return index < live.count && live[index] ? Price(ticks: prices[index]) : nil
    }

    /// Calls `body` with every watched account and the price it is filed under, in account order.
    /// - Complexity: O(accounts ever filed); for the margin model's reviews, never per command.
    func forEachWatched(_ body: (AccountID, Price) -> Void) {
        for index in live.indices where live[index] { body(AccountID(index: index), Price(ticks: prices[index])) }
    }

    /// Drops the stale entries; O(n), and due only after as many updates as there are live entries.
    private mutating func compact() {
        longs = Heap(longs.unordered.filter(isCurrent))
        shorts = Heap(shorts.unordered.filter(isCurrent))
    }

    /// Removes and returns every account whose liquidation price the mark has reached: longs with a
    /// liquidation price at or above `mark`, shorts at or below.
    /// - Complexity: O(1) when nobody is crossed; O(log n) per entry popped.
    mutating func crossed(by mark: Price) -> [AccountID] {
        var accounts: [AccountID] = []
        while let top = longs.min, -top.key >= mark.ticks {
            _ = longs.removeMin()
            if isCurrent(top) { retire(top.account, into: &accounts) }
        }
        while let top = shorts.min, top.key <= mark.ticks {
            _ = shorts.removeMin()
            if isCurrent(top) { retire(top.account, into: &accounts) }
        }
        return accounts
    }

    /// A popped current entry leaves the index: the account must be filed again to be watched.
    private mutating func retire(_ account: AccountID, into accounts: inout [AccountID]) {
        live[account.index] = false
        liveCount -= 1
        accounts.append(account)
    }

    private func isCurrent(_ entry: Entry) -> Bool {
        let index = entry.account.index
        return index < versions.count && versions[index] == entry.version
    }
}
