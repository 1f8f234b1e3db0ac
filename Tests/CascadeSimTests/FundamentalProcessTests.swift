import Foundation
import Testing

@testable import CascadeSim

/// The fundamental price process: determinism, its volatility level, and the stylized facts of 20
/// simulated days against the bands real BTC meets (the whole world adds its own microstructure on
/// top; `cascade bench realism` measures that).
struct FundamentalProcessTests {
    /// One-minute closes of `days` days of the default process from `seed`, the first at time 0.
    private func minuteCloses(seed: UInt64, days: Int) -> [Double] {
        var process = FundamentalProcess(price: 60_000, parameters: .init(), seed: seed)
        var closes = [process.price]
        for second in 1...(days * 86_400) {
            process.step(at: Int64(second) * 1_000)
            if second % 60 == 0 { closes.append(process.price) }
        }
        return closes
    }

    private func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    @Test func theFundamentalHasFatTailsAndClusteredVolatility() {
        let facts = StylizedFacts(closes: minuteCloses(seed: 9, days: 20), volumes: [])
        #expect(facts.excessKurtosis > 3)
        #expect(abs(facts.autocorrelationLag1) < 0.05)
        #expect(facts.absoluteAutocorrelationLag1 > 0.15)
        #expect(facts.absoluteAutocorrelationLag100 > 0)
    }

    @Test func theSameSeedGivesTheSamePathAndAnotherSeedAnother() {
        let first = minuteCloses(seed: 4, days: 1)
        #expect(first == minuteCloses(seed: 4, days: 1))
        #expect(first != minuteCloses(seed: 5, days: 1))
    }

    /// The closed form that makes `volatility` the root-mean-square level of the capped log-normal,
    /// against a Monte Carlo mean of e^(2 min(h, cap)).
    @Test func theCappedLogNormalsRootMeanSquareMatchesSampling() {
        #expect(FundamentalProcess.rootMeanSquare(deviation: 0) == 1)
        var random = Xoshiro256(seed: 8)
        for deviation in [0.5, 1.3] {
            let draws = 400_000
            var sum = 0.0
            for _ in 0..<draws {
                sum += exp(2 * min(FundamentalProcess.logVolatilityCap, deviation * random.nextGaussian()))
            }
            let sampled = (sum / Double(draws)).squareRoot()
            #expect(abs(sampled / FundamentalProcess.rootMeanSquare(deviation: deviation) - 1) < 0.03)
        }
    }

    /// Five seeds of 20 days: the median one-minute kurtosis and Hill index and the median hourly
    /// volatility memory sit in real BTC's bands, and the mean log return is within two standard
    /// errors of zero (no drift).
    @Test func twentyDaysSitInTheBandsWithoutADrift() {
        var minute: [HorizonFacts] = []
        var hourly: [HorizonFacts] = []
        var totals: [Double] = []
        for seed: UInt64 in 1...5 {
            let closes = minuteCloses(seed: seed, days: 20)
            minute.append(HorizonFacts(minuteCloses: closes, minutes: 1, lags: [1, 100]))
            hourly.append(HorizonFacts(minuteCloses: closes, minutes: 60, lags: [1, 5]))
            totals.append(log(closes.last! / closes.first!))
            #expect(abs(minute.last!.autocorrelationLag1) < 0.05)
        }
        #expect((10...60).contains(median(minute.map(\.excessKurtosis))))
        #expect((2.2...3.5).contains(median(minute.map(\.tailIndex))))
        #expect((0.2...0.5).contains(median(minute.map { $0.absoluteAutocorrelation(lag: 1) ?? 0 })))
        #expect(median(minute.map { $0.absoluteAutocorrelation(lag: 100) ?? 0 }) > 0.05)
        #expect(median(hourly.map { $0.absoluteAutocorrelation(lag: 1) ?? 0 }) > 0.15)
        #expect(median(hourly.map { $0.absoluteAutocorrelation(lag: 5) ?? 0 }) > 0.1)
        #expect((2.2...3.5).contains(median(hourly.map(\.tailIndex))))
        let mean = totals.reduce(0, +) / Double(totals.count)
        let variance = totals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(totals.count - 1)
        #expect(abs(mean) < 2 * (variance / Double(totals.count)).squareRoot())
    }
}
