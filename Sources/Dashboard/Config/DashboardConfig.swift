import CascadeCore
import CascadeSim
import TerminalKit

/// The user's settings: `$XDG_CONFIG_HOME/cascade/config.toml` (or `~/.config/cascade/config.toml`).
/// Every setting is optional; a command-line flag overrides the file, and a setting the file gets
/// wrong keeps its default while the problem is reported with the file and line.
public struct DashboardConfig: Sendable {
    /// The scenario the dashboard opens on (`--scenario`).
    public var scenario: String?
    /// The theme (`--theme`).
    public var theme: String?
    /// Simulated seconds per wall second (`--speed`).
    public var speed: Double?
    /// The user's leverage on every perpetual at start.
    public var leverage: Int?
    /// The user's margin mode on every perpetual at start.
    public var marginMode: MarginMode?
    /// Simulated time before the first frame (`--warmup`).
    public var warmUp: SimTime?
    /// Frame cap (`--fps`).
    public var fps: Int?
    /// The actions the file rebinds, on their new keys.
    var keys: [Action: [Key]] = [:]

    /// No settings: every default.
    public init() {}

    /// The main screen's keys with the file's bindings.
    public var keyMap: KeyMap { KeyMap.standard.rebinding(keys) }

    /// Where the file is read from for `environment`; nil when neither `XDG_CONFIG_HOME` nor `HOME` is set.
    public static func path(environment: [String: String]) -> String? {
        XDGDirectories.config(environment).map { $0 + "/config.toml" }
    }

    /// The settings in the file at `path` (read with `read`; no file means no settings) and its problems.
    public static func load(path: String, read: (String) -> String?) -> (DashboardConfig, [ConfigError]) {
        guard let text = read(path) else { return (DashboardConfig(), []) }
        return parse(text, file: path)
    }

    /// Commands that put the user's account on the file's leverage and margin mode in each of
    /// `scenario`'s perpetuals (nothing when the file sets neither).
    public func accountCommands(for scenario: Scenario) -> [Command] {
        scenario.markets.indices.flatMap { index -> [Command] in
            let instrument = InstrumentID(index: index)
            return (marginMode.map { [.setMarginMode(World.userAccount, instrument, $0)] } ?? [])
                + (leverage.map { [.setLeverage(World.userAccount, instrument, $0)] } ?? [])
        }
    }
}
