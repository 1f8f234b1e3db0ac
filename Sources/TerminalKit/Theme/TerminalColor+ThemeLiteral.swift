extension TerminalColor {
    /// The ANSI colour names a theme may use, by palette index.
    static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// A colour written literally in a theme: `"#rrggbb"`, `"#rgb"`, an ANSI name (`red`,
    /// `bright-red`, `grey`) or `"default"` (the terminal's own colour). Nil for anything else,
    /// which the theme then looks up in its palette.
    init?(themeLiteral text: String) {
        let name = text.lowercased()
        if name == "default" {
            self = .default
        } else if let color = RGB(hex: text) {
            self = .rgb(color)
        } else if name == "grey" || name == "gray" {
            self = .indexed(8)
        } else if let index = Self.ansiNames.firstIndex(of: name) {
            self = .indexed(index)
        } else {
            return nil
        }
    }
}
