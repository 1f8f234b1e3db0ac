import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard

/// The status line tells each order's outcome once: a resting order that fills in parts is
/// reported when it leaves the book, with its total size and average price; the clock's changes
/// say what they did.
@Suite struct OrderOutcomeTests {
    private let btc = Instrument.btcPerp

    private func fill(_ order: Int64, lots: Int64, at ticks: Int64, pnl: Int64 = 0) -> Fill {
        Fill(
            account: World.userAccount, instrument: InstrumentID(0), order: OrderID(order),
            clientOrderID: ClientOrderID(order + 100), side: .buy, price: Price(ticks: ticks),
            quantity: Quantity(lots: lots), isMaker: true, fee: .zero, realizedPnL: Money(units: pnl), positionSize: 0)
    }

    @Test func partialFillsAddUpAndAreToldOnceWhenTheOrderLeaves() {
        var outcomes = OrderOutcomes()
        outcomes.record(fill(7, lots: 30, at: 640_000))
        outcomes.record(fill(7, lots: 70, at: 640_010))
        outcomes.record(fill(8, lots: 10, at: 640_000))
        #expect(outcomes.finished(isOpen: { _ in true }, except: { _, _ in false }).isEmpty, "both still rest")
        let done = outcomes.finished(isOpen: { $0 == OrderID(8) }, except: { _, _ in false })
        #expect(done.map { $0.text(btc) } == ["Your order c107 filled: bought 0.100 BTC-PERP at avg 64000.7"])
        #expect(outcomes.finished(isOpen: { $0 == OrderID(8) }, except: { _, _ in false }).isEmpty, "told once")
    }

    @Test func aPartlyFilledOrderThatIsCancelledSaysWhatWasLeft() {
        var outcomes = OrderOutcomes()
        outcomes.record(fill(9, lots: 40, at: 640_000, pnl: 12_000_000))
        outcomes.leftBook(OrderID(9), unfilled: Quantity(lots: 60), cancelled: true)
        outcomes.leftBook(OrderID(10), unfilled: Quantity(lots: 5), cancelled: false)
        let done = outcomes.finished(isOpen: { _ in false }, except: { _, _ in false })
        #expect(
            done.map { $0.text(btc) } == [
                "Your order c109 done: bought 0.040 BTC-PERP at 64000.0, PnL 12.00; 0.060 cancelled"
            ])
    }

    @Test func theOrderTheCommandIsAboutIsLeftToItsReply() {
        var outcomes = OrderOutcomes()
        outcomes.record(fill(11, lots: 40, at: 640_000))
        #expect(outcomes.finished(isOpen: { _ in false }, except: { id, _ in id == OrderID(11) }).isEmpty)
        outcomes.forget(where: { id, _ in id == OrderID(11) }, isOpen: { _ in false })
        #expect(outcomes.finished(isOpen: { _ in false }, except: { _, _ in false }).isEmpty)
    }

    @Test func aRestingOrderThatTradesLaterIsReportedOnceWithItsTotal() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        let market = session.snapshot().instruments[0]
        let bid = try #require(market.depth.bids.first?.price)
        let order = state.userOrder(.limit(.buy, Quantity(lots: 20), at: bid.offset(by: 1)), in: InstrumentID(0))
        session.handle(.command(.place(order)))
        let placed = try #require(session.snapshot().replies.last)
        var told: [UserReply] = []
        for minute in 1...30 where told.isEmpty {
            session.advanceSimulated(to: 2 * .minute + SimTime(minute) * .minute)
            told = session.snapshot().replies.filter { $0.sequence > placed.sequence && $0.text.contains("order c1") }
        }
        #expect(told.count == 1, "\(told.map(\.text))")
        #expect(told.first?.text.hasPrefix("Your order c1 filled: bought 0.020 BTC-PERP at") == true, "\(told)")
        #expect(session.snapshot().account.orders.isEmpty)
    }

    @Test func speedAndPauseSayWhatTheyDid() {
        let snapshot = SnapshotFixture.snapshot()
        var state = AppState(themeName: "default-dark")
        _ = state.runCommand("speed 0.25", snapshot: snapshot)
        #expect(state.status?.text == "Speed 0.25x")
        _ = state.handle(.character("<"), snapshot: snapshot, visible: [])
        #expect(state.status?.text == "Speed 0.5x")
        _ = state.handle(.character(" "), snapshot: snapshot, visible: [])
        #expect(state.status?.text.hasPrefix("Paused") == true)
        _ = state.runCommand("resume", snapshot: snapshot)
        #expect(state.status?.text == "Resumed")
    }
}
