import Testing

@testable import CascadeCore

@Suite("Cancel and amend")
struct AmendCancelTests {
    typealias H = BookHarness

    @Test func cancelRemovesTheOpenRest() {
        var h = H()
        h.limit(.sell, 100, 5, id: 1)
        h.market(.buy, 2, id: 2)
        #expect(h.cancel(1) == [.cancelled(OrderID(1), Quantity(lots: 3), .requested)])
        #expect(h.book.bestAsk == nil)
        #expect(h.cancel(1) == [.rejected(OrderID(1), .unknownOrder)])
        #expect(h.cancel(77) == [.rejected(OrderID(77), .unknownOrder)])
    }

    @Test func cancelInTheMiddleOfAQueueKeepsTheOthersInOrder() {
        var h = H()
        for id in 1...4 { h.limit(.buy, 100, 1, id: Int64(id)) }
        h.cancel(2)
        #expect(h.queue(100) == [1, 3, 4])
        h.cancel(1)
        h.cancel(4)
        #expect(h.queue(100) == [3])
        h.cancel(3)
        #expect(h.book.bestBid == nil)
    }

    @Test func sizeDecreaseKeepsQueuePriority() {
        var h = H()
        h.limit(.buy, 100, 5, id: 1)
        h.limit(.buy, 100, 5, id: 2)
        #expect(h.amend(1, 100, 3) == [.amended(OrderID(1), Price(ticks: 100), Quantity(lots: 3))])
        #expect(h.queue(100) == [1, 2])
        #expect(h.book.depth(of: .buy).first?.quantity == Quantity(lots: 8))
    }

    @Test func sizeIncreaseLosesQueuePriority() {
        var h = H()
        h.limit(.buy, 100, 5, id: 1)
        h.limit(.buy, 100, 5, id: 2)
        h.amend(1, 100, 6)
        #expect(h.queue(100) == [2, 1])
        #expect(h.book.depth(of: .buy).first?.quantity == Quantity(lots: 11))
    }

    @Test func priceChangeLosesPriorityAndMovesTheLevel() {
        var h = H()
        h.limit(.buy, 100, 5, id: 1)
        h.limit(.buy, 99, 5, id: 2)
        h.amend(1, 99, 5)
        #expect(h.queue(99) == [2, 1])
        #expect(h.queue(100) == [])
        #expect(h.book.bestBid == Price(ticks: 99))
    }

    @Test func anAmendThatCrossesTradesAtOnce() {
        var h = H()
        h.limit(.sell, 105, 2, id: 1, account: H.bob)
        h.limit(.buy, 100, 5, id: 2)
        let events = h.amend(2, 106, 5)
        #expect(events.first == .amended(OrderID(2), Price(ticks: 106), Quantity(lots: 5)))
        #expect(H.fills(events) == [[1, 2, 105, 2]])
        #expect(h.book.bestBid == Price(ticks: 106))
        #expect(h.book.restingOrder(OrderID(2))?.openQuantity == Quantity(lots: 3))
    }

    @Test func aPostOnlyAmendThatWouldCrossIsRefusedAndChangesNothing() {
        var h = H()
        h.limit(.sell, 105, 2, id: 1, account: H.bob)
        h.limit(.buy, 100, 5, id: 2, .postOnly)
        #expect(h.amend(2, 105, 5) == [.rejected(OrderID(2), .postOnlyWouldCross)])
        #expect(h.book.restingOrder(OrderID(2))?.price == Price(ticks: 100))
    }

    @Test func badAmendsAreRejected() {
        var h = H()
        h.limit(.buy, 100, 5, id: 1)
        #expect(h.amend(1, 100, 0) == [.rejected(OrderID(1), .invalidQuantity)])
        #expect(h.amend(1, -1, 2) == [.rejected(OrderID(1), .invalidPrice)])
        #expect(h.amend(9, 100, 2) == [.rejected(OrderID(9), .unknownOrder)])
        #expect(h.book.restingOrder(OrderID(1))?.openQuantity == Quantity(lots: 5))
    }

    @Test func aFilledOrderCanNeitherBeCancelledNorAmended() {
        var h = H()
        h.limit(.buy, 100, 1, id: 1)
        h.market(.sell, 1, id: 2)
        #expect(h.cancel(1) == [.rejected(OrderID(1), .unknownOrder)])
        #expect(h.amend(1, 100, 1) == [.rejected(OrderID(1), .unknownOrder)])
        #expect(h.cancel(2) == [.rejected(OrderID(2), .unknownOrder)])
    }
}

@Suite("Self-trade prevention")
struct SelfTradePreventionTests {
    typealias H = BookHarness

    private func bookWithOwnAsk(_ mode: SelfTradePrevention) -> H {
        var h = H(OrderBookConfiguration(selfTradePrevention: mode))
        h.limit(.sell, 100, 2, id: 1, account: H.bob)
        h.limit(.sell, 100, 2, id: 2, account: H.alice)
        h.limit(.sell, 101, 2, id: 3, account: H.bob)
        return h
    }

    @Test func cancelTakerStopsAtTheFirstOwnOrder() {
        var h = bookWithOwnAsk(.cancelTaker)
        let events = h.limit(.buy, 101, 5, id: 9, account: H.alice)
        #expect(H.fills(events) == [[1, 9, 100, 2]])
        #expect(events.last == .cancelled(OrderID(9), Quantity(lots: 3), .selfTradePrevention))
        #expect(h.queue(100) == [2])
        #expect(h.book.bestBid == nil)
    }

    @Test func cancelMakerRemovesOwnOrdersAndKeepsMatching() {
        var h = bookWithOwnAsk(.cancelMaker)
        let events = h.limit(.buy, 101, 5, id: 9, account: H.alice)
        #expect(events.contains(.cancelled(OrderID(2), Quantity(lots: 2), .selfTradePrevention)))
        #expect(H.fills(events) == [[1, 9, 100, 2], [3, 9, 101, 2]])
        #expect(h.book.restingOrder(OrderID(9))?.openQuantity == Quantity(lots: 1))
    }

    @Test func cancelBothRemovesTheMakerAndTheTakersRest() {
        var h = bookWithOwnAsk(.cancelBoth)
        let events = h.limit(.buy, 101, 5, id: 9, account: H.alice)
        #expect(H.fills(events) == [[1, 9, 100, 2]])
        #expect(
            events.suffix(2) == [
                .cancelled(OrderID(2), Quantity(lots: 2), .selfTradePrevention),
                .cancelled(OrderID(9), Quantity(lots: 3), .selfTradePrevention),
            ])
        #expect(h.queue(100) == [])
        #expect(h.book.bestAsk == Price(ticks: 101))
    }

    @Test func fillOrKillCountsOnlyLiquidityItCanReach() {
        var h = bookWithOwnAsk(.cancelTaker)
        // 4 lots rest within the limit, but the own order at 100 stops matching after 2.
        let events = h.limit(.buy, 101, 4, id: 9, account: H.alice, .fillOrKill)
        #expect(events.last == .expired(OrderID(9), Quantity(lots: 4)))
        var skipping = bookWithOwnAsk(.cancelMaker)
        let filled = skipping.limit(.buy, 101, 4, id: 9, account: H.alice, .fillOrKill)
        #expect(H.fills(filled) == [[1, 9, 100, 2], [3, 9, 101, 2]])
    }
}
