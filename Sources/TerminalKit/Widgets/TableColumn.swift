/// How a table column places text narrower than the column.
public enum TableAlignment: Hashable, Sendable {
    case left, right
}

/// One column of a `Table`: its header, width and alignment.
public struct TableColumn: Hashable, Sendable {
    /// Header text, drawn in `.header`; a column with a stated width widens to fit it.
    public var title: String
    /// Cells at least; the table widens it to its title and widest cell. 0 shares what the other
    /// columns leave (see `Rect.splitColumns`).
    public var width: Int
    /// Where the title and cells sit when narrower than the column: `.right` for numbers.
    public var alignment: TableAlignment

    /// A column at least `width` cells wide (0: shares the space left over), left-aligned unless told.
    public init(title: String, width: Int, alignment: TableAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One cell of a table row.
public struct TableCell: Hashable, Sendable {
    /// What the cell shows; in a shared column it loses whole words at its end when too long.
    public var text: String
    /// How the text looks; on the selected row only its boldness is kept, over `.selection`.
    public var style: Style

    /// A cell showing `text` in plain `.text` style unless told.
    public init(text: String, style: Style = .text) {
        self.text = text
        self.style = style
    }
}
