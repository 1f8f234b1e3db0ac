/// One character position of a canvas: the character shown and how it is styled.
///
/// Every character takes one column; wide (East Asian, emoji) characters are not supported. A cell
/// holds one Unicode scalar rather than a `Character`, so it is a plain value of 12 bytes: a canvas is
/// created, compared and freed without touching a reference count per cell (the frame diff compares
/// every cell every frame). A character written with combining marks keeps its first scalar.
public struct Cell: Hashable, Sendable {
    /// What the cell shows; one column wide.
    var scalar: Unicode.Scalar
    /// How the cell looks; the theme resolves it when the canvas is presented.
    public var style: Style

    /// A cell showing `character` (a space by default) in plain text style unless told.
    public init(character: Character = " ", style: Style = .text) {
        self.init(scalar: character.unicodeScalars.first ?? " ", style: style)
    }

    /// A cell showing `scalar`: the form drawing loops use, with no `Character` to take apart.
    init(scalar: Unicode.Scalar, style: Style) {
        self.scalar = scalar
        self.style = style
    }

    /// What the cell shows, as a character.
    public var character: Character {
        get { Character(scalar) }
        set { scalar = newValue.unicodeScalars.first ?? " " }
    }

    /// An empty cell in plain text style: what a new canvas holds.
    static let blank = Cell()
}
