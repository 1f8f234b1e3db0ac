import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// The ticket opens on its size; its price is pre-filled at the touch of the order's own side (a
/// buy at the best bid, a sell at the best ask), so a limit order left as it is rests, and that
/// price is selected: typing replaces it.
@Suite struct TicketPrefillTests {
    /// Best bid 64000.0, best ask 64001.0, last 64000.5.
    private let snapshot = SnapshotFixture.snapshot()
    private let visible = AppState.Panel.allCases

    private func ticket(_ key: Character) -> (AppState, OrderTicket)? {
        var state = AppState(themeName: "default-dark")
        _ = state.handle(.character(key), snapshot: snapshot, visible: visible)
        guard case .ticket(let ticket) = state.overlay else { return nil }
        return (state, ticket)
    }

    @Test func aBuyPrefillsTheBestBidAndASellTheBestAskSelected() throws {
        let (_, buy) = try #require(ticket("b"))
        #expect(buy.field == .size && buy.price.text == "64000.0" && buy.price.isSelected)
        let (_, sell) = try #require(ticket("s"))
        #expect(sell.price.text == "64001.0" && sell.price.isSelected)
    }

    /// At 80 columns the empty ticket's reason (what a size may be) wraps instead of being cut.
    @Test func theReasonForAnEmptySizeIsShownWhole() throws {
        let (state, sell) = try #require(ticket("s"))
        var canvas = Canvas(width: 80, height: 24)
        TicketView.draw(
            sell, ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), in: canvas.bounds, canvas: &canvas)
        let rows = (0..<24).map { canvas.row($0) }
        let reason = try #require(rows.firstIndex { $0.contains("type a size:") })
        #expect(rows[reason].contains("25% of") && rows[reason + 1].contains("│available "), "\(rows)")
        let text = rows.joined(separator: "\n")
        #expect(text.contains("F2 explain"), "every key line still fits")
    }

    @Test func typingOverTheSelectedPriceReplacesIt() throws {
        var (state, _) = try #require(ticket("s"))
        // Size, then Type → limit, then the price field.
        for key: Key in [.character("1"), .up, .right, .down, .down, .character("6"), .character("5")] {
            _ = state.handle(key, snapshot: snapshot, visible: visible)
        }
        guard case .ticket(let ticket) = state.overlay else {
            Issue.record("the ticket closed")
            return
        }
        #expect(ticket.kind == .limit && ticket.field == .price)
        #expect(ticket.price.text == "65" && !ticket.price.isSelected)
    }

    @Test func flippingTheSideMovesAnUntypedPriceToTheOtherTouch() throws {
        var (state, _) = try #require(ticket("b"))
        for key: Key in [.up, .up, .right] { _ = state.handle(key, snapshot: snapshot, visible: visible) }
        guard case .ticket(let ticket) = state.overlay else {
            Issue.record("the ticket closed")
            return
        }
        #expect(ticket.side == .sell && ticket.price.text == "64001.0")
    }

    @Test func theDefaultLimitOrderRestsAtTheTouch() throws {
        var (state, _) = try #require(ticket("b"))
        for key: Key in [.character("1"), .up, .right] { _ = state.handle(key, snapshot: snapshot, visible: visible) }
        let effects = state.handle(.enter, snapshot: snapshot, visible: visible)
        let placed = effects.compactMap { effect -> OrderTerms? in
            if case .engine(.command(.place(let order))) = effect { order.terms } else { nil }
        }
        #expect(placed == [.limit(.buy, Quantity(lots: 1_000), at: Price(ticks: 640_000))])
    }

    @Test func theTicketShowsTheSelectedPriceInReverse() throws {
        var (state, _) = try #require(ticket("s"))
        for key: Key in [.up, .right, .down, .down] { _ = state.handle(key, snapshot: snapshot, visible: visible) }
        let context = ViewContext(snapshot: snapshot, state: state, glyphs: .unicode)
        var canvas = Canvas(width: 80, height: 24)
        DashboardScreen.draw(context, layout: try #require(DashboardLayout(width: 80, height: 24)), canvas: &canvas)
        let row = try #require((0..<24).first { canvas.row($0).contains("‹ 64001.0 ›") })
        let x = try #require(canvas.row(row).firstRange(of: "64001.0")).lowerBound.utf16Offset(in: canvas.row(row))
        #expect(canvas.style(x: x, y: row).reverse)
    }
}
