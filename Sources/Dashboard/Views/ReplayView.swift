import CascadeCore
import CascadeSim
import TerminalKit

/// Liquidation replays (`r`): the newest liquidations as a list, and one told step by step with the
/// engine's numbers: trigger, book orders and their fills, backstop, ADL, the insurance fund, bad debt.
/// `a` switches to the lending auctions (`AuctionReplayView`).
enum ReplayView {
    static func draw(_ browser: ReplayBrowser, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        let replays = context.snapshot.replays
        if let id = browser.opened, let replay = replays.first(where: { $0.id == id }) {
            OverlayPage.draw(
                lines(replay, context.snapshot), title: "Liquidation #\(replay.id), step by step (↑↓ scroll, Esc back)",
                offset: browser.offset, in: bounds, glyphs: context.glyphs, canvas: &canvas)
            return
        }
        let columns = [
            TableColumn(title: "#", width: 6, alignment: .right), TableColumn(title: "Time", width: 8),
            TableColumn(title: "Account", width: 9), TableColumn(title: "Scope", width: 18),
            TableColumn(title: "Mark", width: 11, alignment: .right),
            TableColumn(title: "Book", width: 9, alignment: .right),
            TableColumn(title: "Backstop", width: 9, alignment: .right),
            TableColumn(title: "ADL", width: 9, alignment: .right),
            TableColumn(title: "Fund Δ", width: 12, alignment: .right), TableColumn(title: "State", width: 0),
        ]
        drawList(
            "Liquidations up to #\(browser.newest)", switching: "auctions", browser, columns: columns,
            rows: browser.listed(replays).map { row($0, context.snapshot) },
            empty: browser.yoursOnly ? "You have not been liquidated." : "No liquidations yet.", in: bounds,
            glyphs: context.glyphs, canvas: &canvas)
    }

    /// A replay list in the overlay's frame: `rows` in a table under `heading` and the keys (`a`
    /// switching to the `other` list), with the selection and where it stands, or the `empty` line.
    /// Liquidations and auctions list alike.
    static func drawList(
        _ heading: String, switching other: String, _ browser: ReplayBrowser, columns: [TableColumn],
        rows: [[TableCell]], empty: String, in bounds: Rect, glyphs: Glyphs, canvas: inout Canvas
    ) {
        let title =
            "\(heading), newest first (↑↓ pick, Enter replays, a \(other), "
            + "u \(browser.yoursOnly ? "all" : "yours only"), r newer, Esc)"
        let rect = OverlayPage.frame(in: bounds)
        canvas.fill(rect, style: Style(.overlay))
        let inner = Box.draw(in: rect, title: title, focused: true, glyphs: glyphs, canvas: &canvas)
        guard !rows.isEmpty else {
            canvas.put(empty, x: inner.x, y: inner.y, style: Style(.muted))
            return
        }
        let selected = min(browser.selected, rows.count - 1)
        Table(columns: columns, rows: rows, selectedRow: selected).draw(in: inner, canvas: &canvas)
        ScrollMarker.draw(
            frame: rect, selected: selected, total: rows.count, scrolled: rows.count > inner.height - 1,
            canvas: &canvas)
    }

    private static func row(_ replay: LiquidationReplay, _ snapshot: MarketSnapshot) -> [TableCell] {
        let trigger = replay.trigger
        let spec = snapshot[replay.instrument ?? .first].instrument
        let closed = replay.closedLots
        func lots(_ value: Int64) -> String { spec.format(Quantity(lots: value)) }
        let change = replay.fund.map { $0.after - $0.before }
        let style = Style(replay.isUser ? .marginDanger : .text, bold: replay.isUser)
        return [
            TableCell(text: "\(replay.id)", style: style),
            TableCell(text: DisplayFormat.clock(replay.started % (24 * .hour)), style: Style(.muted)),
            TableCell(text: replay.isUser ? "YOU" : "\(replay.account.rawValue)", style: style),
            TableCell(text: trigger.map { scope($0.scope, snapshot) } ?? "—"),
            TableCell(text: trigger.flatMap { instrument(of: $0.scope, snapshot)?.format($0.mark) } ?? "—"),
            TableCell(text: lots(closed.book)), TableCell(text: lots(closed.backstop)),
            TableCell(text: lots(closed.deleveraged), style: Style(closed.deleveraged > 0 ? .marginWarning : .text)),
            TableCell(
                text: change.map { DisplayFormat.money($0, signed: true) } ?? "—",
                style: Style((change?.units ?? 0) < 0 ? .sell : .buy)),
            TableCell(text: state(replay), style: Style(.muted)),
        ]
    }

    /// The replay as numbered steps, each with the numbers it carried.
    static func lines(_ replay: LiquidationReplay, _ snapshot: MarketSnapshot) -> [OverlayPage.Line] {
        let who = replay.isUser ? "YOUR account" : "account \(replay.account.rawValue)"
        var lines: [OverlayPage.Line] = [
            (
                "Liquidation #\(replay.id) of \(who), from \(DisplayFormat.clock(replay.started % (24 * .hour)))",
                Style(.title, bold: true)
            )
        ]
        var number = 0
        func step(_ text: String, _ role: Role = .text) {
            number += 1
            lines.append(("\(number). \(text)", Style(role)))
        }
        func detail(_ text: String) { lines.append(("     " + text, Style(.muted))) }
        var pending: (spec: Instrument, open: Int64)?
        func closeOrder() {
            if let order = pending, order.open > 0 {
                detail(
                    "unfilled \(order.spec.format(Quantity(lots: order.open))): no bids or asks within the tolerance")
            }
            pending = nil
        }
        for moment in replay.moments {
            let time = DisplayFormat.clock(moment.time % (24 * .hour))
            switch moment.entry {
            case .fill(let fill):
                let spec = snapshot[fill.instrument].instrument
                pending?.open -= fill.quantity.lots
                detail(
                    "filled \(spec.format(fill.quantity)) at \(spec.format(fill.price)), fee "
                        + "\(DisplayFormat.money(fill.fee)), realised PnL \(DisplayFormat.money(fill.realizedPnL, signed: true))"
                )
                continue
            case .step(let liquidation):
                closeOrder()
                switch liquidation {
                case .triggered(_, let scope, let mark, let equity, let maintenance):
                    let at = instrument(of: scope, snapshot).map { " at mark \($0.format(mark))" } ?? ""
                    step(
                        "\(time) Triggered (\(self.scope(scope, snapshot)))\(at): margin balance "
                            + "\(DisplayFormat.money(equity)) ≤ maintenance margin \(DisplayFormat.money(maintenance))",
                        .liquidation)
                    detail("the account's open orders in the scope are cancelled, then the margin is checked again")
                case .averted(_, _, let equity, let maintenance):
                    step(
                        maintenance == .zero
                            ? "\(time) Ended: the position was closed before the engine's turn came"
                            : "\(time) Ended: back above maintenance, margin balance \(DisplayFormat.money(equity)) > "
                                + "maintenance \(DisplayFormat.money(maintenance)) (a partial step, the price coming back, "
                                + "or margin added)", .buy)
                case .bookOrder(_, let id, let order, let side, let quantity, let limit, let bankruptcy):
                    let spec = snapshot[id].instrument
                    step(
                        "\(time) Book order #\(order.rawValue): \(side == .buy ? "buy" : "sell") "
                            + "\(spec.format(quantity)) \(spec.symbol), immediate-or-cancel, limit \(spec.format(limit)) "
                            + "(bankruptcy price \(spec.format(bankruptcy)) \(Self.limitReason(snapshot[id].liquidationStyle)))"
                    )
                    pending = (spec, quantity.lots)
                case .reduction(let reduction):
                    let spec = snapshot[reduction.instrument].instrument
                    step(
                        "\(time) Position reduction: \(reduction.side == .buy ? "buy" : "sell") "
                            + "\(spec.format(reduction.quantity)) \(spec.symbol), immediate-or-cancel, limit "
                            + "\(spec.format(reduction.limit)); filled \(spec.format(reduction.filled))", .marginWarning
                    )
                    detail(
                        "binding scenario: spot \(RiskMatrixView.percent(reduction.spotShock)), volatility "
                            + "\(RiskMatrixView.percent(reduction.volShock)); maintenance "
                            + "\(DisplayFormat.money(reduction.maintenanceBefore)) → "
                            + "\(DisplayFormat.money(reduction.maintenanceAfter)), margin balance "
                            + "\(DisplayFormat.money(reduction.equityBefore)) → \(DisplayFormat.money(reduction.equityAfter))"
                    )
                case .backstopTakeover(_, let id, let quantity, let price):
                    let spec = snapshot[id].instrument
                    step(
                        "\(time) Backstop vault took \(spec.format(quantity)) \(spec.symbol) at the bankruptcy price "
                            + "\(spec.format(price)): what the book could not absorb", .marginWarning)
                case .autoDeleveraged(_, let counterparty, let id, let quantity, let price):
                    let spec = snapshot[id].instrument
                    let against =
                        counterparty == World.userAccount ? "YOUR position" : "account \(counterparty.rawValue)"
                    step(
                        "\(time) ADL: \(against) closed \(spec.format(quantity)) \(spec.symbol) at \(spec.format(price)) "
                            + "(the bankruptcy price, or the counterparty's own if nearer), no fee (top of the other "
                            + "side's ADL queue)", .marginWarning)
                case .fundTakeover(_, let id, let quantity, let price):
                    let spec = snapshot[id].instrument
                    step(
                        "\(time) Insurance fund took over \(spec.format(quantity)) \(spec.symbol) at the bankruptcy "
                            + "price \(spec.format(price)): its book orders' gains and losses are the fund's",
                        .marginWarning)
                case .insuranceFund(let payment):
                    let change = payment.change
                    let why =
                        switch (payment.reason, change.units >= 0) {
                        case (.fills, true): "the fills beat the bankruptcy price; the fund keeps the surplus"
                        case (.fills, false): "the fills were worse than the bankruptcy price; the fund pays the gap"
                        case (.remainder, true): "the margin left once the position was closed"
                        case (.remainder, false): "it pays the loss beyond the margin"
                        }
                    step(
                        "\(time) Insurance fund \(DisplayFormat.money(change, signed: true)) → "
                            + "\(DisplayFormat.money(payment.balance)): \(why)", change.units >= 0 ? .buy : .sell)
                case .badDebt(_, _, let amount):
                    step("\(time) Bad debt \(DisplayFormat.money(amount)): a loss nobody could cover", .statusError)
                case .finished(_, _, let closedAll):
                    step(
                        closedAll
                            ? "\(time) Finished: the position is closed"
                            : "\(time) Partial step done: if still below maintenance, the rest waits out the cooldown",
                        .muted)
                }
            }
        }
        closeOrder()
        if let fund = replay.fund {
            lines.append(
                (
                    "Insurance fund: \(DisplayFormat.money(fund.before)) before, \(DisplayFormat.money(fund.after)) "
                        + "after (\(DisplayFormat.money(fund.after - fund.before, signed: true)))",
                    Style(.title, bold: true)
                ))
        } else {
            lines.append(("Insurance fund: not settled with (yet)", Style(.title, bold: true)))
        }
        return lines
    }

    /// How the replay stands: closed in full, ended above maintenance (or flat), or still running.
    private static func state(_ replay: LiquidationReplay) -> String {
        guard replay.isOver else { return "in progress" }
        if case .step(.averted) = replay.moments.last?.entry { return "ended" }
        return "closed"
    }

    /// An isolated scope's instrument; a cross liquidation has no single mark.
    private static func instrument(of scope: LiquidationScope, _ snapshot: MarketSnapshot) -> Instrument? {
        guard case .isolated(let id) = scope else { return nil }
        return snapshot[id].instrument
    }

    private static func scope(_ scope: LiquidationScope, _ snapshot: MarketSnapshot) -> String {
        switch scope {
        case .isolated(let id): "isolated \(snapshot[id].instrument.symbol)"
        case .cross: "cross"
        }
    }

    /// How the engine chose a book order's limit under `style`.
    static func limitReason(_ style: LiquidationStyle) -> String {
        switch style {
        case .hyperliquid: "widened by the slippage tolerance"
        case .binance, .bybit, .bitmex: "or as far beyond it as the insurance fund can pay for"
        case .dydx: "or beyond it, down to the fillable price the fund pays for"
        }
    }
}
