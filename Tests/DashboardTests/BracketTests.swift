import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// A take-profit and a stop-loss typed in the ticket go with the order and are set on the position
/// once it fills, for the whole position; an order that leaves the book unfilled drops them.
@Suite struct BracketTests {
    /// Best bid 64000.0, best ask 64001.0, mark 64001.0.
    private let snapshot = SnapshotFixture.snapshot()
    private let visible = AppState.Panel.allCases
    private let btc = InstrumentID(0)

    /// A buy ticket of 0.1 switched to limit (price prefilled at the best bid, 64000.0), with `tp`
    /// and `sl` typed into their fields.
    private func limitTicket(tp: String, sl: String) -> AppState {
        var state = AppState(themeName: "default-dark")
        for key: Key in [.character("b"), .character("0"), .character("."), .character("1"), .up, .right] {
            _ = state.handle(key, snapshot: snapshot, visible: visible)
        }
        for (field, text) in [(OrderTicket.Field.takeProfit, tp), (.stopLoss, sl)] {
            while ticket(state)?.field != field { _ = state.handle(.tab, snapshot: snapshot, visible: visible) }
            for character in text { _ = state.handle(.character(character), snapshot: snapshot, visible: visible) }
        }
        return state
    }

    private func ticket(_ state: AppState) -> OrderTicket? {
        if case .ticket(let ticket) = state.overlay { ticket } else { nil }
    }

    @Test func onlyAnOrderThatMayOpenAPositionTakesThem() throws {
        let state = limitTicket(tp: "", sl: "")
        var ticket = try #require(self.ticket(state))
        #expect(ticket.fields.contains(.takeProfit) && ticket.fields.contains(.stopLoss))
        ticket.reduceOnly = true
        #expect(!ticket.fields.contains(.takeProfit))
        ticket.reduceOnly = false
        ticket.kind = .trailing
        #expect(!ticket.fields.contains(.stopLoss))
        ticket.kind = .limit
        ticket.option = InstrumentID(5)
        #expect(!ticket.fields.contains(.takeProfit))
    }

    @Test func theTicketSendsTheOrderWithItsBracket() throws {
        var state = limitTicket(tp: "66000", sl: "62000")
        let effects = state.handle(.enter, snapshot: snapshot, visible: visible)
        guard case .engine(.bracketed(let order, let bracket)) = effects.last else {
            Issue.record("no bracketed order: \(effects), \(String(describing: state.status))")
            return
        }
        #expect(order.terms == .limit(.buy, Quantity(lots: 100), at: Price(ticks: 640_000)))
        #expect(order.clientOrderID == ClientOrderID(1))
        #expect(
            bracket
                == Bracket(
                    takeProfit: .init(price: Price(ticks: 660_000), clientOrderID: ClientOrderID(2)),
                    stopLoss: .init(price: Price(ticks: 620_000), clientOrderID: ClientOrderID(3))))
        #expect(state.status?.text == "Sent buy 0.100 BTC-PERP limit with TP 66000.0, SL 62000.0 once it fills")
        #expect(state.lastClientOrderID == 3)
    }

    @Test(arguments: [
        ("63000", "", "a buy's take-profit lies above its entry 64000.0, not at 63000.0"),
        ("", "65000", "a buy's stop-loss lies below its entry 64000.0, not at 65000.0"),
        ("66000.05", "", "take-profit must be a positive multiple of 0.1"),
    ])
    func aLegOnTheWrongSideOrMistypedKeepsTheTicketOpen(tp: String, sl: String, message: String) {
        var state = limitTicket(tp: tp, sl: sl)
        #expect(state.handle(.enter, snapshot: snapshot, visible: visible).isEmpty)
        #expect(state.status?.text == "Ticket: \(message)" && state.status?.isError == true)
        #expect(ticket(state) != nil)
    }

    /// A take-profit rests as a limit order, so one beyond the 5% band around the mark (64001.0:
    /// 60801.0 to 67201.0) would be refused when the order fills; the ticket says so first.
    @Test func aTakeProfitBeyondThePriceBandIsRefusedInTheTicket() {
        var state = limitTicket(tp: "70000", sl: "")
        #expect(state.handle(.enter, snapshot: snapshot, visible: visible).isEmpty)
        #expect(
            state.status?.text
                == "Ticket: take-profit 70000.0 lies outside the price band around the mark 64001.0: the exchange "
                + "takes limits from 60801.0 to 67201.0")
    }

    @Test func thePreviewSaysWhatEachLegWouldMakeOrLose() throws {
        let state = limitTicket(tp: "66000", sl: "62000")
        let context = ViewContext(snapshot: snapshot, state: state, glyphs: .unicode)
        let layout = try #require(DashboardLayout(width: 160, height: 48))
        var canvas = Canvas(width: 160, height: 48)
        DashboardScreen.draw(context, layout: layout, canvas: &canvas)
        // Long 0.5 at the fixture's basis plus 0.1 at 64000.0, closed whole at each leg.
        #expect(canvas.find("Take-profit") != nil && canvas.find("66000") != nil, "\(canvas.text)")
        #expect(canvas.find("At TP / SL") != nil && canvas.find("TP +") != nil && canvas.find("SL -") != nil)
    }

    private static func placeBracketed(
        _ session: inout EngineSession, _ state: inout AppState, _ terms: OrderTerms, tp: Price?, sl: Price?
    ) {
        let order = state.userOrder(terms, in: InstrumentID(0))
        var bracket = Bracket()
        if let tp {
            state.lastClientOrderID += 1
            bracket.takeProfit = .init(price: tp, clientOrderID: ClientOrderID(state.lastClientOrderID))
        }
        if let sl {
            state.lastClientOrderID += 1
            bracket.stopLoss = .init(price: sl, clientOrderID: ClientOrderID(state.lastClientOrderID))
        }
        session.handle(.bracketed(order, bracket))
    }

    @Test func aFilledEntryGetsBothLegsForTheWholePosition() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        let mark = try #require(session.snapshot().instruments[0].mark)
        Self.placeBracketed(
            &session, &state, .market(.buy, Quantity(lots: 100)), tp: mark.offset(by: 1_000),
            sl: mark.offset(by: -1_000))
        let snapshot = session.snapshot()
        let orders = snapshot.account.orders
        #expect(orders.map(\.protection) == [.takeProfit, .stopLoss], "\(snapshot.replies.map(\.text))")
        #expect(orders.allSatisfy { $0.quantity == Quantity(lots: 100) && $0.side == .sell })
        let legs = session.journal.entries.filter { $0.origin == .dashboard }.compactMap { entry in
            if case .place(let order) = entry.command { order.clientOrderID } else { nil }
        }
        #expect(legs == [ClientOrderID(2), ClientOrderID(3)])
        let told = try #require(snapshot.replies.last?.text)
        let btc = Instrument.btcPerp
        #expect(
            told.hasSuffix(
                "; take-profit \(btc.format(mark.offset(by: 1_000))) and stop-loss "
                    + "\(btc.format(mark.offset(by: -1_000))) set on the long 0.100 BTC-PERP"), "\(told)")
        #expect(session.brackets.isEmpty)
    }

    @Test func aRestingEntryWaitsForItsFillAndDropsThemWhenCancelled() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        let bid = try #require(session.snapshot().instruments[0].depth.bids.first?.price)
        let entry = bid.offset(by: -2_000)
        Self.placeBracketed(
            &session, &state, .limit(.buy, Quantity(lots: 100), at: entry), tp: bid.offset(by: 2_000),
            sl: entry.offset(by: -500))
        #expect(session.snapshot().account.orders.map(\.protection) == [nil])
        #expect(session.brackets.count == 1)
        let id = try #require(session.snapshot().account.orders.first?.id)
        session.handle(.command(.cancel(World.userAccount, id)))
        #expect(session.brackets.isEmpty)
        let told = try #require(session.snapshot().replies.last?.text)
        #expect(told.hasSuffix("; its take-profit and stop-loss are dropped"), "\(told)")
    }

    @Test func aRestingEntryThatFillsLaterGetsThem() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        let bid = try #require(session.snapshot().instruments[0].depth.bids.first?.price)
        Self.placeBracketed(
            &session, &state, .limit(.buy, Quantity(lots: 20), at: bid), tp: bid.offset(by: 5_000),
            sl: bid.offset(by: -5_000))
        var now = session.world.now
        while session.snapshot().account.positions.isEmpty && now < 30 * .minute {
            now += 5 * .second
            session.advanceSimulated(to: now)
        }
        let snapshot = session.snapshot()
        let size = try #require(snapshot.account.positions.first?.position.size)
        let legs = snapshot.account.orders.filter { $0.protection != nil }
        #expect(legs.map(\.protection) == [.takeProfit, .stopLoss], "\(snapshot.replies.map(\.text))")
        #expect(legs.allSatisfy { $0.quantity.lots == size })
    }

    @Test func aResumedSessionKeepsWaitingForTheEntry() throws {
        let scenario = try SessionTests.source.scenario()
        var live = EngineSession(scenario: scenario, seed: 11, speed: 1, paused: false, warmUp: .minute)
        var state = AppState(themeName: "default-dark")
        let bid = try #require(live.world.exchange.book(btc).bestBid)
        Self.placeBracketed(
            &live, &state, .limit(.buy, Quantity(lots: 10), at: bid.offset(by: -3_000)),
            tp: bid.offset(by: 1_000), sl: nil)
        Self.placeBracketed(&live, &state, .market(.buy, Quantity(lots: 10)), tp: bid.offset(by: 2_000), sl: nil)
        live.advanceSimulated(to: live.world.now + 10 * .second)
        let saved = try SessionFile.decode(SessionTests.save(live).encoded(), file: "test.json")
        #expect(saved.journal.entries.compactMap(\.bracket).count == 2)
        let resumed = EngineSession(
            scenario: scenario, seed: saved.seed, speed: saved.speed, paused: saved.paused, resuming: saved)
        #expect(resumed.recorder.digest == live.recorder.digest)
        #expect(resumed.brackets.map(\.entry) == live.brackets.map(\.entry) && resumed.brackets.count == 1)
        #expect(resumed.brackets.first?.protectedLots == live.brackets.first?.protectedLots)
    }
}
