import ArgumentParser
import CascadeBench

/// `cascade bench portfolio`: one portfolio-margin evaluation of a 20-position portfolio.
struct BenchPortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Cost of one portfolio-margin evaluation of 20 positions over the default scenario table.",
        discussion: """
            One underlying: 18 options over four expiries from 1 to 60 days (calls and puts, long and \
            short) and two perp positions, valued in each of Paradex's 24 scenarios.
            """
    )

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(parsing: .unconditional, help: "Evaluations timed, each on its own.")
    var evaluations = 100_000

    func validate() throws {
        guard evaluations > 0 else { throw ValidationError("--evaluations must be positive, got \(evaluations)") }
    }

    func run() throws {
        let result = PortfolioBenchmark.run(evaluations: evaluations)
        StandardStreams.writeOutput((json ? result.jsonLine : result.summary) + "\n")
    }
}
