import ArgumentParser
import CascadeBench

/// `cascade bench options`: pricing, implied volatility and smile fits over a realistic option chain.
struct BenchOptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "options",
        abstract: "Cost of pricing an option chain with Greeks, solving implied vols and fitting smiles.",
        discussion: """
            Two underlyings, six expiries from 1 to 60 days, 31 strikes each, calls and puts (744 \
            options); one SVI fit per expiry (12) to the chain's mid volatilities.
            """
    )

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(
        parsing: .unconditional,
        help: "Passes over the chain for prices (a tenth for implied vols, a twentieth for fits).")
    var rounds = 2_000

    func validate() throws {
        guard rounds > 0 else { throw ValidationError("--rounds must be positive, got \(rounds)") }
    }

    func run() throws {
        let result = OptionsBenchmark.run(rounds: rounds)
        if json {
            StandardStreams.writeOutput(result.jsonLine + "\n")
            return
        }
        var text = "options-chain: \(result.options) options, "
        text += "\(Int(result.nanosecondsPerOption.rounded())) ns per option with Greeks, "
        text += "\(Int(result.nanosecondsPerImpliedVolatility.rounded())) ns per implied vol; "
        text += "\(result.smileFits) SVI fits of \(result.strikesPerFit) strikes, "
        text += "\(Int(result.microsecondsPerFit.rounded())) µs per fit\n"
        StandardStreams.writeOutput(text)
    }
}
