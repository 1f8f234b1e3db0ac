import TerminalKit

/// The history overlay (`H`): fills, orders, the session's totals and equity curve, scrolled by
/// `offset` lines.
struct HistoryOverlay: OverlayUnit {
    static let name = "history"
    static let keys = PageAction.keys(closing: [.escape, .character("q"), .character("H")], label: "Esc/q/H")

    var offset: Int

    func perform(_ action: PageAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        switch action {
        case .close: app.overlay = nil
        case .scroll(let scroll):
            guard let snapshot else { return [] }
            let bounds = app.overlayBounds
            let context = ViewContext(snapshot: snapshot, state: app, glyphs: .ascii)
            let width = OverlayPage.frame(in: bounds).inset(by: 1).width
            let extent = OverlayPage.extent(HistoryView.lines(context, width: width), in: bounds)
            app.overlay = .history(scroll.apply(to: offset, total: extent.total, visible: extent.visible))
        }
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        HistoryView.draw(offset: offset, context, in: bounds, canvas: &canvas)
    }
}
