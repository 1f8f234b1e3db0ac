/// Rows of cells under a header, in columns sized to their content or sharing what is left, with one
/// selectable row.
public struct Table: Hashable, Sendable {
    /// Header and sizing of each column, left to right; columns that do not fit whole are left out from the right.
    public var columns: [TableColumn]
    /// Cells by row, then by column; a row shorter than `columns` leaves its last columns blank.
    public var rows: [[TableCell]]
    /// The highlighted row (drawn in `.selection`); the table scrolls to keep it visible.
    public var selectedRow: Int?
    /// Cells between columns.
    public var spacing: Int

    /// A table with no selected row and one cell between columns unless told.
    public init(columns: [TableColumn], rows: [[TableCell]], selectedRow: Int? = nil, spacing: Int = 1) {
        self.columns = columns
        self.rows = rows
        self.selectedRow = selectedRow
        self.spacing = spacing
    }

    /// Each column's width: its stated width, widened to its title and its widest cell so no value
    /// is ever cut. A shared column (stated width 0) stays 0 and takes what the others leave.
    public var contentWidths: [Int] {
        columns.enumerated().map { index, column in
            guard column.width > 0 else { return 0 }
            let cells = rows.map { index < $0.count ? $0[index].text.count : 0 }
            return max(column.width, column.title.count, cells.max() ?? 0)
        }
    }

    /// Draws the header (`.header`) and as many rows as fit below it. Columns are as wide as their
    /// content (`contentWidths`); a column that does not fit whole is left out with the ones after it,
    /// and text in a shared column loses whole words at its end, never digits.
    ///
    /// - Returns: the number of rows drawn, header not counted.
    @discardableResult
    public func draw(in rect: Rect, canvas: inout Canvas) -> Int {
        guard !rect.isEmpty else { return 0 }
        var widths: [Int] = []
        var used = 0
        for (index, width) in contentWidths.enumerated() {
            let gap = index > 0 ? max(1, spacing) : 0
            guard used + gap + max(width, 1) <= rect.width else { break }
            if index > 0 { widths.append(gap) }
            widths.append(width)
            used += gap + width
        }
        let shownColumns = Array(columns.prefix((widths.count + 1) / 2))
        let cells = rect.splitColumns(widths).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        for (column, area) in zip(shownColumns, cells) {
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
            for (cell, (column, area)) in zip(row, zip(shownColumns, cells)) {
                let style = selected ? Style(.selection, bold: cell.style.bold) : cell.style
                put(cell.text, column.alignment, in: area, y: y, style: style, canvas: &canvas)
            }
        }
        return shown.count
    }

    private func put(
        _ text: String, _ alignment: TableAlignment, in area: Rect, y: Int, style: Style, canvas: inout Canvas
    ) {
        let shown = text.fitting(area.width)
        let x = alignment == .right ? area.maxX - shown.count : area.x
        canvas.put(shown, x: x, y: y, style: style)
    }
}
