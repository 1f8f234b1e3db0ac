import CascadeCore
import TerminalKit

/// The what-if panel (`w`): the selected position's figures today and under a hypothetical mark,
/// leverage and margin mode, side by side, from the engine's `PositionRisk`.
public enum WhatIfView {
    public static func draw(_ whatIf: WhatIf, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        let width = min(bounds.width, 70)
        let height = min(bounds.height, 16)
        let rect = Rect(
            x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width,
            height: height)
        canvas.fill(rect, style: Style(.overlay))
        let inner = Box.draw(
            in: rect, title: "What if… (←→ mark 0.5%, Shift ←→ 5%, [ ] leverage, m mode, Esc)", focused: true,
            glyphs: context.glyphs, canvas: &canvas)
        guard let position = AccountView.selectedPosition(context) else {
            canvas.put("Open a position first (b or s).", x: inner.x, y: inner.y, style: Style(.muted))
            return
        }
        let instrument = position.risk.input.instrument
        let today = position.risk
        let hypothetical = whatIf.risk(of: position, accountWallet: context.snapshot.account.wallet)
        let rows: [(String, String, String)] = [
            ("mark", instrument.format(today.input.mark), instrument.format(hypothetical.input.mark)),
            (
                "leverage / mode", "\(today.input.leverage)x \(today.input.mode)",
                "\(hypothetical.input.leverage)x \(hypothetical.input.mode)"
            ),
            (
                "unrealised PnL", DisplayFormat.money(today.unrealizedPnL, signed: true),
                DisplayFormat.money(hypothetical.unrealizedPnL, signed: true)
            ),
            (
                "margin balance", DisplayFormat.money(today.marginBalance),
                DisplayFormat.money(hypothetical.marginBalance)
            ),
            (
                "maintenance", DisplayFormat.money(today.maintenanceMargin),
                DisplayFormat.money(hypothetical.maintenanceMargin)
            ),
            (
                "margin ratio", today.marginRatio.map { DisplayFormat.percent($0) } ?? "∞",
                hypothetical.marginRatio.map { DisplayFormat.percent($0) } ?? "∞"
            ),
            (
                "liquidation price", today.liquidationPrice.map(instrument.format) ?? "none",
                hypothetical.liquidationPrice.map(instrument.format) ?? "none"
            ),
            (
                "bankruptcy price", today.bankruptcyPrice.map(instrument.format) ?? "none",
                hypothetical.bankruptcyPrice.map(instrument.format) ?? "none"
            ),
        ]
        canvas.put(DisplayFormat.right("today", 16), x: inner.x + 20, y: inner.y, style: Style(.header))
        canvas.put(DisplayFormat.right("what if", 16), x: inner.x + 38, y: inner.y, style: Style(.header))
        for (offset, row) in rows.enumerated() where inner.y + 1 + offset < inner.maxY {
            let y = inner.y + 1 + offset
            canvas.put(row.0, x: inner.x, y: y, style: Style(.muted))
            canvas.put(DisplayFormat.right(row.1, 16), x: inner.x + 20, y: y)
            canvas.put(
                DisplayFormat.right(row.2, 16), x: inner.x + 38, y: y, style: Style(.accent, bold: row.1 != row.2))
        }
        let liquidated = whatIf.liquidates(position, accountWallet: context.snapshot.account.wallet)
        let verdict =
            liquidated
            ? "At this mark the position would be LIQUIDATED (margin balance ≤ maintenance)."
            : "At this mark the position survives."
        let y = inner.y + rows.count + 2
        if y < inner.maxY {
            canvas.put(
                verdict, x: inner.x, y: y, style: Style(liquidated ? .marginDanger : .marginSafe, bold: true),
                maxWidth: inner.width)
        }
    }
}
