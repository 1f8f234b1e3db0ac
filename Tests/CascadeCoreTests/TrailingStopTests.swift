import Foundation
import Testing

@testable import CascadeCore

/// Trailing stops as Binance's TRAILING_STOP_MARKET: a callback of 0.1%–10%, an optional activation
/// price, a trigger that follows the best mark since activation and fires a market order when the
/// mark retraces by the callback.
@Suite("Trailing stops")
struct TrailingStopTests {
    typealias H = BookHarness
    typealias D = ExchangeDesk
    private static let onePercent = Rate(units: Rate.one / 100)

    private func trailing(
        _ id: Int64, _ side: Side, callback: Rate = onePercent, activation: Int64, quantity: Int64 = 1
    ) -> OrderRequest {
        OrderRequest(
            id: OrderID(id), account: H.alice,
            terms: .stop(
                side, Quantity(lots: quantity),
                trigger: .trailing(callback: callback, activation: Price(ticks: activation))))
    }

    private static func triggered(_ events: [BookEvent]) -> [Int64] {
        events.compactMap { if case .triggered(let id) = $0 { id.rawValue } else { nil } }
    }

    /// The worked example on BTC-PERP: long 1 BTC at 60,000, a reduce-only trailing sell with a 1%
    /// callback; the mark rises to 62,000 (trigger 62,000 × 0.99 = 61,380) and falls back: at
    /// 61,380.1 nothing happens, at 61,380.0 it fires and closes the position. (The mark is the lower
    /// of index and last trade here, so a trade at 62,000 lets it rise.)
    @Test func theWorkedExampleFiresAt61380() throws {
        var desk = D()
        for account in UInt32(1)...3 { desk.deposit(account, usdc: 100_000) }
        desk.oracle(600_000)
        desk.limit(2, .sell, lots: 1_000, ticks: 600_000)
        desk.market(1, .buy, lots: 1_000)
        #expect(desk.position(1).size == 1_000)
        desk.limit(3, .buy, lots: 2_000, ticks: 590_000)
        let stop = try #require(
            D.orderID(
                desk.market(
                    1, .sell, lots: 1_000, reduceOnly: true,
                    stop: .trailing(callback: Self.onePercent, activation: Price(ticks: 600_000)))))
        #expect(desk.exchange.book(D.btcPerp).trailingTrigger(stop) == Price(ticks: 594_000))
        desk.limit(2, .sell, lots: 1, ticks: 620_000)
        desk.market(3, .buy, lots: 1)
        for mark: Int64 in [605_000, 620_000, 617_000, 613_801] {
            #expect(D.fills(desk.oracle(mark)).isEmpty, "mark \(mark)")
        }
        #expect(desk.exchange.book(D.btcPerp).trailingTrigger(stop) == Price(ticks: 613_800))
        #expect(desk.openOrders(1) == [stop])
        let events = desk.oracle(613_800)
        #expect(events.contains(.book(D.btcPerp, .triggered(stop), client: ClientOrderID(0))))
        #expect(desk.position(1).isFlat)
        #expect(desk.openOrders(1).isEmpty)
        #expect(desk.balances)
    }

    /// The same example in the book alone, a tick per dollar: nothing fires down to 61,381.
    @Test func theWorkedExampleInTheBook() {
        var h = H()
        h.reference(60_000, .mark)
        h.limit(.buy, 59_000, 1, id: 9, account: H.bob)
        h.submit(trailing(1, .sell, activation: 60_000))
        #expect(h.book.trailingTrigger(OrderID(1)) == Price(ticks: 59_400))
        for mark: Int64 in [61_000, 62_000, 61_500, 61_381] { #expect(h.reference(mark, .mark).isEmpty) }
        let events = h.reference(61_380, .mark)
        #expect(Self.triggered(events) == [1])
        #expect(H.fills(events) == [[9, 1, 59_000, 1]])
    }

    @Test func anActivationPriceHoldsTheTrailUntilTheMarkReachesIt() {
        var h = H()
        h.reference(60_000, .mark)
        #expect(h.submit(trailing(1, .sell, activation: 66_000)) == [.accepted(OrderID(1), H.alice)])
        #expect(h.book.trailingTrigger(OrderID(1)) == nil)
        // Far below the activation price, no retrace counts.
        #expect(h.reference(50_000, .mark).isEmpty)
        #expect(h.reference(66_000, .mark).isEmpty)
        #expect(h.book.trailingTrigger(OrderID(1)) == Price(ticks: 65_340))
        #expect(h.reference(70_000, .mark).isEmpty)
        #expect(Self.triggered(h.reference(69_300, .mark)) == [1])
    }

    @Test func aBuyTrailsTheLowestMarkAndRoundsItsTriggerUp() {
        var h = H()
        h.reference(60_000, .mark)
        h.submit(trailing(1, .buy, callback: Rate(units: Rate.one / 1_000), activation: 60_000))
        h.reference(59_999, .mark)
        // 59,999 × 1.001 = 60,058.999: the first whole price at least 0.1% above is 60,059.
        #expect(h.book.trailingTrigger(OrderID(1)) == Price(ticks: 60_059))
        #expect(h.reference(60_058, .mark).isEmpty)
        #expect(Self.triggered(h.reference(60_059, .mark)) == [1])
    }

    @Test func stopsActivatedLaterTrailFromTheirOwnStart() {
        var h = H()
        h.reference(100_000, .mark)
        h.submit(trailing(1, .sell, activation: 100_000))
        h.reference(99_500, .mark)
        h.submit(trailing(2, .sell, activation: 99_500))
        #expect(h.book.trailingTrigger(OrderID(1)) == Price(ticks: 99_000))
        #expect(h.book.trailingTrigger(OrderID(2)) == Price(ticks: 98_505))
        #expect(Self.triggered(h.reference(99_000, .mark)) == [1])
        // A new high merges both histories: the survivor trails 101,000 now.
        h.reference(101_000, .mark)
        #expect(h.book.trailingTrigger(OrderID(2)) == Price(ticks: 99_990))
    }

    @Test func aCancelledTrailingStopNeverFires() {
        var h = H()
        h.reference(100, .mark)
        h.submit(trailing(1, .sell, activation: 100, quantity: 3))
        #expect(h.cancel(1) == [.cancelled(OrderID(1), Quantity(lots: 3), .requested)])
        #expect(h.reference(1, .mark).isEmpty)
        #expect(h.book.pendingStopCount == 0)
    }

    @Test(arguments: [Int64(50_000), 10_100_000, 150_000, 0, -100_000])
    func aCallbackOutsideBinancesRangeOrStepIsRefused(units: Int64) {
        var h = H()
        #expect(
            h.submit(trailing(1, .sell, callback: Rate(units: units), activation: 100))
                == [.rejected(OrderID(1), .invalidTrailingStop)])
    }

    @Test func aTrailingStopTakesNoLimit() {
        var h = H()
        var request = trailing(1, .sell, activation: 100)
        request.terms.limit = Price(ticks: 90)
        request.terms.timeInForce = .goodTillCancelled
        #expect(h.submit(request) == [.rejected(OrderID(1), .invalidTrailingStop)])
    }

    /// Sessions journal commands as JSON: a trailing stop round-trips, and a stop journaled before
    /// trailing stops existed still decodes.
    @Test func trailingTermsRoundTripAndOldStopsDecode() throws {
        let command = Command.place(
            NewOrder(
                account: AccountID(1), instrument: D.btcPerp, clientOrderID: ClientOrderID(7),
                terms: .stop(
                    .sell, Quantity(lots: 5),
                    trigger: .trailing(callback: Self.onePercent, activation: Price(ticks: 660_000)), reduceOnly: true))
        )
        let data = try JSONEncoder().encode(command)
        #expect(try JSONDecoder().decode(Command.self, from: data) == command)
        let old = Data(#"{"triggerPrice":{"ticks":5},"reference":0}"#.utf8)
        #expect(
            try JSONDecoder().decode(StopCondition.self, from: old)
                == StopCondition(triggerPrice: Price(ticks: 5), reference: .mark))
    }
}
