import TOMLKit
import TerminalKit

extension ConfigReader {
    /// The `[keys]` table: `action = "key"` or `action = ["key", "key"]` for any action of the main
    /// key map. An unknown action or key name, or a key another action keeps, is a problem on its
    /// line, and that action keeps its default keys.
    mutating func keys(_ value: any TOMLValueConvertible) -> [Action: [Key]] {
        guard let table = value.table else {
            fail("keys", "'keys' must be a table: [keys] with lines such as buy = \"b\"")
            return [:]
        }
        let actions = Dictionary(KeyMap.standard.bindings.map { ($0.action.configName, $0.action) }) { first, _ in first
        }
        var requested: [Action: (keys: [Key], line: Int)] = [:]
        for name in table.keys.sorted() {
            guard let value = table[name] else { continue }
            guard let action = actions[name] else {
                fail(
                    name, in: "keys",
                    "unknown action '\(name)'; actions: \(actions.keys.sorted().joined(separator: ", "))")
                continue
            }
            let names = value.string.map { [$0] } ?? value.array?.compactMap(\.string) ?? []
            guard !names.isEmpty, names.count == (value.array?.count ?? 1) else {
                fail(
                    name, in: "keys", "'\(name)' must be a key name or a list of them, such as \"b\" or [\"?\", \"F1\"]"
                )
                continue
            }
            if let bad = names.first(where: { KeyName.key($0) == nil }) {
                fail(name, in: "keys", "'\(bad.escapingNonPrintable())' is not a key: a key is \(KeyName.hint)")
                continue
            }
            requested[action] = (names.compactMap(KeyName.key), line(of: name, in: "keys") ?? 0)
        }
        return resolvingConflicts(requested)
    }

    /// Drops rebindings that give a key to two actions, one at a time (the later line first), until
    /// none is left, listing each.
    private mutating func resolvingConflicts(_ requested: [Action: (keys: [Key], line: Int)]) -> [Action: [Key]] {
        var accepted = requested
        while let (key, first, second) = KeyMap.standard.rebinding(accepted.mapValues(\.keys)).conflict() {
            let (dropped, kept) =
                (accepted[second]?.line ?? -1) > (accepted[first]?.line ?? -1) ? (second, first) : (first, second)
            let keeper = accepted[kept].map { "\(kept.configName) (line \($0.line))" } ?? "\(kept.configName)"
            let how = accepted[kept] == nil ? " by default: rebind it too" : ""
            errors.append(
                ConfigError(
                    file: file, line: accepted[dropped]?.line,
                    message: "key '\(KeyName.name(key))' for \(dropped.configName) is bound to \(keeper)\(how); "
                        + "\(dropped.configName) keeps its default keys"))
            accepted[dropped] = nil
        }
        return accepted.mapValues(\.keys)
    }
}
