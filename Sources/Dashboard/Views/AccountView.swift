import CascadeCore
import TerminalKit

/// Account and margin health: equity, wallet, unrealised PnL, the margin ratio as a gauge from safe
/// to liquidation with a label, an announced rise of the maintenance rate with its countdown,
/// maintenance margin, available balance, the margin model and its rate, distance to liquidation of
/// the selected position and its ADL rank as five lights.
enum AccountView {
    /// The label a margin ratio earns (a word, so health never rests on colour alone).
    static func health(_ ratio: Double) -> (String, Role) {
        switch ratio {
        case ..<0.3: ("SAFE", .marginSafe)
        case ..<0.6: ("CAUTION", .marginWarning)
        case ..<1: ("DANGER", .marginDanger)
        default: ("LIQUIDATION", .marginDanger)
        }
    }

    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let inner = Box.draw(
            in: rect, title: "Account", focused: context.focused(.account), glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        let account = context.snapshot.account
        var y = inner.y
        func line(_ label: String, _ value: String, _ style: Style = .text) {
            guard y < inner.maxY else { return }
            canvas.put(label, x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
            // A value too wide beside its label loses whole words (`30.92% (44218.9)` → `30.92%`).
            let shown = value.fitting(max(0, inner.width - label.count - 1))
            canvas.put(shown, x: inner.maxX - shown.count, y: y, style: style)
            y += 1
        }
        line("Equity", DisplayFormat.money(account.equity), Style(.text, bold: true))
        line("Wallet", DisplayFormat.money(account.wallet))
        let pnl = account.unrealizedPnL
        line("Unrealised PnL", DisplayFormat.money(pnl, signed: true), Style(pnl.units >= 0 ? .up : .down))
        let ratio = account.marginRatio.map { Double($0.units) / Double(Rate.one) } ?? 0
        let (label, role) = health(ratio)
        if y < inner.maxY, let gone = noEquityLabel(context) {
            // Nothing left to be safe with: never SAFE at 0%.
            let barWidth = max(0, inner.width - gone.count - 1)
            Gauge.draw(
                fraction: 1, label: "", in: Rect(x: inner.x, y: y, width: barWidth, height: 1),
                gradient: .marginGauge, glyphs: context.glyphs, canvas: &canvas)
            canvas.put(gone, x: inner.maxX - gone.count, y: y, style: Style(.marginDanger, bold: true))
            y += 1
        } else if y < inner.maxY {
            let text = "\(label) \(DisplayFormat.fixed(ratio * 100, 1))%"
            let barWidth = max(0, inner.width - text.count - 1)
            Gauge.draw(
                fraction: min(1, ratio), label: "", in: Rect(x: inner.x, y: y, width: barWidth, height: 1),
                gradient: .marginGauge, glyphs: context.glyphs, canvas: &canvas)
            canvas.put(text, x: inner.maxX - text.count, y: y, style: Style(role, bold: true), maxWidth: inner.width)
            y += 1
        }
        // The requirement of the selected position's instrument (else the shown one): an announced
        // rise first, where even a short panel shows it.
        let marginMarket = context.snapshot[selectedPosition(context)?.instrument ?? context.market.id]
        if let pending = marginMarket.margin?.pending {
            line(
                "MMR",
                "\(MarginModelText.rates(pending)) in "
                    + MarginModelText.countdown(pending.effective - context.snapshot.time),
                Style(.marginWarning, bold: true))
        }
        // Under portfolio margin both figures are the scenario table's, and the labels say so.
        let portfolio = account.crossModel == .portfolio
        line(portfolio ? "Portfolio MM" : "Maintenance", DisplayFormat.money(account.maintenanceMargin))
        line(portfolio ? "Portfolio IM" : "Initial margin", DisplayFormat.money(account.initialMargin))
        line("Available", DisplayFormat.money(account.available))
        // The model and its rate last: what a short panel can spare first.
        func modelLine() {
            guard let margin = marginMarket.margin, margin.pending == nil else { return }
            line("MMR \(margin.kind.rawValue)", DisplayFormat.marginRate(margin.maintenanceRate))
        }
        guard let position = selectedPosition(context) else {
            line("Position", "none")
            modelLine()
            return
        }
        let instrument = context.snapshot[position.instrument].instrument
        if portfolio && position.position.mode == .cross {
            // No single price liquidates a portfolio: what is left above maintenance is the distance.
            let cushion = account.equity - account.maintenanceMargin
            line("Above MM", DisplayFormat.money(cushion), Style(cushion.units <= 0 ? .marginDanger : .text))
        } else if let liquidation = position.risk.liquidationPrice {
            let mark = Double(position.risk.input.mark.ticks)
            let distance = abs(mark - Double(liquidation.ticks)) / mark
            line(
                "To liquidation", "\(DisplayFormat.fixed(distance * 100, 2))% (\(instrument.format(liquidation)))",
                Style(distance < 0.02 ? .marginDanger : .text))
        } else {
            line("To liquidation", "none")
        }
        let level = position.deleveragingLevel ?? 0
        let lights = (1...5).map { $0 <= level ? "●" : "○" }.joined()
        line(
            "ADL rank \(level)/5",
            context.glyphs.usesBraille
                ? lights
                : String(repeating: "#", count: level)
                    + String(repeating: ".", count: 5 - level), Style(level >= 4 ? .adlOn : .adlOff))
        modelLine()
    }

    /// The gauge's word for an account with no equity left: `LIQUIDATED` after a liquidation of
    /// the user's, else `NO EQUITY`; nil while there is equity.
    static func noEquityLabel(_ context: ViewContext) -> String? {
        guard context.snapshot.account.equity.units <= 0 else { return nil }
        return context.snapshot.notices.contains { $0.kind != .autoDeleveraged } ? "LIQUIDATED" : "NO EQUITY"
    }

    /// The position selected in the positions panel, else the first.
    static func selectedPosition(_ context: ViewContext) -> PositionSnapshot? {
        let positions = context.snapshot.account.positions
        guard !positions.isEmpty else { return nil }
        return positions[min(context.state.selectedRow, positions.count - 1)]
    }
}
