import ArgumentParser
import CascadeSim
import Dashboard
import Foundation

/// `cascade sweep`: one scenario over many seeds and settings, run as headless `cascade run`
/// processes, then compared: `results.csv` with one row per run and a table of means with 95%
/// intervals. For more than one machine it writes the runs as shell lines (`--emit-jobs`) for GNU
/// parallel or a Slurm array, and builds the table from summaries gathered anywhere (`--collect`).
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a scenario over many seeds and settings, and compare the runs.",
        discussion: """
            Every combination of the --set values runs once per seed. Each run is 'cascade run' in its own \
            process; its summary goes to OUT/runs/, results.csv to OUT. A run that fails is listed with its \
            exit status and does not stop the others.
            """
    )

    @Option(help: "A built-in scenario (see 'cascade scenarios') or a path to a scenario .toml file.")
    var scenario = "calm"

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Seeds to run, FIRST-LAST (default: 1-10).", valueName: "range"),
        transform: SeedRange.parse)
    var seeds: SeedRange?

    @Option(
        name: .customLong("set"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp(
            "A scenario key and the values to try, such as insurance_fund=0,1000000 (repeatable: every "
                + "combination runs).", valueName: "key=v1,v2"),
        transform: SweepAxis.parse)
    var axes: [SweepAxis] = []

    @Option(help: "Simulated time of each run, such as 30m or 6h (default: the scenario's).")
    var duration: String?

    @Option(help: "Folder for results.csv and each run's summary (made if missing).")
    var out: String?

    @Option(help: "Runs at once (default: the machine's cores).")
    var jobs: Int?

    @Option(
        name: .customLong("emit-jobs"),
        help: ArgumentHelp(
            "Write one 'cascade run' line per run to this file instead of running them (for GNU parallel or "
                + "a Slurm array); their summaries go to OUT/runs.", valueName: "file"))
    var emitJobs: String?

    @Option(
        help: ArgumentHelp(
            "Build the table from the run summaries under this folder, wherever they were made.", valueName: "folder"))
    var collect: String?

    func validate() throws {
        if collect == nil && out == nil {
            throw ValidationError("say where the results go with --out DIR (or read them with --collect DIR)")
        }
        if let jobs, !(1...512).contains(jobs) { throw ValidationError("--jobs is 1 to 512") }
        if let duration { _ = try DurationArgument.parse(duration) }
    }

    func run() throws {
        if let collect {
            let folder = URL(fileURLWithPath: collect)
            let results = SweepResults(files: SweepResults.summaries(under: folder))
            guard !results.records.isEmpty else {
                StandardStreams.writeError("No run summaries under \(collect.escapingNonPrintable())\n")
                throw ExitCode.dataError
            }
            let csv = folder.appendingPathComponent("results.csv")
            try StandardStreams.writeText(results.csv, to: csv.path)
            report(results, heading: "\(results.records.count) runs collected from \(collect)", csv: csv.path)
            if !results.skipped.isEmpty {
                StandardStreams.writeOutput(
                    "\nNot run summaries, left out: \(results.skipped.joined(separator: ", "))\n")
            }
            return
        }
        _ = try ScenarioOptions.build(ScenarioOptions.source(of: scenario))
        let folder = URL(fileURLWithPath: out ?? ".")
        let runs = folder.appendingPathComponent("runs")
        try FileManager.default.createDirectory(at: runs, withIntermediateDirectories: true)
        let plan = SweepPlan(
            scenario: scenario, seeds: (seeds ?? SeedRange(seeds: 1...10)).seeds, axes: axes, duration: duration)
        let executable = Self.executable()
        if let emitJobs {
            let lines = plan.jobLines(executable: executable.path, folder: runs)
            try StandardStreams.writeText(lines.joined(separator: "\n") + "\n", to: emitJobs)
            StandardStreams.writeOutput(
                "Wrote \(lines.count) runs to \(emitJobs): run them with 'parallel < \(emitJobs)' (or one line per "
                    + "Slurm array task), then 'cascade sweep --collect \(runs.path)'.\n")
            return
        }
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let progress = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        let started = Date()
        let outcomes = try SweepRunner(executable: executable, plan: plan, folder: runs, jobs: jobs).run { done, _ in
            progress.show(done)
        }
        progress.finish()
        // In the plan's order, so the table lists the settings as they were given.
        let failedNames = Set(outcomes.filter { $0.status != 0 }.map(\.run.name))
        let succeeded = plan.runs.filter { !failedNames.contains($0.name) }
        let results = SweepResults(files: succeeded.map { runs.appendingPathComponent("\($0.name).json") })
        let csv = folder.appendingPathComponent("results.csv")
        try StandardStreams.writeText(results.csv, to: csv.path)
        let failed = outcomes.filter { $0.status != 0 }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        report(
            results,
            heading: "\(plan.scenario), seeds \(plan.seeds.lowerBound)-\(plan.seeds.upperBound)"
                + (duration.map { ", \($0) each" } ?? "") + ": \(outcomes.count) runs in \(seconds) s, \(jobs) at once"
                + (failed.isEmpty ? "" : ", \(failed.count) failed"), csv: csv.path)
        guard failed.isEmpty else {
            var text = "\n\(failed.count) run\(failed.count == 1 ? "" : "s") failed:\n"
            for outcome in failed.sorted(by: { $0.run.name < $1.run.name }) {
                text +=
                    "  seed \(outcome.run.seed) \(outcome.run.label): exit \(outcome.status)"
                    + (outcome.message.isEmpty ? "" : ": \(outcome.message)") + "\n"
            }
            StandardStreams.writeOutput(text)
            throw ExitCode.failure
        }
    }

    /// Prints the heading, the comparison table and the distribution chart.
    private func report(_ results: SweepResults, heading: String, csv: String) {
        let table = SweepTable(results: results)
        var text = "\(heading)\n\n\(table.text)\n"
        if let chart = table.chart { text += "\n\(chart)\n" }
        text += "\nOne row per run in \(csv)\n"
        StandardStreams.writeOutput(text)
    }

    /// This program's own file, which the runs start again.
    private static func executable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }
}
