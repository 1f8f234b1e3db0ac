import TerminalKit

/// Workspace `1`: the book, chart, tape, open interest, heatmap, account, positions and events of
/// the shown instrument. Its keys are the main key map's.
enum TradeWorkspace: WorkspaceScreen {
    static let title = "Trade"
    static let keys = OverlayKeys<Never>(bindings: [])

    static func perform(_ action: Never, state: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {}

    static func panels(in layout: DashboardLayout) -> [(panel: AppState.Panel, rect: Rect)] { layout.panels }

    static func draw(_ context: ViewContext, layout: DashboardLayout, canvas: inout Canvas) {
        for (panel, rect) in layout.panels {
            switch panel {
            case .book where context.state.showsDepthChart: DepthChartView.draw(context, in: rect, canvas: &canvas)
            case .book: BookView.draw(context, in: rect, canvas: &canvas)
            case .trades: TapeView.draw(context, in: rect, canvas: &canvas)
            case .chart: ChartView.draw(context, in: rect, canvas: &canvas)
            case .openInterest: OpenInterestView.draw(context, in: rect, canvas: &canvas)
            case .heatmap: HeatmapView.draw(context, in: rect, canvas: &canvas)
            case .account: AccountView.draw(context, in: rect, canvas: &canvas)
            case .positions: PositionsView.draw(context, in: rect, canvas: &canvas)
            case .log: EventLogView.draw(context, in: rect, canvas: &canvas)
            }
        }
    }
}
