import TerminalKit

/// The insurance fund and the backstop vault of the USDC pool: each one's current equity, and its
/// trend over the sampled minutes below it.
enum FundsView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let inner = Box.draw(
            in: rect, title: "Insurance fund · backstop vault", focused: false, glyphs: context.glyphs,
            canvas: &canvas)
        guard inner.height >= 2 else { return }
        let snapshot = context.snapshot
        let trendRows = max(0, (inner.height - 2) / 2)
        var y = inner.y
        for (name, equity, series) in [
            ("Insurance fund", snapshot.insuranceFund, snapshot.insuranceSeries),
            ("Backstop vault", snapshot.backstopEquity, snapshot.backstopSeries),
        ] {
            let amount = DisplayFormat.money(equity, .usdc)
            let forms = ["\(name) \(amount) USDC", "\(name.prefix { $0 != " " }) \(amount)", amount]
            let text = forms.first { $0.count <= inner.width } ?? amount
            canvas.put(text, x: inner.x, y: y, style: Style(.text, bold: true), maxWidth: inner.width)
            y += 1
            guard trendRows > 0 else { continue }
            Sparkline.draw(
                values: series, in: Rect(x: inner.x, y: y, width: inner.width, height: trendRows),
                style: Style(.chartLine), glyphs: context.glyphs, canvas: &canvas)
            y += trendRows
        }
    }
}
