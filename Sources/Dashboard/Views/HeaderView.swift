import CascadeCore
import TerminalKit

/// The top line(s): the workspaces' keys, the instrument and its prices, 24 h change, an announced
/// rise of its margin requirement, funding and countdown, its maintenance rate and margin model, open
/// interest, insurance fund, the simulated clock, speed, scenario and the instrument's liquidation style.
enum HeaderView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, style: Style(.header))
        let market = context.market
        let instrument = market.instrument
        let clock = DisplayFormat.simulatedClock(context.snapshot.time)
        let pace = context.snapshot.paused ? "PAUSED" : DisplayFormat.speed(context.snapshot.speed)
        // The tabs, the symbol, its price and its change come first: on a narrow screen the right side
        // gives up the liquidation style, then the scenario, rather than push the price out.
        let quote = market.price.map { price in
            let (change, direction) = DisplayFormat.change(market.dayChange * 100, places: 2, glyphs: context.glyphs)
            let role: Role = direction > 0 ? .up : direction < 0 ? .down : .header
            return (price: instrument.format(price), change: "\(change) 24h", role: role)
        }
        // Narrow screens name only the open workspace; the others show their number key alone.
        let quoteWidth = instrument.symbol.count + 2 + (quote.map { $0.price.count + $0.change.count + 4 } ?? 0)
        let fullTabs = Workspace.allCases.reduce(2) { $0 + tabText($1, open: false, compact: false).count + 2 }
        let compact = 1 + fullTabs + quoteWidth + clock.count + pace.count + 3 > rect.width
        let tabs = Workspace.allCases.reduce(2) {
            $0 + tabText($1, open: $1 == context.state.workspace, compact: compact).count + 2
        }
        let essentials = 1 + tabs + quoteWidth
        var parts = [clock, pace, context.snapshot.scenario, "liq \(market.liquidationStyle.venue)"]
        while parts.count > 2, essentials + parts.joined(separator: "  ").count + 1 > rect.width { parts.removeLast() }
        let right = parts.joined(separator: "  ") + " "
        let rightStart = max(rect.x, rect.maxX - right.count)
        canvas.put(right, x: rightStart, y: rect.y, style: Style(context.snapshot.paused ? .accent : .header))
        // Items go left to right while they fit whole before the clock; the rest are left out.
        var x = rect.x + 1
        func put(_ text: String, _ style: Style = Style(.header)) {
            guard x + text.count < rightStart - 1 else {
                x = rightStart
                return
            }
            x += canvas.put(text, x: x, y: rect.y, style: style) + 2
        }
        // The workspaces' number keys first, the open one in brackets (not only in colour).
        for workspace in Workspace.allCases {
            let open = workspace == context.state.workspace
            let tab = tabText(workspace, open: open, compact: compact)
            put(open ? "[\(tab)]" : tab, Style(open ? .accent : .header, bold: open))
        }
        put(instrument.symbol, Style(.title, bold: true))
        if let quote {
            put(quote.price, Style(quote.role, bold: true))
            put(quote.change, Style(quote.role))
        }
        // An announced rise of the requirement comes before the prices: it changes the user's margin.
        if let pending = market.margin?.pending {
            put(MarginModelText.announcement(pending, now: context.snapshot.time), Style(.marginWarning, bold: true))
        }
        put("mark \(market.mark.map(instrument.format) ?? "—")")
        put("index \(market.index.map(instrument.format) ?? "—")")
        let funding = market.fundingRate
        put(
            "funding \(DisplayFormat.percent(funding, places: 4, signed: true)) in "
                + DisplayFormat.clock(market.nextFunding - context.snapshot.time),
            Style(funding.units >= 0 ? .header : .down))
        let openInterest = Double(market.openInterest) * instrument.lotSize.doubleValue
        if let margin = market.margin, margin.pending == nil {
            put("MMR \(DisplayFormat.marginRate(margin.maintenanceRate)) \(margin.kind.rawValue)")
        }
        put("OI \(DisplayFormat.fixed(openInterest, 1)) \(instrument.symbol.prefix { $0 != "-" })")
        put("insurance \(DisplayFormat.money(context.snapshot.insuranceFund, .usdc))")
        if market.liquidationStyle.usesBackstopVault {
            put("backstop \(DisplayFormat.money(context.snapshot.backstopEquity, .usdc))")
        }
    }

    /// `2 Markets`, or on a narrow screen `2` for a workspace that is not open.
    private static func tabText(_ workspace: Workspace, open: Bool, compact: Bool) -> String {
        compact && !open ? "\(workspace.rawValue)" : "\(workspace.rawValue) \(workspace.title)"
    }
}
