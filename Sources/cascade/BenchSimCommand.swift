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

    @OptionGroup var set: OverrideOptions

    func run() throws {
        let scenario: Scenario
        do {
            scenario = try ScenarioLibrary.named("calm", overrides: set.overrides)
        } catch {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode.dataError
        }
        let result = SimBenchmark.run(scenario: scenario, seed: seed, duration: duration.time)
        if json { return StandardStreams.writeOutput(result.jsonLine + "\n") }
        StandardStreams.writeOutput(
            String(
                format:
                    "sim: %@ of calm with %d accounts: %d commands in %.2f s, %.0f commands/s; a simulated day takes %.1f s\n",
                SimDuration.format(result.simulated), result.accounts, result.commands, result.seconds,
                result.commandsPerSecond, result.secondsPerSimulatedDay))
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
