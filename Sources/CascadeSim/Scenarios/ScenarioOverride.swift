import TOMLInput
import TOMLKit

/// One `--set KEY=VALUE`: a scenario key named by its TOML path (`margin.model`, `duration`,
/// `liquidation.style`), with the value written as in TOML (`0.97`, `"2h"`, `true`) or as a bare
/// word taken for a string (`ewma`).
///
/// Overrides are applied to the scenario file's table before it is read, so a value is checked by
/// the same rules, with the same messages, as if it were written in the file. Keys of `[[markets]]`
/// and `[[events]]` (arrays of tables) cannot be set.
public struct ScenarioOverride: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The key's path: a top-level key, or a table's name then its key.
    public var path: [String]
    /// The value as written after `=`.
    public var value: String

    /// Reads `KEY=VALUE`; `nil` without a `=`, with an empty key or value, or with an empty path part.
    public init?(parsing text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let key = text[..<equals].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let value = String(text[text.index(after: equals)...])
        guard !key.isEmpty, key.allSatisfy({ !$0.isEmpty }), !value.isEmpty else { return nil }
        path = key
        self.value = value
    }

    /// The key `path` (a top-level key, or a table's name then its key) set to `value`.
    public init(path: [String], value: String) {
        self.path = path
        self.value = value
    }

    /// The key's dotted path, `margin.model`.
    public var key: String { path.joined(separator: ".") }

    /// `KEY=VALUE` as given.
    public var description: String { key + "=" + value }

    /// The value as TOML reads it, else as a string.
    var tomlValue: TOMLValueConvertible {
        if !value.contains("\n"), let table = try? TOMLInput.table("value = " + value), let parsed = table["value"] {
            return parsed
        }
        return value
    }

    /// Sets the key in `root`, making the tables on its path that are missing.
    /// - Throws: when a part of the path names a value that is not a table.
    func apply(to root: TOMLTable) throws(ScenarioError) {
        var table = root
        for part in path.dropLast() {
            if table[part] == nil { table[part] = TOMLTable() }
            guard let next = table[part]?.table else {
                throw ScenarioError(
                    file: "--set \(self)", line: nil,
                    message: "'\(part)' is not a table: only top-level keys and keys of [tables] can be set")
            }
            table = next
        }
        table[path[path.count - 1]] = tomlValue
    }
}
