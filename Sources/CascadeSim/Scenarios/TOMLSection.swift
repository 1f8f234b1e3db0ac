import CascadeCore
import TOMLKit

/// One table of a TOML file being read into a scenario: typed getters that refuse unknown keys and
/// wrong types with the file and line, so a typo never silently becomes a default.
struct TOMLSection {
    let table: TOMLTable
    let file: String
    /// The file's lines, to find where a key was written (TOMLKit reports lines for syntax errors only).
    let lines: [Substring]
    /// The line of this section's header (0 for the top level), and the line where the next begins.
    let start: Int
    let end: Int

    /// Refuses any key not in `known`.
    func expectOnly(_ known: Set<String>) throws(ScenarioError) {
        for key in table.keys.sorted() where !known.contains(key) {
            throw error("unknown key '\(key)'", key: key)
        }
    }

    func string(_ key: String) throws(ScenarioError) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw error("'\(key)' must be a string", key: key) }
        return text
    }

    func double(_ key: String, in range: ClosedRange<Double>) throws(ScenarioError) -> Double? {
        guard let value = table[key] else { return nil }
        guard let number = value.double ?? value.int.map(Double.init) else {
            throw error("'\(key)' must be a number", key: key)
        }
        guard range.contains(number) else {
            throw error("'\(key)' must lie between \(range.lowerBound) and \(range.upperBound)", key: key)
        }
        return number
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws(ScenarioError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int else { throw error("'\(key)' must be a whole number", key: key) }
        guard range.contains(number) else {
            throw error("'\(key)' must lie between \(range.lowerBound) and \(range.upperBound)", key: key)
        }
        return number
    }

    /// A duration such as `"90s"`, `"30m"`, `"6h"`, `"1d"` or `"1h30m"`; with `positive`, above zero
    /// (a length of time, the rule `--duration` follows too).
    func duration(_ key: String, positive: Bool = false) throws(ScenarioError) -> SimTime? {
        guard let text = try string(key) else { return nil }
        guard let time = positive ? SimDuration.parseLength(text) : SimDuration.parse(text) else {
            let shown = text.count > 40 ? text.prefix(40) + "…" : text[...]
            throw error(
                "'\(key)' must be a duration\(positive ? " above zero" : "") such as \"90s\", \"30m\" or \"6h\""
                    + " (at most 10000d), not \"\(shown)\"", key: key)
        }
        return time
    }

    func subtable(_ key: String) throws(ScenarioError) -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let table = value.table else { throw error("'\(key)' must be a table", key: key) }
        return table
    }

    func error(_ message: String, key: String? = nil) -> ScenarioError {
        ScenarioError(file: file, line: key.flatMap(line(of:)) ?? (start > 0 ? start : nil), message: message)
    }

    /// The 1-based line where `key` is assigned inside this section.
    private func line(of key: String) -> Int? {
        for number in start..<min(end, lines.count) {
            let text = lines[number].drop { $0 == " " || $0 == "\t" }
            guard text.hasPrefix(key) else { continue }
            let rest = text.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
            if rest.first == "=" { return number + 1 }
        }
        return nil
    }
}

/// Durations written the way people write them: `45s`, `30m`, `6h`, `2d`, and sums like `1h30m`.
///
/// One parser for every duration Cascade reads: scenario files and the command line's flags.
public enum SimDuration {
    /// The longest duration there is: 10,000 days, in every number of a sum and in the sum.
    static let longest: SimTime = 10_000 * 24 * .hour

    /// The time `text` says, zero included (a latency of `"0s"`); `nil` when it is malformed or
    /// longer than `longest`, so no sum of parts can overflow.
    public static func parse(_ text: String) -> SimTime? {
        var total: SimTime = 0
        var digits = ""
        var sawUnit = false
        for character in text {
            if character.isASCII, character.isWholeNumber {
                digits.append(character)
                guard digits.count <= 6 else { return nil }
                continue
            }
            let unit: SimTime? =
                switch character {
                case "s": .second
                case "m": .minute
                case "h": .hour
                case "d": 24 * .hour
                default: nil
                }
            guard let unit, let count = SimTime(digits), count <= 10_000 else { return nil }
            total += count * unit
            guard total <= longest else { return nil }
            digits = ""
            sawUnit = true
        }
        return digits.isEmpty && sawUnit ? total : nil
    }

    /// A length of time something runs for (a run, a bar): a duration above zero.
    public static func parseLength(_ text: String) -> SimTime? {
        parse(text).flatMap { $0 > 0 ? $0 : nil }
    }

    /// `6h`, `1h30m`, `45s`: the shortest way to write a time.
    public static func format(_ time: SimTime) -> String {
        var rest = time / .second
        var text = ""
        for (unit, letter) in [(86_400 as Int64, "d"), (3_600, "h"), (60, "m"), (1, "s")] where rest >= unit {
            text += "\(rest / unit)\(letter)"
            rest %= unit
        }
        return text.isEmpty ? "0s" : text
    }
}
