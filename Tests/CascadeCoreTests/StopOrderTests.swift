import Testing

@testable import CascadeCore

@Suite("Stop orders")
struct StopOrderTests {
    typealias H = BookHarness

    private func stop(
        _ id: Int64, _ side: Side, trigger: Int64, on reference: TriggerReference, limit: Int64? = nil,
        quantity: Int64 = 1
    ) -> OrderRequest {
        OrderRequest(
            id: OrderID(id), account: H.alice, side: side, quantity: Quantity(lots: quantity),
            limit: limit.map { Price(ticks: $0) }, timeInForce: limit == nil ? .immediateOrCancel : .goodTillCancelled,
            stop: StopCondition(triggerPrice: Price(ticks: trigger), reference: reference))
    }

    @Test func aBuyStopMarketFiresWhenMarkReachesItsTrigger() {
        var h = H()
        h.limit(.sell, 110, 5, id: 1, account: H.bob)
        #expect(h.submit(stop(2, .buy, trigger: 105, on: .mark)) == [.accepted(OrderID(2), H.alice)])
        #expect(h.book.restingOrderCount == 1 && h.book.pendingStopCount == 1)
        #expect(h.reference(104, .mark).isEmpty)
        #expect(h.reference(120, .last).isEmpty)  // the other reference does not fire it
        let events = h.reference(105, .mark)
        #expect(events.first == .triggered(OrderID(2)))
        #expect(H.fills(events) == [[1, 2, 110, 1]])
        #expect(h.book.pendingStopCount == 0)
    }

    @Test func aSellStopLimitFiresOnLastAndRestsItsRest() {
        var h = H()
        h.limit(.buy, 95, 1, id: 1, account: H.bob)
        h.submit(stop(2, .sell, trigger: 97, on: .last, limit: 94, quantity: 3))
        let events = h.reference(96, .last)
        #expect(H.fills(events) == [[1, 2, 95, 1]])
        #expect(h.book.restingOrder(OrderID(2))?.price == Price(ticks: 94))
        #expect(h.book.restingOrder(OrderID(2))?.openQuantity == Quantity(lots: 2))
    }

    @Test func stopsFireInArrivalOrder() {
        var h = H()
        h.limit(.sell, 110, 10, id: 1, account: H.bob)
        h.submit(stop(2, .buy, trigger: 104, on: .mark))
        h.submit(stop(3, .buy, trigger: 103, on: .mark))
        h.submit(stop(4, .buy, trigger: 108, on: .mark))
        let events = h.reference(106, .mark)
        let fired = events.compactMap { event -> Int64? in
            if case .triggered(let id) = event { return id.rawValue }
            return nil
        }
        #expect(fired == [2, 3])
        #expect(h.book.pendingStopCount == 1)
    }

    @Test func aStopWhoseTriggerIsAlreadyMetIsRefused() {
        var h = H()
        h.reference(100, .mark)
        #expect(
            h.submit(stop(1, .buy, trigger: 100, on: .mark)) == [.rejected(OrderID(1), .stopWouldTriggerImmediately)])
        #expect(
            h.submit(stop(2, .sell, trigger: 101, on: .mark)) == [.rejected(OrderID(2), .stopWouldTriggerImmediately)])
        #expect(h.submit(stop(3, .sell, trigger: 99, on: .mark)) == [.accepted(OrderID(3), H.alice)])
    }

    @Test func aPendingStopCanBeCancelledButNotAmended() {
        var h = H()
        h.submit(stop(1, .buy, trigger: 105, on: .mark, quantity: 4))
        #expect(h.amend(1, 100, 1) == [.rejected(OrderID(1), .orderNotAmendable)])
        #expect(h.submit(stop(1, .buy, trigger: 106, on: .mark)) == [.rejected(OrderID(1), .duplicateOrderID)])
        #expect(h.cancel(1) == [.cancelled(OrderID(1), Quantity(lots: 4), .requested)])
        #expect(h.reference(200, .mark).isEmpty)
    }

    @Test func aFiredPostOnlyStopThatWouldCrossExpires() {
        var h = H()
        h.limit(.sell, 100, 1, id: 1, account: H.bob)
        var request = stop(2, .buy, trigger: 90, on: .mark, limit: 100)
        request.terms.timeInForce = .postOnly
        h.submit(request)
        #expect(h.reference(95, .mark) == [.triggered(OrderID(2)), .expired(OrderID(2), Quantity(lots: 1))])
    }
}
