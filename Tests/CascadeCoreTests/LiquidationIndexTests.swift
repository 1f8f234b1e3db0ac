import Testing

@testable import CascadeCore

/// `LiquidationIndex` on its own (Sources/CascadeCore/Liquidation/LiquidationIndex.swift): positions
/// filed by liquidation price so a mark move touches only the positions it crosses
/// (shared/reference/exchange-mechanics.md §5.1: "equity < maintenance margin", at the mark).
///
/// A long is liquidated as the mark falls to its liquidation price, so it is crossed when
/// liquidation price ≥ mark; a short when liquidation price ≤ mark. Popped accounts leave the index
/// until they are filed again; a new filing supersedes the old one; `nil` removes.
@Suite("Liquidation index")
struct LiquidationIndexTests {
    private func id(_ raw: UInt32) -> AccountID { AccountID(raw) }
    private func price(_ ticks: Int64) -> Price { Price(ticks: ticks) }

    /// Longs at 100, 90, 80 and shorts at 120, 130, 140. A mark of 110 crosses nobody; 90 crosses the
    /// longs at 100 and 90 (at or above the mark), highest first; 130 the shorts at 120 and 130 (at or
    /// below), lowest first.
    @Test func crossedReturnsOnlyCrossedAccountsInPriceOrder() {
        var index = LiquidationIndex()
        index.update(id(1), isLong: true, liquidationPrice: price(100))
        index.update(id(2), isLong: true, liquidationPrice: price(90))
        index.update(id(3), isLong: true, liquidationPrice: price(80))
        index.update(id(4), isLong: false, liquidationPrice: price(120))
        index.update(id(5), isLong: false, liquidationPrice: price(130))
        index.update(id(6), isLong: false, liquidationPrice: price(140))

        #expect(index.crossed(by: price(110)).isEmpty)
        #expect(index.crossed(by: price(101)).isEmpty)
        #expect(index.crossed(by: price(119)).isEmpty)
        #expect(index.crossed(by: price(90)) == [id(1), id(2)])
        #expect(index.crossed(by: price(130)) == [id(4), id(5)])
        #expect(index.count == 2)
        // One extreme mark crosses the rest of each side, never both sides at once in practice,
        // but the index does not care: a mark of 80 still leaves the short at 140 alone.
        #expect(index.crossed(by: price(80)) == [id(3)])
        #expect(index.crossed(by: price(140)) == [id(6)])
        #expect(index.count == 0)
    }

    /// Equal liquidation prices come out by account id.
    @Test func tiesComeOutByAccountID() {
        var index = LiquidationIndex()
        for raw in [7, 3, 5] as [UInt32] { index.update(id(raw), isLong: true, liquidationPrice: price(500)) }
        for raw in [9, 2] as [UInt32] { index.update(id(raw), isLong: false, liquidationPrice: price(600)) }
        #expect(index.crossed(by: price(500)) == [id(3), id(5), id(7)])
        #expect(index.crossed(by: price(600)) == [id(2), id(9)])
    }

    /// A new filing supersedes the old key: moving a long's price down from 100 to 50 means a mark of
    /// 90 no longer crosses it; moving it back up works too; the stale entries never surface.
    @Test func updatesSupersedeOldKeys() {
        var index = LiquidationIndex()
        index.update(id(1), isLong: true, liquidationPrice: price(100))
        index.update(id(1), isLong: true, liquidationPrice: price(50))
        #expect(index.crossed(by: price(90)).isEmpty)
        index.update(id(1), isLong: true, liquidationPrice: price(95))
        #expect(index.crossed(by: price(96)).isEmpty)
        #expect(index.crossed(by: price(95)) == [id(1)])
        // The stale entries at 100 and 50 are gone or dropped: nothing else comes out.
        #expect(index.crossed(by: price(1)).isEmpty)
        #expect(index.count == 0)
    }

    /// A position that flips from long to short is filed on the other side; its long entry is stale.
    @Test func flippingSideLeavesNoStaleEntryBehind() {
        var index = LiquidationIndex()
        index.update(id(4), isLong: true, liquidationPrice: price(100))
        index.update(id(4), isLong: false, liquidationPrice: price(200))
        #expect(index.crossed(by: price(100)).isEmpty)
        #expect(index.crossed(by: price(1)).isEmpty)
        #expect(index.crossed(by: price(200)) == [id(4)])
    }

    /// `nil` removes the account: a flat position, or one whose wallet covers any move.
    @Test func nilRemoves() {
        var index = LiquidationIndex()
        index.update(id(1), isLong: true, liquidationPrice: price(100))
        index.update(id(2), isLong: false, liquidationPrice: price(100))
        index.update(id(1), isLong: true, liquidationPrice: nil)
        index.update(id(2), isLong: false, liquidationPrice: nil)
        #expect(index.crossed(by: price(100)).isEmpty)
        #expect(index.crossed(by: price(1)).isEmpty && index.crossed(by: price(1_000_000)).isEmpty)
        // Removing an account that was never filed (or is already gone) is harmless.
        index.update(id(3), isLong: true, liquidationPrice: nil)
        index.update(id(1), isLong: true, liquidationPrice: nil)
        index.update(id(1), isLong: true, liquidationPrice: price(10))
        #expect(index.crossed(by: price(10)) == [id(1)])
    }

    /// A popped account leaves the index: the same mark, or a worse one, returns it no more until it
    /// is filed again (the exchange re-files it while deciding what to do with it).
    @Test func poppedAccountsLeaveTheIndex() {
        var index = LiquidationIndex()
        index.update(id(1), isLong: true, liquidationPrice: price(100))
        index.update(id(2), isLong: true, liquidationPrice: price(70))
        #expect(index.crossed(by: price(100)) == [id(1)])
        #expect(index.crossed(by: price(100)).isEmpty)
        #expect(index.crossed(by: price(75)).isEmpty)
        index.update(id(1), isLong: true, liquidationPrice: price(100))
        #expect(index.crossed(by: price(60)) == [id(1), id(2)])
        // After a pop, removing with nil must not disturb the live count of the others.
        index.update(id(3), isLong: false, liquidationPrice: price(300))
        index.update(id(1), isLong: true, liquidationPrice: nil)
        #expect(index.crossed(by: price(300)) == [id(3)])
        #expect(index.count == 0)
    }

    /// Thousands of updates to a few accounts: compaction keeps the heaps near the live count
    /// (`count ≤ 2 × live + 1,024` after every filing with a price; removals and pops only shrink
    /// the live count, so the bound is checked on the next filing) and the answers stay those of a
    /// plain dictionary of current prices.
    @Test func compactionKeepsResultsRightAfterManyUpdates() {
        var index = LiquidationIndex()
        var model: [UInt32: (isLong: Bool, ticks: Int64)] = [:]
        var random = SplitMix64(seed: 42)
        var maximumCount = 0
        for step in 0..<20_000 {
            let account = UInt32.random(in: 1...40, using: &random)
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 10 {
                index.update(id(account), isLong: true, liquidationPrice: nil)
                model[account] = nil
            } else {
                let isLong = Bool.random(using: &random)
                let ticks = Int64.random(in: 1_000...2_000, using: &random)
                index.update(id(account), isLong: isLong, liquidationPrice: price(ticks))
                model[account] = (isLong, ticks)
                #expect(index.count <= 2 * model.count + 1_024)
            }
            maximumCount = max(maximumCount, index.count)
            // Every 997 steps, sweep with a mark and compare against the model.
            if step % 997 == 996 {
                let mark = Int64.random(in: 1_000...2_000, using: &random)
                let longs = model.filter { $0.value.isLong && $0.value.ticks >= mark }
                    .sorted { ($0.value.ticks, $1.key) > ($1.value.ticks, $0.key) }.map { id($0.key) }
                let shorts = model.filter { !$0.value.isLong && $0.value.ticks <= mark }
                    .sorted { ($0.value.ticks, $0.key) < ($1.value.ticks, $1.key) }.map { id($0.key) }
                #expect(index.crossed(by: price(mark)) == longs + shorts)
                for account in longs + shorts { model[account.rawValue] = nil }
            }
        }
        #expect(maximumCount <= 2 * 40 + 1_024)
        // Whatever is still live comes out at the extremes, exactly once.
        let remainingLongs = model.filter { $0.value.isLong }.count
        let remainingShorts = model.count - remainingLongs
        #expect(index.crossed(by: price(1)).count == remainingLongs)
        #expect(index.crossed(by: price(1_000_000)).count == remainingShorts)
        #expect(index.count == 0)
    }
}
