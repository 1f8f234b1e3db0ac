/// A centred, framed list of keys and what they do, grouped in sections: the `?` screen.
///
/// Sections flow into as many columns as the height requires and the width allows; a section
/// longer than a column continues in the next one. What does not fit scrolls.
public enum HelpOverlay {
    private enum Line {
        case heading(String)
        case entry(key: String, text: String)
        case blank
    }

    /// Sections in as many columns as fit the width, each as tall as the height allows (taller when
    /// the columns would not fit side by side: then the overlay scrolls).
    private struct Layout {
        var frame: Rect
        var columns: [[Line]]
        var columnWidth: Int
        var keyWidth: Int
        var textWidth: Int
        /// Lines of the tallest column, and how many show at once.
        var total: Int
        var visible: Int
    }

    private static let gap = 3

    private static func layout(
        title: String, sections: [(String, [(key: String, text: String)])], in bounds: Rect
    ) -> Layout {
        let available = max(1, bounds.height - 2)
        let keyWidth = sections.flatMap(\.1).map(\.key.count).max() ?? 0
        let textWidth = sections.flatMap(\.1).map(\.text.count).max() ?? 0
        let headingWidth = sections.map(\.0.count).max() ?? 0
        let columnWidth = max(keyWidth + 2 + textWidth, headingWidth)
        let fit = max(1, (bounds.width - 4 + gap) / (columnWidth + gap))
        var rows = available
        var columns = flow(sections, rows: rows)
        while columns.count > fit {
            rows += 1
            columns = flow(sections, rows: rows)
        }
        let contentWidth = columns.count * columnWidth + max(0, columns.count - 1) * gap
        let width = min(bounds.width, max(contentWidth, title.count + 4) + 4)
        let total = columns.map(\.count).max() ?? 0
        let height = min(bounds.height, total + 2)
        let frame = Rect(
            x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width,
            height: height)
        return Layout(
            frame: frame, columns: columns, columnWidth: columnWidth, keyWidth: keyWidth, textWidth: textWidth,
            total: total, visible: max(0, height - 2))
    }

    /// The overlay's lines (of its tallest column) and how many show at once in `bounds`: what a key
    /// handler needs to scroll it.
    public static func extent(
        title: String, sections: [(String, [(key: String, text: String)])], in bounds: Rect
    ) -> (total: Int, visible: Int) {
        let layout = layout(title: title, sections: sections, in: bounds)
        return (layout.total, layout.visible)
    }

    /// Draws the overlay centred in `bounds` over whatever is there, scrolled down by `offset` lines
    /// when it is taller than `bounds` (the bottom border then says where it stands).
    ///
    /// - Returns: the overlay's frame.
    @discardableResult
    public static func draw(
        title: String, sections: [(String, [(key: String, text: String)])], offset: Int = 0, in bounds: Rect,
        glyphs: Glyphs, canvas: inout Canvas
    ) -> Rect {
        let layout = layout(title: title, sections: sections, in: bounds)
        let frame = layout.frame
        canvas.fill(frame, style: Style(.overlay))
        let inner = Box.draw(in: frame, title: title, focused: true, glyphs: glyphs, canvas: &canvas)
        let first = max(0, min(offset, layout.total - inner.height))
        let limit = inner.maxX - 1
        for (index, column) in layout.columns.enumerated() {
            let x = inner.x + 1 + index * (layout.columnWidth + gap)
            for (offset, line) in column.dropFirst(first).prefix(inner.height).enumerated() where x < limit {
                let y = inner.y + offset
                switch line {
                case .heading(let text):
                    canvas.put(text, x: x, y: y, style: Style(.header), maxWidth: min(layout.columnWidth, limit - x))
                case .entry(let key, let text):
                    canvas.put(key, x: x, y: y, style: Style(.key), maxWidth: limit - x)
                    let textX = x + layout.keyWidth + 2
                    if textX < limit {
                        canvas.put(
                            text.fitting(min(layout.textWidth, limit - textX)), x: textX, y: y,
                            style: Style(.overlay))
                    }
                case .blank:
                    break
                }
            }
        }
        ScrollMarker.draw(frame: frame, first: first, visible: inner.height, total: layout.total, canvas: &canvas)
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
