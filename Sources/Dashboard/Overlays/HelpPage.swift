import TerminalKit

/// The keys overlay (`?`/F1): every key map's lines in sections, scrolled by `overlayScroll`.
struct HelpPage: OverlayUnit {
    static let name = "help"
    static let keys = PageAction.keys(
        closing: [.escape, .character("q"), .character("?"), .character("e")], label: "Esc/q/?/e")

    func perform(_ action: PageAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        switch action {
        case .close: app.overlay = nil
        case .scroll(let scroll):
            let extent = HelpOverlay.extent(
                title: DashboardScreen.helpTitle, sections: app.keyMap.helpSections, in: app.overlayBounds)
            app.overlayScroll = scroll.apply(to: app.overlayScroll, total: extent.total, visible: extent.visible)
        }
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        _ = HelpOverlay.draw(
            title: DashboardScreen.helpTitle, sections: context.state.keyMap.helpSections,
            offset: context.state.overlayScroll,
            in: bounds, glyphs: context.glyphs, canvas: &canvas)
    }
}
