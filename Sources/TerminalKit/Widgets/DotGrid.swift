/// Points and joining segments at sub-cell resolution, turned into braille cells (or `*` and `.`).
struct DotGrid {
    let rect: Rect
    let columnsPerCell: Int
    let rowsPerCell: Int
    /// Per cell: braille dot bits, or for text mode 1 = segment and 2 = point.
    private var marks: [UInt8]
    private var styles: [Style?]

    init(rect: Rect, columnsPerCell: Int, rowsPerCell: Int) {
        self.rect = rect
        self.columnsPerCell = columnsPerCell
        self.rowsPerCell = rowsPerCell
        marks = Array(repeating: 0, count: rect.width * rect.height)
        styles = Array(repeating: nil, count: rect.width * rect.height)
    }

    /// Plots `values` from point column `startColumn`, joining each point to the one before it
    /// with a vertical run in its own column; nil values break the line.
    mutating func plot(_ values: [Double?], startColumn: Int, scale: ChartScale, style: Style) {
        var previous: Int?
        for (offset, value) in values.enumerated() {
            guard let value, let row = scale.subRow(for: value) else {
                previous = nil
                continue
            }
            let column = startColumn + offset
            if let previous, abs(previous - row) > 1 {
                let step = row > previous ? 1 : -1
                for between in stride(from: previous + step, to: row, by: step) {
                    mark(column: column, row: between, point: false, style: style)
                }
            }
            mark(column: column, row: row, point: true, style: style)
            previous = row
        }
    }

    private mutating func mark(column: Int, row: Int, point: Bool, style: Style) {
        let x = column / columnsPerCell
        let y = row / rowsPerCell
        guard x >= 0, x < rect.width, y >= 0, y < rect.height else { return }
        let index = y * rect.width + x
        if columnsPerCell == 2 {
            marks[index] |= Self.brailleBit(column: column % 2, row: row % 4)
        } else {
            marks[index] = max(marks[index], point ? 2 : 1)
        }
        styles[index] = style
    }

    /// The braille pattern bit for a dot (dots 1–3 and 7 on the left, 4–6 and 8 on the right).
    private static func brailleBit(column: Int, row: Int) -> UInt8 {
        let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
        return bits[column][row]
    }

    func draw(braille: Bool, canvas: inout Canvas) {
        for y in 0..<rect.height {
            for x in 0..<rect.width {
                let index = y * rect.width + x
                guard marks[index] != 0, let style = styles[index] else { continue }
                let character: Character =
                    braille
                    ? Character(Unicode.Scalar(0x2800 + UInt32(marks[index])) ?? " ")
                    : (marks[index] == 2 ? "*" : ".")
                canvas[rect.x + x, rect.y + y] = Cell(character: character, style: style)
            }
        }
    }
}
