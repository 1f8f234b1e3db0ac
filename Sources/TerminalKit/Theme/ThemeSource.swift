/// The text of a theme file and where it came from: what an `inherits` lookup returns.
public struct ThemeSource: Sendable, Hashable {
    public var toml: String
    /// A path, or `"built-in"`; names the source in errors.
    public var file: String

    public init(toml: String, file: String) {
        self.toml = toml
        self.file = file
    }
}
