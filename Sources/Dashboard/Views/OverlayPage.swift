import TerminalKit

/// A framed overlay of wrapped text lines over the panels, scrolled by `offset` lines: the shape
/// the explain panel, the glossary and liquidation replays share. When the lines do not all fit,
/// the bottom border says where the view stands (`↓ more 1–20/64`).
enum OverlayPage {
    typealias Line = (text: String, style: Style)

    /// The frame inside `bounds` (the area under the header and above the status line).
    static func frame(in bounds: Rect) -> Rect { bounds.inset(by: bounds.width > 100 ? 4 : 1) }

    /// How many wrapped lines `lines` make in `bounds`, and how many of them show at once: what the
    /// key handler needs to scroll by pages and to stop at the end.
    static func extent(_ lines: [Line], in bounds: Rect) -> (total: Int, visible: Int) {
        let inner = frame(in: bounds).inset(by: 1)
        return (wrap(lines, width: inner.width).count, max(0, inner.height))
    }

    /// Draws `lines` from `offset` on, never scrolled past the last screenful.
    static func draw(
        _ lines: [Line], title: String, offset: Int = 0, in bounds: Rect, glyphs: Glyphs, canvas: inout Canvas
    ) {
        let rect = frame(in: bounds)
        canvas.fill(rect, style: Style(.overlay))
        let inner = Box.draw(in: rect, title: title, focused: true, glyphs: glyphs, canvas: &canvas)
        let wrapped = wrap(lines, width: inner.width)
        let first = max(0, min(offset, wrapped.count - inner.height))
        for (row, line) in wrapped.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.put(line.text, x: inner.x, y: inner.y + row, style: line.style, maxWidth: inner.width)
        }
        ScrollMarker.draw(frame: rect, first: first, visible: inner.height, total: wrapped.count, canvas: &canvas)
    }

    private static func wrap(_ lines: [Line], width: Int) -> [Line] {
        lines.flatMap { line in line.text.wrapped(width).map { ($0, line.style) } }
    }
}
