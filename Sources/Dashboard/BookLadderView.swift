import CascadeCore
import TerminalKit

/// The order-book ladder: asks above, bids below, best prices meeting in the middle.
///
/// A function of a `BookDepth` into a canvas; it never touches the engine.
public struct BookLadderView: Sendable {
    public var instrument: Instrument

    public init(instrument: Instrument) { self.instrument = instrument }

    /// Draws up to `canvas.height / 2` levels a side: `price  size  total`, asks best-last so the
    /// spread sits in the middle. A level holding the user's order is marked with `*`.
    public func draw(_ depth: BookDepth, into canvas: inout Canvas) {
        let perSide = canvas.height / 2
        let asks = depth.asks.prefix(perSide).reversed()
        for (row, level) in asks.enumerated() {
            canvas.put(line(level, glyph: "▼"), x: 0, y: perSide - asks.count + row)
        }
        for (row, level) in depth.bids.prefix(perSide).enumerated() {
            canvas.put(line(level, glyph: "▲"), x: 0, y: perSide + row)
        }
    }

    private func line(_ level: DepthLevel, glyph: Character) -> String {
        let price = instrument.format(level.price)
        let size = instrument.format(level.quantity)
        let total = instrument.format(level.cumulativeQuantity)
        let mark = level.holdsAccountOrder ? "*" : " "
        return "\(glyph)\(mark)\(pad(price, 10)) \(pad(size, 9)) \(pad(total, 9))"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
