/// One period's open, high, low and close.
public struct Candle: Hashable, Sendable {
    public var open: Double
    public var high: Double
    public var low: Double
    public var close: Double

    public init(open: Double, high: Double, low: Double, close: Double) {
        self.open = open
        self.high = high
        self.low = low
        self.close = close
    }

    /// Closed at or above its open.
    var isUp: Bool { close >= open }
}
