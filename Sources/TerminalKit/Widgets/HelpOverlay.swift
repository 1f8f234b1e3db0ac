/// A centred, framed list of keys and what they do, grouped in sections: the `?` screen.
///
/// Sections flow into as many columns as the height requires; a section longer than a column
/// continues in the next one.
public enum HelpOverlay {
    private enum Line {
        case heading(String)
        case entry(key: String, text: String)
        case blank
    }

    /// Draws the overlay centred in `bounds` over whatever is there.
    ///
    /// - Returns: the overlay's frame.
    @discardableResult
    public static func draw(
        title: String, sections: [(String, [(key: String, text: String)])], in bounds: Rect, glyphs: Glyphs,
        canvas: inout Canvas
    ) -> Rect {
        let rows = max(1, bounds.height - 2)
        let keyWidth = sections.flatMap(\.1).map(\.key.count).max() ?? 0
        let textWidth = sections.flatMap(\.1).map(\.text.count).max() ?? 0
        let headingWidth = sections.map(\.0.count).max() ?? 0
        let columnWidth = max(keyWidth + 2 + textWidth, headingWidth)
        let columns = flow(sections, rows: rows)
        let gap = 3
        let contentWidth = columns.count * columnWidth + max(0, columns.count - 1) * gap
        let width = min(bounds.width, max(contentWidth, title.count + 4) + 4)
        let height = min(bounds.height, (columns.map(\.count).max() ?? 0) + 2)
        let frame = Rect(
            x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width,
            height: height)
        canvas.fill(frame, style: Style(.overlay))
        let inner = Box.draw(in: frame, title: title, focused: true, glyphs: glyphs, canvas: &canvas)
        let limit = inner.maxX - 1
        for (index, column) in columns.enumerated() {
            let x = inner.x + 1 + index * (columnWidth + gap)
            for (offset, line) in column.prefix(inner.height).enumerated() where x < limit {
                let y = inner.y + offset
                switch line {
                case .heading(let text):
                    canvas.put(text, x: x, y: y, style: Style(.header), maxWidth: min(columnWidth, limit - x))
                case .entry(let key, let text):
                    canvas.put(key, x: x, y: y, style: Style(.key), maxWidth: limit - x)
                    let textX = x + keyWidth + 2
                    if textX < limit {
                        canvas.put(
                            text, x: textX, y: y, style: Style(.overlay), maxWidth: min(textWidth, limit - textX))
                    }
                case .blank:
                    break
                }
            }
        }
        return frame
    }

    /// Lines grouped into columns of at most `rows`, a blank line between sections in one column.
    private static func flow(_ sections: [(String, [(key: String, text: String)])], rows: Int) -> [[Line]] {
        var columns: [[Line]] = [[]]
        for (heading, entries) in sections {
            let lines: [Line] = [.heading(heading)] + entries.map { Line.entry(key: $0.key, text: $0.text) }
            if !columns[columns.count - 1].isEmpty {
                if columns[columns.count - 1].count + 1 + lines.count > rows {
                    columns.append([])
                } else {
                    columns[columns.count - 1].append(.blank)
                }
            }
            for line in lines {
                if columns[columns.count - 1].count >= rows { columns.append([]) }
                columns[columns.count - 1].append(line)
            }
        }
        return columns
    }
}
