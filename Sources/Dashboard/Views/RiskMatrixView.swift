import CascadeCore
import TerminalKit

/// The user's options on the shown underlying plus their perpetual, under portfolio margin
/// (https://docs.paradex.trade/risk/portfolio-margin): the PnL of each core scenario, spot moves down
/// the side and the two volatility shocks across, shaded by sign (red loss, green profit, deeper
/// for larger; the sign and the number carry the meaning too), the binding scenario in brackets; under
/// it the binding scenario named with its weighted loss, scan risk, min delta risk, and the portfolio
/// margin beside the standard margin the same positions hold, and what a delta hedge in the perpetual
/// would leave. Rows that do not fit are dropped,
/// never cut: 9, then ±16 ±8 0, then ±16 0.
enum RiskMatrixView {
    /// The width of one PnL cell, brackets included.
    static let cellWidth = 10

    static func draw(_ chain: OptionChainSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let inner = Box.draw(
            in: rect,
            title: "Risk matrix · scenario PnL USDC · portfolio margin".fitting(
                rect.width - 4, fieldsSeparatedBy: " · "),
            focused: false, glyphs: context.glyphs, canvas: &canvas)
        guard let risk = chain.risk else {
            canvas.put(
                "No option or perp held on this underlying".fitting(inner.width), x: inner.x, y: inner.y,
                style: Style(.muted))
            return
        }
        let summary = summaryLines(
            risk, perpetual: context.snapshot[chain.underlying].instrument, width: inner.width,
            unicode: context.glyphs.usesBraille)
        let moves = rows(fitting: inner.height - 1 - summary.count)
        var y = inner.y
        if !moves.isEmpty {
            drawGrid(risk, moves: moves, x: inner.x, y: &y, width: inner.width, canvas: &canvas)
        }
        for line in summary where y < inner.maxY {
            canvas.put(line.text, x: inner.x, y: y, style: line.style)
            y += 1
        }
    }

    /// The spot moves shown when `count` rows are free: all nine, five, three or none.
    static func rows(fitting count: Int) -> [Double] {
        let all = PortfolioMarginModel.paradexSpotShocks
        if count >= all.count { return all }
        if count >= 5 { return [-0.16, -0.08, 0, 0.08, 0.16] }
        if count >= 3 { return [-0.16, 0, 0.16] }
        return []
    }

    /// The header, then one row per spot move: its PnL at the volatility-down and -up shocks.
    private static func drawGrid(
        _ risk: PortfolioRiskSnapshot, moves: [Double], x: Int, y: inout Int, width: Int, canvas: inout Canvas
    ) {
        let shocks = [PortfolioMarginModel.paradexVolDown, PortfolioMarginModel.paradexVolUp]
        guard 5 + shocks.count * cellWidth <= width else { return }
        var header = "spot "
        for shock in shocks { header += pad("vol " + percent(shock), cellWidth) }
        canvas.put(header, x: x, y: y, style: Style(.header))
        y += 1
        let cells = moves.flatMap { move in shocks.map { risk.pnl(spotShock: move, volShock: $0) } }
        let largest = cells.compactMap { $0.map(abs) }.max() ?? 0
        for move in moves {
            canvas.put(pad(percent(move), 4), x: x, y: y, style: Style(.axis))
            var column = x + 5
            for shock in shocks {
                let index = risk.scenarioIndex(spotShock: move, volShock: shock)
                let pnl = index.map { risk.margin.scenarioPnLs[$0] }
                let worst = index != nil && index == risk.margin.worstScenario
                canvas.put(
                    pad(cellText(pnl, worst: worst), cellWidth), x: column, y: y,
                    style: cellStyle(pnl, largest: largest, worst: worst))
                column += cellWidth
            }
            y += 1
        }
    }

    /// `-1.60K`, `[-1.60K]` for the binding scenario, `n/a` where the table has no such scenario.
    static func cellText(_ pnl: Double?, worst: Bool) -> String {
        guard let pnl else { return "n/a" }
        let text = (pnl > 0 && NumberFormat.compact(pnl) != "0.00" ? "+" : "") + NumberFormat.compact(pnl)
        return worst ? "[\(text)]" : text
    }

    /// Red for a loss, green for a profit, the shade deeper the larger against the grid's largest;
    /// muted for nothing (or no scenario).
    static func cellStyle(_ pnl: Double?, largest: Double, worst: Bool) -> Style {
        guard let pnl, largest > 0, abs(pnl) >= 0.005 else { return Style(.muted, bold: worst) }
        let steps = Double(Role.levels - 3)
        let level = UInt8(2 + Int((abs(pnl) / largest * steps).rounded()))
        return Style(pnl < 0 ? .heatShort : .heatLong, level: level, bold: worst)
    }

    /// The lines under the grid, each whole: grouped amounts where they fit, compact ones where not,
    /// and a line left out rather than cut.
    static func summaryLines(_ risk: PortfolioRiskSnapshot, perpetual: Instrument, width: Int, unicode: Bool)
        -> [(text: String, style: Style)]
    {
        let margin = risk.margin
        let (arrow, times) = unicode ? ("→", "×") : ("->", "x")
        func line(_ make: ((Double) -> String) -> String) -> String? {
            let full = make { DisplayFormat.grouped(DisplayFormat.fixed($0, 2)) }
            if full.count <= width { return full }
            let short = make(NumberFormat.compact)
            return short.count <= width ? short : nil
        }
        func money(_ value: Money) -> Double { Double(value.units) / Double(Asset.usdc.unitsPerWhole) }
        var lines: [(String?, Style)] = []
        if let worst = margin.worstScenario {
            let scenario = margin.scenarios[worst]
            let weight =
                scenario.weight < 1 ? " \(times) \(trimmed(DisplayFormat.fixed(scenario.weight * 100, 2)))%" : ""
            let name = "spot \(percent(scenario.spotShock)) vol \(percent(scenario.volShock))\(weight)"
            lines.append(
                (line { "worst: \(name) \(arrow) \($0(margin.weightedLoss(at: worst)))" }, Style(.text, bold: true)))
        }
        lines.append(
            (line { "scan risk \($0(margin.scanRisk)) · min delta risk \($0(margin.minDeltaRisk))" }, Style(.text)))
        lines.append(
            (
                line { "portfolio IM / MM  \($0(margin.initialMargin)) / \($0(margin.maintenanceMargin))" },
                Style(.accent)
            ))
        if let hedge = risk.hedge {
            // The what-if of a delta hedge, before any order is sent.
            let side = hedge.lots > 0 ? "buy" : "sell"
            let size = perpetual.format(Quantity(lots: hedge.lots.magnitude > Int64.max ? 0 : abs(hedge.lots)))
            lines.append(
                (
                    line {
                        "hedge: \(side) \(size) \(perpetual.symbol) \(arrow) IM \($0(hedge.margin.initialMargin)) / MM "
                            + "\($0(hedge.margin.maintenanceMargin))"
                    }, Style(.muted)
                ))
        }
        lines.append(
            (
                line {
                    "standard  IM / MM  \($0(money(risk.standardInitialMargin))) / "
                        + "\($0(money(risk.standardMaintenanceMargin)))"
                }, Style(.text)
            ))
        return lines.compactMap { text, style in text.map { ($0, style) } }
    }

    /// `+500%`, `-22%`, `0%`; a fractional percent keeps one place (`+2.5%`).
    static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        let places = abs(value - value.rounded()) < 1e-9 ? 0 : 1
        return (value > 0 ? "+" : "") + DisplayFormat.fixed(value, places) + "%"
    }

    /// `3.20` → `3.2`, `16.00` → `16`: a weight as Paradex's table prints it.
    static func trimmed(_ decimal: String) -> String {
        guard decimal.contains(".") else { return decimal }
        var text = Substring(decimal)
        while text.hasSuffix("0") { text = text.dropLast() }
        if text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }

    /// `text` right-aligned in `width` columns.
    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
