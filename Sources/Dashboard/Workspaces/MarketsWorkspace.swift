import CascadeCore
import TerminalKit

/// Workspace `2`: every instrument in one table, the insurance fund and backstop vault over time,
/// liquidations across the exchange, and the liquidation heatmap and margin requirement over time of
/// the selected instrument.
/// ↑↓ select a row (`AppState.marketRow`); Enter opens its instrument in Trade.
enum MarketsWorkspace: WorkspaceScreen {
    enum KeyAction: Sendable, Hashable { case up, down, open }

    static let title = "Markets"
    static let keys = OverlayKeys<KeyAction>(bindings: [
        .init(
            keys: [.up, .character("k"), .down, .character("j")], actions: [.up, .up, .down, .down],
            label: "↑↓/jk", help: "select an instrument"),
        .init(keys: [.enter], actions: [.open], label: "Enter", help: "open it in Trade"),
    ])

    static func opened(state: inout AppState) { state.marketRow = state.instrument.index }

    static func perform(_ action: KeyAction, state: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        let last = max(0, (snapshot?.instruments.count ?? 1) - 1)
        switch action {
        case .up: state.marketRow = max(0, min(last, state.marketRow - 1))
        case .down: state.marketRow = min(last, state.marketRow + 1)
        case .open:
            state.instrument = InstrumentID(index: min(last, state.marketRow))
            state.selectedRow = 0
            state.workspace = .trade
        }
        return []
    }

    static func panels(in layout: DashboardLayout) -> [(panel: AppState.Panel, rect: Rect)] { [] }

    static func draw(_ context: ViewContext, layout: DashboardLayout, canvas: inout Canvas) {
        let body = layout.body
        let tableHeight = min(max(4, body.height / 2), context.snapshot.instruments.count + 3)
        let rows = body.splitRows([tableHeight, 0])
        MarketsTableView.draw(context, in: rows[0], canvas: &canvas)
        let columns = rows[1].splitColumns([max(36, rows[1].width * 45 / 100), 0])
        let left = columns[0].splitRows([columns[0].height / 2, 0])
        FundsView.draw(context, in: left[0], canvas: &canvas)
        SystemLiquidationsView.draw(context, in: left[1], canvas: &canvas)
        var selected = context
        selected.state.instrument = InstrumentID(
            index: min(context.state.marketRow, context.snapshot.instruments.count - 1))
        // The heatmap over the margin panel, which keeps at least a line of text and two chart rows.
        let right = columns[1].splitRows([0, max(6, columns[1].height * 2 / 5)])
        HeatmapView.draw(selected, in: right[0], showingSymbol: true, canvas: &canvas)
        MarginHistoryView.draw(selected, in: right[1], canvas: &canvas)
    }
}
