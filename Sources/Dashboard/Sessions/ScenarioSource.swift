import CascadeCore
import CascadeSim

/// A scenario as the user chose it: the name or path given, the TOML text read from it, and the
/// command line's changes to it. A saved session keeps this, not the path alone, so it rebuilds the
/// same world even after the file has changed or moved.
public struct ScenarioSource: Sendable, Hashable, Codable {
    /// The built-in name or the path, as given (`calm`, `./crash.toml`).
    public var reference: String
    /// The scenario file's text.
    public var toml: String
    /// The name its errors give (`calm.toml`, or the path).
    public var file: String
    /// `--balance`: the user's starting balance in whole USDC, instead of the scenario's.
    public var userBalance: Int64?
    /// `--liquidation-style`: every market's waterfall, instead of the scenario's.
    public var liquidationStyle: LiquidationStyle?
    /// `--set KEY=VALUE`: scenario keys replaced by their TOML path before the text is read.
    public var overrides: [ScenarioOverride]?

    /// The scenario `nameOrPath` names (a built-in name, or a path read with `read`), unchanged.
    public static func load(_ nameOrPath: String, read: (String) -> String?) throws(ScenarioError) -> ScenarioSource {
        let (toml, file) = try ScenarioLibrary.text(of: nameOrPath, read: read)
        return ScenarioSource(reference: nameOrPath, toml: toml, file: file)
    }

    /// The scenario the text describes, with the command line's changes applied.
    /// - Complexity: parses the TOML text, about a millisecond.
    public func scenario() throws(ScenarioError) -> Scenario {
        var scenario = try Scenario.parse(toml, file: file, overrides: overrides ?? [])
        if let userBalance { scenario.userBalance = userBalance }
        if let liquidationStyle {
            scenario.liquidation.style = liquidationStyle
            for index in scenario.markets.indices { scenario.markets[index].liquidationStyle = nil }
        }
        return scenario
    }
}
