/// One character position of a canvas: the character shown and how it is styled.
///
/// Every character takes one column; wide (East Asian, emoji) characters are not supported.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style

    public init(character: Character = " ", style: Style = .text) {
        self.character = character
        self.style = style
    }

    /// An empty cell in plain text style: what a new canvas holds.
    static let blank = Cell()
}
