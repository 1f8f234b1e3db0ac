/// Rows of right-aligned numbers, each followed by a bar whose length shows a quantity: the
/// order-book ladder's shape, without knowing anything of books.
///
/// Layout of a row: a marker cell, then each column right-aligned in its width after one space,
/// then one space and the bar filling the rest of the row in proportion to `barFraction`.
public struct DepthLadder: Hashable, Sendable {
    /// Width in cells of each text column, not counting its leading space; longer texts keep their start.
    public var columnWidths: [Int]
    /// Top to bottom; rows past the bottom of the drawing rect are dropped.
    public var rows: [LadderRow]

    /// A ladder of `rows` whose text columns are `columnWidths` cells wide.
    public init(columnWidths: [Int], rows: [LadderRow]) {
        self.columnWidths = columnWidths
        self.rows = rows
    }

    /// Columns needed before the bar: the marker cell and each column with its leading space.
    public var textWidth: Int { 1 + columnWidths.reduce(0) { $0 + $1 + 1 } }

    /// Draws the rows from the top of `rect`; rows past its bottom are dropped.
    public func draw(in rect: Rect, glyphs: Glyphs, canvas: inout Canvas) {
        for (offset, row) in rows.prefix(rect.height).enumerated() {
            let y = rect.y + offset
            let textStyle = row.flash ? Style(.flash, bold: row.textStyle.bold) : row.textStyle
            if let marker = row.marker {
                canvas.put(String(marker), x: rect.x, y: y, style: row.markerStyle, maxWidth: 1)
            }
            var text = ""
            for (column, width) in zip(row.columns, columnWidths.map { max(0, $0) }) {
                let shown = column.prefix(width)
                text += " " + String(repeating: " ", count: width - shown.count) + shown
            }
            canvas.put(text, x: rect.x + 1, y: y, style: textStyle, maxWidth: rect.width - 1)
            let barX = rect.x + textWidth + 1
            Bar.draw(
                fraction: row.barFraction, x: barX, y: y, width: rect.maxX - barX, style: row.barStyle, glyphs: glyphs,
                canvas: &canvas)
        }
    }
}
