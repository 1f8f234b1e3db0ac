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
    /// `top` rows above the text are left for a chart.
    static func extent(_ lines: [Line], in bounds: Rect, reserving top: Int = 0) -> (total: Int, visible: Int) {
        let inner = frame(in: bounds).inset(by: 1)
        return (wrap(lines, width: inner.width).count, max(0, inner.height - top))
    }

    /// Draws `lines` from `offset` on, never scrolled past the last screenful, below `top` rows left
    /// free; returns those rows' rectangle (for a chart).
    @discardableResult
    static func draw(
        _ lines: [Line], title: String, offset: Int = 0, reserving top: Int = 0, in bounds: Rect, glyphs: Glyphs,
        canvas: inout Canvas
    ) -> Rect {
        let rect = frame(in: bounds)
        canvas.fill(rect, style: Style(.overlay))
        let box = Box.draw(in: rect, title: title, focused: true, glyphs: glyphs, canvas: &canvas)
        let reserved = Rect(x: box.x, y: box.y, width: box.width, height: max(0, min(top, box.height)))
        let inner = Rect(x: box.x, y: box.y + reserved.height, width: box.width, height: box.height - reserved.height)
        let wrapped = wrap(lines, width: inner.width)
        let first = max(0, min(offset, wrapped.count - inner.height))
        for (row, line) in wrapped.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.put(line.text, x: inner.x, y: inner.y + row, style: line.style, maxWidth: inner.width)
        }
        ScrollMarker.draw(frame: rect, first: first, visible: inner.height, total: wrapped.count, canvas: &canvas)
        return reserved
    }

    private static func wrap(_ lines: [Line], width: Int) -> [Line] {
        lines.flatMap { line in line.text.wrapped(width).map { ($0, line.style) } }
    }
}
