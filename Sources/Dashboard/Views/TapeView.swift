import CascadeCore
import TerminalKit

/// The time and sales tape: the newest trades first, each with its time, side, price and size.
///
/// The taker's side shows as a glyph as well as a colour. Trades of at least `largeMultiple` times
/// the median size on screen are emphasised, so a block stands out whatever the market's usual size.
/// Trades with a liquidation order in them carry `L`, the user's own trades `glyphs.ownMark`.
struct TapeView {
    static let largeMultiple: Int64 = 5
    static let liquidationMark: Character = "L"

    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let market = context.market
        let instrument = market.instrument
        let inner = Box.draw(
            in: rect, title: "Trades \(instrument.symbol)", focused: context.focused(.trades), glyphs: context.glyphs,
            canvas: &canvas)
        guard !inner.isEmpty else { return }
        let headerRows = inner.height >= 3 ? 1 : 0
        let trades = Array(market.trades.suffix(inner.height - headerRows).reversed())
        guard !trades.isEmpty else {
            canvas.put("no trades yet", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let prices = trades.map { instrument.format($0.price) }
        let sizes = trades.map { instrument.shortFormat($0.quantity) }
        let priceWidth = max(5, prices.map(\.count).max() ?? 0)
        let sizeWidth = max(4, sizes.map(\.count).max() ?? 0)
        // Side glyph, price, size and two flag cells always; the time when it fits too.
        let timeWidth = inner.width >= priceWidth + sizeWidth + 6 + 9 ? 9 : 0
        let priceX = inner.x + timeWidth + 2
        let sizeX = priceX + priceWidth + 1
        let flagX = sizeX + sizeWidth + 1
        let put = { (text: String, x: Int, y: Int, style: Style, canvas: inout Canvas) in
            if x < inner.maxX { canvas.put(text, x: x, y: y, style: style, maxWidth: inner.maxX - x) }
        }

        if headerRows > 0 {
            let header = Style(.header)
            if timeWidth > 0 { put("Time", inner.x, inner.y, header, &canvas) }
            put(pad("Price", priceWidth), priceX, inner.y, header, &canvas)
            put(pad("Size", sizeWidth), sizeX, inner.y, header, &canvas)
        }
        let large = median(trades.map(\.quantity.lots)) * largeMultiple
        for (row, trade) in trades.enumerated() {
            let y = inner.y + headerRows + row
            let isLarge = large > 0 && trade.quantity.lots >= large
            let side = Style(trade.side == .buy ? .buy : .sell, bold: isLarge)
            if timeWidth > 0 { put(DisplayFormat.clock(trade.time), inner.x, y, Style(.muted), &canvas) }
            put(String(trade.side == .buy ? context.glyphs.up : context.glyphs.down), priceX - 2, y, side, &canvas)
            put(pad(prices[row], priceWidth), priceX, y, side, &canvas)
            put(pad(sizes[row], sizeWidth), sizeX, y, isLarge ? Style(.largeTrade, bold: true) : side, &canvas)
            if trade.isLiquidation { put(String(liquidationMark), flagX, y, Style(.liquidation, bold: true), &canvas) }
            if trade.isUser { put(String(context.glyphs.ownMark), flagX + 1, y, Style(.ownOrder), &canvas) }
        }
    }

    /// The middle size (the upper middle of an even count); 0 for no trades.
    private static func median(_ lots: [Int64]) -> Int64 {
        let sorted = lots.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
