import CascadeCore
import CascadeSim
import Foundation
import TOMLInput
import TOMLKit
import TerminalKit

extension DashboardConfig {
    /// The settings a config file may hold, in the order `cascade config --show` prints them.
    static let settings = ["scenario", "theme", "speed", "leverage", "margin_mode", "warmup", "fps", "keys"]

    /// Reads config text; `file` names it in errors. A setting with a problem is left out (its
    /// default holds) and the problem listed, so one typo costs that setting, not the file.
    public static func parse(_ text: String, file: String) -> (DashboardConfig, [ConfigError]) {
        let root: TOMLTable
        do throws(TOMLInput.Problem) {
            root = try TOMLInput.table(text)
        } catch {
            return (DashboardConfig(), [ConfigError(file: file, line: error.line, message: error.message)])
        }
        var reader = ConfigReader(file: file, lines: text.split(separator: "\n", omittingEmptySubsequences: false))
        var config = DashboardConfig()
        for key in root.keys.sorted() {
            guard let value = root[key] else { continue }
            switch key {
            case "scenario": config.scenario = reader.scenario(value)
            case "theme": config.theme = reader.string(value, key)
            case "speed":
                config.speed = reader.number(value, key, in: SimulationSpeed.range)
            case "leverage": config.leverage = reader.number(value, key, in: 1...125).map(Int.init)
            case "margin_mode": config.marginMode = reader.marginMode(value)
            case "warmup": config.warmUp = reader.warmUp(value)
            case "fps": config.fps = reader.number(value, key, in: 1...120).map(Int.init)
            case "keys": config.keys = reader.keys(value)
            default:
                reader.fail(key, "unknown setting '\(key)'; settings are \(settings.joined(separator: ", "))")
            }
        }
        return (config, reader.errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }
}

/// Reads one config file's values, gathering its problems with their lines.
struct ConfigReader {
    let file: String
    /// The file's lines, to find where a key was written (TOMLKit reports lines for syntax errors only).
    let lines: [Substring]
    var errors: [ConfigError] = []

    init(file: String, lines: [Substring]) {
        self.file = file
        self.lines = lines
    }

    /// Lists a problem with `key`, at the line that sets it (in `[section]` when given).
    mutating func fail(_ key: String, in section: String? = nil, _ message: String) {
        errors.append(ConfigError(file: file, line: line(of: key, in: section), message: message))
    }

    /// The 1-based line where `key` is set: at the top level, or in the `[section]` table.
    func line(of key: String, in section: String? = nil) -> Int? {
        var current: String?
        for (number, text) in lines.enumerated() {
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("[") {
                current = String(trimmed.dropFirst().prefix { $0 != "]" }).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard current == section else { continue }
            for written in [key, "\"\(key)\""] where trimmed.hasPrefix(written) {
                if trimmed.dropFirst(written.count).drop(while: { $0 == " " || $0 == "\t" }).first == "=" {
                    return number + 1
                }
            }
        }
        return nil
    }

    mutating func string(_ value: any TOMLValueConvertible, _ key: String) -> String? {
        guard let text = value.string else {
            fail(key, "'\(key)' must be a string")
            return nil
        }
        return text
    }

    mutating func number(_ value: any TOMLValueConvertible, _ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let number = value.double ?? value.int.map(Double.init), range.contains(number) else {
            fail(key, "'\(key)' must be a number from \(range.lowerBound.plainText) to \(range.upperBound.plainText)")
            return nil
        }
        return number
    }

    mutating func scenario(_ value: any TOMLValueConvertible) -> String? {
        guard let name = string(value, "scenario") else { return nil }
        guard name.contains("/") || name.hasSuffix(".toml") || ScenarioLibrary.names.contains(name) else {
            fail(
                "scenario", "no built-in scenario '\(name)'; built in: \(ScenarioLibrary.names.joined(separator: ", "))"
            )
            return nil
        }
        return name
    }

    mutating func marginMode(_ value: any TOMLValueConvertible) -> MarginMode? {
        switch value.string {
        case "cross": return .cross
        case "isolated": return .isolated
        default:
            fail("margin_mode", "'margin_mode' must be \"cross\" or \"isolated\"")
            return nil
        }
    }

    mutating func warmUp(_ value: any TOMLValueConvertible) -> SimTime? {
        if value.int == 0 || value.string == "0" { return 0 }
        guard let text = value.string, let time = SimDuration.parse(text) else {
            fail("warmup", "'warmup' must be a duration such as \"10m\", \"2h\" or \"1h30m\", or \"0\" for none")
            return nil
        }
        return time
    }
}

extension Double {
    /// `0.25`, `600`: the number without a needless `.0`.
    fileprivate var plainText: String { self == rounded() ? String(Int(self)) : String(self) }
}
