import CascadeCore

/// OHLCV bars of one instrument's trades, `length` long; a bar without trades repeats the last
/// close with zero volume, so the series has no gaps.
public struct BarRecorder: Sendable {
    /// One bar: first, highest, lowest and last trade price and the lots traded over `length`.
    public struct Bar: Sendable, Hashable {
        /// Start of the bar, simulated seconds.
        public var time: Int64
        /// First, highest, lowest and last trade price of the bar, in ticks.
        public var open, high, low, close: Price
        /// Traded size, in lots.
        public var volume: Int64

        /// A bar from its fields: `time` in simulated seconds, prices in ticks, `volume` in lots.
        public init(time: Int64, open: Price, high: Price, low: Price, close: Price, volume: Int64) {
            self.time = time
            self.open = open
            self.high = high
            self.low = low
            self.close = close
            self.volume = volume
        }
    }

    /// Bar length in simulated milliseconds (`.minute` for one-minute bars); bars start at its multiples.
    public let length: SimTime
    /// The instrument whose trades these bars hold; callers feed `record` only its trades.
    public let instrument: InstrumentID
    /// Completed bars, oldest first; the bar in progress is only in `allBars`.
    public private(set) var bars: [Bar] = []
    private var current: Bar?

    /// An empty recorder; the first trade opens the first bar, so there are no bars before it.
    public init(length: SimTime, instrument: InstrumentID) {
        self.length = length
        self.instrument = instrument
    }

    /// Adds a trade at `time`.
    public mutating func record(price: Price, lots: Int64, at time: SimTime) {
        roll(to: time)
        if var bar = current {
            bar.high = max(bar.high, price)
            bar.low = min(bar.low, price)
            bar.close = price
            bar.volume += lots
            current = bar
        } else {
            let start = time / length * length / .second
            current = Bar(time: start, open: price, high: price, low: price, close: price, volume: 0)
            current?.volume = lots
        }
    }

    /// Closes bars that ended before `time`, filling quiet ones.
    public mutating func roll(to time: SimTime) {
        guard var bar = current else { return }
        let start = time / length * length / .second
        while bar.time < start {
            bars.append(bar)
            bar = Bar(
                time: bar.time + length / .second, open: bar.close, high: bar.close, low: bar.close, close: bar.close,
                volume: 0)
        }
        current = bar
    }

    /// Every bar so far, the one in progress last.
    public var allBars: [Bar] { bars + (current.map { [$0] } ?? []) }

    /// `time,open,high,low,close,volume` of the completed bars, prices and volume as decimals of the
    /// instrument (a run of 20 minutes gives 20 one-minute bars).
    public func csv(for instrument: Instrument) -> String {
        var text = "time,open,high,low,close,volume\n"
        for bar in bars {
            let prices = [bar.open, bar.high, bar.low, bar.close].map(instrument.format)
            text += "\(bar.time),\(prices.joined(separator: ",")),\(instrument.format(Quantity(lots: bar.volume)))\n"
        }
        return text
    }
}
