import PropertyBased
import Testing

@testable import CascadeCore

/// The book's price levels through windows that grow and move (pages that never copy a level),
/// against a dictionary of resting size by price, and through copies that must not share changes.
@Suite("Price ladder")
struct PriceLadderTests {
    typealias H = BookHarness

    private func levels(_ book: OrderBook, _ side: Side) -> [Int64: Int64] {
        Dictionary(uniqueKeysWithValues: book.depth(of: side).map { ($0.price.ticks, $0.quantity.lots) })
    }

    /// Bids and asks far apart, cancelled at random: the window grows from one page to hundreds and
    /// moves with the orders, and every level keeps its size.
    @Test(.shrinking(false)) func levelsSurviveEveryGrowthAndMove() async {
        let steps = Gen<Int>.int(in: 0...999_999).array(of: 1...1_500)
        await propertyCheck(count: 30, input: steps) { steps in
            var h = H()
            var bids: [Int64: Int64] = [:]
            var asks: [Int64: Int64] = [:]
            var live: [(id: Int64, side: Side, price: Int64, lots: Int64)] = []
            var id: Int64 = 1
            // A centre that jumps now and then, so the window must move as well as grow.
            var centre: Int64 = 5_000_000
            for step in steps {
                if step % 97 == 0 && live.isEmpty == false {
                    for order in live { h.cancel(order.id) }
                    live.removeAll()
                    bids.removeAll()
                    asks.removeAll()
                    centre = centre == 5_000_000 ? 9_000_000 : 5_000_000
                } else if step % 4 == 3, !live.isEmpty {
                    let order = live.remove(at: step % live.count)
                    h.cancel(order.id)
                    if order.side == .buy { bids[order.price]! -= order.lots } else { asks[order.price]! -= order.lots }
                    if bids[order.price] == 0 { bids[order.price] = nil }
                    if asks[order.price] == 0 { asks[order.price] = nil }
                } else {
                    let side: Side = step.isMultiple(of: 2) ? .buy : .sell
                    let away = Int64(1 + step % 400_000)
                    let price = side == .buy ? centre - away : centre + away
                    let lots = Int64(1 + step % 7)
                    h.limit(side, price, lots, id: id)
                    live.append((id, side, price, lots))
                    if side == .buy { bids[price, default: 0] += lots } else { asks[price, default: 0] += lots }
                    id += 1
                }
            }
            #expect(levels(h.book, .buy) == bids)
            #expect(levels(h.book, .sell) == asks)
            #expect(h.book.bestBid?.ticks == bids.keys.max())
            #expect(h.book.bestAsk?.ticks == asks.keys.min())
        }
    }

    /// A copy of a book keeps its levels while the original grows its window, moves it, and
    /// changes a level the two shared.
    @Test func aCopyKeepsItsLevels() {
        var h = H()
        h.limit(.buy, 1_000, 5, id: 1)
        h.limit(.sell, 1_010, 4, id: 2)
        let copy = h.book
        h.limit(.buy, 1_000, 2, id: 3)
        h.limit(.sell, 900_000, 1, id: 4)
        h.cancel(1)
        #expect(levels(copy, .buy) == [1_000: 5] && levels(copy, .sell) == [1_010: 4])
        #expect(levels(h.book, .buy) == [1_000: 2] && levels(h.book, .sell) == [1_010: 4, 900_000: 1])
        var second = h.book
        var events: [BookEvent] = []
        second.cancel(OrderID(4), events: &events)
        #expect(levels(h.book, .sell) == [1_010: 4, 900_000: 1] && levels(second, .sell) == [1_010: 4])
    }

    /// Only the pages that hold orders are the book's own: a window of a million levels with orders
    /// at its two ends holds two pages of levels (and a page table), not the million.
    @Test func aWideWindowHoldsOnlyItsTouchedPages() {
        var h = H()
        h.limit(.buy, 10_000, 1, id: 1)
        h.limit(.sell, 1_010_000, 1, id: 2)
        #expect(h.book.ladder.levels.count >= 1_000_000)
        let levels = h.book.ladder.levels
        let pageBytes = PriceLevelPages.pageSize * MemoryLayout<PriceLevel>.stride
        #expect(levels.bytesAllocated == 2 * pageBytes + levels.count / PriceLevelPages.pageSize * 8)
    }
}
