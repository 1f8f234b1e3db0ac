import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// One order picked in the positions panel is cancelled (`Del`, or `x` on its row) or amended in the
/// ticket (`a`); `c` cancels every order of the instrument only after a yes.
@Suite struct OrderSelectionTests {
    /// The fixture: a long BTC-PERP position (row 0) and a resting buy, order #77 (row 1).
    private let snapshot = SnapshotFixture.snapshot()
    private let visible = AppState.Panel.allCases
    private let user = World.userAccount

    private func commands(_ effects: [AppEffect]) -> [Command] {
        effects.compactMap { if case .engine(.command(let command)) = $0 { command } else { nil } }
    }

    private func press(_ keys: Key..., state: inout AppState) -> [Command] {
        keys.flatMap { commands(state.handle($0, snapshot: snapshot, visible: visible)) }
    }

    private func type(_ text: String, state: inout AppState) {
        for character in text { _ = state.handle(.character(character), snapshot: snapshot, visible: visible) }
    }

    /// Positions focused, the order's row selected.
    private func onTheOrder() -> AppState {
        var state = AppState(themeName: "default-dark")
        state.focus = .positions
        _ = press(.character("j"), .down, state: &state)
        return state
    }

    @Test func theSelectionWalksPositionsThenOrdersAndStopsAtTheEnds() {
        var state = onTheOrder()
        #expect(state.selectedRow == 1)
        #expect(state.selectedOrder(in: snapshot)?.id == OrderID(77))
        _ = press(.up, .character("k"), state: &state)
        #expect(state.selectedRow == 0 && state.selectedOrder(in: snapshot) == nil)
    }

    @Test func deleteAndXCancelTheSelectedOrderOnly() {
        var state = onTheOrder()
        #expect(press(.delete, state: &state) == [.cancel(user, OrderID(77))])
        #expect(state.status?.text == "Cancelling order #77")
        #expect(press(.character("x"), state: &state) == [.cancel(user, OrderID(77))])
        // On the position's row, x closes the position as before.
        let closing = press(.up, .character("x"), state: &state)
        guard case .place(let order) = closing.first else {
            Issue.record("x on a position did not close it: \(closing)")
            return
        }
        #expect(order.terms == .market(.sell, Quantity(lots: 500), reduceOnly: true))
    }

    @Test func withoutAFocusedOrderRowDeleteSaysHowToPickOne() {
        var state = AppState(themeName: "default-dark")
        #expect(press(.down, .delete, state: &state).isEmpty)
        #expect(state.status?.isError == true && state.status?.text.contains("Tab to Positions") == true)
        #expect(press(.character("a"), state: &state).isEmpty)
        #expect(state.overlay == nil)
    }

    @Test func amendOpensTheTicketOnTheOrderAndSendsAnAmend() {
        var state = onTheOrder()
        _ = press(.character("a"), state: &state)
        guard case .ticket(let ticket) = state.overlay else {
            Issue.record("no ticket")
            return
        }
        #expect(ticket.amending == OrderID(77) && ticket.side == .buy && ticket.fields == [.size, .price])
        #expect(ticket.size.text == "0.100" && ticket.price.text == "63998.0")
        _ = press(.character("\u{15}"), state: &state)
        type("0.25", state: &state)
        _ = press(.tab, .character("\u{15}"), state: &state)
        type("63990", state: &state)
        #expect(press(.enter, state: &state) == [.amend(user, OrderID(77), Price(ticks: 639_900), Quantity(lots: 250))])
        #expect(state.overlay == nil && state.lastClientOrderID == 0, "an amend is no new order")
    }

    @Test func escapeLeavesTheAmendedOrderAsItWas() {
        var state = onTheOrder()
        #expect(press(.character("a"), .escape, state: &state).isEmpty)
        #expect(state.status?.text == "Order #77 left as it was")
    }

    @Test func cancelAllAsksFirstAndOnlyYesCancels() {
        var state = AppState(themeName: "default-dark")
        #expect(press(.character("c"), state: &state).isEmpty)
        guard case .confirm(let question) = state.overlay else {
            Issue.record("no question")
            return
        }
        #expect(question.question == "Cancel your open BTC-PERP order? (y / n)")
        #expect(press(.character("n"), state: &state).isEmpty)
        #expect(state.overlay == nil && state.status?.text == "No order cancelled")
        #expect(press(.character("c"), .character("y"), state: &state) == [.cancelAll(user, InstrumentID(0))])
    }

    @Test func cancelAllWithNoOrdersSaysSoWithoutAsking() {
        var state = AppState(themeName: "default-dark")
        state.instrument = InstrumentID(1)
        #expect(press(.character("c"), state: &state).isEmpty)
        #expect(state.overlay == nil && state.status?.text == "No open ETH-PERP orders to cancel")
    }

    @Test func theEngineConfirmsACancelAndAnAmendOfOneOrder() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        let mark = try #require(session.snapshot().instruments[0].mark)
        let bid = Price(ticks: mark.ticks - mark.ticks / 100)
        let btc = Instrument.btcPerp
        for _ in 0..<2 {
            session.handle(
                .command(.place(state.userOrder(.limit(.buy, Quantity(lots: 100), at: bid), in: InstrumentID(0)))))
        }
        let orders = session.snapshot().account.orders
        #expect(orders.count == 2)
        let first = try #require(orders.first?.id)
        session.handle(.command(.cancel(user, first)))
        let cancelled = try #require(session.snapshot().replies.last)
        #expect(cancelled.text == "Cancelled order #\(first.rawValue): buy 0.100 BTC-PERP at \(btc.format(bid))")
        let second = try #require(orders.last?.id)
        let lower = bid.offset(by: -50)
        session.handle(.command(.amend(user, second, lower, Quantity(lots: 200))))
        let amended = try #require(session.snapshot().replies.last)
        #expect(amended.text == "Order #\(second.rawValue) amended: buy 0.200 BTC-PERP at \(btc.format(lower))")
        #expect(session.snapshot().account.orders.map(\.quantity) == [Quantity(lots: 200)])
        session.handle(.command(.cancel(user, first)))
        let unknown = try #require(session.snapshot().replies.last)
        #expect(unknown.isError, "\(unknown.text)")
    }
}
