import ArgumentParser
import CascadeBench
import CascadeCore
import CascadeSim
import Foundation

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

    @Option(
        parsing: .unconditional,
        help: "Simulated days of 'calm' to measure (daily figures need 30 or more; default 7).")
    var days: Int?

    @Option(
        help: ArgumentHelp(
            "Measure this bars file instead of simulating: the one-minute bars of any run, as written by "
                + "'cascade run --bars 1m:FILE'.", valueName: "file"))
    var bars: String?

    @Option(parsing: .unconditional, help: "Seed of the world.", transform: SeedArgument.parse)
    var seed: UInt64 = 1

    @Option(
        parsing: .unconditional,
        help: "Also run this many seeds of 'calm' for --drift-days each and report the mean log return.")
    var seeds = 0

    @Option(parsing: .unconditional, help: "Simulated days of each drift run.")
    var driftDays = 5

    func validate() throws {
        if let days, days <= 0 { throw ValidationError("--days must be positive, got \(days)") }
        if bars != nil && days != nil { throw ValidationError("--bars measures a file; --days sets a simulation") }
        guard (0...1_000).contains(seeds) else { throw ValidationError("--seeds must be 0 to 1000, got \(seeds)") }
        guard driftDays > 0 else { throw ValidationError("--drift-days must be positive, got \(driftDays)") }
    }

    func run() throws {
        let calm = try ScenarioLibrary.named("calm")
        let days = days ?? 7
        let facts: (minute: StylizedFacts, horizons: [HorizonFacts])
        if let bars {
            do {
                let file = try MinuteBarsFile.parse(try StandardStreams.readText(bars), file: bars)
                facts = RealismBenchmark.facts(minuteBars: file.bars)
            } catch {
                StandardStreams.writeError("Error: \(error)\n")
                throw ExitCode.validationFailure
            }
        } else {
            facts = RealismBenchmark.calmFacts(scenario: calm, seed: seed, days: days)
        }
        // The flash crash is a run of its own; with a bars file only the file is measured.
        let crash =
            bars == nil
            ? RealismBenchmark.crashFacts(scenario: try ScenarioLibrary.named("flash-crash"), seed: seed) : nil
        let drift = seeds > 0 ? RealismBenchmark.drift(scenario: calm, seeds: 1...UInt64(seeds), days: driftDays) : nil
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var lines = [
                #"{"name":"realism","days":\#(bars == nil ? days : (facts.minute.returns + 1) / 1_440),"#
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
            if let crash {
                lines.append(
                    #"{"name":"flash-crash","# + String(decoding: try encoder.encode(crash), as: UTF8.self).dropFirst())
            }
            return StandardStreams.writeOutput(lines.joined(separator: "\n") + "\n")
        }
        var text =
            bars.map { "realism: \($0.escapingNonPrintable()), \(facts.minute.returns) one-minute returns\n" }
            ?? "realism: \(days) days of calm (seed \(seed)), \(facts.minute.returns) one-minute returns\n"
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
                row("Hill tail index (5%)", horizon.tailIndex > 0 ? horizon.tailIndex : nil, 2.2...3.5, "2.2-3.5 (R5)")
                row("share beyond 4 sigma", horizon.beyondFourSigma, 0.003...0.015, "0.3-1.5% (R6)")
                row(
                    "volume vs |r|, detrended", facts.minute.detrendedVolumeAbsoluteReturnCorrelation, 0.35...0.75,
                    "0.35-0.75 (R11)")
                row("volume vs |r|, raw", facts.minute.volumeAbsoluteReturnCorrelation, nil, "real 1m: 0.52")
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
                row("Hill tail index (5%)", horizon.tailIndex > 0 ? horizon.tailIndex : nil, 2.2...3.5, "2.2-3.5 (R5)")
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
        guard let crash else { return StandardStreams.writeOutput(text) }
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
