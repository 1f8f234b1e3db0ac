import TerminalKit

/// Liquidations across every instrument: the last hour's notional by side, then longs' and shorts'
/// liquidated notional per minute on one shared scale.
enum SystemLiquidationsView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let inner = Box.draw(
            in: rect, title: "Liquidations · all instruments", focused: false, glyphs: context.glyphs,
            canvas: &canvas)
        guard !inner.isEmpty else { return }
        let instruments = context.snapshot.instruments
        let longs = "$" + NumberFormat.compact(instruments.reduce(0) { $0 + $1.liquidatedLongsLastHour })
        let shorts = "$" + NumberFormat.compact(instruments.reduce(0) { $0 + $1.liquidatedShortsLastHour })
        let forms = ["Last hour: \(longs) longs · \(shorts) shorts", "1h: \(longs) L · \(shorts) S"]
        let text = forms.first { $0.count <= inner.width } ?? ""
        canvas.put(text, x: inner.x, y: inner.y, style: Style(.liquidation))
        guard inner.height >= 3 else { return }
        let bars = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        LiquidationBars.draw(
            longs: context.snapshot.systemLiquidatedLongs, shorts: context.snapshot.systemLiquidatedShorts,
            in: bars, glyphs: context.glyphs, canvas: &canvas)
    }
}
