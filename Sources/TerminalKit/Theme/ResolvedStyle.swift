/// What a terminal is told to draw a cell with: colours already reduced to its depth, plus attributes.
struct ResolvedStyle: Hashable, Sendable {
    var foreground: TerminalColor
    var background: TerminalColor
    var bold: Bool
    var reverse: Bool
    var underline: Bool
    var dim: Bool

    init(
        foreground: TerminalColor = .default, background: TerminalColor = .default, bold: Bool = false,
        reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }
}
