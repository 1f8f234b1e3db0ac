import TerminalKit

/// The order ticket (`b`/`s`): fields moved through with Tab and ↑↓, choices changed with ←→ or
/// space, size and price typed; Enter places the order (`AppState.place`), F2 explains its preview.
struct TicketOverlay: OverlayUnit {
    enum KeyAction: Sendable, Hashable {
        case cancel, place, explain, nextField, previousField, left, right, space
        case edit(Key)
    }

    static let name = "ticket"
    static let keys = OverlayKeys<KeyAction>(
        bindings: [
            .init(keys: [.enter], actions: [.place], label: "Enter", help: "place the order (or send the amend)"),
            .init(
                keys: [.tab, .down, .backTab, .up], actions: [.nextField, .nextField, .previousField, .previousField],
                label: "Tab ↑↓", help: "move between fields"),
            .init(keys: [.left, .right], actions: [.left, .right], label: "← →", help: "change a choice"),
            .init(keys: [.character(" ")], actions: [.space], label: "space", help: "next choice"),
            .init(keys: [.function(2)], actions: [.explain], label: "F2", help: "explain its preview"),
            .init(keys: [.escape], actions: [.cancel], label: "Esc", help: "close without sending"),
        ],
        fallback: .init(label: "0-9 . % ⌫", help: "type the size, prices and callback") { key in
            key.editsText ? .edit(key) : nil
        })

    var ticket: OrderTicket

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        guard let snapshot else { return [] }
        var ticket = ticket
        guard let market = ticket.target(app: app, snapshot: snapshot) else {
            app.overlay = nil
            app.status = ("That option is no longer listed: its expiry settled", true)
            return []
        }
        let maximumLeverage = market.instrument.tiers.tiers.first?.maxLeverage ?? 1
        let typing = ticket.isTyping
        /// A choice changes; a side flip moves a price not yet typed over to the other side's touch.
        func cycle(_ ticket: inout OrderTicket, by step: Int) {
            ticket.cycle(by: step, maximumLeverage: maximumLeverage)
            if ticket.field == .side && ticket.price.isSelected { ticket.prefillPrice(app: app, snapshot: snapshot) }
        }
        /// The key goes to the size, price or callback field being edited.
        func type(_ key: Key) {
            switch ticket.field {
            case .size: _ = ticket.size.handle(key)
            case .callback: _ = ticket.callback.handle(key)
            case .takeProfit: _ = ticket.takeProfit.handle(key)
            case .stopLoss: _ = ticket.stopLoss.handle(key)
            default: _ = ticket.price.handle(key)
            }
        }
        switch action {
        case .cancel:
            app.overlay = nil
            app.status = (ticket.amending.map { "Order #\($0.rawValue) left as it was" } ?? "Order cancelled", false)
            return []
        case .place:
            return app.place(ticket, in: market, snapshot: snapshot)
        case .explain:
            app.overlay = .explainTicket(ticket)
            app.overlayScroll = 0
            return []
        case .nextField: ticket.moveField(by: 1)
        case .previousField: ticket.moveField(by: -1)
        case .left, .right:
            if typing {
                type(action == .left ? .left : .right)
            } else {
                cycle(&ticket, by: action == .left ? -1 : 1)
            }
        case .space:
            if typing { type(.character(" ")) } else { cycle(&ticket, by: 1) }
        case .edit(let key):
            if typing { type(key) }
        }
        app.overlay = .ticket(ticket)
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        TicketView.draw(ticket, context, in: bounds, canvas: &canvas)
    }
}
