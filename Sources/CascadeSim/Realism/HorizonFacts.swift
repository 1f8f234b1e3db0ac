import Foundation

/// The stylized facts of log returns sampled at one horizon (one minute, 15 minutes, an hour, a day),
/// from a series of one-minute closes: what `cascade bench realism` sets beside the bands that real
/// BTC returns meet at that horizon.
public struct HorizonFacts: Sendable, Hashable, Codable {
    /// Minutes between the closes the returns are taken over.
    public var minutes: Int
    /// How many returns the facts are computed over.
    public var returns: Int
    /// Kurtosis minus 3: 0 for normal returns; real BTC: about 10–40 at a minute, 8–35 at an hour.
    public var excessKurtosis: Double
    /// Correlation of each return with the next: near 0 in real markets.
    public var autocorrelationLag1: Double
    /// Autocorrelation of absolute returns at each lag in `lags` (in returns of this horizon): the
    /// memory of volatility.
    public var absoluteAutocorrelations: [Double]
    /// The lags of `absoluteAutocorrelations`.
    public var lags: [Int]
    /// Hill estimate of the tail index of |r| over its largest 5% (real BTC: 2.2–3.5).
    public var tailIndex: Double
    /// Share of returns more than four standard deviations from the mean (normal: 0.006%).
    public var beyondFourSigma: Double
    /// Mean log return per period.
    public var meanReturn: Double

    /// Facts of the returns between every `minutes`-th close of `minuteCloses`, with the
    /// autocorrelation of |r| at each of `lags` that the series is long enough for.
    /// - Complexity: O(returns × lags).
    public init(minuteCloses: [Double], minutes: Int, lags: [Int]) {
        let step = max(1, minutes)
        var logReturns: [Double] = []
        var previous: Double?
        for index in stride(from: 0, to: minuteCloses.count, by: step) where minuteCloses[index] > 0 {
            let close = log(minuteCloses[index])
            if let previous { logReturns.append(close - previous) }
            previous = close
        }
        let absolute = logReturns.map(abs)
        self.minutes = step
        returns = logReturns.count
        excessKurtosis = StylizedFacts.excessKurtosis(logReturns)
        autocorrelationLag1 = StylizedFacts.autocorrelation(logReturns, lag: 1)
        self.lags = lags.filter { $0 > 0 && $0 + 2 < absolute.count }
        absoluteAutocorrelations = self.lags.map { StylizedFacts.autocorrelation(absolute, lag: $0) }
        tailIndex = Self.hill(absolute, fraction: 0.05)
        let mean = logReturns.isEmpty ? 0 : logReturns.reduce(0, +) / Double(logReturns.count)
        let deviation =
            logReturns.isEmpty
            ? 0 : (logReturns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(logReturns.count)).squareRoot()
        beyondFourSigma =
            deviation > 0 && !logReturns.isEmpty
            ? Double(logReturns.filter { abs($0 - mean) > 4 * deviation }.count) / Double(logReturns.count) : 0
        meanReturn = mean
    }

    /// The autocorrelation of |r| at `lag`, if the series was long enough to measure it.
    public func absoluteAutocorrelation(lag: Int) -> Double? {
        lags.firstIndex(of: lag).map { absoluteAutocorrelations[$0] }
    }

    /// Hill's estimator of the tail index over the largest `fraction` of `values` (Hill 1975): the
    /// inverse of the mean log excess over the threshold. Zero when fewer than ten values are in the tail.
    static func hill(_ values: [Double], fraction: Double) -> Double {
        let sorted = values.filter { $0 > 0 }.sorted(by: >)
        let count = Int(Double(sorted.count) * fraction)
        guard count >= 10 else { return 0 }
        let threshold = sorted[count]
        let meanExcess = sorted.prefix(count).reduce(0) { $0 + log($1 / threshold) } / Double(count)
        return meanExcess > 0 ? 1 / meanExcess : 0
    }
}
