import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard

/// The engine answers each of the user's commands with one reply, matched by the command it was
/// applied for and, for orders, by the client order id the dashboard stamped on them.
@Suite struct CommandReplyTests {
    private func session() throws -> EngineSession { try EngineSession.calm() }

    @Test func aMarketOrderIsAnsweredOnceWithItsSizeAndAveragePrice() throws {
        var session = try session()
        var state = AppState(themeName: "default-dark")
        let order = state.userOrder(.market(.buy, Quantity(lots: 500)), in: InstrumentID(0))
        #expect(order.clientOrderID == ClientOrderID(1))
        session.handle(.command(.place(order)))
        let replies = session.snapshot().replies
        #expect(replies.count == 1, "\(replies)")
        let reply = try #require(replies.last)
        #expect(!reply.isError)
        #expect(reply.text.hasPrefix("Bought 0.500 BTC-PERP at"), "\(reply.text)")
        // The next order gets the next id.
        #expect(
            state.userOrder(.market(.sell, Quantity(lots: 1)), in: InstrumentID(0)).clientOrderID == ClientOrderID(2))
    }

    @Test func aRefusedOrderAndARestingOrderSayWhatHappened() throws {
        var session = try session()
        var state = AppState(themeName: "default-dark")
        session.handle(.command(.place(state.userOrder(.market(.buy, Quantity(lots: 50_000)), in: InstrumentID(0)))))
        let refused = try #require(session.snapshot().replies.last)
        #expect(
            refused.isError && refused.text.hasPrefix("Order rejected: insufficient margin: needs"), "\(refused.text)")
        #expect(refused.text.contains("USDC"))
        let mark = try #require(session.snapshot().instruments[0].mark)
        let bid = Price(ticks: mark.ticks - mark.ticks / 100)
        session.handle(
            .command(.place(state.userOrder(.limit(.buy, Quantity(lots: 100), at: bid), in: InstrumentID(0)))))
        let resting = try #require(session.snapshot().replies.last)
        #expect(resting.sequence == refused.sequence + 1)
        #expect(resting.text == "Buy 0.100 BTC-PERP resting at \(Instrument.btcPerp.format(bid))", "\(resting.text)")
        session.handle(.command(.cancelAll(World.userAccount, InstrumentID(0))))
        #expect(session.snapshot().replies.last?.text == "Cancelled 1 BTC-PERP order")
        session.handle(.command(.setLeverage(World.userAccount, InstrumentID(0), 25)))
        #expect(session.snapshot().replies.last?.text == "Leverage 25x on BTC-PERP")
    }
}
