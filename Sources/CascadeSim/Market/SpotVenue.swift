import CascadeCore
import Foundation

/// A simulated spot exchange that quotes the fundamental price with its own delay and noise.
///
/// Venues are what the oracle reads; scenarios can freeze one (stale: it keeps publishing an old
/// quote with its old timestamp) or take it offline (no quote at all).
public struct SpotVenue: Sendable, Hashable {
    /// Whether the venue quotes: fresh each second, its last quote again with the old timestamp, or not at all.
    public enum State: String, Sendable, Hashable, CaseIterable {
        case live, stale, offline
    }

    /// The spot exchange it imitates (`Coinbase`, `Kraken`…).
    public var name: String
    /// How far behind the fundamental this venue's quotes run, in seconds.
    var delaySeconds: Int
    /// Standard deviation of its quote around the (delayed) fundamental, as a fraction.
    var noise: Double
    /// Its weight in the index.
    var weight: Int
    /// Set by scenario events (`venue_state`); a venue starts live.
    public var state: State = .live
    /// The quote it last published.
    private(set) var lastQuote: OracleQuote?

    /// A live venue `delaySeconds` behind the fundamental, with `noise` as a fraction and `weight` in the index.
    public init(name: String, delaySeconds: Int, noise: Double, weight: Int) {
        self.name = name
        self.delaySeconds = delaySeconds
        self.noise = noise
        self.weight = weight
    }

    /// Five venues shaped like the big spot exchanges an index blends: different delays, noise and
    /// weights. The first `count` are used.
    public static func standard(count: Int) -> [SpotVenue] {
        let venues = [
            SpotVenue(name: "Coinbase", delaySeconds: 0, noise: 0.00008, weight: 3),
            SpotVenue(name: "Kraken", delaySeconds: 1, noise: 0.00012, weight: 2),
            SpotVenue(name: "Bitstamp", delaySeconds: 1, noise: 0.00015, weight: 1),
            SpotVenue(name: "OKX", delaySeconds: 0, noise: 0.0001, weight: 2),
            SpotVenue(name: "Gemini", delaySeconds: 2, noise: 0.0002, weight: 1),
        ]
        return Array(venues.prefix(max(1, min(count, venues.count))))
    }

    /// Publishes at `time` from the fundamental price `delaySeconds` ago, unless stale or offline.
    /// Returns the quote the oracle sees now (a stale venue's old one), or `nil` when offline.
    mutating func publish(
        source: Int, history: PriceHistory, time: SimTime, tickSize: Double, random: inout Xoshiro256
    ) -> OracleQuote? {
        switch state {
        case .offline:
            return nil
        case .stale:
            return lastQuote
        case .live:
            let price = history.price(secondsAgo: delaySeconds) * (1 + noise * random.nextGaussian())
            let ticks = max(1, Int64((price / tickSize).rounded()))
            let quote = OracleQuote(source: source, price: Price(ticks: ticks), time: time, weight: weight)
            lastQuote = quote
            return quote
        }
    }
}

/// The fundamental price of the last few minutes, a second apart, for delayed venue quotes.
struct PriceHistory: Sendable {
    private var prices: [Double]
    private var newest = 0

    init(price: Double, seconds: Int = 64) { prices = Array(repeating: price, count: seconds) }

    mutating func append(_ price: Double) {
        newest = (newest + 1) % prices.count
        prices[newest] = price
    }

    func price(secondsAgo: Int) -> Double {
        let back = min(max(0, secondsAgo), prices.count - 1)
        return prices[(newest - back + prices.count) % prices.count]
    }
}
