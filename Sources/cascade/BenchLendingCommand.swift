import ArgumentParser
import CascadeBench

/// `cascade bench lending`: keeping the unsafe vaults through a price swing, indexed against a scan.
struct BenchLendingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lending",
        abstract: "Cost of finding unsafe vaults on each price tick: the health index against a scan.",
        discussion: """
            --vaults seeded ETH loans first see --ticks quiet ticks (ETH at 3,000 with 0.2% noise, no vault \
            near its line), then ride an ETH index that falls about 35% and recovers over --ticks ticks. \
            Each tick is a whole oracle command (the index keeps the unsafe list); after it, every \
            vault's health factor is computed for comparison, and the two lists must agree.
            """
    )

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(parsing: .unconditional, help: "Vaults with debt.")
    var vaults = 100_000

    @Option(parsing: .unconditional, help: "Oracle ticks in each phase: quiet, then the swing.")
    var ticks = 1_000

    @Option(parsing: .unconditional, help: "Seed of the loans and the noise.")
    var seed: UInt64 = 1

    func validate() throws {
        guard (1...1_000_000).contains(vaults) else {
            throw ValidationError("--vaults must be from 1 to 1000000, got \(vaults)")
        }
        guard (2...1_000_000).contains(ticks) else {
            throw ValidationError("--ticks must be from 2 to 1000000, got \(ticks)")
        }
    }

    func run() throws {
        let result = LendingBenchmark.run(vaults: vaults, ticks: ticks, seed: seed)
        StandardStreams.writeOutput((json ? result.jsonLine : result.summary) + "\n")
    }
}
