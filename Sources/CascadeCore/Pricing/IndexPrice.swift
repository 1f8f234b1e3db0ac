/// One external venue's latest spot price, as the world reports it to the oracle.
public struct OracleQuote: Sendable, Hashable, Codable {
    /// The venue's number; the exchange keeps one latest quote per source, and reports sources by it.
    public var source: Int
    /// The venue's spot price, in the instrument's ticks.
    public var price: Price
    /// When the venue published it; old quotes are stale.
    public var time: SimTime
    /// The venue's weight in the index (its share of spot volume, say); at least 1.
    public var weight: Int

    /// A quote as the venue published it; a `weight` below 1 counts as 1.
    public init(source: Int, price: Price, time: SimTime, weight: Int = 1) {
        self.source = source
        self.price = price
        self.time = time
        self.weight = Swift.max(1, weight)
    }
}

/// How the index treats its sources.
public struct IndexRules: Sendable, Hashable {
    /// A quote older than this is stale and left out.
    var maximumAge: SimTime = 10 * .second
    /// A fresh quote further than this from the median of fresh quotes is an outlier and left out
    /// (Binance: 5%).
    var outlierDistance = Rate(units: 5_000_000)

    /// The reference rules: quotes older than 10 s are stale, fresh ones beyond 5% of the median are outliers.
    public init() {}
}

/// An index price and how it was formed.
public struct IndexPrice: Sendable, Hashable {
    /// The median of the quotes that were used; `nil` when every source was stale.
    public var price: Price?
    /// Sources whose quotes formed `price`, ascending.
    public var used: [Int]
    /// Sources left out because their quote was older than the rules allow, ascending.
    public var stale: [Int]
    /// Fresh sources left out for lying too far from the first median, ascending.
    public var outliers: [Int]

    /// The index from `quotes` at `now`: drop stale quotes, take the weighted median of the rest, drop
    /// those further than `outlierDistance` from it, and take the weighted median again.
    ///
    /// The weighted median is the lowest price at which the cumulative weight reaches half the total,
    /// so with equal weights and an even count it is the lower middle value, and the index is always
    /// a price some venue really quoted.
    public init(quotes: [OracleQuote], now: SimTime, rules: IndexRules = IndexRules()) {
        let fresh = quotes.filter { now - $0.time <= rules.maximumAge }
        stale = quotes.filter { now - $0.time > rules.maximumAge }.map(\.source).sorted()
        guard let center = Self.median(fresh) else {
            price = nil
            used = []
            outliers = []
            return
        }
        let limit = rules.outlierDistance.of(Money(units: center.ticks), rounding: .down).units
        let kept = fresh.filter { abs($0.price.ticks - center.ticks) <= limit }
        outliers = fresh.filter { abs($0.price.ticks - center.ticks) > limit }.map(\.source).sorted()
        used = kept.map(\.source).sorted()
        price = Self.median(kept)
    }

    static func median(_ quotes: [OracleQuote]) -> Price? {
        let sorted = quotes.sorted { $0.price < $1.price }
        let total = sorted.reduce(0) { $0 + $1.weight }
        var cumulative = 0
        for quote in sorted {
            cumulative += quote.weight
            if 2 * cumulative >= total { return quote.price }
        }
        return nil
    }
}
