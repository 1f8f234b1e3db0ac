/// One period's open, high, low and close.
public struct Candle: Hashable, Sendable {
    /// First price of the period, in the chart's value unit (the dashboard plots USD prices).
    public var open: Double
    /// Highest price of the period: the top of the wick, and of a fitted range.
    public var high: Double
    /// Lowest price of the period: the bottom of the wick, and of a fitted range.
    public var low: Double
    /// Last price of the period; at or above `open` the candle is drawn as up.
    public var close: Double

    /// A candle from its four prices; nothing checks that `low` and `high` bound the other two.
    public init(open: Double, high: Double, low: Double, close: Double) {
        self.open = open
        self.high = high
        self.low = low
        self.close = close
    }

    /// Closed at or above its open.
    var isUp: Bool { close >= open }
}
