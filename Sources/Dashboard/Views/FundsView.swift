import CascadeCore
import TerminalKit

/// The insurance funds (the USDC fund, or each contract's pool) and, where a waterfall has one, the
/// backstop vault: each one's balance (and the unrealised PnL of what its engine holds), the fund's
/// largest drawdown, and its equity over the sampled minutes drawn against its running peak, so the
/// drawdown is the gap between the two lines.
enum FundsView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let snapshot = context.snapshot
        let vault = snapshot.usesBackstopVault
        let styles = Set(snapshot.instruments.map(\.liquidationStyle))
        let venue = styles.count == 1 ? styles.first!.venue : "mixed"
        // The box title keeps a corner and a space each side.
        let titles =
            vault
            ? ["Insurance fund · backstop vault", "Fund · vault"]
            : ["Insurance fund · \(venue) waterfall", "Insurance fund · \(venue)", "Fund · \(venue)"]
        let title = titles.first { $0.count + 4 <= rect.width } ?? titles[titles.count - 1]
        let inner = Box.draw(in: rect, title: title, focused: false, glyphs: context.glyphs, canvas: &canvas)
        guard inner.height >= 1 else { return }
        let funds = snapshot.fundSeries
        let vaultRows = vault ? Swift.min(3, Swift.max(1, inner.height / 4)) : 0
        let fundRows = Swift.max(1, (inner.height - vaultRows) / Swift.max(1, funds.count))
        var y = inner.y
        for fund in funds where y < inner.maxY {
            let rows = Swift.min(fundRows, inner.maxY - y)
            drawFund(fund, in: Rect(x: inner.x, y: y, width: inner.width, height: rows), context, &canvas)
            y += rows
        }
        guard vault, y < inner.maxY else { return }
        line(
            "Backstop vault", DisplayFormat.money(snapshot.backstopEquity, .usdc), y: y, inner,
            Style(.text, bold: true),
            &canvas)
        let trend = Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.maxY - y - 1)
        guard !trend.isEmpty else { return }
        Sparkline.draw(
            values: snapshot.backstopSeries, in: trend, style: Style(.chartLine), glyphs: context.glyphs,
            canvas: &canvas)
    }

    /// A fund in `rect`: its balance, its drawdown, then (with three rows or more) its chart.
    private static func drawFund(_ fund: FundSeries, in rect: Rect, _ context: ViewContext, _ canvas: inout Canvas) {
        let holding = fund.held == .zero ? "" : ", holds \(DisplayFormat.money(fund.held, signed: true))"
        line(
            fund.name, DisplayFormat.money(fund.balance, .usdc), y: rect.y, rect, Style(.text, bold: true), &canvas,
            suffix: holding)
        guard rect.height >= 2 else { return }
        let drawdown = fund.largestDrawdown
        let peak = fund.runningPeak.last ?? 0
        let amount = NumberFormat.compact(drawdown.amount)
        let share = DisplayFormat.fixed(drawdown.share * 100, 1)
        let forms = [
            "max drawdown \(amount) (\(share)%) · peak \(NumberFormat.compact(peak))",
            "drawdown \(amount) (\(share)%)", "dd \(share)%",
        ]
        let text = forms.first { $0.count <= rect.width } ?? forms[forms.count - 1]
        canvas.put(
            text, x: rect.x, y: rect.y + 1, style: Style(drawdown.amount > 0 ? .down : .muted), maxWidth: rect.width)
        let chart = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        guard !chart.isEmpty else { return }
        let values = fund.series.map { Optional($0) }
        BrailleChart(series: [
            ChartSeries(values: fund.runningPeak.map { Optional($0) }, style: Style(.muted)),
            ChartSeries(values: values, style: Style(.chartLine)),
        ]).draw(in: chart, glyphs: context.glyphs, canvas: &canvas)
    }

    /// `name amount USDC` and `suffix`, shortened to fit: without the suffix, the name's first word,
    /// then the amount alone.
    private static func line(
        _ name: String, _ amount: String, y: Int, _ rect: Rect, _ style: Style, _ canvas: inout Canvas,
        suffix: String = ""
    ) {
        let short = name.prefix { $0 != " " }
        let forms = [
            "\(name) \(amount) USDC\(suffix)", "\(short) \(amount)\(suffix)", "\(name) \(amount) USDC",
            "\(short) \(amount)", amount,
        ]
        let text = forms.first { $0.count <= rect.width } ?? amount
        canvas.put(text, x: rect.x, y: y, style: style, maxWidth: rect.width)
    }
}
