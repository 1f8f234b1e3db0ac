import CascadeCore
import TerminalKit

/// A pool's kinked rate curve (Aave v3's): borrow and supply rates across utilisation 0–100%, the
/// kink where the slope steepens, and a vertical marker at the utilisation now.
enum RateCurveView {
    static func draw(_ pool: LendingSnapshot.Pool, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        guard rect.height >= 2, rect.width >= 10 else { return }
        let model = pool.model
        let forms = [
            "\(pool.asset.symbol) rate curve · kink \(DisplayFormat.percent(model.optimalUtilisation, places: 0)) · "
                + "now \(DisplayFormat.percent(pool.utilisation, places: 1)): borrow "
                + "\(DisplayFormat.percent(pool.borrowRate)), supply \(DisplayFormat.percent(pool.supplyRate))",
            "\(pool.asset.symbol) curve · now \(DisplayFormat.percent(pool.utilisation, places: 1)) · borrow "
                + DisplayFormat.percent(pool.borrowRate),
        ]
        canvas.putFitting(
            forms.first { $0.count <= rect.width } ?? forms[1], x: rect.x, y: rect.y, style: Style(.muted),
            maxWidth: rect.width)
        let chart = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let points = chart.width * (context.glyphs.usesBraille ? 2 : 1)
        let utilisations = (0..<points).map { Rate(units: Int64(Double($0) / Double(max(1, points - 1)) * 1e8)) }
        let percent = { (rate: Rate) -> Double? in Double(rate.units) / 1e6 }
        let top = percent(model.borrowRate(utilisation: Rate(units: Rate.one))) ?? 1
        BrailleChart(
            series: [
                ChartSeries(values: utilisations.map { percent(model.supplyRate(utilisation: $0)) }, style: Style(.up)),
                ChartSeries(
                    values: utilisations.map { percent(model.borrowRate(utilisation: $0)) }, style: Style(.down)),
            ], range: 0...max(1, top)
        ).draw(in: chart, glyphs: context.glyphs, canvas: &canvas)
        let now = Double(pool.utilisation.units) / Double(Rate.one)
        let x = chart.x + Int((now * Double(chart.width - 1)).rounded())
        for y in chart.y..<chart.maxY where canvas[x, y].character == " " {
            canvas.put(context.glyphs.usesBraille ? "┊" : "|", x: x, y: y, style: Style(.chartMark))
        }
        let label = "U \(DisplayFormat.percent(pool.utilisation, places: 0))"
        canvas.put(
            label, x: min(x + 1, chart.maxX - label.count), y: chart.y, style: Style(.chartMark, bold: true))
    }
}
