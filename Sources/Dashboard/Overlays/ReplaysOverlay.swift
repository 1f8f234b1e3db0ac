import TerminalKit

/// The replays overlay (`r`), over a `ReplayBrowser`: Enter opens, `a` switches between liquidations
/// and lending auctions, `u` only yours, `r` takes in newer ones, ←→ step through an opened auction,
/// Esc goes back to the list, then closes.
struct ReplaysOverlay: OverlayUnit {
    enum KeyAction: Sendable, Hashable {
        case back, open, newer, yoursOnly, auctions, stepBack, stepForward
        case scroll(ScrollAction)
    }

    static let name = "replays"
    static let keys = OverlayKeys<KeyAction>(bindings: [
        .init(keys: [.enter], actions: [.open], label: "Enter", help: "tell the selected one step by step"),
        .init(keys: [.character("a")], actions: [.auctions], label: "a", help: "liquidations / lending auctions"),
        .init(keys: [.character("u")], actions: [.yoursOnly], label: "u", help: "only yours / all"),
        .init(keys: [.character("r")], actions: [.newer], label: "r", help: "take in newer ones"),
        .init(
            keys: [.left, .right], actions: [.stepBack, .stepForward], label: "←→",
            help: "step an auction's price curve through its bark, takes and resets"),
        .init(
            keys: [.escape, .character("q")], actions: [.back, .back], label: "Esc/q",
            help: "back to the list, then close"),
    ]).sharing(KeyMap.scrolling, as: KeyAction.scroll)

    var browser: ReplayBrowser

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        var browser = browser
        let replays = snapshot?.replays ?? []
        let auctions = snapshot?.lending?.replays ?? []
        switch action {
        case .back:
            if browser.opened == nil {
                app.overlay = nil
                return []
            }
            browser.opened = nil
            browser.offset = 0
            browser.step = nil
        case .newer where browser.opened == nil:
            browser.newest = replays.last?.id ?? 0
            browser.newestAuction = auctions.last.map { Int($0.auction.rawValue) } ?? 0
            browser.selected = 0
        case .open where browser.opened == nil:
            if browser.showsAuctions {
                let listed = browser.listed(auctions)
                if listed.indices.contains(browser.selected) {
                    browser.opened = Int(listed[browser.selected].auction.rawValue)
                }
            } else {
                let listed = browser.listed(replays)
                if listed.indices.contains(browser.selected) { browser.opened = listed[browser.selected].id }
            }
        case .yoursOnly where browser.opened == nil:
            browser.yoursOnly.toggle()
            browser.selected = 0
        case .auctions where browser.opened == nil:
            browser.showsAuctions.toggle()
            browser.selected = 0
        case .stepBack, .stepForward:
            guard let auction = browser.openedAuction(auctions) else { return [] }
            let last = auction.steps.count - 1
            let current = browser.step ?? last
            browser.step = max(0, min(last, current + (action == .stepBack ? -1 : 1)))
        case .scroll(let scroll):
            let bounds = app.overlayBounds
            if let id = browser.opened {
                guard let snapshot else { return [] }
                let extent: (total: Int, visible: Int)
                if let auction = browser.openedAuction(auctions) {
                    extent = AuctionReplayView.extent(auction, browser, snapshot, in: bounds)
                } else if !browser.showsAuctions, let replay = replays.first(where: { $0.id == id }) {
                    extent = OverlayPage.extent(ReplayView.lines(replay, snapshot), in: bounds)
                } else {
                    return []
                }
                browser.offset = scroll.apply(to: browser.offset, total: extent.total, visible: extent.visible)
            } else {
                let count =
                    browser.showsAuctions ? browser.listed(auctions).count : browser.listed(replays).count
                browser.selected = scroll.select(from: browser.selected, count: count, page: bounds.height - 4)
            }
        case .newer, .open, .yoursOnly, .auctions: break
        }
        app.overlay = .replays(browser)
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        if browser.showsAuctions {
            AuctionReplayView.draw(browser, context, in: bounds, canvas: &canvas)
        } else {
            ReplayView.draw(browser, context, in: bounds, canvas: &canvas)
        }
    }
}
