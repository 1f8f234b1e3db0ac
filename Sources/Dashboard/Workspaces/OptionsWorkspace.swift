import CascadeCore
import TerminalKit

/// Workspace `3`: the option chain of the shown underlying at one expiry (calls | strike | puts),
/// its smile, the user's option positions with their Greeks and a payoff diagram or (`R`) the risk
/// matrix. ↑↓ pick a strike, ←→ the call or the put, `f`/`F` the expiry, `b`/`s` open a ticket for the
/// picked option.
enum OptionsWorkspace: WorkspaceScreen {
    enum KeyAction: Sendable, Hashable {
        case up, down, call, put, nextExpiry, previousExpiry, payoff, riskMatrix, buy, sell
    }

    static let title = "Options"
    static let keys = OverlayKeys<KeyAction>(bindings: [
        .init(
            keys: [.up, .character("k"), .down, .character("j")], actions: [.up, .up, .down, .down],
            label: "↑↓/jk", help: "select a strike"),
        .init(
            keys: [.left, .character("h"), .right, .character("l")], actions: [.call, .call, .put, .put],
            label: "←→/hl", help: "the call or the put"),
        .init(
            keys: [.character("f"), .character("F")], actions: [.nextExpiry, .previousExpiry], label: "f/F",
            help: "next / previous expiry"),
        .init(keys: [.character("b")], actions: [.buy], label: "b", help: "buy the selected option"),
        .init(keys: [.character("s")], actions: [.sell], label: "s", help: "sell the selected option"),
        .init(
            keys: [.character("p")], actions: [.payoff], label: "p", help: "payoff: selected option / whole book"),
        .init(
            keys: [.character("R")], actions: [.riskMatrix], label: "R",
            help: "payoff / risk matrix (portfolio margin scenarios)"),
    ])

    static func perform(_ action: KeyAction, state: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        guard let snapshot, let chain = snapshot.options, chain.underlying == state.instrument else { return [] }
        let current = state.options.row(in: chain) ?? 0
        switch action {
        case .up: state.options.row = max(0, current - 1)
        case .down: state.options.row = min(max(0, chain.rows.count - 1), current + 1)
        case .call: state.options.right = .call
        case .put: state.options.right = .put
        case .nextExpiry, .previousExpiry:
            guard !chain.expiries.isEmpty else { return [] }
            // From the expiry last asked for: the snapshot may not have caught up with it yet.
            let position = (state.options.expiry ?? chain.expiry).flatMap(chain.expiries.firstIndex) ?? 0
            let step = action == .nextExpiry ? 1 : chain.expiries.count - 1
            state.options.expiry = chain.expiries[(position + step) % chain.expiries.count]
            state.options.row = nil
        case .payoff: state.options.wholeBook.toggle()
        case .riskMatrix: state.options.riskMatrix.toggle()
        case .buy, .sell:
            guard let quote = state.options.quote(in: chain) else {
                state.status = ("No option listed on this underlying yet", true)
                return []
            }
            var ticket = OrderTicket(side: action == .buy ? .buy : .sell, leverage: 1, mode: .cross, price: "")
            ticket.option = quote.id
            ticket.prefillPrice(app: state, snapshot: snapshot)
            state.overlay = .ticket(ticket)
        }
        return []
    }

    static func panels(in layout: DashboardLayout) -> [(panel: AppState.Panel, rect: Rect)] { [] }

    /// Wide screens: the chain and the positions on the left, smile over payoff on the right. Narrow
    /// ones: the chain across the top, positions and payoff (and the smile from 120 columns) below.
    static func draw(_ context: ViewContext, layout: DashboardLayout, canvas: inout Canvas) {
        let body = layout.body
        guard let chain = context.snapshot.options, chain.underlying == context.state.instrument else {
            canvas.put("Loading the option chain…", x: body.x + 1, y: body.y + 1, style: Style(.muted))
            return
        }
        if body.width >= 150 {
            let columns = body.splitColumns([body.width * 62 / 100, 0])
            let left = columns[0].splitRows([columns[0].height * 62 / 100, 0])
            let right = columns[1].splitRows([columns[1].height / 2, 0])
            OptionChainView.draw(chain, context, in: left[0], canvas: &canvas)
            OptionPositionsView.draw(chain, context, in: left[1], canvas: &canvas)
            SmileView.draw(chain, context, in: right[0], canvas: &canvas)
            drawPayoffOrRisk(chain, context, in: right[1], canvas: &canvas)
        } else {
            let rows = body.splitRows([body.height * 55 / 100, 0])
            OptionChainView.draw(chain, context, in: rows[0], canvas: &canvas)
            let bottom = rows[1].splitColumns(
                body.width >= 120 ? [body.width * 40 / 100, body.width * 30 / 100, 0] : [body.width / 2, 0])
            OptionPositionsView.draw(chain, context, in: bottom[0], canvas: &canvas)
            if bottom.count == 3 { SmileView.draw(chain, context, in: bottom[1], canvas: &canvas) }
            drawPayoffOrRisk(chain, context, in: bottom[bottom.count - 1], canvas: &canvas)
        }
    }

    /// The payoff diagram, or the risk matrix in its place when `R` asked for it.
    private static func drawPayoffOrRisk(
        _ chain: OptionChainSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas
    ) {
        if context.state.options.riskMatrix {
            RiskMatrixView.draw(chain, context, in: rect, canvas: &canvas)
        } else {
            PayoffView.draw(chain, context, in: rect, canvas: &canvas)
        }
    }
}
