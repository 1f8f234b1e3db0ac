import CascadeCore
import TerminalKit

/// The Markets workspace's margin panel for the selected instrument: its margin model, the
/// maintenance rate in force (and an announced rise), and that rate over time above the volatility
/// that drives it, minute by minute, so a rise can be read against the move that caused it.
enum MarginHistoryView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let market = context.market
        let kind = market.margin?.kind.rawValue ?? "static"
        let titles = ["Margin · \(market.instrument.symbol) · \(kind) model", "Margin · \(kind)", "Margin"]
        let title = titles.first { $0.count + 4 <= rect.width } ?? titles[titles.count - 1]
        let inner = Box.draw(in: rect, title: title, focused: false, glyphs: context.glyphs, canvas: &canvas)
        guard inner.height >= 1, let margin = market.margin else { return }
        let series = market.marginSeries
        let rateLine = rateText(margin, now: context.snapshot.time, width: inner.width)
        canvas.put(
            rateLine, x: inner.x, y: inner.y, style: Style(margin.pending == nil ? .text : .marginWarning, bold: true),
            maxWidth: inner.width)
        let volatility = series.last?.volatility
        let source = margin.kind.isAdaptive ? "\(margin.kind.rawValue) forecast" : "realised over the last hour"
        // The longest form that fits: a narrow panel drops the source, then words, never the figure.
        let volatilityForms =
            volatility.map { value in
                let figure = "\(DisplayFormat.fixed(value * 100, 1))%"
                return ["volatility \(figure) a year (\(source))", "volatility \(figure) a year", "vol \(figure)/yr"]
            } ?? ["volatility — (not enough one-minute marks yet)", "volatility —"]
        let volatilityLine =
            volatilityForms.first { $0.count <= inner.width } ?? volatilityForms[volatilityForms.count - 1]
        // Two rows of text, and the two charts share what is left: the rate above the volatility.
        let chartRows = max(0, inner.height - 2)
        let rateRows = chartRows - chartRows / 2
        let rates = series.map { Optional(Double($0.maintenance.units) / Double(Rate.one) * 100) }
        let peak = rates.compactMap { $0 }.max() ?? 0
        let floor = Double(margin.floor.units) / Double(Rate.one) * 100
        BrailleChart(
            series: [ChartSeries(values: rates, style: Style(margin.pending == nil ? .chartLine : .marginWarning))],
            levels: [
                ChartLevel(value: floor, style: Style(.muted), label: "floor \(DisplayFormat.marginRate(margin.floor))")
            ],
            range: 0...max(floor, peak) * 1.25
        ).draw(
            in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: rateRows), glyphs: context.glyphs,
            canvas: &canvas)
        let volatilityY = inner.y + 1 + rateRows
        guard volatilityY < inner.maxY else { return }
        canvas.put(volatilityLine, x: inner.x, y: volatilityY, style: Style(.text), maxWidth: inner.width)
        BrailleChart(series: [
            ChartSeries(values: series.map { $0.volatility.map { $0 * 100 } }, style: Style(.chartIndex))
        ]).draw(
            in: Rect(x: inner.x, y: volatilityY + 1, width: inner.width, height: inner.maxY - volatilityY - 1),
            glyphs: context.glyphs, canvas: &canvas)
    }

    /// `MMR 0.50% · floor 0.50% · peak 0.75%`, an announced rise instead of the floor and peak, in the
    /// longest form that fits `width`.
    static func rateText(_ margin: MarginModelStatus, now: SimTime, width: Int) -> String {
        let rate = "MMR \(DisplayFormat.marginRate(margin.maintenanceRate))"
        let forms: [String]
        if let pending = margin.pending {
            forms = [
                MarginModelText.announcement(pending, now: now),
                "\(rate) → \(DisplayFormat.marginRate(pending.newRate))",
            ]
        } else {
            let floor = "floor \(DisplayFormat.marginRate(margin.floor))"
            let peak = "peak \(DisplayFormat.marginRate(margin.highestMaintenanceRate))"
            forms = ["\(rate) · \(floor) · \(peak) · \(margin.changes) changes", "\(rate) · \(floor) · \(peak)", rate]
        }
        return forms.first { $0.count <= width } ?? forms[forms.count - 1]
    }
}
