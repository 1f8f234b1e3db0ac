import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// A limit order can be post-only or immediate-or-cancel, from the ticket's Time in force field and
/// from the command line (`post`, `ioc`); the ticket warns when the choice cannot do what it says.
@Suite struct TimeInForceTests {
    /// Best bid 64000.0, best ask 64001.0.
    private let snapshot = SnapshotFixture.snapshot()
    private let visible = AppState.Panel.allCases

    private func placed(_ effects: [AppEffect]) -> [OrderTerms] {
        effects.compactMap { if case .engine(.command(.place(let order))) = $0 { order.terms } else { nil } }
    }

    /// A buy ticket of 0.1 switched to limit, on its Time in force field.
    private func limitTicket() -> AppState {
        var state = AppState(themeName: "default-dark")
        for key: Key in [.character("b"), .character("0"), .character("."), .character("1"), .up, .right] {
            _ = state.handle(key, snapshot: snapshot, visible: visible)
        }
        for _ in 0..<3 { _ = state.handle(.down, snapshot: snapshot, visible: visible) }
        return state
    }

    private func ticket(_ state: AppState) -> OrderTicket? {
        if case .ticket(let ticket) = state.overlay { ticket } else { nil }
    }

    @Test func theFieldIsOnlyOnLimitTicketsAndCyclesGtcPostIoc() throws {
        var state = limitTicket()
        let limit = try #require(ticket(state))
        #expect(limit.field == .timeInForce && limit.timeInForce == .goodTillCancelled)
        var market = limit
        market.kind = .market
        #expect(!market.fields.contains(.timeInForce))
        _ = state.handle(.right, snapshot: snapshot, visible: visible)
        #expect(ticket(state)?.timeInForce == .postOnly)
        _ = state.handle(.right, snapshot: snapshot, visible: visible)
        #expect(ticket(state)?.timeInForce == .immediateOrCancel)
        _ = state.handle(.right, snapshot: snapshot, visible: visible)
        #expect(ticket(state)?.timeInForce == .goodTillCancelled)
        _ = state.handle(.left, snapshot: snapshot, visible: visible)
        #expect(
            placed(state.handle(.enter, snapshot: snapshot, visible: visible)) == [
                .limit(.buy, Quantity(lots: 100), at: Price(ticks: 640_000), .immediateOrCancel)
            ])
    }

    @Test func postOnlyIsPlacedAsPostOnly() {
        var state = limitTicket()
        _ = state.handle(.right, snapshot: snapshot, visible: visible)
        #expect(
            placed(state.handle(.enter, snapshot: snapshot, visible: visible)) == [
                .limit(.buy, Quantity(lots: 100), at: Price(ticks: 640_000), .postOnly)
            ])
    }

    @Test func theTicketWarnsOfACrossingPostOnlyAndAnIocThatCannotTrade() throws {
        var buy = try #require(ticket(limitTicket()))
        let bid = Price(ticks: 640_000)
        let ask = Price(ticks: 640_010)
        buy.timeInForce = .postOnly
        #expect(buy.timeInForceWarning(limit: bid, bid: bid, ask: ask) == nil)
        #expect(buy.timeInForceWarning(limit: ask, bid: bid, ask: ask) == "crosses the book: post-only is refused")
        buy.timeInForce = .immediateOrCancel
        #expect(buy.timeInForceWarning(limit: ask, bid: bid, ask: ask) == nil)
        #expect(buy.timeInForceWarning(limit: bid, bid: bid, ask: ask) == "nothing to match: IOC expires unfilled")
        var canvas = Canvas(width: 80, height: 24)
        var state = AppState(themeName: "default-dark")
        state.overlay = .ticket(buy)
        TicketView.draw(
            buy, ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), in: canvas.bounds, canvas: &canvas)
        let text = (0..<24).map { canvas.row($0) }.joined(separator: "\n")
        #expect(text.contains("Time in force ‹ IOC: the rest expires ›"), "\(text)")
        #expect(text.contains("nothing to match: IOC expires unfilled"))
        #expect(text.contains("F2 explain"), "every key line still fits")
    }

    @Test(arguments: [
        ("buy 0.1 limit 64000 post", TimeInForce.postOnly), ("sell 0.1 limit 64001 IOC", .immediateOrCancel),
        ("buy 0.1 limit 64000 gtc", .goodTillCancelled),
    ])
    func theCommandLineTakesATimeInForceAfterTheLimit(text: String, expected: TimeInForce) {
        var state = AppState(themeName: "default-dark")
        let terms = placed(state.runCommand(text, snapshot: snapshot))
        #expect(terms.map(\.timeInForce) == [expected] && terms.first?.limit != nil)
    }

    @Test func aTimeInForceWithoutALimitIsRefused() {
        var state = AppState(themeName: "default-dark")
        #expect(state.runCommand("buy 0.1 ioc", snapshot: snapshot).isEmpty)
        #expect(state.status?.isError == true && state.status?.text.contains("limit PRICE post") == true)
    }

    @Test func theEngineSaysWhatHappenedToPostOnlyAndIoc() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        let market = session.snapshot().instruments[0]
        let ask = try #require(market.depth.asks.first?.price)
        let bid = try #require(market.depth.bids.first?.price)
        let btc = Instrument.btcPerp
        session.handle(
            .command(.place(state.userOrder(.limit(.buy, Quantity(lots: 10), at: ask, .postOnly), in: InstrumentID(0))))
        )
        let refused = try #require(session.snapshot().replies.last)
        #expect(refused.isError && refused.text.contains("post-only"), "\(refused.text)")
        session.handle(
            .command(
                .place(
                    state.userOrder(.limit(.buy, Quantity(lots: 10), at: bid, .immediateOrCancel), in: InstrumentID(0)))
            ))
        let expired = try #require(session.snapshot().replies.last)
        #expect(expired.text == "0.010 unfilled and expired (IOC: no more at \(btc.format(bid)))", "\(expired.text)")
    }
}
