/// One external venue's latest spot price, as the world reports it to the oracle.
public struct OracleQuote: Sendable, Hashable {
    public var source: Int
    public var price: Price
    /// When the venue published it; old quotes are stale.
    public var time: SimTime

    public init(source: Int, price: Price, time: SimTime) {
        self.source = source
        self.price = price
        self.time = time
    }
}

/// How the index treats its sources.
public struct IndexRules: Sendable, Hashable {
    /// A quote older than this is stale and left out.
    public var maximumAge: SimTime = 10 * .second
    /// A fresh quote further than this from the median of fresh quotes is an outlier and left out
    /// (Binance: 5%).
    public var outlierDistance = Rate(units: 5_000_000)

    public init() {}
}

/// An index price and how it was formed.
public struct IndexPrice: Sendable, Hashable {
    /// The median of the quotes that were used; `nil` when every source was stale.
    public var price: Price?
    public var used: [Int]
    public var stale: [Int]
    public var outliers: [Int]

    /// The index from `quotes` at `now`: drop stale quotes, take the median of the rest, drop those
    /// further than `outlierDistance` from it, and take the median again.
    ///
    /// The median of an even count is the lower middle value, so the index is always a price some
    /// venue really quoted.
    public init(quotes: [OracleQuote], now: SimTime, rules: IndexRules = IndexRules()) {
        let fresh = quotes.filter { now - $0.time <= rules.maximumAge }
        stale = quotes.filter { now - $0.time > rules.maximumAge }.map(\.source).sorted()
        guard let center = Self.median(fresh.map(\.price)) else {
            price = nil
            used = []
            outliers = []
            return
        }
        let limit = rules.outlierDistance.of(Money(units: center.ticks), rounding: .down).units
        let kept = fresh.filter { abs($0.price.ticks - center.ticks) <= limit }
        outliers = fresh.filter { abs($0.price.ticks - center.ticks) > limit }.map(\.source).sorted()
        used = kept.map(\.source).sorted()
        price = Self.median(kept.map(\.price))
    }

    static func median(_ prices: [Price]) -> Price? {
        guard !prices.isEmpty else { return nil }
        return prices.sorted()[(prices.count - 1) / 2]
    }
}
