extension Theme {
    /// The name of the theme used when none is chosen.
    static let builtInName = "default-dark"

    /// The default theme, compiled in so the program looks right from any directory; also what a
    /// broken or missing theme falls back to.
    public static let builtIn: Theme = {
        do {
            return try parse(builtInSource, name: builtInName, file: "built-in")
        } catch {
            preconditionFailure("the built-in theme does not parse: \(error)")
        }
    }()

    /// `Resources/Themes/default-dark.toml`, embedded at build time.
    static let builtInSource = String(decoding: PackageResources.default_dark_toml, as: UTF8.self)

    /// Every theme shipped with the binary (`Resources/Themes/*.toml`, embedded at build time), by
    /// name, sorted: found from any directory, and shadowed by a file of the same name in a
    /// catalog folder.
    static let shipped: [(name: String, toml: String)] = [
        ("colorblind", PackageResources.colorblind_toml), ("default-dark", PackageResources.default_dark_toml),
        ("default-light", PackageResources.default_light_toml), ("high-contrast", PackageResources.high_contrast_toml),
        ("mono", PackageResources.mono_toml),
    ].map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }

    /// The names of the shipped themes, sorted.
    static var shippedNames: [String] { shipped.map(\.name) }
}
