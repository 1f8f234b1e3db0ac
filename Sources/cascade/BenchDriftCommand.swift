import ArgumentParser
import CascadeBench
import CascadeSim
import Foundation

/// `cascade bench drift`: the mean log return of `calm` over many seeds with its standard error,
/// of the whole market or of its fundamental price alone.
struct BenchDriftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Mean log return of 'calm' over many seeds, with its standard error.",
        discussion: """
            The whole market (last over first one-minute close of BTC-PERP, about 3 minutes of a core \
            per 5-day seed), or with --fundamental the fundamental price alone, drawn from the same \
            seeds (about 0.07 s per 5-day seed), which the traded price follows but for its basis.
            """
    )

    @Flag(help: "Print one JSON object with every seed's log return.")
    var json = false

    @Option(parsing: .unconditional, help: "How many seeds.")
    var seeds = 50

    @Option(
        parsing: .unconditional, help: "The first seed (1 unless given); the others follow it.",
        transform: SeedArgument.parse)
    var firstSeed: UInt64 = 1

    @Option(parsing: .unconditional, help: "Simulated days from each seed.")
    var days = 5

    @Flag(help: "Step the fundamental price alone, without agents.")
    var fundamental = false

    func validate() throws {
        guard (2...100_000).contains(seeds) else {
            throw ValidationError("--seeds must be 2 to 100000, got \(seeds)")
        }
        guard firstSeed <= UInt64.max - UInt64(seeds) else {
            throw ValidationError("--first-seed plus --seeds must stay below 2^64")
        }
        guard (1...365).contains(days) else { throw ValidationError("--days must be 1 to 365, got \(days)") }
    }

    func run() throws {
        let calm = try ScenarioLibrary.named("calm")
        let range = firstSeed...(firstSeed + UInt64(seeds) - 1)
        let drift = DriftBenchmark(scenario: calm, seeds: range, days: days, fundamentalOnly: fundamental)
        let what = fundamental ? "fundamental" : "market"
        let ratio = drift.priceRatio
        if json {
            let returns = drift.returns.map { String(format: "%.6f", $0) }.joined(separator: ",")
            return StandardStreams.writeOutput(
                String(
                    format: #"{"name":"drift","of":"%@","first_seed":%llu,"seeds":%d,"days":%d,"#
                        + #""mean_log_return":%.6f,"standard_error":%.6f,"mean_price_ratio":%.6f,"#
                        + #""price_ratio_standard_error":%.6f,"rises":%d,"returns":[%@]}"#,
                    what, firstSeed, seeds, days, drift.mean, drift.standardError, ratio.mean + 1,
                    ratio.standardError, drift.rises, returns) + "\n")
        }
        let errors = drift.standardError > 0 ? drift.mean / drift.standardError : 0
        StandardStreams.writeOutput(
            String(
                format: """
                    drift: %d seeds (%llu-%llu) x %d days of calm, %@: mean log return %+.4f, standard error \
                    %.4f (%+.2f, %@); mean price ratio - 1 %+.4f, standard error %.4f; %d of %d rose

                    """, seeds, range.lowerBound, range.upperBound, days, what, drift.mean, drift.standardError,
                errors, abs(errors) <= 2 ? "within two standard errors of zero" : "OUTSIDE two standard errors",
                ratio.mean, ratio.standardError, drift.rises, seeds))
    }
}
