import CascadeCore
import TerminalKit

/// The option chain of one expiry: calls on the left, the strike in the middle, puts on the right,
/// each side's bid, ask, mark, mark IV, delta and open interest (as many as fit, in that priority).
/// The at-the-money strike is bold, strikes where the user holds an option carry a `●` on that side,
/// and the selected option is highlighted.
enum OptionChainView {
    /// A figure of one option, as a column of each side.
    enum Field: CaseIterable {
        case bid, ask, mark, volatility, delta, openInterest

        var title: String {
            switch self {
            case .bid: "Bid"
            case .ask: "Ask"
            case .mark: "Mark"
            case .volatility: "IV"
            case .delta: "Δ"
            case .openInterest: "OI"
            }
        }

        /// Cells, with the space before it.
        var width: Int {
            switch self {
            case .bid, .ask, .mark: 9
            case .volatility, .delta, .openInterest: 7
            }
        }

        func text(_ quote: OptionQuote) -> String {
            let instrument = quote.instrument
            func price(_ price: Price?) -> String { price.map { DisplayFormat.grouped(instrument.format($0)) } ?? "—" }
            switch self {
            case .bid: return price(quote.bid)
            case .ask: return price(quote.ask)
            case .mark: return price(quote.mark?.price)
            case .volatility: return quote.mark.map { OptionFormat.volatility($0.volatility) } ?? "—"
            case .delta: return quote.mark.map { OptionFormat.signed($0.greeks.delta, 2) } ?? "—"
            case .openInterest: return NumberFormat.compact(instrument.decimal(Quantity(lots: quote.openInterest)))
            }
        }

        var role: Role {
            switch self {
            case .bid: .bid
            case .ask: .ask
            case .mark, .delta, .openInterest: .text
            case .volatility: .accent
            }
        }
    }

    /// The strike column: a position mark, a space, the strike (marked when at the money), a space, a mark.
    static let strikeWidth = 14

    /// The fields that fit `width` on both sides of the strike, in priority order.
    static func fields(fitting width: Int) -> [Field] {
        var used = strikeWidth
        return Field.allCases.filter { field in
            guard used + 2 * field.width <= width else { return false }
            used += 2 * field.width
            return true
        }
    }

    static func draw(_ chain: OptionChainSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let underlying = context.market.instrument
        let index = chain.index.map { " · index \(DisplayFormat.grouped(underlying.format($0)))" } ?? ""
        let expiry = chain.expiry.map { " · \(OptionFormat.timeLeft($0 - context.snapshot.time))" } ?? ""
        let inner = Box.draw(
            in: rect,
            title: "Calls · \(underlying.sizeUnit) \(chain.expiryCode) · Puts\(expiry)\(index)".fitting(
                rect.width - 4, fieldsSeparatedBy: " · "),
            focused: true,
            glyphs: context.glyphs, canvas: &canvas)
        guard inner.height >= 2 else { return }
        guard let selected = context.state.options.row(in: chain) else {
            canvas.put(
                "No option listed on \(underlying.symbol) yet".fitting(inner.width), x: inner.x, y: inner.y,
                style: Style(.muted))
            return
        }
        let fields = fields(fitting: inner.width)
        let sideWidth = fields.reduce(0) { $0 + $1.width }
        let left = inner.x + max(0, (inner.width - strikeWidth - 2 * sideWidth) / 2)
        let strikeX = left + sideWidth
        // Each side reads outward from the strike, except that bid stays left of ask on both.
        let putOrder = fields
        let outward = Array(fields.reversed())
        let callOrder =
            fields.contains(.ask) ? outward.map { $0 == .bid ? Field.ask : $0 == .ask ? Field.bid : $0 } : outward
        /// Draws `order`'s cells (or titles, without a quote) left to right from `x`.
        func put(_ order: [Field], from x: Int, y: Int, _ quote: OptionQuote?, selected: Bool = false) {
            var x = x
            for field in order {
                let text = quote.map(field.text) ?? field.title
                let role = quote == nil ? Role.header : selected ? .selection : field.role
                canvas.put(OptionFormat.right(text, field.width), x: x, y: y, style: Style(role))
                x += field.width
            }
        }
        put(callOrder, from: left, y: inner.y, nil)
        put(putOrder, from: strikeX + strikeWidth, y: inner.y, nil)
        canvas.put(OptionFormat.centered("Strike", strikeWidth), x: strikeX, y: inner.y, style: Style(.header))
        let visible = inner.height - 1
        let first = max(0, min(chain.rows.count - visible, selected - visible / 2))
        let atTheMoney = chain.atTheMoneyRow
        for (offset, row) in chain.rows.dropFirst(first).prefix(visible).enumerated() {
            let y = inner.y + 1 + offset
            let number = first + offset
            let chosen = number == selected
            put(callOrder, from: left, y: y, row.call, selected: chosen && context.state.options.right == .call)
            put(
                putOrder, from: strikeX + strikeWidth, y: y, row.put,
                selected: chosen && context.state.options.right == .put)
            let ascii = context.glyphs.up.isASCII
            let strikeText = DisplayFormat.grouped(underlying.format(row.strike))
            let strike = OptionFormat.centered(
                number == atTheMoney ? (ascii ? ">\(strikeText)<" : "▸\(strikeText)◂") : strikeText, strikeWidth - 4)
            let own = ascii ? "*" : "●"
            canvas.put(row.call.position != 0 ? own : " ", x: strikeX, y: y, style: Style(.ownOrder, bold: true))
            canvas.put(
                strike, x: strikeX + 2, y: y,
                style: Style(number == atTheMoney ? .accent : .text, bold: number == atTheMoney || chosen))
            canvas.put(
                row.put.position != 0 ? own : " ", x: strikeX + strikeWidth - 1, y: y,
                style: Style(.ownOrder, bold: true))
        }
        ScrollMarker.draw(frame: rect, first: first, visible: visible, total: chain.rows.count, canvas: &canvas)
    }
}
