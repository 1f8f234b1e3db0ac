import TerminalKit

extension AppState {
    /// A click focuses the panel under it (the positions panel also selects the row); the wheel does
    /// what ↑/↓ would: move the selection, or scroll and pick in an open overlay.
    public mutating func handleMouse(
        x: Int, y: Int, action: MouseAction, layout: DashboardLayout?, snapshot: MarketSnapshot?
    ) -> [AppEffect] {
        switch action {
        case .wheelUp, .wheelDown:
            return handle(action == .wheelUp ? .up : .down, snapshot: snapshot, visible: layout?.visiblePanels ?? [])
        case .click:
            guard overlay == nil, let layout,
                let (panel, rect) = layout.panels.first(where: { $0.rect.contains(x: x, y: y) })
            else { return [] }
            focus = panel
            // The positions table: frame, header row, then one row per position.
            let row = y - rect.y - 2
            if panel == .positions, row >= 0, row < (snapshot?.account.positions.count ?? 0) {
                selectedPosition = row
            }
            return []
        }
    }
}
