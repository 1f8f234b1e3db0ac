import TerminalKit

/// The glossary overlay (`G`), scrolled by `offset` lines.
struct GlossaryOverlay: OverlayUnit {
    enum KeyAction: Sendable, Hashable {
        case close
        case scroll(ScrollAction)
    }

    static let name = "glossary"
    static let keys = OverlayKeys<KeyAction>(bindings: [
        .init(
            keys: [.escape, .character("q"), .character("G")], actions: [.close, .close, .close], label: "Esc/q/G",
            help: "close")
    ]).sharing(KeyMap.scrolling, as: KeyAction.scroll)

    var offset: Int

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        switch action {
        case .close: app.overlay = nil
        case .scroll(let scroll):
            let extent = OverlayPage.extent(GlossaryView.lines(), in: app.overlayBounds)
            app.overlay = .glossary(scroll.apply(to: offset, total: extent.total, visible: extent.visible))
        }
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        GlossaryView.draw(offset: offset, context, in: bounds, canvas: &canvas)
    }
}
