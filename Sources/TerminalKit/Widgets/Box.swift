/// A framed panel with an optional title on its top border.
public enum Box {
    /// Draws the frame of `rect` (borders in `.borderFocused` when `focused`, else `.border`) and
    /// `title` on the top edge in `.title`, clipped to fit.
    ///
    /// - Returns: the rectangle inside the frame, where the panel's content goes (empty when `rect`
    ///   is too small for a frame).
    @discardableResult
    public static func draw(in rect: Rect, title: String?, focused: Bool, glyphs: Glyphs, canvas: inout Canvas) -> Rect
    {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let style = Style(focused ? .borderFocused : .border)
        let line = String(repeating: glyphs.horizontal, count: rect.width - 2)
        canvas.put("\(glyphs.topLeft)\(line)\(glyphs.topRight)", x: rect.x, y: rect.y, style: style)
        canvas.put("\(glyphs.bottomLeft)\(line)\(glyphs.bottomRight)", x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            canvas[rect.x, y] = Cell(character: glyphs.vertical, style: style)
            canvas[rect.maxX - 1, y] = Cell(character: glyphs.vertical, style: style)
        }
        if let title, !title.isEmpty, rect.width > 4 {
            canvas.put(" \(title) ", x: rect.x + 1, y: rect.y, style: Style(.title), maxWidth: rect.width - 2)
        }
        return rect.inset(by: 1)
    }
}
