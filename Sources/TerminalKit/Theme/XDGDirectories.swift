/// Where the XDG Base Directory specification puts a user's files, for Cascade: configuration (the
/// config file, themes) and data (saved sessions).
public enum XDGDirectories {
    /// `$XDG_CONFIG_HOME/cascade`, or `~/.config/cascade` when that is unset or not absolute; nil
    /// without either.
    public static func config(_ environment: [String: String]) -> String? {
        directory(environment, variable: "XDG_CONFIG_HOME", fallback: ".config")
    }

    /// `$XDG_DATA_HOME/cascade`, or `~/.local/share/cascade` when that is unset or not absolute; nil
    /// without either.
    public static func data(_ environment: [String: String]) -> String? {
        directory(environment, variable: "XDG_DATA_HOME", fallback: ".local/share")
    }

    /// The spec ignores a relative path in the variable, as if it were unset.
    private static func directory(_ environment: [String: String], variable: String, fallback: String) -> String? {
        if let base = environment[variable], base.hasPrefix("/") { return base + "/cascade" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/" + fallback + "/cascade"
    }
}
