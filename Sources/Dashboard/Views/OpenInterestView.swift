import CascadeCore
import CascadeSim
import TerminalKit

/// Open interest, funding and liquidations: what is at stake in the market and how it is unwinding.
///
/// From the top: open interest in the base asset and as notional at the mark, its trend (its span in
/// the title, one column a minute), the funding
/// rate of the current period (sign, glyph and 4 decimals) with the countdown to the next payment,
/// liquidated notional over the shown minutes, and longs' and shorts' liquidations per minute on one
/// shared scale. Rows are given up from the trends first, so a short panel keeps the figures.
struct OpenInterestView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let market = context.market
        let instrument = market.instrument
        // The rows follow from the box's inner height (the box takes one row above and one below).
        let height = rect.height - 2
        let liquidationRows = height >= 4 ? 2 : 0
        let rest = height - 2 - liquidationRows
        let totalsRows = rest >= 3 ? 1 : 0
        let trendRows = rest - totalsRows
        // The trend's span: one column per statistics minute, as many as the panel shows.
        let trendMinutes = min(market.openInterestSeries.count, max(0, rect.width - 2))
        let name = "Open interest \(instrument.symbol)"
        let spanned = name + " · trend \(SimDuration.format(Int64(trendMinutes) * .minute))"
        // Said whole or not at all: a cut title would cut the number.
        let title = trendRows > 0 && trendMinutes > 0 && spanned.count + 4 <= rect.width ? spanned : name
        let inner = Box.draw(
            in: rect, title: title, focused: context.focused(.openInterest),
            glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        var y = inner.y
        func line() -> Rect {
            defer { y += 1 }
            return Rect(x: inner.x, y: y, width: inner.width, height: 1)
        }

        drawOpenInterest(market, in: line(), canvas: &canvas)
        if trendRows > 0 {
            Sparkline.draw(
                values: market.openInterestSeries, in: Rect(x: inner.x, y: y, width: inner.width, height: trendRows),
                style: Style(.chartLine), glyphs: context.glyphs, canvas: &canvas)
            y += trendRows
        }
        guard inner.height >= 2 else { return }
        drawFunding(market, time: context.snapshot.time, glyphs: context.glyphs, in: line(), canvas: &canvas)
        guard liquidationRows > 0 else { return }
        let labelWidth = inner.width >= 24 ? 8 : 3
        let minutes = min(
            max(0, inner.width - labelWidth), max(market.liquidatedLongs.count, market.liquidatedShorts.count))
        if totalsRows > 0 { drawTotals(market, minutes: minutes, in: line(), canvas: &canvas) }
        LiquidationBars.draw(
            longs: market.liquidatedLongs, shorts: market.liquidatedShorts,
            in: Rect(x: inner.x, y: y, width: inner.width, height: 2), glyphs: context.glyphs, canvas: &canvas)
    }

    /// `OI 1250.000 BTC · $80.0M`: the long side's size, and its notional at the mark; the longest
    /// form that fits, down to `1.25K`.
    private static func drawOpenInterest(_ market: InstrumentSnapshot, in row: Rect, canvas: inout Canvas) {
        let instrument = market.instrument
        let size = Quantity(lots: market.openInterest)
        let amount = "OI \(instrument.shortFormat(size))"
        var forms = ["\(amount) \(instrument.sizeUnit)", amount]
        if let mark = market.mark {
            let base = instrument.decimal(size)
            let notional =
                "$" + NumberFormat.compact(instrument.kind == .inverse ? base : base * instrument.decimal(mark))
            forms = forms.map { "\($0) · \(notional)" } + forms
        }
        let compact = NumberFormat.compact(instrument.decimal(size))
        forms += ["OI \(compact)", compact]
        let text = forms.first { $0.count <= row.width } ?? ""
        canvas.put(text, x: row.x, y: row.y, style: Style(.text))
    }

    /// `Funding ▲+0.0100% in 04:34:53` (`+0.0100%` in ASCII), shortened to fit; positive rates (longs pay
    /// shorts) point up.
    private static func drawFunding(
        _ market: InstrumentSnapshot, time: SimTime, glyphs: Glyphs, in row: Rect, canvas: inout Canvas
    ) {
        let percent = Double(market.fundingRate.units) / Double(Rate.one) * 100
        let (rate, direction) = DisplayFormat.change(percent, places: 4, glyphs: glyphs)
        let role: Role = direction > 0 ? .up : direction < 0 ? .down : .muted
        let countdown = DisplayFormat.clock(market.nextFunding - time)
        let forms = ["Funding \(rate) in \(countdown)", "\(rate) in \(countdown)", "\(rate) \(countdown)", rate]
        let text = forms.first { $0.count <= row.width } ?? ""
        canvas.put(text, x: row.x, y: row.y, style: Style(role))
    }

    /// Liquidated notional of longs and shorts over the minutes the bars show.
    private static func drawTotals(_ market: InstrumentSnapshot, minutes: Int, in row: Rect, canvas: inout Canvas) {
        let longs = market.liquidatedLongs.suffix(minutes).reduce(0, +)
        let shorts = market.liquidatedShorts.suffix(minutes).reduce(0, +)
        let (long, short) = ("$" + NumberFormat.compact(longs), "$" + NumberFormat.compact(shorts))
        let forms = [
            "Liquidated \(minutes)m: \(long) longs · \(short) shorts",
            "Liq. \(minutes)m: \(long) longs · \(short) shorts",
            "Liq. \(minutes)m \(long) L · \(short) S", "\(long) L · \(short) S", "\(long) L",
        ]
        let text = forms.first { $0.count <= row.width } ?? ""
        canvas.put(text, x: row.x, y: row.y, style: Style(.liquidation))
    }
}
