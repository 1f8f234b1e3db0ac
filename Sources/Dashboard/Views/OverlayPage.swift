import TerminalKit

/// A framed overlay of wrapped text lines over the panels, scrolled by `offset` lines: the shape
/// the explain panel, the glossary and liquidation replays share.
enum OverlayPage {
    typealias Line = (text: String, style: Style)

    /// Draws `lines` from `offset` on, never scrolled past the last screenful (the key handlers
    /// bound offsets only roughly, as they do not know the wrapped width).
    static func draw(
        _ lines: [Line], title: String, offset: Int = 0, in bounds: Rect, glyphs: Glyphs, canvas: inout Canvas
    ) {
        let rect = bounds.inset(by: bounds.width > 100 ? 4 : 1)
        canvas.fill(rect, style: Style(.overlay))
        let inner = Box.draw(in: rect, title: title, focused: true, glyphs: glyphs, canvas: &canvas)
        let wrapped = lines.flatMap { line in line.text.wrapped(inner.width).map { ($0, line.style) } }
        let first = max(0, min(offset, wrapped.count - inner.height))
        for (row, line) in wrapped.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.put(line.0, x: inner.x, y: inner.y + row, style: line.1, maxWidth: inner.width)
        }
    }
}
