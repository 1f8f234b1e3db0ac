import TerminalKit

/// The explain overlay (`e`): the margin arithmetic of the account and the selected position, step
/// by step, scrolled by `overlayScroll`.
struct ExplainPage: OverlayUnit {
    static let name = "explain"
    /// Help's keys: `e` opens and closes both.
    static var keys: OverlayKeys<PageAction> { HelpPage.keys }

    func perform(_ action: PageAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
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
    static let name = "ticket explain"
    static let keys = PageAction.keys(
        closing: [.escape, .function(2), .character("e")], label: "Esc/F2/e", help: "back to the ticket")

    var ticket: OrderTicket

    func perform(_ action: PageAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        switch action {
        case .close: app.overlay = .ticket(ticket)
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
