import ArgumentParser
import CascadeBench
import CascadeCore
import CascadeSim
import Foundation

/// `cascade bench sim`: commands per second of the whole world in `calm`.
struct BenchSimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Commands per second of the whole simulated world (agents and exchange) in 'calm'."
    )

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Option(
        parsing: .unconditional, help: "Simulated time to run, such as 6h or 1d.", transform: DurationArgument.parse)
    var duration = DurationArgument(argument: "6h")!

    @Option(parsing: .unconditional, help: "Seed of the world.", transform: SeedArgument.parse)
    var seed: UInt64 = 1

    func run() throws {
        let result = SimBenchmark.run(scenario: try ScenarioLibrary.named("calm"), seed: seed, duration: duration.time)
        if json { return StandardStreams.writeOutput(result.jsonLine + "\n") }
        StandardStreams.writeOutput(
            String(
                format:
                    "sim: %@ of calm with %d accounts: %d commands in %.2f s, %.0f commands/s; a simulated day takes %.1f s\n",
                SimDuration.format(result.simulated), result.accounts, result.commands, result.seconds,
                result.commandsPerSecond, result.secondsPerSimulatedDay))
    }
}

/// `cascade bench realism`: stylized facts of `calm` and what `flash-crash` does.
struct BenchRealismCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "realism",
        abstract: "Stylized facts of the default scenario's 1-minute returns, and the flash crash's effects."
    )

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Option(parsing: .unconditional, help: "Simulated days of 'calm' to measure.")
    var days = 7

    @Option(parsing: .unconditional, help: "Seed of the world.", transform: SeedArgument.parse)
    var seed: UInt64 = 1

    func validate() throws {
        guard days > 0 else { throw ValidationError("--days must be positive, got \(days)") }
    }

    func run() throws {
        let facts = RealismBenchmark.calmFacts(scenario: try ScenarioLibrary.named("calm"), seed: seed, days: days)
        let crash = RealismBenchmark.crashFacts(scenario: try ScenarioLibrary.named("flash-crash"), seed: seed)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var line = String(decoding: try encoder.encode(facts), as: UTF8.self)
            line = #"{"name":"realism","days":\#(days),"# + line.dropFirst()
            var crashLine = String(decoding: try encoder.encode(crash), as: UTF8.self)
            crashLine = #"{"name":"flash-crash","# + crashLine.dropFirst()
            return StandardStreams.writeOutput(line + "\n" + crashLine + "\n")
        }
        StandardStreams.writeOutput(
            String(
                format: """
                    realism: %d days of calm, %d one-minute returns
                      excess kurtosis            %.2f   (real BTC: about 10-40)
                      autocorrelation, lag 1     %+.3f  (real: |x| < 0.05)
                      |r| autocorrelation, lag 1 %.3f   (real: 0.2-0.45)
                      |r| autocorrelation, lag 100 %.3f (real: still positive)
                      volume vs |r| correlation  %.3f   (real: positive)
                    flash-crash:
                      open interest liquidated   %.1f%%
                      liquidated that was long   %.1f%%
                      depth within 0.5%% of mid   %.2fx of before
                      spread                     %.1fx of before

                    """, days, facts.returns, facts.excessKurtosis, facts.autocorrelationLag1,
                facts.absoluteAutocorrelationLag1, facts.absoluteAutocorrelationLag100,
                facts.volumeAbsoluteReturnCorrelation, crash.openInterestLiquidated * 100, crash.longShare * 100,
                crash.depthRatio, crash.spreadRatio))
    }
}

/// `cascade bench render`: a full dashboard frame from a busy snapshot, drawn and diffed.
struct BenchRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Time to draw and diff a full dashboard frame at 160×48 and 240×70."
    )

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Option(parsing: .unconditional, help: "Rounds over the 40 prepared snapshots.")
    var rounds = 50

    func validate() throws {
        guard rounds > 0 else { throw ValidationError("--rounds must be positive, got \(rounds)") }
    }

    func run() throws {
        if !json { StandardStreams.writeError("simulating an hour of calm for a busy snapshot…\n") }
        let snapshots = RenderBenchmark.busySnapshots(
            scenario: try ScenarioLibrary.named("calm"), seed: 1, warmUp: SimTime.hour, count: 40)
        for (width, height) in [(160, 48), (240, 70)] {
            let result = RenderBenchmark.run(snapshots: snapshots, width: width, height: height, rounds: rounds)
            StandardStreams.writeOutput(
                json
                    ? result.jsonLine + "\n"
                    : String(
                        format:
                            "render %d×%d: median %.0f µs, p99 %.0f µs per frame (%d frames), %.0f changed runs a frame\n",
                        width, height, result.medianMicroseconds, result.p99Microseconds, result.frames,
                        result.runsPerFrame))
        }
    }
}
