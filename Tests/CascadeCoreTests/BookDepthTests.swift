import Testing

@testable import CascadeCore

@Suite("Depth views")
struct BookDepthTests {
    typealias H = BookHarness

    @Test func topLevelsCarrySizeCountAndCumulativeSize() {
        var h = H()
        h.limit(.buy, 100, 2, id: 1)
        h.limit(.buy, 100, 3, id: 2, account: H.bob)
        h.limit(.buy, 98, 4, id: 3, account: H.bob)
        h.limit(.buy, 97, 1, id: 4, account: H.bob)
        h.limit(.sell, 103, 6, id: 5, account: H.bob)
        let depth = h.book.depth(levels: 2, highlighting: H.alice)
        #expect(depth.bids.map(\.price.ticks) == [100, 98])
        #expect(depth.bids.map(\.quantity.lots) == [5, 4])
        #expect(depth.bids.map(\.orderCount) == [2, 1])
        #expect(depth.bids.map(\.cumulativeQuantity.lots) == [5, 9])
        #expect(depth.bids.map(\.holdsAccountOrder) == [true, false])
        #expect(depth.asks.map(\.price.ticks) == [103])
        #expect(depth.asks.map(\.holdsAccountOrder) == [false])
    }

    @Test func anEmptyBookHasNoLevels() {
        #expect(OrderBook().depth(levels: 10) == .empty)
        #expect(OrderBook().queue(at: Price(ticks: 100)).isEmpty)
    }

    @Test func memoryStaysNearFiftyBytesAnOrderWhenPreallocated() {
        var h = H(OrderBookConfiguration(expectedOrders: 100_000))
        for id in 1...100_000 { h.limit(.buy, Int64(1_000_000 - id % 5_000), 1, id: Int64(id)) }
        let perOrder = Double(h.book.bytesAllocated) / Double(h.book.restingOrderCount)
        #expect(perOrder < 64)
    }
}
