import TOMLInput
import TOMLKit

/// One `KEY=VALUE` from the command line (`cascade run --set`, `cascade sweep --set`) that changes a
/// scenario as if its file said so: `insurance_fund=500000`, `liquidation.style=backstop`,
/// `markets.1.price=3000` (the second `[[markets]]`). The value is read as a TOML value (`2`, `0.5`,
/// `true`, `"6h"`), else taken as a string (`ewma`, `6h`); the scenario's own checks then judge it.
public struct ScenarioSetting: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The dotted path of the key: tables by name, arrays of tables by index from 0.
    public var key: String
    /// The value as written after `=`.
    public var value: String

    /// The setting of `key` (a dotted path) to `value` (as written).
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// Reads `KEY=VALUE`; a missing `=` or key is an error naming the text.
    public init(parsing text: String) throws(ScenarioError) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex,
            text[..<equals].split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty })
        else {
            throw ScenarioError(
                file: "--set \(text)", line: nil,
                message:
                    "a setting is KEY=VALUE with a dotted key, such as insurance_fund=500000 or markets.0.price=3000")
        }
        key = String(text[..<equals])
        value = String(text[text.index(after: equals)...])
    }

    /// `KEY=VALUE`, as given.
    public var description: String { "\(key)=\(value)" }

    /// The value as TOML reads it, or the text as a string when it is not a TOML value.
    private var tomlValue: TOMLValueConvertible {
        (try? TOMLInput.table("v = \(value)"))?["v"] ?? value
    }

    /// Writes the value at the key's path in `root`, making the tables on the way when missing.
    func apply(to root: TOMLTable) throws(ScenarioError) {
        try Self.set(tomlValue, at: key.split(separator: ".").map(String.init)[...], in: root, setting: self)
    }

    /// Sets `value` at `path` under `table`; each table or array on the way is written back to its
    /// parent, so the change holds whether the reader hands out copies or references.
    private static func set(
        _ value: TOMLValueConvertible, at path: ArraySlice<String>, in table: TOMLTable, setting: ScenarioSetting
    ) throws(ScenarioError) {
        guard let first = path.first else { return }
        let rest = path.dropFirst()
        guard !rest.isEmpty else {
            table[first] = value
            return
        }
        if let array = table[first]?.array {
            guard let index = rest.first.flatMap({ Int($0) }), array.indices.contains(index),
                let element = array[index].table
            else {
                throw ScenarioError(
                    file: "--set \(setting)", line: nil,
                    message: "'\(first)' is a list of \(array.count) tables: name one by its index from 0, "
                        + "as \(first).0.KEY")
            }
            try set(value, at: rest.dropFirst(), in: element, setting: setting)
            array[index] = element
            table[first] = array
            return
        }
        if let existing = table[first], existing.table == nil {
            throw ScenarioError(file: "--set \(setting)", line: nil, message: "'\(first)' is a value, not a table")
        }
        let child = table[first]?.table ?? TOMLTable()
        try set(value, at: rest, in: child, setting: setting)
        table[first] = child
    }
}
