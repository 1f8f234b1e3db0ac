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

/// `cascade bench realism`: stylized facts of `calm` at four horizons beside the bands real BTC
/// returns meet, its drift over several seeds, and what `flash-crash` does.
struct BenchRealismCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "realism",
        abstract:
            "Stylized facts of 'calm' at 1m, 15m, 1h and 1d beside real BTC's bands, and the flash crash's effects."
    )

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Option(parsing: .unconditional, help: "Simulated days of 'calm' to measure (daily figures need 30 or more).")
    var days = 7

    @Option(parsing: .unconditional, help: "Seed of the world.", transform: SeedArgument.parse)
    var seed: UInt64 = 1

    @Option(
        parsing: .unconditional,
        help: "Also run this many seeds of 'calm' for --drift-days each and report the mean log return.")
    var seeds = 0

    @Option(parsing: .unconditional, help: "Simulated days of each drift run.")
    var driftDays = 5

    func validate() throws {
        guard days > 0 else { throw ValidationError("--days must be positive, got \(days)") }
        guard (0...1_000).contains(seeds) else { throw ValidationError("--seeds must be 0 to 1000, got \(seeds)") }
        guard driftDays > 0 else { throw ValidationError("--drift-days must be positive, got \(driftDays)") }
    }

    func run() throws {
        let calm = try ScenarioLibrary.named("calm")
        let facts = RealismBenchmark.calmFacts(scenario: calm, seed: seed, days: days)
        let crash = RealismBenchmark.crashFacts(scenario: try ScenarioLibrary.named("flash-crash"), seed: seed)
        let drift = seeds > 0 ? RealismBenchmark.drift(scenario: calm, seeds: 1...UInt64(seeds), days: driftDays) : nil
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var lines = [
                #"{"name":"realism","days":\#(days),"#
                    + String(decoding: try encoder.encode(facts.minute), as: UTF8.self).dropFirst()
            ]
            for horizon in facts.horizons {
                lines.append(
                    #"{"name":"realism-horizon","#
                        + String(decoding: try encoder.encode(horizon), as: UTF8.self).dropFirst())
            }
            if let drift {
                lines.append(
                    String(
                        format: #"{"name":"drift","seeds":%d,"days":%d,"mean_log_return":%.6f,"standard_error":%.6f}"#,
                        seeds, driftDays, drift.mean, drift.standardError))
            }
            lines.append(
                #"{"name":"flash-crash","# + String(decoding: try encoder.encode(crash), as: UTF8.self).dropFirst())
            return StandardStreams.writeOutput(lines.joined(separator: "\n") + "\n")
        }
        var text = "realism: \(days) days of calm (seed \(seed)), \(facts.minute.returns) one-minute returns\n"
        func row(_ label: String, _ value: Double?, _ band: ClosedRange<Double>?, _ bandText: String) {
            let name = "  " + label.padding(toLength: 32, withPad: " ", startingAt: 0)
            guard let value else {
                text += name + "       —   needs more days\n"
                return
            }
            let verdict = band.map { $0.contains(value) ? "ok" : "OUTSIDE" } ?? ""
            let number = String(format: "%8.3f", value)
            text +=
                name + number + "   " + bandText.padding(toLength: 20, withPad: " ", startingAt: 0) + " " + verdict
                + "\n"
        }
        for horizon in facts.horizons {
            let name =
                horizon.minutes == 1
                ? "1m" : horizon.minutes == 1_440 ? "1d" : horizon.minutes == 60 ? "1h" : "\(horizon.minutes)m"
            text += "\(name): \(horizon.returns) returns\n"
            let enough = horizon.returns >= 30
            switch horizon.minutes {
            case 1:
                row("excess kurtosis", horizon.excessKurtosis, 10...60, "10-60")
                row("autocorrelation, lag 1", horizon.autocorrelationLag1, -0.07...0.05, "-0.07 to 0.05 (R1)")
                row("|r| autocorrelation, lag 1", horizon.absoluteAutocorrelation(lag: 1), 0.2...0.45, "0.2-0.45 (R7)")
                row("|r| autocorrelation, lag 100", horizon.absoluteAutocorrelation(lag: 100), 0.05...1, "> 0.05 (R7)")
                row("Hill tail index (5%)", horizon.tailIndex, 2.2...3.5, "2.2-3.5 (R5)")
                row("share beyond 4 sigma", horizon.beyondFourSigma, 0.003...0.015, "0.3-1.5% (R6)")
                row(
                    "volume vs |r| correlation", facts.minute.volumeAbsoluteReturnCorrelation, 0.35...0.75,
                    "0.35-0.75 (R11)")
            case 15:
                row("excess kurtosis", horizon.excessKurtosis, nil, "real 5m: 16-30")
                row("|r| autocorrelation, lag 1", horizon.absoluteAutocorrelation(lag: 1), 0.15...1, "> 0.15")
                row("|r| autocorrelation, lag 1 day", horizon.absoluteAutocorrelation(lag: 96), 0.05...1, "> 0.05")
            case 60:
                row("excess kurtosis", horizon.excessKurtosis, 8...40, "8-40 (R3)")
                for lag in [1, 5, 10] {
                    row(
                        "|r| autocorrelation, lag \(lag)", horizon.absoluteAutocorrelation(lag: lag), 0.15...1, "> 0.15"
                    )
                }
                row("|r| autocorrelation, lag 24", horizon.absoluteAutocorrelation(lag: 24), 0.1...1, "> 0.1 (R7)")
                row("Hill tail index (5%)", horizon.tailIndex, 2.2...3.5, "2.2-3.5 (R5)")
            default:
                row("excess kurtosis", enough ? horizon.excessKurtosis : nil, 2...12, "2-12 (R4)")
                row(
                    "|r| autocorrelation, lag 1", enough ? horizon.absoluteAutocorrelation(lag: 1) : nil, nil,
                    "real: 0.2")
            }
        }
        if let drift {
            text += String(
                format: "drift: %d seeds x %d days of calm: mean log return %+.4f, standard error %.4f (%@)\n", seeds,
                driftDays, drift.mean, drift.standardError,
                abs(drift.mean) <= 2 * drift.standardError
                    ? "within two standard errors of zero" : "OUTSIDE two standard errors")
        }
        text += String(
            format: """
                flash-crash:
                  open interest liquidated   %.1f%%
                  liquidated that was long   %.1f%%
                  depth within 0.5%% of mid   %.2fx of before
                  spread                     %.1fx of before

                """, crash.openInterestLiquidated * 100, crash.longShare * 100, crash.depthRatio, crash.spreadRatio)
        StandardStreams.writeOutput(text)
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
