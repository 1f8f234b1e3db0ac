import CascadeCore
import Foundation

/// An instrument's margin requirement and the volatility behind it at one minute, for the Markets
/// workspace's chart of the two over time.
struct MarginSample: Sendable, Hashable {
    /// Tier 1's maintenance rate in force.
    var maintenance: Rate
    /// Annualised volatility, as a fraction (0.6 is 60%): the model's forecast for an adaptive model,
    /// else the mark's realised volatility over the last hour; nil before there is any.
    var volatility: Double?
}

extension MarginModelStatus {
    /// Seconds in a year of round-the-clock trading: crypto annualises over 365 days.
    static let yearSeconds = 365.0 * 86_400

    /// The forecast volatility annualised from one sample interval, σ × √(year ÷ Δ); nil for `static`.
    var annualisedVolatility: Double? {
        volatility.map { $0 * (Self.yearSeconds * 1_000 / Double(parameters.sampleEvery)).squareRoot() }
    }
}

extension MarginSample {
    /// The mark's realised volatility over the last `window` one-minute marks, annualised: the
    /// root mean square of their log returns × √(minutes in a year); nil with fewer than two marks.
    /// - Complexity: O(window).
    static func realisedVolatility(_ marks: [Double], window: Int = 60) -> Double? {
        let recent = marks.suffix(window + 1).filter { $0 > 0 }
        guard recent.count > 2 else { return nil }
        var sum = 0.0
        for (before, after) in zip(recent, recent.dropFirst()) {
            let r = log(after / before)
            sum += r * r
        }
        return (sum / Double(recent.count - 1) * MarginModelStatus.yearSeconds / 60).squareRoot()
    }
}
