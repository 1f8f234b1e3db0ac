import ArgumentParser
import CascadeSim
import Foundation

/// `cascade run`: the simulated market without a screen.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario headless, as fast as possible, and report what happened.",
        discussion: """
            Events are written as JSON lines (prices in ticks, sizes in lots, money in minor units).
            The summary goes to standard output (unless --quiet) and, with --summary, to a JSON file.
            """
    )

    @OptionGroup var world: ScenarioOptions

    @Option(
        parsing: .unconditional, help: "Simulated time to run, such as 90s, 30m, 6h or 1d (default: the scenario's).",
        transform: DurationArgument.parse)
    var duration: DurationArgument?

    @Option(help: "Write every event as one JSON object per line to this file.")
    var events: String?

    @Option(help: "Write the summary as JSON to this file.")
    var summary: String?

    @Option(help: "Write OHLCV bars of the first market, as LENGTH:FILE.csv (for example 1m:bars.csv).")
    var bars: BarsArgument?

    @Flag(help: "Print nothing on standard output.")
    var quiet = false

    func run() throws {
        var run = HeadlessRun(scenario: try world.load(), seed: world.seed, duration: duration?.time)
        run.settings = world.set.overrides
        run.eventsPath = events
        run.bars = bars.map { ($0.length, $0.path) }
        run.summaryPath = summary
        let progress = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        let result: RunSummary
        do {
            result = try run.run { progress.show($0) }.summary
        } catch {
            progress.finish()
            StandardStreams.writeError("\(error)\n")
            throw ExitCode.failure
        }
        progress.finish()
        if let summary {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try StandardStreams.writeText(
                String(decoding: try encoder.encode(result), as: UTF8.self) + "\n", to: summary)
        }
        if !quiet { StandardStreams.writeOutput(result.text + "\n") }
        if result.ledgerDiscrepancy != 0 { throw ExitCode.failure }
    }
}

/// A one-line progress bar on standard error, redrawn when the shown percentage changes.
final class ProgressBar {
    private let enabled: Bool
    private var shown = -1

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ fraction: Double) {
        let percent = Int(fraction * 100)
        guard enabled, percent != shown else { return }
        shown = percent
        let width = 40
        let filled = width * percent / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        StandardStreams.writeErrorControl("\r\(bar) \(percent)%")
    }

    func finish() { if enabled && shown >= 0 { StandardStreams.writeErrorControl("\r\u{1B}[2K") } }
}
