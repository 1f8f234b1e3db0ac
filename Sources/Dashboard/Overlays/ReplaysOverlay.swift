import TerminalKit

/// The liquidation replays overlay (`r`), over a `ReplayBrowser`: Enter opens, `u` only yours, `r`
/// takes in newer ones, Esc goes back to the list, then closes.
struct ReplaysOverlay: OverlayUnit {
    enum KeyAction: Sendable, Hashable {
        case back, open, newer, yoursOnly
        case scroll(ScrollAction)
    }

    static let name = "replays"
    static let keys = OverlayKeys<KeyAction>(bindings: [
        .init(keys: [.enter], actions: [.open], label: "Enter", help: "tell the selected one step by step"),
        .init(keys: [.character("u")], actions: [.yoursOnly], label: "u", help: "only yours / all"),
        .init(keys: [.character("r")], actions: [.newer], label: "r", help: "take in newer liquidations"),
        .init(
            keys: [.escape, .character("q")], actions: [.back, .back], label: "Esc/q",
            help: "back to the list, then close"),
    ]).sharing(KeyMap.scrolling, as: KeyAction.scroll)

    var browser: ReplayBrowser

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        var browser = browser
        let replays = snapshot?.replays ?? []
        switch action {
        case .back:
            if browser.opened == nil {
                app.overlay = nil
                return []
            }
            browser.opened = nil
            browser.offset = 0
        case .newer where browser.opened == nil:
            browser.newest = replays.last?.id ?? 0
            browser.selected = 0
        case .open where browser.opened == nil:
            let listed = browser.listed(replays)
            if listed.indices.contains(browser.selected) { browser.opened = listed[browser.selected].id }
        case .yoursOnly where browser.opened == nil:
            browser.yoursOnly.toggle()
            browser.selected = 0
        case .scroll(let scroll):
            let bounds = app.overlayBounds
            if let id = browser.opened {
                guard let snapshot, let replay = replays.first(where: { $0.id == id }) else { return [] }
                let extent = OverlayPage.extent(ReplayView.lines(replay, snapshot), in: bounds)
                browser.offset = scroll.apply(to: browser.offset, total: extent.total, visible: extent.visible)
            } else {
                let count = browser.listed(replays).count
                browser.selected = scroll.select(from: browser.selected, count: count, page: bounds.height - 4)
            }
        case .newer, .open, .yoursOnly: break
        }
        app.overlay = .replays(browser)
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        ReplayView.draw(browser, context, in: bounds, canvas: &canvas)
    }
}
