/// Rows of cells under a header, in fixed or shared-width columns, with one selectable row.
public struct Table: Hashable, Sendable {
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    /// The highlighted row (drawn in `.selection`); the table scrolls to keep it visible.
    public var selectedRow: Int?
    /// Cells between columns.
    public var spacing: Int

    public init(columns: [TableColumn], rows: [[TableCell]], selectedRow: Int? = nil, spacing: Int = 1) {
        self.columns = columns
        self.rows = rows
        self.selectedRow = selectedRow
        self.spacing = spacing
    }

    /// Draws the header (`.header`) and as many rows as fit below it; text is clipped to its column.
    ///
    /// - Returns: the number of rows drawn, header not counted.
    @discardableResult
    public func draw(in rect: Rect, canvas: inout Canvas) -> Int {
        guard !rect.isEmpty else { return 0 }
        var widths: [Int] = []
        for (index, column) in columns.enumerated() {
            if index > 0 { widths.append(max(1, spacing)) }
            widths.append(column.width)
        }
        let cells = rect.splitColumns(widths).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        for (column, area) in zip(columns, cells) {
            put(column.title, column.alignment, in: area, y: rect.y, style: Style(.header), canvas: &canvas)
        }
        let visible = rect.height - 1
        guard visible > 0 else { return 0 }
        let first = selectedRow.map { max(0, min($0, rows.count - 1) - visible + 1) } ?? 0
        let shown = rows.dropFirst(first).prefix(visible)
        for (offset, row) in shown.enumerated() {
            let y = rect.y + 1 + offset
            let selected = first + offset == selectedRow
            if selected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: Style(.selection)) }
            for (cell, (column, area)) in zip(row, zip(columns, cells)) {
                let style = selected ? Style(.selection, bold: cell.style.bold) : cell.style
                put(cell.text, column.alignment, in: area, y: y, style: style, canvas: &canvas)
            }
        }
        return shown.count
    }

    private func put(
        _ text: String, _ alignment: TableAlignment, in area: Rect, y: Int, style: Style, canvas: inout Canvas
    ) {
        let shown = text.prefix(area.width)
        let x = alignment == .right ? area.maxX - shown.count : area.x
        canvas.put(String(shown), x: x, y: y, style: style)
    }
}
