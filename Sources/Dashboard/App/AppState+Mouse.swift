import TerminalKit

extension AppState {
    /// A click focuses the panel under it (the positions panel also selects the row: a position or an
    /// order); the wheel does what ↑/↓ would: move the selection, or scroll and pick in an open overlay.
    mutating func handleMouse(
        x: Int, y: Int, action: MouseAction, layout: DashboardLayout?, snapshot: MarketSnapshot?
    ) -> [AppEffect] {
        switch action {
        case .wheelUp, .wheelDown:
            return handle(action == .wheelUp ? .up : .down, snapshot: snapshot, visible: layout?.visiblePanels ?? [])
        case .click:
            guard overlay == nil, notice == nil, let layout,
                let (panel, rect) = workspace.screen.panels(in: layout).first(where: { $0.rect.contains(x: x, y: y) })
            else { return [] }
            let count = snapshot?.account.rowCount ?? 0
            if panel == .positions, count > 0 {
                // Frame, header row, then the rows; a focused table has scrolled to keep its
                // selection in view, as `Table` does.
                let visible = rect.height - 3
                let first = focus == .positions ? max(0, min(selectedRow, count - 1) - visible + 1) : 0
                let offset = y - rect.y - 2
                if (0..<visible).contains(offset), first + offset < count { selectedRow = first + offset }
            }
            focus = panel
            return []
        }
    }
}
