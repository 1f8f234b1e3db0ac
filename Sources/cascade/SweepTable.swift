import CascadeSim
import Foundation

/// The comparison `cascade sweep` prints: per combination of settings, the mean and 95% interval
/// of each stress figure over its seeds, then the distribution of liquidations per run.
struct SweepTable {
    /// A column: its heading and the summary figure it reads.
    struct Column {
        var title: String
        var figure: String
        /// Whole units when large, cents otherwise; counts with one decimal.
        var isMoney: Bool
    }

    var results: SweepResults

    /// The stress figures, and the margin's rise in the stress window when the runs report it.
    var columns: [Column] {
        var columns = [
            Column(title: "liquidations", figure: "liquidations.count", isMoney: false),
            Column(title: "liquidated USDC", figure: "liquidations.notional", isMoney: true),
            Column(title: "bad debt USDC", figure: "bad_debt", isMoney: true),
            Column(title: "fund drawdown USDC", figure: "insurance_fund.drawdown", isMoney: true),
            Column(title: "ADL", figure: "adl.count", isMoney: false),
        ]
        let figures = Set(results.records.flatMap(\.figures.keys))
        if let rise = figures.sorted().first(where: { $0.hasSuffix("procyclicality") }) {
            columns.append(Column(title: "margin rise", figure: rise, isMoney: false))
        }
        return columns
    }

    /// The table, one row per combination: `mean ± half-width` (just the mean for one run).
    var text: String {
        let labels = results.labels
        var rows = [["", "runs"] + columns.map(\.title)]
        for label in labels {
            let cells = columns.map { column -> String in
                let values = results.values(column.figure, of: label)
                guard !values.isEmpty else { return "—" }
                let summary = SampleSummary(values)
                let large = abs(summary.mean) >= 1_000
                let mean = Self.format(summary.mean, money: column.isMoney, large: large)
                return summary.halfWidth.map { "\(mean) ± \(Self.format($0, money: column.isMoney, large: large))" }
                    ?? mean
            }
            rows.append([label, "\(results.records.count { $0.label == label })"] + cells)
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == 0
                    ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// Each combination's liquidations per run as a row of bars over shared bins, so their spreads
    /// can be compared at a glance; nil without runs.
    var chart: String? {
        let labels = results.labels
        let all = labels.flatMap { results.values("liquidations.count", of: $0) }
        guard let low = all.min(), let high = all.max() else { return nil }
        let bins = 24
        let width = max(1, (high - low) / Double(bins))
        let ramp = Array(" ▁▂▃▄▅▆▇█")
        let labelWidth = labels.map(\.count).max() ?? 0
        var lines = [
            "liquidations per run, \(Self.format(low, money: false)) to \(Self.format(high, money: false)) "
                + "in \(bins) bins (each row scaled to its fullest bin)"
        ]
        for label in labels {
            let values = results.values("liquidations.count", of: label).sorted()
            var counts = [Int](repeating: 0, count: bins)
            for value in values { counts[min(bins - 1, Int((value - low) / width))] += 1 }
            let fullest = max(1, counts.max() ?? 1)
            let bars = String(counts.map { ramp[$0 == 0 ? 0 : max(1, $0 * 8 / fullest)] })
            let median = values.isEmpty ? 0 : values[values.count / 2]
            lines.append(
                label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  │\(bars)│  median "
                    + Self.format(median, money: false))
        }
        return lines.joined(separator: "\n")
    }

    /// `12,345` for large amounts, `12.34` for small money, `3.5` for counts; `large` (default: the
    /// value's own size) writes whole units, so an interval reads in its mean's units.
    static func format(_ value: Double, money: Bool, large: Bool? = nil) -> String {
        if large ?? (abs(value) >= 1_000) {
            let formatter = NumberFormatter()
            formatter.numberStyle = .decimal
            formatter.maximumFractionDigits = 0
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.usesGroupingSeparator = true
            formatter.groupingSeparator = ","
            return formatter.string(from: NSNumber(value: value)) ?? String(Int64(value))
        }
        return String(format: money ? "%.2f" : "%.1f", value)
    }
}
