import TerminalKit

/// The glossary overlay (`G`), scrolled by `offset` lines.
struct GlossaryOverlay: OverlayUnit {
    static let name = "glossary"
    static let keys = PageAction.keys(closing: [.escape, .character("q"), .character("G")], label: "Esc/q/G")

    var offset: Int

    func perform(_ action: PageAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
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
