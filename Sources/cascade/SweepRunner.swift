import CascadeCore
import Foundation

/// Runs a sweep's `cascade run` processes, at most `jobs` at a time, on this machine: each writes
/// its summary to `folder`/NAME.json and its standard error to `folder`/NAME.err. A run that fails
/// does not stop the others.
struct SweepRunner {
    /// How one run ended.
    struct Outcome {
        var run: SweepRun
        /// The exit status, or 128 + the signal that ended it.
        var status: Int32
        /// The last line it wrote on standard error, for a failed run.
        var message: String
    }

    var executable: URL
    var plan: SweepPlan
    var folder: URL
    var jobs: Int

    /// Runs every run of the plan; `progress` hears the share done after each one ends.
    /// - Complexity: polls the running processes every 20 ms of wall time.
    func run(progress: (Double, _ failed: Int) -> Void) throws -> [Outcome] {
        var pending = plan.runs[...]
        let total = pending.count
        var running: [(process: Process, run: SweepRun)] = []
        var outcomes: [Outcome] = []
        while !pending.isEmpty || !running.isEmpty {
            while running.count < jobs, let run = pending.popFirst() {
                running.append((try start(run), run))
            }
            usleep(20_000)
            for (process, run) in running where !process.isRunning {
                outcomes.append(outcome(of: run, process))
                progress(Double(outcomes.count) / Double(total), outcomes.count { $0.status != 0 })
            }
            running.removeAll { !$0.process.isRunning }
        }
        return outcomes
    }

    private func start(_ run: SweepRun) throws -> Process {
        let process = Process()
        process.executableURL = executable
        let summary = folder.appendingPathComponent("\(run.name).json").path
        process.arguments = run.arguments(scenario: plan.scenario, duration: plan.duration, summary: summary)
        let errors = folder.appendingPathComponent("\(run.name).err")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: errors.path])
        }
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func outcome(of run: SweepRun, _ process: Process) -> Outcome {
        let status =
            process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        let errors = folder.appendingPathComponent("\(run.name).err")
        let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        let last = text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        if status == 0 && text.isEmpty { try? FileManager.default.removeItem(at: errors) }
        return Outcome(run: run, status: status, message: last.escapingNonPrintable())
    }
}
