/// One character position of a canvas: the character shown and how it is styled.
///
/// Every character takes one column; wide (East Asian, emoji) characters are not supported.
public struct Cell: Hashable, Sendable {
    /// What the cell shows; must be one column wide.
    public var character: Character
    /// How the cell looks; the theme resolves it when the canvas is presented.
    public var style: Style

    /// A cell showing `character` (a space by default) in plain text style unless told.
    public init(character: Character = " ", style: Style = .text) {
        self.character = character
        self.style = style
    }

    /// An empty cell in plain text style: what a new canvas holds.
    static let blank = Cell()
}
