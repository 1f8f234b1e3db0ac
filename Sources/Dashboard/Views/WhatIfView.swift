import CascadeCore
import TerminalKit

/// The what-if panel (`w`): the selected position's figures today and under a hypothetical mark,
/// leverage and margin mode, side by side, from the engine's `PositionRisk`.
enum WhatIfView {
    static func draw(_ whatIf: WhatIf, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        let width = min(bounds.width, 70)
        let height = min(bounds.height, 16)
        let rect = Rect(
            x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width,
            height: height)
        canvas.fill(rect, style: Style(.overlay))
        let inner = Box.draw(in: rect, title: "What if…", focused: true, glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        // The keys, from the key map the handler reads: the hint cannot offer a key that does nothing.
        canvas.put(
            KeyMap.whatIf.hint.fitting(inner.width, fieldsSeparatedBy: ", "), x: inner.x, y: inner.maxY - 1,
            style: Style(.muted))
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
        let table = Table(
            columns: [
                TableColumn(title: "", width: 17), TableColumn(title: "today", width: 14, alignment: .right),
                TableColumn(title: "what if", width: 14, alignment: .right),
            ],
            rows: rows.map { row in
                [
                    TableCell(text: row.0, style: Style(.muted)), TableCell(text: row.1),
                    TableCell(text: row.2, style: Style(.accent, bold: row.1 != row.2)),
                ]
            }, spacing: 2)
        table.draw(
            in: Rect(x: inner.x, y: inner.y, width: inner.width, height: min(rows.count + 1, inner.height - 1)),
            canvas: &canvas)
        let liquidated = whatIf.liquidates(position, accountWallet: context.snapshot.account.wallet)
        // The longest wording that fits whole.
        let verdicts =
            liquidated
            ? [
                "At this mark the position would be LIQUIDATED (margin balance ≤ maintenance).",
                "LIQUIDATED at this mark (margin balance ≤ maintenance)", "LIQUIDATED at this mark", "LIQUIDATED",
            ]
            : ["At this mark the position survives.", "Survives at this mark", "survives"]
        let verdict = verdicts.first { $0.count <= inner.width } ?? ""
        let y = inner.y + rows.count + 2
        if y < inner.maxY - 1 {
            canvas.put(verdict, x: inner.x, y: y, style: Style(liquidated ? .marginDanger : .marginSafe, bold: true))
        }
    }
}
