import CascadeSim
import Foundation

/// The summaries of a sweep's runs, read back from their JSON files (`cascade run --summary`),
/// wherever they were made: every number in a summary becomes a figure named by its dotted JSON
/// path (`liquidations.count`, `insurance_fund.drawdown`), so figures added to the summary later
/// reach `results.csv` without a change here.
struct SweepResults {
    /// One run's summary.
    struct Record {
        var file: String
        var scenario: String
        var seed: UInt64
        /// Its `--set` settings, sorted by key.
        var settings: [(key: String, value: String)]
        var figures: [String: Double]
        /// Its text fields (`event_hash`, `liquidation_style`), for `results.csv`.
        var texts: [String: String]

        /// The combination it belongs to, as the table names it.
        var label: String { SweepRun.label(settings) }
    }

    private(set) var records: [Record] = []
    /// Files that were not summaries (or could not be read), with why.
    private(set) var skipped: [String] = []

    /// Reads `files`, in order; those that are not run summaries are listed in `skipped`.
    init(files: [URL]) {
        for file in files {
            guard let data = try? Data(contentsOf: file), !data.isEmpty,
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let scenario = object["scenario"] as? String, let seed = (object["seed"] as? NSNumber)?.uint64Value
            else {
                skipped.append(file.lastPathComponent)
                continue
            }
            var figures: [String: Double] = [:]
            var texts: [String: String] = [:]
            Self.flatten(object, prefix: "", into: &figures, texts: &texts)
            let settings = (object["settings"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }
                .map { (key: $0.key, value: $0.value) }
            records.append(
                Record(
                    file: file.lastPathComponent, scenario: scenario, seed: seed, settings: settings, figures: figures,
                    texts: texts))
        }
    }

    /// Every summary file (`*.json`) under `folder`, at any depth, in path order.
    static func summaries(under folder: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        let files = (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "json" }
        return files.sorted { $0.path < $1.path }
    }

    /// Adds each number under `value` to `figures` by its dotted path (booleans as 0 or 1), and
    /// each string to `texts`.
    private static func flatten(
        _ value: Any, prefix: String, into figures: inout [String: Double], texts: inout [String: String]
    ) {
        if let table = value as? [String: Any] {
            for (key, inner) in table where key != "settings" && key != "seed" && key != "scenario" {
                flatten(inner, prefix: prefix.isEmpty ? key : "\(prefix).\(key)", into: &figures, texts: &texts)
            }
        } else if let number = value as? NSNumber, !prefix.isEmpty {
            figures[prefix] = number.doubleValue
        } else if let text = value as? String, !prefix.isEmpty {
            texts[prefix] = text
        }
    }

    /// The combinations' labels in the order they first appear.
    var labels: [String] {
        var seen = Set<String>()
        return records.map(\.label).filter { seen.insert($0).inserted }
    }

    /// The values of `figure` over the runs of `label` (runs without it left out).
    func values(_ figure: String, of label: String) -> [Double] {
        records.filter { $0.label == label }.compactMap { $0.figures[figure] }
    }

    /// `results.csv`: one row per run, the scenario, seed and settings (`set:KEY`) first, then every figure
    /// and text field any run has, in name order (empty where a run lacks it).
    var csv: String {
        let settingKeys = Set(records.flatMap { $0.settings.map(\.key) }).sorted()
        let figureKeys = Set(records.flatMap { Array($0.figures.keys) + $0.texts.keys }).sorted()
        let header = ["scenario", "seed"] + settingKeys.map { "set:\($0)" } + figureKeys
        var lines = [header.map(Self.field).joined(separator: ",")]
        for record in records {
            let settings = Dictionary(record.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
            let row =
                [record.scenario, "\(record.seed)"] + settingKeys.map { settings[$0] ?? "" }
                + figureKeys.map { key in record.figures[key].map(Self.number) ?? record.texts[key] ?? "" }
            lines.append(row.map(Self.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A figure as written in the CSV: whole numbers without a decimal point.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
