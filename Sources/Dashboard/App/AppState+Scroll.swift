import TerminalKit

extension AppState {
    /// Where overlays draw on the current screen: under the header, above the status line and the
    /// lesson card.
    var overlayBounds: Rect {
        DashboardScreen.overlayBounds(width: screen.width, height: screen.height, lesson: lesson != nil)
    }

    /// Scrolls a page of `lines` (help, explain) held in `overlayScroll` by `action`, never past
    /// its last screenful.
    mutating func scrollPage(_ action: ScrollAction, lines: [OverlayPage.Line]) {
        let extent = OverlayPage.extent(lines, in: overlayBounds)
        overlayScroll = action.apply(to: overlayScroll, total: extent.total, visible: extent.visible)
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
