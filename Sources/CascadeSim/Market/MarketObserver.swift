import Foundation

/// What traders can read off a market's recent history, refreshed once a simulated second: the
/// price each second for the last hour, fast and slow realised volatility, and a slow average.
public struct MarketObserver: Sendable {
    /// Reference price (mid, else last trade, else index) each second, newest last, in a ring.
    private var prices: [Double]
    private var newest = 0
    private var filled = 1
    /// Exponentially weighted mean of squared one-second log returns: a minute's memory and six hours'.
    private(set) var fastVariance: Double
    private(set) var slowVariance: Double
    /// What a calm second's variance is for this market (from its process parameters).
    let normalVariance: Double
    /// A four-hour exponential average of the price: value traders' anchor.
    private(set) var slowAverage: Double
    /// The same fast and slow variances for the index, which follows the spot venues: what market
    /// makers hedge against, unmoved by the perp's own book.
    private(set) var indexFastVariance: Double
    private(set) var indexSlowVariance: Double
    private var lastIndex: Double

    init(price: Double, normalSigma: Double, seconds: Int = 3_600) {
        prices = Array(repeating: price, count: seconds)
        normalVariance = normalSigma * normalSigma
        fastVariance = normalVariance
        slowVariance = normalVariance
        slowAverage = price
        indexFastVariance = normalVariance
        indexSlowVariance = normalVariance
        lastIndex = price
    }

    /// The latest reference price in USD (mid, else last trade, else index), as of the last second.
    public var price: Double { prices[newest] }

    /// Fast realised volatility over its calm level: 1 in a normal market, 5 in a storm.
    var stress: Double { (fastVariance / normalVariance).squareRoot() }

    /// The index's fast volatility over its calm level: how wild the outside market is.
    var indexStress: Double { (indexFastVariance / normalVariance).squareRoot() }

    /// The index's fast volatility over its own six-hour level: a sudden storm rather than a
    /// turbulent day.
    var indexShock: Double { (indexFastVariance / indexSlowVariance).squareRoot() }

    /// Fast realised volatility per square-root second.
    var sigma: Double { fastVariance.squareRoot() }

    mutating func record(_ price: Double, index: Double) {
        let indexChange = log(index / lastIndex)
        let indexSquared = indexChange.isFinite ? indexChange * indexChange : 0
        lastIndex = index
        indexFastVariance += (indexSquared - indexFastVariance) / 60
        indexSlowVariance += (indexSquared - indexSlowVariance) / 21_600
        let previous = prices[newest]
        newest = (newest + 1) % prices.count
        prices[newest] = price
        filled = min(filled + 1, prices.count)
        let change = log(price / previous)
        let squared = change.isFinite ? change * change : 0
        fastVariance += (squared - fastVariance) / 60
        slowVariance += (squared - slowVariance) / 21_600
        slowAverage += (price - slowAverage) / 14_400
    }

    /// The log return over the last `seconds` (as far back as the history goes).
    func logReturn(overSeconds seconds: Int) -> Double {
        let back = min(max(1, seconds), filled - 1)
        guard back > 0 else { return 0 }
        return log(prices[newest] / prices[(newest - back + prices.count) % prices.count])
    }
}

/// A market's scenario-controlled conditions; agents read them as part of their world.
struct MarketConditions: Sendable, Hashable {
    var volatility = 1.0
    var makerSize = 1.0
    var makerSpread = 1.0
    var makerPresence = 1.0
    var longBias = 0.52
    var activity = 1.0
    var premium = 0.0
    /// Keepers' reaction time, multiplier (their latency spikes in a congested crash).
    var keeperLatency = 1.0

    mutating func apply(_ change: ConditionChange) {
        if let value = change.volatility { volatility = value }
        if let value = change.makerSize { makerSize = value }
        if let value = change.makerSpread { makerSpread = value }
        if let value = change.makerPresence { makerPresence = value }
        if let value = change.longBias { longBias = value }
        if let value = change.activity { activity = value }
        if let value = change.premium { premium = value }
        if let value = change.keeperLatency { keeperLatency = value }
    }

    /// The change that would restore the values `change` touches to what they are now.
    func undoing(_ change: ConditionChange) -> ConditionChange {
        var undo = ConditionChange()
        if change.volatility != nil { undo.volatility = volatility }
        if change.makerSize != nil { undo.makerSize = makerSize }
        if change.makerSpread != nil { undo.makerSpread = makerSpread }
        if change.makerPresence != nil { undo.makerPresence = makerPresence }
        if change.longBias != nil { undo.longBias = longBias }
        if change.activity != nil { undo.activity = activity }
        if change.premium != nil { undo.premium = premium }
        if change.keeperLatency != nil { undo.keeperLatency = keeperLatency }
        return undo
    }
}
