/// `cascade bench portfolio`'s second line: the seeded crash of `PortfolioCrash` run with banded
/// detection and with every portfolio account evaluated on every index update.
public enum PortfolioDetectionBenchmark {
    /// Both runs of one crash.
    public struct Result: Sendable {
        /// Portfolio accounts in the crash.
        public var accounts: Int
        /// The run with banded detection.
        public var banded: PortfolioCrash.Outcome
        /// The run evaluating every account on every index update.
        public var full: PortfolioCrash.Outcome

        /// How many times fewer evaluations the bands needed.
        public var ratio: Double { Double(full.evaluations) / Double(Swift.max(1, banded.evaluations)) }
        /// Whether both runs gave the same events (no breach found late or missed).
        public var same: Bool { banded.digest == full.digest && banded.triggers == full.triggers }

        /// One JSON object on one line, named `portfolio-detection`, keys in a fixed order.
        public var jsonLine: String {
            "{\"name\":\"portfolio-detection\",\"accounts\":\(accounts),\"index_updates\":\(banded.indexUpdates),"
                + "\"banded_evaluations\":\(banded.evaluations),\"full_evaluations\":\(full.evaluations),"
                + "\"ratio\":\((ratio * 10).rounded() / 10),\"liquidations\":\(banded.triggers.count),"
                + "\"reduction_steps\":\(banded.reductionSteps),\"survived_standard_breach\":\(banded.survivors),"
                + "\"same_events\":\(same),"
                + "\"ledger_balances\":\(banded.ledgerBalances && full.ledgerBalances),"
                + "\"banded_ms\":\(banded.nanoseconds / 1_000_000),\"full_ms\":\(full.nanoseconds / 1_000_000)}"
        }

        /// One line for a reader.
        public var summary: String {
            "portfolio-detection: \(accounts) accounts, \(banded.indexUpdates) index updates: \(banded.evaluations) "
                + "evaluations with bands, \(full.evaluations) without (\(Int(ratio.rounded()))x fewer), "
                + "\(banded.triggers.count) liquidations, \(banded.reductionSteps) reduction steps, "
                + "\(banded.survivors) accounts survived a standard-margin breach, "
                + (same ? "the same events" : "DIFFERENT events") + ", \(banded.nanoseconds / 1_000_000) ms against "
                + "\(full.nanoseconds / 1_000_000) ms"
        }
    }

    /// Runs the crash of `accounts` accounts from `seed` both ways (the second run about ten times slower).
    public static func run(accounts: Int, seed: UInt64) -> Result {
        let crash = PortfolioCrash(accounts: accounts, seed: seed)
        return Result(accounts: accounts, banded: crash.run(banded: true), full: crash.run(banded: false))
    }
}
