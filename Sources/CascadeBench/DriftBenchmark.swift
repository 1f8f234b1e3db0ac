import CascadeSim
import Foundation

/// `cascade bench drift`: the log return of a scenario's first market over a few days from each of
/// many seeds, their mean and its standard error: a market without a drift has a mean within two
/// standard errors of zero (issue 14 asks it of 50 seeds of 5-day `calm`).
///
/// Either the whole market (the traded price, last over first one-minute close; about 3 minutes of
/// a core per 5-day seed) or the fundamental price alone (`Scenario.fundamentalLogReturn`, about
/// 0.07 s per 5-day seed), which the traded price follows but for its basis.
public struct DriftBenchmark: Sendable, Hashable {
    /// Each seed's log return, in seed order.
    public var returns: [Double]

    /// Runs `days` of `scenario` from each of `seeds`, the whole market or only its fundamental.
    public init(scenario: Scenario, seeds: ClosedRange<UInt64>, days: Int, fundamentalOnly: Bool) {
        returns = seeds.map { seed in
            if fundamentalOnly { return scenario.fundamentalLogReturn(seed: seed, days: days) }
            let closes = RealismBenchmark.minuteCloses(scenario: scenario, seed: seed, days: days).map(\.close)
            guard let first = closes.first(where: { $0 > 0 }), let last = closes.last, last > 0 else { return 0 }
            return log(last / first)
        }
    }

    /// The mean log return; 0 without seeds.
    public var mean: Double { returns.isEmpty ? 0 : returns.reduce(0, +) / Double(returns.count) }

    /// The standard error of `mean`: the sample's standard deviation over √n; 0 below two seeds.
    public var standardError: Double { Self.standardError(of: returns) }

    /// The mean of the price ratios minus one, E[S_T/S_0] − 1, with its standard error. A process
    /// whose log price has no drift has a price that rises on average by half its variance
    /// (Itô; Hull, "Options, Futures, and Other Derivatives"), so this sits above zero when `mean`
    /// does not.
    public var priceRatio: (mean: Double, standardError: Double) {
        let ratios = returns.map { exp($0) - 1 }
        return (ratios.isEmpty ? 0 : ratios.reduce(0, +) / Double(ratios.count), Self.standardError(of: ratios))
    }

    /// How many seeds ended above where they started.
    public var rises: Int { returns.filter { $0 > 0 }.count }

    static func standardError(of values: [Double]) -> Double {
        guard values.count >= 2 else { return 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        return (variance / Double(values.count)).squareRoot()
    }
}
