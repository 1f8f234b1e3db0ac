import TerminalKit

/// Workspace `4`: the lending market. Pools with their rate curve, the user's vaults with their
/// health, running auctions with the selected one's price curve, keeper activity, and the surplus
/// buffer and bad debt. ↑↓ pick an auction, ←→ one of the user's vaults (what `:borrow`, `:repay`
/// and `e` use); the lending commands run from the command line.
enum LendingWorkspace: WorkspaceScreen {
    enum KeyAction: Sendable, Hashable { case up, down, previousVault, nextVault }

    static let title = "Lending"
    static let keys = OverlayKeys<KeyAction>(bindings: [
        .init(
            keys: [.up, .character("k"), .down, .character("j")], actions: [.up, .up, .down, .down],
            label: "↑↓/jk", help: "select an auction (its price curve)"),
        .init(
            keys: [.left, .character("h"), .right, .character("l")],
            actions: [.previousVault, .previousVault, .nextVault, .nextVault], label: "←→/hl",
            help: "select one of your vaults (:borrow, :repay, e explain)"),
    ])

    static func perform(_ action: KeyAction, state: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        let lending = snapshot?.lending
        let auctions = max(0, (lending?.auctions.count ?? 0) - 1)
        let vaults = max(0, (lending?.vaults.count ?? 0) - 1)
        var selection = state.lendingSelection
        switch action {
        case .up: selection.auction = max(0, min(auctions, selection.auction - 1))
        case .down: selection.auction = min(auctions, selection.auction + 1)
        case .previousVault: selection.vault = max(0, min(vaults, selection.vault - 1))
        case .nextVault: selection.vault = min(vaults, selection.vault + 1)
        }
        state.lendingSelection = selection
        return []
    }

    static func panels(in layout: DashboardLayout) -> [(panel: AppState.Panel, rect: Rect)] { [] }

    /// Wide screens: pools over the user's vaults over the reserves on the left, auctions over the
    /// selected auction's curve over keeper activity on the right. Below 120 columns: pools across the
    /// top, vaults and reserves left, auctions and activity right, the curve from 40 rows.
    static func draw(_ context: ViewContext, layout: DashboardLayout, canvas: inout Canvas) {
        let body = layout.body
        guard let lending = context.snapshot.lending else {
            canvas.put(
                "This world has no lending market (its scenario lists neither ETH-PERP nor BTC-PERP)",
                x: body.x + 1, y: body.y + 1, style: Style(.muted), maxWidth: body.width - 2)
            return
        }
        let poolRows = lending.pools.count + 3
        if body.width >= 120 {
            let columns = body.splitColumns([body.width / 2, 0])
            let left = columns[0].splitRows([poolRows + min(12, max(0, body.height / 4)), 0, 6])
            let right = columns[1].splitRows([max(6, body.height * 30 / 100), max(8, body.height * 35 / 100), 0])
            LendingPoolsView.draw(lending, context, in: left[0], canvas: &canvas)
            LendingVaultsView.draw(lending, context, in: left[1], canvas: &canvas)
            LendingReservesView.draw(lending, context, in: left[2], canvas: &canvas)
            LendingAuctionsView.draw(lending, context, in: right[0], canvas: &canvas)
            AuctionCurveView.draw(lending, context, in: right[1], canvas: &canvas)
            KeeperActivityView.draw(lending, context, in: right[2], canvas: &canvas)
        } else {
            let rows = body.splitRows([poolRows, 0])
            LendingPoolsView.draw(lending, context, in: rows[0], canvas: &canvas)
            let columns = rows[1].splitColumns([rows[1].width / 2, 0])
            let left = columns[0].splitRows([0, 5])
            let tall = body.height >= 40
            let right = columns[1].splitRows(tall ? [columns[1].height / 3, columns[1].height / 3, 0] : [0, 6])
            LendingVaultsView.draw(lending, context, in: left[0], canvas: &canvas)
            LendingReservesView.draw(lending, context, in: left[1], canvas: &canvas)
            LendingAuctionsView.draw(lending, context, in: right[0], canvas: &canvas)
            if tall { AuctionCurveView.draw(lending, context, in: right[1], canvas: &canvas) }
            KeeperActivityView.draw(lending, context, in: right[right.count - 1], canvas: &canvas)
        }
    }
}
