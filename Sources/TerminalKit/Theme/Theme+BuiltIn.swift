extension Theme {
    /// The name of the theme compiled into the binary.
    public static let builtInName = "default-dark"

    /// The default theme, compiled in so the program looks right from any directory; also what a
    /// broken or missing theme falls back to.
    public static let builtIn: Theme = {
        do {
            return try parse(builtInSource, name: builtInName, file: "built-in")
        } catch {
            preconditionFailure("the built-in theme does not parse: \(error)")
        }
    }()

    /// `themes/default-dark.toml` (a link to `Resources/default-dark.toml`, embedded at build time).
    static let builtInSource = String(decoding: PackageResources.default_dark_toml, as: UTF8.self)
}
