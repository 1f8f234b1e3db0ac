import ArgumentParser
import CascadeBench
import CascadeCore
import CascadeSim
import Foundation

/// `cascade bench`: performance measurements; meaningful in release builds only.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine (build with -c release).",
        discussion: """
            Each benchmark prints one summary line for a person to read, or with --json one JSON object \
            per line ('realism' prints its table of statistics instead of a summary line).
            """,
        subcommands: [
            BenchMatchingCommand.self, BenchLiquidationCommand.self, BenchSimCommand.self, BenchRealismCommand.self,
            BenchDriftCommand.self, BenchRenderCommand.self, BenchOptionsCommand.self, BenchPortfolioCommand.self,
            BenchLendingCommand.self,
        ]
    )
}

/// `cascade bench matching`: the exchange-core single-book workload, or a `cascade book` file.
struct BenchMatchingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matching",
        abstract: "Throughput and latency of the matching engine.",
        discussion: """
            Without --input: the exchange-core mix (9% GTC, 3% IOC, 6% cancel, 82% move) on a book of \
            about 1,000 orders ('matching'); an exchange-like mix (50% new limits near the touch, 35% \
            cancel, 10% IOC or market, 5% amend) on about 1,000 orders ('matching-mixed'); the \
            exchange-core mix on a book of 1,000,000 orders ('matching-deep'); and that book's \
            1,000,000 orders placed into an empty book that starts small and grows ('matching-growth').

            With --input: the commands of a 'cascade book' file, parsed before the clock starts.
            """
    )

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Option(parsing: .unconditional, help: "Seed of the generated workload.", transform: SeedArgument.parse)
    var seed: UInt64 = 1

    @Option(parsing: .unconditional, help: "Commands in the 'matching' workload.")
    var commands = 3_000_000

    @Option(parsing: .unconditional, help: "Commands in the 'matching-mixed' workload (0 skips it).")
    var mixedCommands = 3_000_000

    @Option(
        parsing: .unconditional,
        help: "Commands in the 'matching-deep' workload (0 skips it and 'matching-growth').")
    var deepCommands = 1_000_000

    @Option(help: "Time the commands of this 'cascade book' file instead.")
    var input: String?

    @Option(help: "Also write the generated 'matching' workload to this file as a 'cascade book' script.")
    var export: String?

    func validate() throws {
        guard commands > 0 else { throw ValidationError("--commands must be positive, got \(commands)") }
        guard mixedCommands >= 0 else {
            throw ValidationError("--mixed-commands must not be negative, got \(mixedCommands)")
        }
        guard deepCommands >= 0 else {
            throw ValidationError("--deep-commands must not be negative, got \(deepCommands)")
        }
    }

    func run() throws {
        if let input {
            let script = ParsedBookScript(parsing: try StandardStreams.readText(input))
            if let error = script.error {
                StandardStreams.writeError("\(input): \(error)\n")
                throw ExitCode.dataError
            }
            report(
                MatchingBenchmark.run(name: "matching-input", preload: [], commands: script.commands) {
                    BookScriptSession(expectedOrders: 1 << 16)
                })
            return
        }
        var parameters = MatchingWorkload.Parameters()
        parameters.seed = seed
        parameters.commands = commands
        try run(parameters, name: "matching", exportTo: export)
        if mixedCommands > 0 {
            try run(.mixed(seed: seed, commands: mixedCommands), name: "matching-mixed")
        }
        if deepCommands > 0 {
            let deep = try run(.deep(seed: seed, commands: deepCommands), name: "matching-deep")
            // The deep book's orders placed into a book sized for 1,024: every structure grows while timed.
            report(
                MatchingBenchmark.run(name: "matching-growth", preload: [], commands: deep.preload) {
                    BookTarget(expectedOrders: 1_024)
                })
        }
    }

    @discardableResult
    private func run(
        _ parameters: MatchingWorkload.Parameters, name: String, exportTo path: String? = nil
    ) throws -> MatchingWorkload {
        if !json { StandardStreams.writeError("generating \(name) workload…\n") }
        let workload = MatchingWorkload(parameters)
        if let path {
            let lines = (workload.preload + workload.commands).compactMap(\.scriptLine)
            try StandardStreams.writeText(lines.joined(separator: "\n") + "\n", to: path)
        }
        let result = MatchingBenchmark.run(
            name: name, preload: workload.preload, commands: workload.commands, reportMemory: true,
            profile: workload.profile
        ) { BookTarget(expectedOrders: parameters.expectedOrders) }
        report(result)
        return workload
    }

    /// One JSON line with `--json`; otherwise one line a person reads: throughput, latency, book, mix.
    private func report(_ result: MatchingResult) {
        if json {
            StandardStreams.writeOutput(result.jsonLine + "\n")
            return
        }
        var text = "\(result.name): \(result.commands) commands, "
        text += String(format: "%.2fM commands/s", result.opsPerSecond / 1e6)
        text += "; p50 \(result.p50) ns, p99 \(result.p99) ns, p99.9 \(result.p999) ns, p99.99 \(result.p9999) ns"
        text += String(format: ", max %.1f µs", Double(result.max) / 1e3)
        text += "; \(result.restingOrders) resting"
        if let bytes = result.bytesPerRestingOrder { text += " at \(Int(bytes.rounded())) bytes each" }
        if let profile = result.profile {
            text +=
                "; mix \(pct(profile, profile.goodTillCancelled)) GTC, \(pct(profile, profile.immediateOrCancel)) IOC,"
            text += " \(pct(profile, profile.cancels)) cancel, \(pct(profile, profile.moves)) move,"
            text += " \(pct(profile, profile.trading)) traded"
        }
        StandardStreams.writeOutput(text + "\n")
    }

    private func pct(_ profile: WorkloadProfile, _ part: Int) -> String {
        String(format: "%.1f%%", profile.percent(part))
    }
}

/// `cascade bench liquidation`: detection through the liquidation index against a naive scan, and a gap.
struct BenchLiquidationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liquidation",
        abstract: "Cost of a mark update with many open positions, and liquidations per second in a 10% gap."
    )

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Option(parsing: .unconditional, help: "Open positions to build.")
    var positions = 1_000_000

    @Option(parsing: .unconditional, help: "Seed of position sizes.", transform: SeedArgument.parse)
    var seed: UInt64 = 1

    func validate() throws {
        guard positions > 0 else { throw ValidationError("--positions must be positive, got \(positions)") }
    }

    func run() throws {
        if !json { StandardStreams.writeError("opening \(positions) positions…\n") }
        let result = LiquidationBenchmark.run(positions: positions, seed: seed)
        if json {
            StandardStreams.writeOutput(result.jsonLines.joined(separator: "\n") + "\n")
            return
        }
        let ratio = result.scanNanosecondsPerTick / Swift.max(1, result.nanosecondsPerTick)
        var text =
            "liquidation-tick: \(result.positions) positions, \(Int(result.nanosecondsPerTick)) ns per mark update"
        text += " (naive scan \(Int(result.scanNanosecondsPerTick)) ns, \(Int(ratio))x slower)\n"
        text += "liquidation-gap: 10% gap liquidated \(result.gapLiquidations) positions in "
        text += String(
            format: "%.3f s (%.0f per second)\n", result.gapSeconds,
            Double(result.gapLiquidations) / Swift.max(1e-9, result.gapSeconds))
        StandardStreams.writeOutput(text)
    }
}
