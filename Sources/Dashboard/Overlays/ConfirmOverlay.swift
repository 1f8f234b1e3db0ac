import TerminalKit

/// The question before an action that would drop an open position or cancel orders: `y` goes ahead
/// (and `q` again, for quit); any other key keeps things as they were.
struct ConfirmOverlay: OverlayUnit {
    enum KeyAction: Sendable, Hashable { case yes, quitAgain, no }

    static let name = "question"
    static let keys = OverlayKeys<KeyAction>(
        bindings: [
            .init(keys: [.character("y")], actions: [.yes], label: "y", help: "go ahead"),
            .init(keys: [.character("q")], actions: [.quitAgain], label: "q", help: "quit anyway (when quitting)"),
        ],
        fallback: .init(label: "other keys", help: "keep things as they were") { _ in .no })

    var confirmation: Confirmation

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        app.overlay = nil
        switch action {
        case .yes: return app.confirmed(confirmation)
        case .quitAgain where confirmation == .quit: return app.confirmed(confirmation)
        case .quitAgain, .no:
            if case .cancelAll = confirmation { app.status = ("No order cancelled", false) }
            return []
        }
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        MessageBox.draw(
            title: confirmation.title, lines: [confirmation.question], role: .marginWarning, glyphs: context.glyphs,
            canvas: &canvas)
    }
}
