import TerminalKit

/// Longs' and shorts' liquidated notional per sample, one labelled sparkline each (half the rect's
/// rows apiece) on one shared scale, so the sides compare by height. Liquidated longs are sold out
/// of their positions (▼, `.sell`), liquidated shorts bought back (▲, `.buy`).
enum LiquidationBars {
    static func draw(longs: [Double], shorts: [Double], in rect: Rect, glyphs: Glyphs, canvas: inout Canvas) {
        guard rect.height >= 2 else { return }
        let labelWidth = rect.width >= 24 ? 8 : 3
        let samples = min(max(0, rect.width - labelWidth), max(longs.count, shorts.count))
        let longs = Array(longs.suffix(samples))
        let shorts = Array(shorts.suffix(samples))
        let top = max(longs.max() ?? 0, shorts.max() ?? 0)
        let rows = rect.height / 2
        for (index, (values, name, glyph, role)) in [
            (longs, "longs", glyphs.down, Role.sell), (shorts, "shorts", glyphs.up, .buy),
        ].enumerated() {
            let row = Rect(x: rect.x, y: rect.y + index * rows, width: rect.width, height: rows)
            let label = labelWidth > 3 ? "\(glyph)\(name)" : "\(glyph)\(name.prefix(1))"
            canvas.put(label, x: row.x, y: row.maxY - 1, style: Style(role), maxWidth: min(labelWidth, row.width))
            Sparkline.draw(
                values: values,
                in: Rect(x: row.x + labelWidth, y: row.y, width: row.width - labelWidth, height: rows),
                style: Style(role), glyphs: glyphs, range: 0...max(top, 1), canvas: &canvas)
        }
    }
}
