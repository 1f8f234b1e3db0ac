/// How a chart mapped values to rows, returned by the chart so callers can label its axis.
///
/// The plot has `rect.height × rowsPerCell` vertical positions (4 per cell for braille dots, 1 for
/// text); `range.upperBound` sits on the top position and `range.lowerBound` on the bottom one.
public struct ChartScale: Hashable, Sendable {
    /// The values shown: `upperBound` sits on the plot's top position, `lowerBound` on its bottom.
    public var range: ClosedRange<Double>
    /// The plot area on the canvas, in cells.
    public var rect: Rect
    var rowsPerCell: Int

    /// A mapping of `range` onto `rect` with `rowsPerCell` positions per cell (4 for braille dots, 1 for
    /// text; raised to at least 1).
    public init(range: ClosedRange<Double>, rect: Rect, rowsPerCell: Int) {
        self.range = range
        self.rect = rect
        self.rowsPerCell = max(1, rowsPerCell)
    }

    /// The canvas row where `value` is drawn; nil outside the range.
    public func row(for value: Double) -> Int? {
        subRow(for: value).map { rect.y + $0 / rowsPerCell }
    }

    /// The value at the middle of canvas row `y`.
    public func value(atRow y: Int) -> Double {
        let positions = Double(rect.height * rowsPerCell - 1)
        guard positions > 0 else { return range.upperBound }
        let position = Double((y - rect.y) * rowsPerCell) + Double(rowsPerCell - 1) / 2
        return range.upperBound - position / positions * (range.upperBound - range.lowerBound)
    }

    /// The vertical position (0 = top) of `value` in sub-cell units; nil outside the range.
    func subRow(for value: Double) -> Int? {
        guard value.isFinite, range.contains(value), rect.height > 0 else { return nil }
        let span = range.upperBound - range.lowerBound
        let positions = rect.height * rowsPerCell - 1
        guard span > 0 else { return positions / 2 }
        return Int(((range.upperBound - value) / span * Double(positions)).rounded())
    }

    /// The smallest range holding `values`, widened around a single value so it has some height.
    static func range(of values: [Double]) -> ClosedRange<Double>? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        guard high > low else {
            let pad = low == 0 ? 1 : abs(low) * 0.01
            return (low - pad)...(high + pad)
        }
        return low...high
    }
}
