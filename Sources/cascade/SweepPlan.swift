import ArgumentParser
import CascadeSim
import Foundation

/// `--set KEY=V1,V2,…` of `cascade sweep`: one scenario key and the values the sweep tries.
struct SweepAxis {
    /// The key's TOML path.
    var path: [String]
    var values: [String]

    /// Reads `KEY=V1,V2`; a usage error saying the form otherwise.
    static func parse(_ text: String) throws -> SweepAxis {
        guard let setting = ScenarioOverride(parsing: text) else {
            throw ValidationError("--set takes KEY=V1,V2,…, such as margin.model=static,ewma")
        }
        let values = setting.value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard values.allSatisfy({ !$0.isEmpty }) else {
            throw ValidationError(
                "--set \(text): the values are separated by single commas, such as margin.model=static,ewma")
        }
        return SweepAxis(path: setting.path, values: values)
    }
}

/// `--seeds 1-200` (or one seed, `7`): the seeds of a sweep, at most 100,000 of them.
struct SeedRange {
    var seeds: ClosedRange<UInt64>

    static func parse(_ text: String) throws -> SeedRange {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let low = try SeedArgument.parse(parts[0])
        let high = try parts.count == 2 ? SeedArgument.parse(parts[1]) : low
        guard low <= high, high - low < 100_000 else {
            throw ValidationError("seeds are FIRST-LAST with FIRST ≤ LAST and at most 100000 of them, such as 1-200")
        }
        return SeedRange(seeds: low...high)
    }
}

/// One run of a sweep: a seed and one value of each axis.
struct SweepRun {
    var seed: UInt64
    var settings: [ScenarioOverride]

    /// `seed-3_margin.model=ewma`: the name of its summary file, unique within the sweep.
    var name: String {
        let safe = settings.map { setting in
            String(setting.description.map { $0.isLetter || $0.isNumber || "._=-".contains($0) ? $0 : "_" })
        }
        return (["seed-\(seed)"] + safe).joined(separator: "_")
    }

    /// `margin.model=ewma insurance_fund=0`: the combination it belongs to, as the table names it.
    var label: String { SweepRun.label(settings.map { ($0.key, $0.value) }) }

    /// The label of a combination of settings, in the order given; `(as written)` for none.
    static func label(_ settings: [(String, String)]) -> String {
        settings.isEmpty ? "(as written)" : settings.map { "\($0)=\($1)" }.joined(separator: " ")
    }

    /// The `cascade run` arguments that make this run, writing its summary to `summary`.
    func arguments(scenario: String, duration: String?, summary: String) -> [String] {
        var arguments = ["run", "--scenario", scenario, "--seed", "\(seed)", "--quiet", "--summary", summary]
        if let duration { arguments += ["--duration", duration] }
        for setting in settings { arguments += ["--set", setting.description] }
        return arguments
    }
}

/// The runs of a sweep: every combination of the axes' values (the first axis slowest), each over
/// every seed.
struct SweepPlan {
    var scenario: String
    var seeds: ClosedRange<UInt64>
    var axes: [SweepAxis]
    var duration: String?

    /// The combinations in order, each a list of settings.
    var combinations: [[ScenarioOverride]] {
        axes.reduce([[]]) { combinations, axis in
            combinations.flatMap { prefix in
                axis.values.map { prefix + [ScenarioOverride(path: axis.path, value: $0)] }
            }
        }
    }

    var runs: [SweepRun] {
        combinations.flatMap { settings in seeds.map { SweepRun(seed: $0, settings: settings) } }
    }

    /// `'/path/cascade' 'run' '--scenario' 'calm' …`: one shell line per run, its summary written
    /// under `folder`, for GNU parallel or a Slurm array.
    func jobLines(executable: String, folder: URL) -> [String] {
        runs.map { run in
            let summary = folder.appendingPathComponent("\(run.name).json").path
            return ([executable] + run.arguments(scenario: scenario, duration: duration, summary: summary))
                .map(Self.quoted).joined(separator: " ")
        }
    }

    /// `text` in single quotes for a POSIX shell.
    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
