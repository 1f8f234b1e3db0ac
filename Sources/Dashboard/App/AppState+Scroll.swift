import TerminalKit

extension AppState {
    /// Where overlays draw on the current screen: under the header, above the status line and the
    /// lesson card.
    var overlayBounds: Rect {
        DashboardScreen.overlayBounds(width: screen.width, height: screen.height, lesson: lesson != nil)
    }

    /// Moves the open overlay by a scroll key (`KeyMap.scrolling`): pages scroll their text, lists
    /// move their selection. Returns false when the key is not a scroll key for this overlay.
    mutating func scroll(_ key: Key, in overlay: Overlay, snapshot: MarketSnapshot?) -> Bool {
        guard let action = KeyMap.scrolling.action(for: key) else { return false }
        let bounds = overlayBounds
        switch overlay {
        case .help:
            let extent = HelpOverlay.extent(
                title: DashboardScreen.helpTitle, sections: KeyMap.standard.helpSections, in: bounds)
            overlayScroll = action.apply(to: overlayScroll, total: extent.total, visible: extent.visible)
        case .explain, .explainTicket:
            guard let snapshot else { return true }
            let context = ViewContext(snapshot: snapshot, state: self, glyphs: .unicode)
            let lines: [OverlayPage.Line] =
                if case .explainTicket(let ticket) = overlay {
                    ExplainView.lines(ticket, context)
                } else {
                    ExplainView.lines(context)
                }
            let extent = OverlayPage.extent(lines, in: bounds)
            overlayScroll = action.apply(to: overlayScroll, total: extent.total, visible: extent.visible)
        case .glossary(let offset):
            let extent = OverlayPage.extent(GlossaryView.lines(), in: bounds)
            self.overlay = .glossary(action.apply(to: offset, total: extent.total, visible: extent.visible))
        case .replays(var browser):
            let replays = snapshot?.replays ?? []
            if let id = browser.opened {
                guard let snapshot, let replay = replays.first(where: { $0.id == id }) else { return true }
                let extent = OverlayPage.extent(ReplayView.lines(replay, snapshot), in: bounds)
                browser.offset = action.apply(to: browser.offset, total: extent.total, visible: extent.visible)
            } else {
                let count = browser.listed(replays).count
                browser.selected = action.select(from: browser.selected, count: count, page: bounds.height - 4)
            }
            self.overlay = .replays(browser)
        case .lessons(let selected):
            let count = LessonLibrary.all.count
            self.overlay = .lessons(action.select(from: selected, count: count, page: bounds.height / 2 - 1))
        case .ticket, .commandLine, .whatIf, .confirm:
            return false
        }
        return true
    }
}

extension ScrollAction {
    /// A list's selection moved by this action: a line, a page of `page` rows, or to an end.
    func select(from selected: Int, count: Int, page: Int) -> Int {
        let moved =
            switch self {
            case .lineUp: selected - 1
            case .lineDown: selected + 1
            case .pageUp: selected - max(1, page)
            case .pageDown: selected + max(1, page)
            case .top: 0
            case .bottom: count - 1
            }
        return max(0, min(count - 1, moved))
    }
}
