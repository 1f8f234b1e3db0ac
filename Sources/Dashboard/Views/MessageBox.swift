import TerminalKit

/// A small framed box centred over the screen, its frame and text in one role: the question before
/// dropping a position, the banner after a liquidation.
enum MessageBox {
    /// Draws `lines` (wrapped to the screen) in a box titled `title`, at most 72 columns wide.
    static func draw(title: String, lines: [String], role: Role, glyphs: Glyphs, canvas: inout Canvas) {
        let widest = max(title.count + 4, lines.map(\.count).max() ?? 0)
        let innerWidth = max(1, min(widest + 2, 72, canvas.width - 4))
        let wrapped = lines.flatMap { $0.wrapped(innerWidth - 2) }
        let height = min(wrapped.count + 2, max(3, canvas.height - 2))
        let rect = Rect(
            x: max(0, (canvas.width - innerWidth - 2) / 2), y: max(0, (canvas.height - height) / 2),
            width: innerWidth + 2, height: height)
        canvas.fill(rect, style: Style(.overlay))
        let inner = Box.draw(in: rect, title: title, focused: true, glyphs: glyphs, canvas: &canvas)
        for x in rect.x..<rect.maxX {
            for y in [rect.y, rect.maxY - 1] {
                canvas[x, y].style = Style(role, bold: true)
            }
        }
        for y in rect.y..<rect.maxY {
            for x in [rect.x, rect.maxX - 1] { canvas[x, y].style = Style(role, bold: true) }
        }
        for (row, line) in wrapped.prefix(inner.height).enumerated() {
            canvas.put(" " + line, x: inner.x, y: inner.y + row, style: Style(role, bold: true), maxWidth: inner.width)
        }
    }
}
