import TerminalKit

/// The explain overlay (`e`): the margin arithmetic of the account and the selected position, step
/// by step, scrolled by `overlayScroll`.
struct ExplainPage: OverlayUnit {
    enum KeyAction: Sendable, Hashable {
        case close
        case scroll(ScrollAction)
    }

    static let name = "explain"
    static let keys = OverlayKeys<KeyAction>(bindings: [
        .init(
            keys: [.escape, .character("q"), .character("?"), .character("e")],
            actions: [.close, .close, .close, .close],
            label: "Esc/q/?/e", help: "close")
    ]).sharing(KeyMap.scrolling, as: KeyAction.scroll)

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        switch action {
        case .close: app.overlay = nil
        case .scroll(let scroll):
            guard let snapshot else { return [] }
            app.scrollPage(
                scroll, lines: ExplainView.lines(ViewContext(snapshot: snapshot, state: app, glyphs: .unicode)))
        }
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        ExplainView.draw(context, offset: context.state.overlayScroll, in: bounds, canvas: &canvas)
    }
}

/// The explain overlay for an order ticket's preview (F2 in the ticket): Esc goes back to the ticket.
struct TicketExplainPage: OverlayUnit {
    enum KeyAction: Sendable, Hashable {
        case back
        case scroll(ScrollAction)
    }

    static let name = "ticket explain"
    static let keys = OverlayKeys<KeyAction>(bindings: [
        .init(
            keys: [.escape, .function(2), .character("e")], actions: [.back, .back, .back], label: "Esc/F2/e",
            help: "back to the ticket")
    ]).sharing(KeyMap.scrolling, as: KeyAction.scroll)

    var ticket: OrderTicket

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        switch action {
        case .back: app.overlay = .ticket(ticket)
        case .scroll(let scroll):
            guard let snapshot else { return [] }
            let context = ViewContext(snapshot: snapshot, state: app, glyphs: .unicode)
            app.scrollPage(scroll, lines: ExplainView.lines(ticket, context))
        }
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        ExplainView.draw(context, ticket: ticket, offset: context.state.overlayScroll, in: bounds, canvas: &canvas)
    }
}
