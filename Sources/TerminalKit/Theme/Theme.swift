/// Colours and attributes for every role, ready for each colour depth.
///
/// Built once from a theme file (`Theme.parse`, `ThemeCatalog.load`): inheritance and palette
/// names are resolved, gradients expanded to eight steps, and every role × step reduced to every
/// depth in advance, so `resolve` is an array index on the render path.
public struct Theme: Sendable, Hashable {
    /// The name it was loaded under (a file name without `.toml`): what the app shows and cycles from.
    public var name: String
    /// The file's `description`, for theme pickers.
    public var summary: String
    /// Per depth (`ColorDepth.index`), the style of role `r` at level `l` at `r * 8 + l`.
    let tables: [[ResolvedStyle]]

    /// How `style` looks at `depth`: the role's colours and attributes, plus the style's own emphasis.
    ///
    /// - Complexity: O(1), no allocation.
    func resolve(_ style: Style, depth: ColorDepth) -> ResolvedStyle {
        let level = style.role.isGradient ? min(Int(style.level), Role.levels - 1) : 0
        var resolved = tables[depth.index][Int(style.role.rawValue) * Role.levels + level]
        resolved.bold = resolved.bold || style.bold
        resolved.reverse = resolved.reverse || style.reverse
        resolved.underline = resolved.underline || style.underline
        return resolved
    }
}
