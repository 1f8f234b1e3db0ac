import Foundation
import Testing

@testable import CascadeSim

/// The volume–volatility correlation, raw and detrended (band R11 is on the detrended figure).
struct StylizedFactsTests {
    /// Forty days of one-minute bars whose volume follows the minute's |r| (half of it) on top of a
    /// level that grows tenfold over the sample, as real BTC's volume grew over 2017–21 while |r| did
    /// not: the raw correlation mostly measures the trend, the detrended one the bars' own link.
    @Test func detrendingTakesOutASlowTrendInVolume() {
        var random = Xoshiro256(seed: 21)
        let bars = 40 * 1_440
        var closes = [60_000.0]
        var volumes = [0.0]
        var linked: [(Double, Double)] = []
        for bar in 1..<bars {
            let r = 0.001 * random.nextGaussian()
            closes.append(closes[bar - 1] * exp(r))
            let own = abs(r) / 0.0008 + random.nextUnit()
            volumes.append(own * (1 + 9 * Double(bar) / Double(bars)))
            linked.append((abs(r), own))
        }
        let facts = StylizedFacts(closes: closes, volumes: volumes)
        let withoutTrend = StylizedFacts.correlation(linked.map(\.0), linked.map(\.1))
        #expect(facts.volumeAbsoluteReturnCorrelation < withoutTrend - 0.1)
        #expect(abs(facts.detrendedVolumeAbsoluteReturnCorrelation - withoutTrend) < 0.08)
    }

    /// Each value over its trailing 30-day median; the first day over its own; zeros only where a
    /// whole window is zero.
    @Test func detrendedValuesAreOverTheMedianOfTheDaysBefore() {
        let values: [Double] = [1, 2, 3, 4, 10, 20, 0, 0]
        let result = StylizedFacts.detrended(values, day: 2)
        // Day 0 over its own median (2: the upper of two), day 1 over day 0's, day 2 over days 0–1's
        // (median of 1, 2, 3, 4: 3), day 3 over days 0–2's (median of 1, 2, 3, 4, 10, 20: 4).
        let expected: [Double?] = [0.5, 1, 1.5, 2, 10.0 / 3, 20.0 / 3, 0, 0]
        #expect(result == expected)
        let none: [Double?] = [nil, nil, nil, nil]
        #expect(StylizedFacts.detrended([0, 0, 0, 0], day: 2) == none)
        // More than half zero: the window's mean instead of its median.
        let overMean: [Double?] = [0, 0, 0, 4, 1]
        #expect(StylizedFacts.detrended([0, 0, 0, 4, 1], day: 4) == overMean)
    }
}
