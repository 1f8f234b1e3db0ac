import Foundation
import TerminalKit

extension Action {
    /// The action's name in the config file's `[keys]` table: its case name in snake case
    /// (`closePosition` is `close_position`).
    var configName: String {
        if case .workspace(let workspace) = self { return "workspace_" + workspace.title.lowercased() }
        return String(describing: self).reduce(into: "") { name, character in
            if character.isUppercase { name += "_" + character.lowercased() } else { name.append(character) }
        }
    }
}

extension KeyMap {
    /// This map with the actions of `keys` on those keys instead of their own; help labels follow.
    func rebinding(_ keys: [Action: [Key]]) -> KeyMap {
        KeyMap(
            bindings: bindings.map { binding in
                guard let new = keys[binding.action] else { return binding }
                var rebound = binding
                rebound.keys = new
                rebound.label = new.map(KeyName.label).joined(separator: "/")
                return rebound
            })
    }

    /// How hints write the first key of `action` (`b`, `?`, `space`), or `-` when it has none.
    func key(for action: Action) -> String {
        bindings.first { $0.action == action }?.keys.first.map(KeyName.label) ?? "-"
    }

    /// The first key two actions share in this map (the workspace number keys included) that the
    /// standard map does not already give both (as Enter goes on with a lesson and dismisses a
    /// banner), and the two actions; nil when there is none.
    func conflict() -> (key: Key, first: Action, second: Action)? {
        let all = bindings + KeyMap.workspaces.bindings
        for (index, binding) in all.enumerated() {
            for key in binding.keys {
                guard
                    let other = all[(index + 1)...].first(where: {
                        $0.action != binding.action && $0.keys.contains(key)
                    })
                else { continue }
                if KeyMap.standard.binds(key, to: binding.action) && KeyMap.standard.binds(key, to: other.action) {
                    continue
                }
                return (key, binding.action, other.action)
            }
        }
        return nil
    }

    /// `help = ["?", "F1"]`: each action's line of a config file's `[keys]` table, with its help as
    /// a comment.
    var configLines: [String] {
        bindings.map { binding in
            let names = binding.keys.map { "\"\(KeyName.name($0).tomlEscaped)\"" }
            let value = names.count == 1 ? names[0] : "[\(names.joined(separator: ", "))]"
            let line = "\(binding.action.configName) = \(value)"
            return line + String(repeating: " ", count: max(1, 32 - line.count)) + "# \(binding.help)"
        }
    }
}

extension String {
    /// The text inside a TOML basic string: backslash and quote escaped.
    var tomlEscaped: String {
        replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
