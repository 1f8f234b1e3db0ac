import Testing

@testable import CascadeCore

@Suite("Order types and price-time priority")
struct OrderTypeTests {
    typealias H = BookHarness

    @Test func goodTillCancelledRestsAndSetsTheBestPrices() {
        var h = H()
        #expect(h.limit(.buy, 100, 5, id: 1) == [.accepted(OrderID(1), H.alice)])
        h.limit(.sell, 105, 3, id: 2)
        #expect(h.book.bestBid == Price(ticks: 100))
        #expect(h.book.bestAsk == Price(ticks: 105))
        #expect(h.book.restingOrderCount == 2)
    }

    @Test func earlierOrderAtAPriceFillsFirst() {
        var h = H()
        h.limit(.sell, 105, 3, id: 1)
        h.limit(.sell, 105, 3, id: 2)
        h.limit(.sell, 104, 1, id: 3)
        let events = h.market(.buy, 6, id: 9)
        // Better price first, then arrival order within the level.
        #expect(H.fills(events) == [[3, 9, 104, 1], [1, 9, 105, 3], [2, 9, 105, 2]])
        #expect(h.queue(105) == [2])
        #expect(h.book.restingOrder(OrderID(2))?.openQuantity == Quantity(lots: 1))
    }

    @Test func fillsHappenAtTheRestingPrice() {
        var h = H()
        h.limit(.sell, 100, 2, id: 1)
        let events = h.limit(.buy, 110, 2, id: 2, account: H.bob)
        #expect(H.fills(events) == [[1, 2, 100, 2]])
        guard case .trade(let trade) = events[1] else {
            Issue.record("no trade")
            return
        }
        #expect(trade.aggressor == .buy)
        #expect(trade.makerRemaining == .zero)
        #expect(trade.makerAccount == H.alice && trade.takerAccount == H.bob)
    }

    @Test func aPartlyFilledLimitOrderRestsItsRest() {
        var h = H()
        h.limit(.sell, 100, 2, id: 1)
        h.limit(.buy, 101, 5, id: 2, account: H.bob)
        #expect(h.book.bestBid == Price(ticks: 101))
        #expect(h.book.bestAsk == nil)
        #expect(h.book.restingOrder(OrderID(2))?.openQuantity == Quantity(lots: 3))
    }

    @Test func immediateOrCancelExpiresItsRest() {
        var h = H()
        h.limit(.buy, 100, 2, id: 1)
        h.limit(.buy, 99, 2, id: 2)
        let events = h.limit(.sell, 100, 5, id: 3, account: H.bob, .immediateOrCancel)
        #expect(H.fills(events) == [[1, 3, 100, 2]])
        #expect(events.last == .expired(OrderID(3), Quantity(lots: 3)))
        #expect(h.book.bestBid == Price(ticks: 99))
        #expect(h.book.bestAsk == nil)
    }

    @Test func fillOrKillThatCannotFillLeavesTheBookUntouched() {
        var h = H()
        h.limit(.sell, 100, 2, id: 1)
        h.limit(.sell, 101, 2, id: 2)
        h.limit(.sell, 103, 9, id: 3)
        let events = h.limit(.buy, 101, 5, id: 4, account: H.bob, .fillOrKill)
        #expect(events == [.accepted(OrderID(4), H.bob), .expired(OrderID(4), Quantity(lots: 5))])
        #expect(h.book.restingOrderCount == 3)
        let filled = h.limit(.buy, 103, 5, id: 5, account: H.bob, .fillOrKill)
        #expect(H.fills(filled) == [[1, 5, 100, 2], [2, 5, 101, 2], [3, 5, 103, 1]])
    }

    @Test func postOnlyRestsOrIsRefused() {
        var h = H()
        h.limit(.sell, 100, 2, id: 1)
        #expect(h.limit(.buy, 100, 1, id: 2, .postOnly) == [.rejected(OrderID(2), .postOnlyWouldCross)])
        #expect(h.limit(.buy, 99, 1, id: 3, .postOnly) == [.accepted(OrderID(3), H.alice)])
        #expect(h.book.restingOrder(OrderID(3))?.postOnly == true)
    }

    @Test func marketOrdersSweepLevelsAndExpireWhatIsLeft() {
        var h = H()
        h.limit(.buy, 100, 1, id: 1)
        h.limit(.buy, 90, 1, id: 2)
        let events = h.market(.sell, 5, id: 3)
        #expect(H.fills(events) == [[1, 3, 100, 1], [2, 3, 90, 1]])
        #expect(events.last == .expired(OrderID(3), Quantity(lots: 3)))
        #expect(h.market(.sell, 1, id: 4).last == .expired(OrderID(4), Quantity(lots: 1)))
    }

    @Test func aMarketOrderCannotAskToRest() {
        var h = H()
        let request = OrderRequest(
            id: OrderID(1), account: H.alice, side: .buy, quantity: Quantity(lots: 1), limit: nil,
            timeInForce: .goodTillCancelled)
        #expect(h.submit(request) == [.rejected(OrderID(1), .marketOrderCannotRest)])
    }

    @Test func invalidOrdersAreRejectedWithTheirReason() {
        var h = H()
        h.limit(.buy, 100, 1, id: 1)
        #expect(h.limit(.buy, 100, 1, id: 1) == [.rejected(OrderID(1), .duplicateOrderID)])
        #expect(h.limit(.buy, 100, 0, id: 2) == [.rejected(OrderID(2), .invalidQuantity)])
        #expect(h.limit(.buy, 100, -3, id: 3) == [.rejected(OrderID(3), .invalidQuantity)])
        #expect(h.limit(.buy, 0, 1, id: 4) == [.rejected(OrderID(4), .invalidPrice)])
        #expect(h.limit(.buy, 2_000_000_000_000, 1, id: 5) == [.rejected(OrderID(5), .invalidPrice)])
        #expect(h.limit(.buy, 100, 2_000_000_000_000, id: 6) == [.rejected(OrderID(6), .invalidQuantity)])
        #expect(h.book.restingOrderCount == 1)
    }

    @Test func anOrderTooFarFromTheBookIsRefusedButAnImmediateOneIsNot() {
        var h = H(OrderBookConfiguration(maximumSpan: 1_000))
        h.limit(.buy, 10_000, 1, id: 1)
        #expect(h.limit(.sell, 11_000, 1, id: 2) == [.rejected(OrderID(2), .priceOutOfRange)])
        #expect(h.limit(.sell, 10_999, 1, id: 3) == [.accepted(OrderID(3), H.alice)])
        // An IOC never rests, so its limit may lie anywhere.
        let events = h.limit(.sell, 1, 1, id: 4, account: H.bob, .immediateOrCancel)
        #expect(H.fills(events) == [[1, 4, 10_000, 1]])
        // Nor is a good-till-cancelled order that fills in full on arrival.
        #expect(H.fills(h.limit(.buy, 1_000_000, 1, id: 5, account: H.bob)) == [[3, 5, 10_999, 1]])
        #expect(h.limit(.buy, 1_000_000, 1, id: 6, account: H.bob) == [.accepted(OrderID(6), H.bob)])
        #expect(h.limit(.sell, 2_000_000, 1, id: 7) == [.rejected(OrderID(7), .priceOutOfRange)])
    }

    @Test func theLevelWindowMovesWithTheBook() {
        var h = H()
        // Prices far apart force the window to move and grow; the best prices must survive it.
        h.limit(.buy, 1_000_000, 1, id: 1)
        h.limit(.buy, 10, 1, id: 2)
        h.limit(.sell, 1_500_000, 1, id: 3)
        h.limit(.sell, 1_000_001, 2, id: 4)
        #expect(h.book.bestBid == Price(ticks: 1_000_000))
        #expect(h.book.bestAsk == Price(ticks: 1_000_001))
        h.market(.sell, 1, id: 5)
        #expect(h.book.bestBid == Price(ticks: 10))
        h.market(.buy, 3, id: 6)
        #expect(h.book.bestAsk == nil)
        #expect(h.book.depth(of: .buy).map(\.price.ticks) == [10])
    }
}
