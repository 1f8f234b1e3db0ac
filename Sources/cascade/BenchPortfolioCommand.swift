import ArgumentParser
import CascadeBench

/// `cascade bench portfolio`: one portfolio-margin evaluation of a 20-position portfolio.
struct BenchPortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Cost of one portfolio-margin evaluation, and of watching portfolio accounts through a crash.",
        discussion: """
            First line: one underlying, 18 options over four expiries from 1 to 60 days (calls and puts, \
            long and short) and two perp positions, valued in each of Paradex's 24 scenarios. Second line: \
            a seeded 30-minute crash with --accounts portfolio accounts, run once with banded detection and \
            once evaluating every account on every index update; the two runs must give the same events.
            """
    )

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(parsing: .unconditional, help: "Evaluations timed, each on its own.")
    var evaluations = 100_000

    @Option(parsing: .unconditional, help: "Portfolio accounts in the crash (0 skips it).")
    var accounts = 1_000

    @Option(parsing: .unconditional, help: "Seed of the crash.")
    var seed: UInt64 = 1

    func validate() throws {
        guard evaluations > 0 else { throw ValidationError("--evaluations must be positive, got \(evaluations)") }
        guard (0...100_000).contains(accounts) else {
            throw ValidationError("--accounts must be from 0 to 100000, got \(accounts)")
        }
    }

    func run() throws {
        let result = PortfolioBenchmark.run(evaluations: evaluations)
        StandardStreams.writeOutput((json ? result.jsonLine : result.summary) + "\n")
        guard accounts > 0 else { return }
        let crash = PortfolioDetectionBenchmark.run(accounts: accounts, seed: seed)
        StandardStreams.writeOutput((json ? crash.jsonLine : crash.summary) + "\n")
    }
}
