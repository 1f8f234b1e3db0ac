/// The text of a theme file and where it came from: what an `inherits` lookup returns.
public struct ThemeSource: Sendable, Hashable {
    /// The file's whole TOML text, parsed when the theme is built.
    public var toml: String
    /// A path, or `"built-in"`; names the source in errors.
    public var file: String

    /// The `toml` text of a theme read from `file` (a path, or `"built-in"`).
    public init(toml: String, file: String) {
        self.toml = toml
        self.file = file
    }
}
