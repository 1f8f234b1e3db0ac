/// The scenarios that ship with Cascade (the TOML files in `Scenarios/Library`, compiled in), and
/// lookup by name or path.
public enum ScenarioLibrary {
    /// Built-in scenario files by name, in the order `cascade scenarios` lists them.
    public static let builtIn: [(name: String, toml: String)] = [
        ("calm", PackageResources.calm_toml), ("bull-run", PackageResources.bull_run_toml),
        ("flash-crash", PackageResources.flash_crash_toml), ("short-squeeze", PackageResources.short_squeeze_toml),
        ("funding-spiral", PackageResources.funding_spiral_toml), ("stale-oracle", PackageResources.stale_oracle_toml),
        ("liquidity-drought", PackageResources.liquidity_drought_toml),
        ("whale-vs-backstop", PackageResources.whale_vs_backstop_toml),
        ("insurance-crash", PackageResources.insurance_crash_toml),
        ("black-thursday", PackageResources.black_thursday_toml),
        ("black-thursday-keepers", PackageResources.black_thursday_keepers_toml),
    ].map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }

    /// Built-in scenario names in listing order; builds a new array on each call.
    public static var names: [String] { builtIn.map(\.name) }

    /// The built-in scenario called `name`, with `overrides` (`--set`) applied.
    public static func named(_ name: String, overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        try Scenario.parse(builtInText(name), file: "\(name).toml", overrides: overrides)
    }

    /// A built-in name, or a path (anything with a `/` or ending in `.toml`) read with `read`.
    public static func load(
        _ nameOrPath: String, read: (String) -> String?
    ) throws(ScenarioError) -> Scenario {
        let source = try text(of: nameOrPath, read: read)
        return try Scenario.parse(source.text, file: source.file)
    }

    /// The TOML text `load` would parse for `nameOrPath`, and the file name its errors give, so a
    /// caller can keep the scenario as written (a saved session does, to rebuild the same world).
    public static func text(
        of nameOrPath: String, read: (String) -> String?
    ) throws(ScenarioError) -> (text: String, file: String) {
        guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") else {
            return (try builtInText(nameOrPath), "\(nameOrPath).toml")
        }
        guard let text = read(nameOrPath) else {
            throw ScenarioError(file: nameOrPath, line: nil, message: "cannot read the file")
        }
        return (text, nameOrPath)
    }

    private static func builtInText(_ name: String) throws(ScenarioError) -> String {
        guard let entry = builtIn.first(where: { $0.name == name }) else {
            throw ScenarioError(
                file: name, line: nil,
                message: "no such scenario; built in: \(names.joined(separator: ", ")), or give a path to a .toml file")
        }
        return entry.toml
    }
}
