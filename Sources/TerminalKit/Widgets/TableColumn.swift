/// How a table column places text narrower than the column.
public enum TableAlignment: Hashable, Sendable {
    case left, right
}

/// One column of a `Table`: its header, width and alignment.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    /// Cells at least; the table widens it to its title and widest cell. 0 shares what the other
    /// columns leave (see `Rect.splitColumns`).
    public var width: Int
    public var alignment: TableAlignment

    public init(title: String, width: Int, alignment: TableAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One cell of a table row.
public struct TableCell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(text: String, style: Style = .text) {
        self.text = text
        self.style = style
    }
}
