import CascadeCore

#if canImport(Glibc)
    import Glibc
#endif

/// `cascade bench portfolio`: what one portfolio-margin evaluation costs. One underlying at 60,000;
/// 18 options over four expiries (1, 7, 30 and 60 days), calls and puts, long and short, each at its
/// own implied volatility, plus two perpetual positions: 20 positions valued in every scenario of
/// `PortfolioMarginModel.paradex` (24), the method of https://docs.paradex.trade/risk/portfolio-margin.
public enum PortfolioBenchmark {
    /// What one run measured.
    public struct Result: Sendable {
        /// Positions in the portfolio.
        public var positions: Int
        /// Scenarios in the table.
        public var scenarios: Int
        /// Evaluations timed.
        public var evaluations: Int
        /// Wall time of one evaluation averaged over every repetition, nanoseconds.
        public var meanNanoseconds: Double
        /// Median wall time of one evaluation, nanoseconds.
        public var p50: UInt64
        /// 99th-percentile wall time of one evaluation, nanoseconds.
        public var p99: UInt64
        /// Slowest evaluation, nanoseconds.
        public var max: UInt64
        /// The initial margin the portfolio needs, so a reader sees the work was real.
        public var initialMargin: Double

        /// One JSON object on one line, named `portfolio-margin`, keys in a fixed order.
        public var jsonLine: String {
            "{\"name\":\"portfolio-margin\",\"positions\":\(positions),\"scenarios\":\(scenarios),"
                + "\"evaluations\":\(evaluations),\"ns_per_evaluation\":\((meanNanoseconds * 10).rounded() / 10),"
                + "\"p50_ns\":\(p50),\"p99_ns\":\(p99),\"max_ns\":\(max),"
                + "\"initial_margin\":\((initialMargin * 100).rounded() / 100)}"
        }

        /// One line for a reader: `portfolio-margin: 20 positions, 24 scenarios, 12366 ns per evaluation (p50 …)`.
        public var summary: String {
            "portfolio-margin: \(positions) positions, \(scenarios) scenarios, "
                + "\(Int(meanNanoseconds.rounded())) ns per evaluation (p50 \(p50) ns, p99 \(p99) ns, max \(max) ns)"
        }
    }

    /// The underlying's spot.
    static let spot = 60_000.0

    /// The portfolio: per expiry a few strikes around spot, calls and puts, long and short, volatility
    /// from a simple skew (higher on low strikes and short expiries); two perpetual positions.
    static func portfolio() -> [PortfolioPosition] {
        let legs: [(days: Double, right: OptionRight, moneyness: Double, size: Double)] = [
            (1, .call, 1.02, -2), (1, .put, 0.98, -2), (1, .call, 1.00, 1), (1, .put, 0.95, 1),
            (7, .call, 1.05, 3), (7, .put, 0.95, -1.5), (7, .call, 1.10, -3), (7, .put, 0.90, 2),
            (7, .call, 1.00, -0.5),
            (30, .call, 1.10, -4), (30, .put, 0.90, -4), (30, .call, 1.00, 2), (30, .put, 1.00, 2),
            (30, .put, 0.80, 5),
            (60, .call, 1.20, 6), (60, .put, 0.85, -2), (60, .call, 0.95, -1), (60, .put, 1.05, 0.5),
        ]
        var positions = legs.map { leg in
            let volatility = 0.55 + 0.4 * (1 - leg.moneyness) + 0.1 / leg.days.squareRoot()
            return PortfolioPosition.option(
                leg.right, strike: (spot * leg.moneyness).rounded(), days: leg.days, volatility: volatility,
                size: leg.size)
        }
        positions.append(.perpetual(size: -1.5))
        positions.append(.perpetual(size: 0.25))
        return positions
    }

    /// Times `evaluations` evaluations of the portfolio, each stamped on its own, after a tenth as many untimed.
    public static func run(evaluations: Int, model: PortfolioMarginModel = .paradex) -> Result {
        let positions = portfolio()
        var checksum = 0.0
        for _ in 0..<Swift.max(1, evaluations / 10) { checksum += evaluate(model, positions) }
        var samples = [UInt64](repeating: 0, count: evaluations)
        let start = MatchingBenchmark.now()
        for index in 0..<evaluations {
            let before = MatchingBenchmark.now()
            checksum += evaluate(model, positions)
            samples[index] = MatchingBenchmark.now() - before
        }
        let elapsed = Double(MatchingBenchmark.now() - start)
        precondition(checksum.isFinite, "the portfolio has a margin that is not finite")
        samples.sort()
        return Result(
            positions: positions.count, scenarios: model.scenarios.count, evaluations: evaluations,
            meanNanoseconds: elapsed / Double(evaluations), p50: samples[samples.count / 2],
            p99: samples[Swift.min(samples.count - 1, samples.count * 99 / 100)], max: samples[samples.count - 1],
            initialMargin: model.evaluate(positions, spot: spot).initialMargin)
    }

    /// One evaluation, kept out of line so the optimiser cannot hoist it out of the timing loop.
    @inline(never)
    static func evaluate(_ model: PortfolioMarginModel, _ positions: [PortfolioPosition]) -> Double {
        model.evaluate(positions, spot: spot).initialMargin
    }
}
